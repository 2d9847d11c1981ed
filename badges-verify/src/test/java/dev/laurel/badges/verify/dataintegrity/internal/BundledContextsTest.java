package dev.laurel.badges.verify.dataintegrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The contexts shipped in the jar: all of them load, once, and nothing else does. */
class BundledContextsTest {

    @Test
    void everyIndexedContextParsesAsAJsonLdContext() {
        assertThat(BundledContexts.instance().urls()).hasSize(26);
        for (String url : BundledContexts.instance().urls()) {
            JsonDocument doc = BundledContexts.instance().get(url).orElseThrow();
            assertThat(doc.getJsonContent()).as(url).hasValueSatisfying(json -> {
                assertThat(json.asJsonObject().containsKey("@context")).as(url).isTrue();
            });
        }
    }

    @Test
    void eachContextIsParsedOnce() {
        String url = "https://www.w3.org/ns/credentials/v2";
        assertThat(BundledContexts.instance().get(url).orElseThrow())
                .isSameAs(BundledContexts.instance().get(url).orElseThrow());
    }

    @Test
    void loaderServesBundledContextsWithTheirUrl() throws JsonLdError {
        URI url = URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(BundledContexts.instance().loadDocument(url, new DocumentLoaderOptions()).getDocumentUrl()).isEqualTo(url);
    }

    @Test
    void loaderRefusesEverythingElseNamingTheUrl() {
        assertThatThrownBy(() -> BundledContexts.instance().loadDocument(URI.create("https://evil.example/ctx"),
                new DocumentLoaderOptions()))
                .isInstanceOf(JsonLdError.class)
                .hasMessageContaining("https://evil.example/ctx")
                .extracting(e -> ((JsonLdError) e).getCode()).isEqualTo(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED);
        assertThat(BundledContexts.instance().contains("file:///etc/passwd")).isFalse();
    }
}
