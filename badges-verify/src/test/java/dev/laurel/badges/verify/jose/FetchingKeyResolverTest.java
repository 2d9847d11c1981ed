package dev.laurel.badges.verify.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchingKeyResolverTest {

    private final LaurelKey a = KeyPairs.generateEd25519();
    private final LaurelKey b = KeyPairs.generateP256();

    private static String withKid(String jwk, String kid) {
        return jwk.replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"" + kid + "\"");
    }

    private FetchingKeyResolver resolver(String url, String doc) {
        return FetchingKeyResolver.of(MapDocumentFetcher.builder().put(url, doc).build());
    }

    private static ProblemCode code(Runnable r) {
        KeyResolutionException e = catchThrowableOfType(KeyResolutionException.class, r::run);
        assertThat(e).isNotNull();
        return e.code();
    }

    @Test
    void aBareJwk() {
        ResolvedKey k = resolver("https://x.example/key", a.toPublicJwk()).resolve("https://x.example/key");
        assertThat(k.key()).isEqualTo(a.publicOnly());
        assertThat(k.source()).isEqualTo(KeySource.KID);
        assertThat(k.documentUri()).contains(URI.create("https://x.example/key"));
    }

    @Test
    void aJwkSetByKidOrFragment() {
        String jwks = "{\"keys\":[" + withKid(a.toPublicJwk(), "k1") + "," + withKid(b.toPublicJwk(),
                "https://x.example/jwks#k2") + "]}";
        FetchingKeyResolver r = resolver("https://x.example/jwks", jwks);
        assertThat(r.resolve("https://x.example/jwks#k1").key()).isEqualTo(a.publicOnly());
        assertThat(r.resolve("https://x.example/jwks#k2").key()).isEqualTo(b.publicOnly());
        assertThat(code(() -> r.resolve("https://x.example/jwks#k3"))).isEqualTo(ResolutionCode.KEY_NOT_FOUND);
        assertThat(code(() -> r.resolve("https://x.example/jwks"))).isEqualTo(ResolutionCode.KEY_NOT_FOUND);
    }

    @Test
    void aJwkSetWithOneKeyAndNoFragment() {
        FetchingKeyResolver r = resolver("https://x.example/jwks", "{\"keys\":[" + a.toPublicJwk() + "]}");
        assertThat(r.resolve("https://x.example/jwks").key()).isEqualTo(a.publicOnly());
    }

    @Test
    void aControllerDocumentWithRelativeIds() {
        String doc = "{\"id\":\"https://x.example/issuer\",\"assertionMethod\":[{\"id\":\"#k1\",\"controller\":"
                + "\"https://x.example/issuer\",\"publicKeyJwk\":" + a.toPublicJwk() + "}]}";
        FetchingKeyResolver r = resolver("https://x.example/issuer", doc);
        ResolvedKey k = r.resolve("https://x.example/issuer#k1");
        assertThat(k.key()).isEqualTo(a.publicOnly());
        assertThat(k.controller()).contains("https://x.example/issuer");
        assertThat(code(() -> r.resolve("https://x.example/issuer#k2"))).isEqualTo(ResolutionCode.KEY_NOT_FOUND);
    }

    @Test
    void aPemKeyObject() {
        String doc = "{\"id\":\"https://x.example/key.json\",\"owner\":\"https://x.example/issuer\",\"publicKeyPem\":\""
                + b.publicKeyPem().replace("\n", "\\n") + "\"}";
        ResolvedKey k = resolver("https://x.example/key.json", doc).resolve("https://x.example/key.json");
        assertThat(k.key()).isEqualTo(b.publicOnly());
        assertThat(k.controller()).contains("https://x.example/issuer");
    }

    @Test
    void didUrlsNeedADidResolver() {
        FetchingKeyResolver r = FetchingKeyResolver.of(MapDocumentFetcher.builder().build());
        assertThat(code(() -> r.resolve("did:example:123#key-1"))).isEqualTo(ResolutionCode.UNSUPPORTED_KEY_ID);
        ResolvedKey viaDid = r.withDidResolver(kid -> new ResolvedKey(a.publicOnly(), KeySource.KID, Optional.of(kid),
                Optional.empty(), Optional.of("did:example:123"))).resolve("did:example:123#key-1");
        assertThat(viaDid.key()).isEqualTo(a.publicOnly());
    }

    @Test
    void otherSchemesAndRelativeIdsAreUnsupported() {
        FetchingKeyResolver r = FetchingKeyResolver.of(MapDocumentFetcher.builder().build());
        assertThat(code(() -> r.resolve("file:///etc/passwd"))).isEqualTo(ResolutionCode.UNSUPPORTED_KEY_ID);
        assertThat(code(() -> r.resolve("#key-1"))).isEqualTo(ResolutionCode.UNSUPPORTED_KEY_ID);
        assertThat(code(() -> r.resolve("key 1"))).isEqualTo(ResolutionCode.UNSUPPORTED_KEY_ID);
    }

    @Test
    void fetchFailuresKeepTheirCode() {
        FetchingKeyResolver r = FetchingKeyResolver.of(MapDocumentFetcher.builder().build());
        assertThat(code(() -> r.resolve("https://x.example/none"))).isEqualTo(FetchCode.NOT_FOUND);
    }

    @Test
    void malformedAndKeylessDocumentsAreRefused() {
        assertThat(code(() -> resolver("https://x.example/k", "not json").resolve("https://x.example/k")))
                .isEqualTo(ResolutionCode.MALFORMED_KEY_DOCUMENT);
        assertThat(code(() -> resolver("https://x.example/k", "{\"name\":\"x\"}").resolve("https://x.example/k")))
                .isEqualTo(ResolutionCode.MALFORMED_KEY_DOCUMENT);
        assertThat(code(() -> resolver("https://x.example/k", "{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}")
                .resolve("https://x.example/k"))).isIn(KeyCode.INVALID_KEY, KeyCode.UNSUPPORTED_KEY);
    }

    @Test
    void publishedPrivateKeysAreRefused() {
        assertThat(code(() -> resolver("https://x.example/k", a.toPrivateJwk()).resolve("https://x.example/k")))
                .isEqualTo(ResolutionCode.PRIVATE_KEY_PUBLISHED);
    }
}
