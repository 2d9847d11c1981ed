package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolution of verification methods: DID methods, https documents, and the fragment fallback. */
class KeyResolverTest {

    static final LaurelKey KEY = seeded(1);
    static final LaurelKey OTHER = seeded(2);

    static LaurelKey seeded(int n) {
        byte[] seed = new byte[32];
        seed[0] = (byte) n;
        return KeyPairs.fromEd25519Seed(seed);
    }

    static DocumentFetcher fetcher(Map<String, String> docs, List<URI> asked) {
        return (uri, accept) -> {
            asked.add(uri);
            String body = docs.get(uri.toString());
            if (body == null) {
                throw new FetchException(FetchCode.NOT_FOUND, "no " + uri);
            }
            return new FetchedDocument(uri, Optional.empty(), body.getBytes(StandardCharsets.UTF_8));
        };
    }

    static String jwk(LaurelKey key) {
        return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(key.ed25519PublicBytes()) + "\"}";
    }

    @Test
    void didKeyDecodesWithoutFetching() {
        List<URI> asked = new ArrayList<>();
        KeyResolution r = KeyResolver.of(fetcher(Map.of(), asked)).resolve(KEY.didKeyVerificationMethod());
        VerificationMethod k = r.method().orElseThrow();
        assertThat(k.key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(k.origin()).isEqualTo(KeyOrigin.DID_KEY);
        assertThat(k.controller()).contains(KEY.didKey());
        assertThat(k.authorization()).isEqualTo(KeyAuthorization.ASSERTION_METHOD);
        assertThat(asked).isEmpty();
    }

    @Test
    void didKeyWithAnotherKeysFragmentFails() {
        String vm = KEY.didKey() + "#" + OTHER.publicKeyMultibase();
        assertThat(KeyResolver.offline().resolve(vm).isResolved()).isFalse();
    }

    @Test
    void didKeyOfAnotherCurveFails() {
        // secp256k1 (zQ3s...) is not supported; P-256 and P-384 are (EcMultikeyTest).
        KeyResolution r = KeyResolver.offline().resolve("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("is not an Ed25519, P-256 or P-384 did:key");
    }

    @Test
    void didJwkDecodesAnOkpKey() {
        String did = "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(jwk(KEY).getBytes(StandardCharsets.UTF_8));
        VerificationMethod k = KeyResolver.offline().resolve(did + "#0").method().orElseThrow();
        assertThat(k.key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(k.origin()).isEqualTo(KeyOrigin.DID_JWK);
        assertThat(k.id()).isEqualTo(did + "#0");
    }

    @Test
    void didJwkWithAPrivateKeyFails() {
        String withD = jwk(KEY).replace("}", ",\"d\":\"AAAA\"}");
        String did = "did:jwk:" + Base64.getUrlEncoder().withoutPadding().encodeToString(withD.getBytes(StandardCharsets.UTF_8));
        KeyResolution r = KeyResolver.offline().resolve(did + "#0");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("private key");
    }

    @Test
    void didWebReadsTheDocumentThroughTheFetcher() {
        String did = "did:web:issuer.example:org";
        String doc = "{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/multikey/v1\"],"
                + "\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"#key-1\",\"type\":\"Multikey\","
                + "\"controller\":\"" + did + "\",\"publicKeyMultibase\":\"" + KEY.publicKeyMultibase() + "\"}],"
                + "\"assertionMethod\":[\"#key-1\"]}";
        List<URI> asked = new ArrayList<>();
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of("https://issuer.example/org/did.json", doc), asked));
        VerificationMethod k = resolver.resolve(did + "#key-1").method().orElseThrow();
        assertThat(k.key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(k.origin()).isEqualTo(KeyOrigin.DID_WEB);
        assertThat(k.authorization()).isEqualTo(KeyAuthorization.ASSERTION_METHOD);
        assertThat(k.document()).contains(URI.create("https://issuer.example/org/did.json"));
        assertThat(asked).containsExactly(URI.create("https://issuer.example/org/did.json"));
    }

    @Test
    void didWebKeyOutsideAssertionMethodIsMarkedSo() {
        String did = "did:web:example.com";
        String doc = "{\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"" + did + "#k\",\"type\":\"JsonWebKey2020\","
                + "\"publicKeyJwk\":" + jwk(KEY) + "}],\"assertionMethod\":[],\"authentication\":[\"#k\"]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of("https://example.com/.well-known/did.json", doc), new ArrayList<>()));
        VerificationMethod k = resolver.resolve(did + "#k").method().orElseThrow();
        assertThat(k.authorization()).isEqualTo(KeyAuthorization.NOT_ASSERTION_METHOD);
    }

    @Test
    void didWebDocumentWithoutAssertionMethodDoesNotAuthoriseTheKey() {
        String did = "did:web:example.com";
        String doc = "{\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"#k\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + KEY.publicKeyMultibase() + "\"}]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of("https://example.com/.well-known/did.json", doc), new ArrayList<>()));
        assertThat(resolver.resolve(did + "#k").method().orElseThrow().authorization())
                .isEqualTo(KeyAuthorization.NOT_ASSERTION_METHOD);
    }

    @Test
    void didWebDocumentForAnotherDidFails() {
        String doc = "{\"id\":\"did:web:evil.example\",\"verificationMethod\":[{\"id\":\"did:web:example.com#k\","
                + "\"type\":\"Multikey\",\"publicKeyMultibase\":\"" + KEY.publicKeyMultibase() + "\"}]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of("https://example.com/.well-known/did.json", doc), new ArrayList<>()));
        KeyResolution r = resolver.resolve("did:web:example.com#k");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("did:web:evil.example");
    }

    @Test
    void httpsControllerDocumentListsTheKey() {
        String url = "https://issuer.example/profile";
        String doc = "{\"id\":\"" + url + "\",\"type\":\"Profile\",\"verificationMethod\":[{\"id\":\"" + url + "#key-2\","
                + "\"type\":\"Ed25519VerificationKey2020\",\"controller\":\"" + url + "\",\"publicKeyMultibase\":\""
                + KEY.publicKeyMultibase() + "\"}],\"assertionMethod\":[\"" + url + "#key-2\"]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of(url, doc), new ArrayList<>()));
        VerificationMethod k = resolver.resolve(url + "#key-2").method().orElseThrow();
        assertThat(k.origin()).isEqualTo(KeyOrigin.DOCUMENT);
        assertThat(k.controller()).contains(url);
        assertThat(k.authorization()).isEqualTo(KeyAuthorization.ASSERTION_METHOD);
    }

    @Test
    void httpsVerificationMethodDocumentAndLegacyBase58Key() {
        String url = "https://keys.example/k1";
        String doc = "{\"id\":\"" + url + "\",\"type\":\"Ed25519VerificationKey2018\",\"controller\":\"https://issuer.example\","
                + "\"publicKeyBase58\":\"" + Multibase.encodeBase58(KEY.ed25519PublicBytes()) + "\"}";
        VerificationMethod k = KeyResolver.of(fetcher(Map.of(url, doc), new ArrayList<>())).resolve(url).method().orElseThrow();
        assertThat(k.key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(k.authorization()).isEqualTo(KeyAuthorization.NOT_DECLARED);
        assertThat(k.controller()).contains("https://issuer.example");
    }

    @Test
    void httpsJwkAndJwkSet() {
        String jwkUrl = "https://keys.example/jwk";
        String setUrl = "https://keys.example/jwks";
        String set = "{\"keys\":[" + jwk(OTHER).replace("}", ",\"kid\":\"a\"}") + ","
                + jwk(KEY).replace("}", ",\"kid\":\"b\"}") + "]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of(jwkUrl, jwk(KEY), setUrl, set), new ArrayList<>()));
        assertThat(resolver.resolve(jwkUrl).method().orElseThrow().key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(resolver.resolve(setUrl + "#b").method().orElseThrow().key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(resolver.resolve(setUrl + "#c").isResolved()).isFalse();
    }

    @Test
    void unreachableUrlWithAMultikeyFragmentFallsBackAndSaysSo() {
        String vm = "https://issuer.example/issuers/1#" + KEY.publicKeyMultibase();
        KeyResolution r = KeyResolver.offline().resolve(vm);
        VerificationMethod k = r.method().orElseThrow();
        assertThat(k.origin()).isEqualTo(KeyOrigin.FRAGMENT);
        assertThat(k.origin().dereferenced()).isFalse();
        assertThat(k.key().publicKey()).isEqualTo(KEY.publicKey());
        assertThat(r.message()).contains("nothing confirms");
    }

    @Test
    void htmlPageAtTheUrlAlsoFallsBack() {
        String vm = "https://issuer.example/#" + KEY.publicKeyMultibase();
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of("https://issuer.example/", "<html></html>"), new ArrayList<>()));
        assertThat(resolver.resolve(vm).method().orElseThrow().origin()).isEqualTo(KeyOrigin.FRAGMENT);
    }

    @Test
    void fetchedDocumentThatDoesNotListTheKeyNeverFallsBack() {
        String url = "https://issuer.example/issuers/1";
        String doc = "{\"id\":\"" + url + "\",\"verificationMethod\":[{\"id\":\"" + url + "#other\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + OTHER.publicKeyMultibase() + "\"}]}";
        KeyResolver resolver = KeyResolver.of(fetcher(Map.of(url, doc), new ArrayList<>()));
        KeyResolution r = resolver.resolve(url + "#" + KEY.publicKeyMultibase());
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("does not list");
    }

    @Test
    void unreachableUrlWithoutAKeyFragmentFails() {
        KeyResolution r = KeyResolver.offline().resolve("https://issuer.example/keys/1#key-1");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.describe()).contains("FETCH_REFUSED").contains("KEY_DOCUMENT_UNAVAILABLE");
    }

    @Test
    void unsupportedMethodsAndGarbageFail() {
        assertThat(KeyResolver.offline().resolve("did:ion:abc#k").isResolved()).isFalse();
        assertThat(KeyResolver.offline().resolve("").isResolved()).isFalse();
        assertThat(KeyResolver.offline().resolve(" did:key:x").isResolved()).isFalse();
        assertThat(KeyResolver.offline().resolve("ftp://x/y").isResolved()).isFalse();
        assertThat(KeyResolver.offline().resolve("https://exa mple.com/#k").isResolved()).isFalse();
    }

    @Test
    void aFetcherThatThrowsSomethingUnexpectedIsReportedNotThrown() {
        DocumentFetcher broken = (uri, accept) -> {
            throw new IllegalStateException("boom");
        };
        KeyResolution r = KeyResolver.of(broken).resolve("did:web:example.com#k");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("could not resolve").doesNotContain("boom");
    }

    @Test
    void unsupportedVerificationMethodTypeFails() {
        String url = "https://issuer.example/p";
        String doc = "{\"id\":\"" + url + "\",\"verificationMethod\":[{\"id\":\"" + url + "#k\",\"type\":\"EcdsaSecp256k1VerificationKey2019\","
                + "\"publicKeyMultibase\":\"" + KEY.publicKeyMultibase() + "\"}]}";
        KeyResolution r = KeyResolver.of(fetcher(Map.of(url, doc), new ArrayList<>())).resolve(url + "#k");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.message()).contains("EcdsaSecp256k1VerificationKey2019");
    }
}
