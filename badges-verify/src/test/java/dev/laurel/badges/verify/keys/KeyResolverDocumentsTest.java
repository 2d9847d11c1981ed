package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The https document shapes the one resolver reads: JWK, JWK Set, controller document, PEM key object. */
class KeyResolverDocumentsTest {

    private final LaurelKey a = KeyPairs.generateEd25519();
    private final LaurelKey b = KeyPairs.generateP256();
    private final LaurelKey c = KeyPairs.generateP384();

    private static String withKid(String jwk, String kid) {
        return jwk.replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"" + kid + "\"");
    }

    private KeyResolver resolver(String url, String doc) {
        return KeyResolver.of(MapDocumentFetcher.builder().put(url, doc).build());
    }

    private static VerificationMethod key(KeyResolution r) {
        return r.method().orElseThrow(() -> new AssertionError(r.describe()));
    }

    private static ProblemCode code(KeyResolution r) {
        assertThat(r.isResolved()).as("resolved: %s", r).isFalse();
        return r.code().orElseThrow();
    }

    @Test
    void aBareJwk() {
        VerificationMethod k = key(resolver("https://x.example/key", a.toPublicJwk()).resolve("https://x.example/key"));
        assertThat(k.key()).isEqualTo(a.publicOnly());
        assertThat(k.origin()).isEqualTo(KeyOrigin.DOCUMENT);
        assertThat(k.document()).contains(URI.create("https://x.example/key"));
    }

    @Test
    void aP384Jwk() {
        VerificationMethod k = key(resolver("https://x.example/key", c.toPublicJwk()).resolve("https://x.example/key"));
        assertThat(k.key().kind()).isEqualTo(KeyKind.P384);
        assertThat(k.key()).isEqualTo(c.publicOnly());
    }

    @Test
    void aJwkSetByKidOrFragment() {
        String jwks = "{\"keys\":[" + withKid(a.toPublicJwk(), "k1") + "," + withKid(b.toPublicJwk(),
                "https://x.example/jwks#k2") + "]}";
        KeyResolver r = resolver("https://x.example/jwks", jwks);
        assertThat(key(r.resolve("https://x.example/jwks#k1")).key()).isEqualTo(a.publicOnly());
        assertThat(key(r.resolve("https://x.example/jwks#k2")).key()).isEqualTo(b.publicOnly());
        assertThat(code(r.resolve("https://x.example/jwks#k3"))).isEqualTo(KeyCode.KEY_NOT_FOUND);
        assertThat(code(r.resolve("https://x.example/jwks"))).isEqualTo(KeyCode.KEY_NOT_FOUND);
    }

    @Test
    void aJwkSetWithOneKeyAndNoFragment() {
        KeyResolver r = resolver("https://x.example/jwks", "{\"keys\":[" + a.toPublicJwk() + "]}");
        assertThat(key(r.resolve("https://x.example/jwks")).key()).isEqualTo(a.publicOnly());
    }

    @Test
    void aControllerDocumentWithRelativeIds() {
        String doc = "{\"id\":\"https://x.example/issuer\",\"assertionMethod\":[{\"id\":\"#k1\",\"controller\":"
                + "\"https://x.example/issuer\",\"publicKeyJwk\":" + a.toPublicJwk() + "}]}";
        KeyResolver r = resolver("https://x.example/issuer", doc);
        VerificationMethod k = key(r.resolve("https://x.example/issuer#k1"));
        assertThat(k.key()).isEqualTo(a.publicOnly());
        assertThat(k.controller()).contains("https://x.example/issuer");
        assertThat(code(r.resolve("https://x.example/issuer#k2"))).isEqualTo(KeyCode.KEY_NOT_FOUND);
    }

    @Test
    void aPemKeyObject() {
        String doc = "{\"id\":\"https://x.example/key.json\",\"owner\":\"https://x.example/issuer\",\"publicKeyPem\":\""
                + b.publicKeyPem().replace("\n", "\\n") + "\"}";
        VerificationMethod k = key(resolver("https://x.example/key.json", doc).resolve("https://x.example/key.json"));
        assertThat(k.key()).isEqualTo(b.publicOnly());
        assertThat(k.controller()).contains("https://x.example/issuer");
    }

    @Test
    void didMethodsLaurelDoesNotResolveAreUnsupported() {
        KeyResolver r = KeyResolver.of(MapDocumentFetcher.builder().build());
        assertThat(code(r.resolve("did:example:123#key-1"))).isEqualTo(KeyCode.UNSUPPORTED_KEY_ID);
    }

    @Test
    void otherSchemesAndRelativeIdsAreUnsupported() {
        KeyResolver r = KeyResolver.of(MapDocumentFetcher.builder().build());
        assertThat(code(r.resolve("file:///etc/passwd"))).isEqualTo(KeyCode.UNSUPPORTED_KEY_ID);
        assertThat(code(r.resolve("#key-1"))).isEqualTo(KeyCode.UNSUPPORTED_KEY_ID);
        assertThat(code(r.resolve("key 1"))).isEqualTo(KeyCode.UNSUPPORTED_KEY_ID);
    }

    @Test
    void fetchFailuresSayTheirFetchCode() {
        KeyResolver r = KeyResolver.of(MapDocumentFetcher.builder().build());
        KeyResolution none = r.resolve("https://x.example/none");
        assertThat(code(none)).isEqualTo(KeyCode.KEY_DOCUMENT_UNAVAILABLE);
        assertThat(none.message()).contains("NOT_FOUND");
    }

    @Test
    void malformedAndKeylessDocumentsAreRefused() {
        assertThat(code(resolver("https://x.example/k", "not json").resolve("https://x.example/k")))
                .isEqualTo(KeyCode.MALFORMED_KEY_DOCUMENT);
        assertThat(code(resolver("https://x.example/k", "{\"name\":\"x\"}").resolve("https://x.example/k")))
                .isEqualTo(KeyCode.MALFORMED_KEY_DOCUMENT);
        assertThat(code(resolver("https://x.example/k", "{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}")
                .resolve("https://x.example/k"))).isIn(KeyCode.INVALID_KEY, KeyCode.UNSUPPORTED_KEY);
    }

    @Test
    void publishedPrivateKeysAreRefused() {
        assertThat(code(resolver("https://x.example/k", a.toPrivateJwk()).resolve("https://x.example/k")))
                .isEqualTo(KeyCode.PRIVATE_KEY_PUBLISHED);
    }
}
