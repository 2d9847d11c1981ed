package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.TestFiles;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** did:key, did:jwk and did:web as DidResolvers, registered by default; static documents that take a DID over. */
class DidResolversTest {

    private static final LaurelKey ED = KeyPairs.fromEd25519Seed(new byte[32]);
    private static final LaurelKey P256 = KeyPairs.generate(KeyKind.P256);
    private static final String WEB = "did:web:issuer.example";
    private static final String WEB_URL = "https://issuer.example/.well-known/did.json";

    private static ObjectNode webDocument(LaurelKey key) {
        return TestFiles.parse("{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + WEB + "\","
                + "\"verificationMethod\":[{\"id\":\"" + WEB + "#key-1\",\"type\":\"Multikey\",\"controller\":\"" + WEB
                + "\",\"publicKeyMultibase\":\"" + key.publicKeyMultibase() + "\"}],\"assertionMethod\":[\"#key-1\"]}");
    }

    private static String didJwk(LaurelKey key) {
        return "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.toPublicJwk().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBuiltInsAreTheDefaultsAndSayWhichMethodTheyResolve() {
        assertThat(DidResolvers.defaults()).containsExactly(DidResolvers.key(), DidResolvers.jwk(), DidResolvers.web());
        assertThat(DidResolvers.key().supports("key")).isTrue();
        assertThat(DidResolvers.key().supports("web")).isFalse();
        assertThat(DidResolvers.web().supports("web")).isTrue();
        assertThat(DidResolvers.key().overrides(ED.didKey())).isFalse();
    }

    @Test
    void didKeyAndDidJwkResolveToDerivedDocumentsWithoutFetching() {
        ObjectNode key = DidResolvers.key().resolve(ED.didKey(), DocumentFetcher.refusing()).document().orElseThrow();
        assertThat(key.get("id").asText()).isEqualTo(ED.didKey());
        assertThat(key.at("/verificationMethod/0/publicKeyMultibase").asText()).isEqualTo(ED.publicKeyMultibase());
        assertThat(key.at("/authentication/0").asText()).isEqualTo(ED.didKeyVerificationMethod());
        assertThat(key.at("/assertionMethod/0").asText()).isEqualTo(ED.didKeyVerificationMethod());

        String jwk = didJwk(P256);
        ObjectNode doc = DidResolvers.jwk().resolve(jwk, DocumentFetcher.refusing()).document().orElseThrow();
        assertThat(doc.at("/verificationMethod/0/id").asText()).isEqualTo(jwk + "#0");
        assertThat(doc.at("/verificationMethod/0/publicKeyJwk/crv").asText()).isEqualTo("P-256");
        assertThat(DidResolvers.key().resolve("did:key:zNotAKey", DocumentFetcher.refusing()).code()).isPresent();
        assertThat(DidResolvers.key().resolve(jwk, DocumentFetcher.refusing()).code()).contains(KeyCode.UNSUPPORTED_KEY_ID);
    }

    @Test
    void didWebIsFetchedThroughTheGivenFetcherOnly() {
        DocumentFetcher served = MapDocumentFetcher.of(Map.of(WEB_URL, webDocument(ED).toString()));
        assertThat(DidResolvers.web().resolve(WEB, served).document().orElseThrow().get("id").asText()).isEqualTo(WEB);
        assertThat(DidResolvers.web().resolve(WEB, DocumentFetcher.refusing()).code())
                .contains(KeyCode.KEY_DOCUMENT_UNAVAILABLE);
        DocumentFetcher wrongId = MapDocumentFetcher.of(Map.of(WEB_URL, webDocument(ED).put("id", "did:web:x.example").toString()));
        assertThat(DidResolvers.web().resolve(WEB, wrongId).code()).contains(KeyCode.MALFORMED_KEY_DOCUMENT);
    }

    @Test
    void aStaticDocumentTakesItsDidOverFromDidWebAndIsNeverFetched() {
        // The fetcher serves a document with another key: the static one must win, with no fetch at all.
        DocumentFetcher served = MapDocumentFetcher.of(Map.of(WEB_URL, webDocument(P256).toString()));
        KeyResolver pinned = KeyResolver.of(served).withDidResolver(DidResolvers.of(Map.of(WEB, webDocument(ED))));
        KeyResolution r = pinned.resolve(WEB + "#key-1");
        assertThat(r.isResolved()).isTrue();
        assertThat(r.method().orElseThrow().key().samePublicKey(ED)).isTrue();
        assertThat(r.method().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_RESOLVER);
        assertThat(pinned.assertionKeys(WEB).orElseThrow()).hasSize(1);

        KeyResolution unpinned = KeyResolver.of(served).resolve(WEB + "#key-1");
        assertThat(unpinned.method().orElseThrow().key().samePublicKey(P256)).isTrue();
        assertThat(unpinned.method().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_WEB);
        // Another did:web DID is still the built-in resolver's.
        assertThat(pinned.resolve("did:web:other.example#key-1").method().map(VerificationMethod::origin))
                .isNotEqualTo(java.util.Optional.of(KeyOrigin.DID_RESOLVER));
    }

    @Test
    void aStaticDocumentAddsADidOfAnyMethod() {
        String did = "did:example:alice";
        ObjectNode doc = webDocument(ED).put("id", did);
        doc.putArray("verificationMethod").addObject().put("id", did + "#key-1").put("type", "Multikey")
                .put("controller", did).put("publicKeyMultibase", ED.publicKeyMultibase());
        DidResolver resolver = DidResolvers.of(Map.of(did, doc));
        assertThat(resolver.supports("example")).isTrue();
        assertThat(resolver.supports("web")).isFalse();
        assertThat(KeyResolver.offline().withDidResolver(resolver).resolve(did + "#key-1").isResolved()).isTrue();
        assertThat(KeyResolver.offline().resolve(did + "#key-1").isResolved()).isFalse();
        assertThat(resolver.resolve("did:example:bob", DocumentFetcher.refusing()).code())
                .contains(KeyCode.KEY_DOCUMENT_UNAVAILABLE);
    }

    @Test
    void aStaticDocumentMustBeItsDids() {
        assertThatThrownBy(() -> DidResolvers.of(Map.of("did:web:other.example", webDocument(ED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another id");
        assertThatThrownBy(() -> DidResolvers.of(Map.of("https://issuer.example", webDocument(ED))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DidResolvers.of(Map.of(WEB + "#key-1", webDocument(ED))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResolverThatThrowsWhenAskedIsPassedOver() {
        DidResolver broken = new DidResolver() {
            @Override
            public boolean supports(String method) {
                throw new IllegalStateException("broken");
            }

            @Override
            public boolean overrides(String did) {
                throw new IllegalStateException("broken");
            }

            @Override
            public DidResolution resolve(String did, DocumentFetcher fetcher) {
                throw new AssertionError("never asked");
            }
        };
        KeyResolver keys = KeyResolver.offline().withDidResolver(broken);
        assertThat(keys.resolve(ED.didKeyVerificationMethod()).isResolved()).isTrue();
        assertThat(keys.resolve("did:example:x#1").isResolved()).isFalse();
        assertThat(List.copyOf(keys.didResolvers())).containsExactly(broken);
    }
}
