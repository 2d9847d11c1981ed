package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapDocumentFetcherTest {

    private final MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
            .put("https://example.org/keys", "{\"keys\":[]}")
            .put("https://example.org/image.png", new byte[] {1, 2, 3}, "image/png")
            .build();

    @Test
    void servesMappedDocuments() {
        FetchedDocument doc = fetcher.fetch(URI.create("https://example.org/keys"), "application/json");
        assertThat(doc.text()).isEqualTo("{\"keys\":[]}");
        assertThat(doc.contentType()).contains(MapDocumentFetcher.JSON_MEDIA_TYPE);
        assertThat(fetcher.fetch(URI.create("https://example.org/image.png"), "*/*").body()).containsExactly(1, 2, 3);
    }

    @Test
    void looksUpWithoutTheFragment() {
        FetchedDocument doc = fetcher.fetch(URI.create("https://example.org/keys#key-1"), "application/json");
        assertThat(doc.uri()).isEqualTo(URI.create("https://example.org/keys"));
        assertThat(doc).isSameAs(fetcher.fetch(URI.create("https://example.org/keys"), ""));
    }

    @Test
    void unmappedIsNotFoundByDefault() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create("https://example.org/other"), ""));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.NOT_FOUND);
    }

    @Test
    void unmappedCanBeRefused() {
        MapDocumentFetcher refusing = MapDocumentFetcher.builder().unmapped(FetchCode.FETCH_REFUSED).build();
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> refusing.fetch(URI.create("https://example.org/other"), ""));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED);
    }

    @Test
    void onlyNotFoundOrRefusedForUnmapped() {
        assertThatThrownBy(() -> MapDocumentFetcher.builder().unmapped(FetchCode.TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relativeKeysAreRejected() {
        assertThatThrownBy(() -> MapDocumentFetcher.of(Map.of("/relative", "{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInputArrayIsCopied() {
        byte[] body = {1};
        MapDocumentFetcher f = MapDocumentFetcher.builder().put("https://a.example/x", body, "x/y").build();
        body[0] = 9;
        assertThat(f.fetch(URI.create("https://a.example/x"), "").body()).containsExactly(1);
    }
}
