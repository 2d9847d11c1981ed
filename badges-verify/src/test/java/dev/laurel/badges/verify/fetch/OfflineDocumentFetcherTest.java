package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineDocumentFetcherTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/issuer", "http://127.0.0.1/", "file:///etc/passwd"})
    void refusesEverything(String uri) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> DocumentFetcher.refusing().fetch(URI.create(uri), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED);
        assertThat(e.getMessage()).contains(uri);
    }
}
