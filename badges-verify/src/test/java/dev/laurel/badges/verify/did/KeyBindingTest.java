package dev.laurel.badges.verify.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key-binding check: does the key that verified belong to the issuer? */
class KeyBindingTest {

    private static final Ed25519PublicKey KEY = KeyResolverTest.KEY.publicKey();
    private static final Ed25519PublicKey OTHER = KeyResolverTest.OTHER.publicKey();
    private static final String ISSUER = "https://issuer.example/issuers/1";

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static VerificationKey didKey(Ed25519PublicKey key) {
        return KeyResolver.offline().resolve(key.didKeyVerificationMethod()).key().orElseThrow();
    }

    private static VerificationKey document(String id, Ed25519PublicKey key, KeyAuthorization auth) {
        URI doc = URI.create(id.substring(0, id.indexOf('#') < 0 ? id.length() : id.indexOf('#')));
        return new VerificationKey(id, key, KeySource.CONTROLLER_DOCUMENT, Optional.empty(), Optional.of(doc), auth);
    }

    private static VerificationKey fragment(String base, Ed25519PublicKey key) {
        return new VerificationKey(base + "#" + key.multibase(), key, KeySource.UNCONFIRMED_FRAGMENT, Optional.empty(),
                Optional.empty(), KeyAuthorization.UNKNOWN);
    }

    private static Outcome outcome(String issuer, VerificationKey key, Optional<JsonNode> profile) {
        return KeyBinding.evaluate(Optional.of(issuer), key, profile).outcome();
    }

    @Test
    void didKeyIssuerWithItsOwnKeyPasses() {
        assertThat(outcome(KEY.didKey(), didKey(KEY), Optional.empty())).isEqualTo(Outcome.PASSED);
    }

    @Test
    void didIssuerWithAnotherDidsKeyFails() {
        KeyBinding.Verdict v = KeyBinding.evaluate(Optional.of(KEY.didKey()), didKey(OTHER), Optional.empty());
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains(OTHER.didKey());
    }

    @Test
    void didIssuerWithAnHttpsKeyFails() {
        assertThat(outcome(KEY.didKey(), document(ISSUER + "#k", KEY, KeyAuthorization.ASSERTION_METHOD), Optional.empty()))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void didWebIssuerKeyOutsideAssertionMethodFails() {
        VerificationKey k = new VerificationKey("did:web:example.com#k", KEY, KeySource.DID_WEB, Optional.of("did:web:example.com"),
                Optional.of(URI.create("https://example.com/.well-known/did.json")), KeyAuthorization.NOT_ASSERTION_METHOD);
        assertThat(outcome("did:web:example.com", k, Optional.empty())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void didIssuerWhoseDocumentCouldNotBeReadWarns() {
        assertThat(outcome("did:web:example.com", fragment("did:web:example.com", KEY), Optional.empty()))
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void keyInTheIssuersOwnDocumentPasses() {
        assertThat(outcome(ISSUER, document(ISSUER + "#key-1", KEY, KeyAuthorization.ASSERTION_METHOD), Optional.empty()))
                .isEqualTo(Outcome.PASSED);
        assertThat(outcome(ISSUER, document(ISSUER + "#key-1", KEY, KeyAuthorization.NOT_DECLARED), Optional.empty()))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void keyInTheIssuersOwnDocumentButNotAnAssertionMethodFails() {
        assertThat(outcome(ISSUER, document(ISSUER + "#key-1", KEY, KeyAuthorization.NOT_ASSERTION_METHOD), Optional.empty()))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void keyServedFromTheIssuersOriginPasses() {
        assertThat(outcome(ISSUER, document("https://issuer.example/keys/1", KEY, KeyAuthorization.NOT_DECLARED), Optional.empty()))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void keyServedFromAnotherOriginWarns() {
        assertThat(outcome(ISSUER, document("https://keys.elsewhere.example/1", KEY, KeyAuthorization.NOT_DECLARED), Optional.empty()))
                .isEqualTo(Outcome.WARNING);
        assertThat(outcome(ISSUER, document("http://issuer.example/keys/1", KEY, KeyAuthorization.NOT_DECLARED), Optional.empty()))
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void profileListingTheKeyPasses() {
        JsonNode byId = json("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[\"" + KEY.didKeyVerificationMethod() + "\"]}");
        JsonNode byValue = json("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#k\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + KEY.multibase() + "\"}]}");
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(byId))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(byValue))).isEqualTo(Outcome.PASSED);
        assertThat(outcome(ISSUER, fragment(ISSUER, KEY), Optional.of(byValue))).isEqualTo(Outcome.PASSED);
    }

    @Test
    void profilePublishingOtherKeysFails() {
        JsonNode profile = json("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#k\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + OTHER.multibase() + "\"}]}");
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(profile))).isEqualTo(Outcome.FAILED);
        assertThat(outcome(ISSUER, fragment(ISSUER, KEY), Optional.of(profile))).isEqualTo(Outcome.FAILED);
        assertThat(outcome(ISSUER, document("https://issuer.example/keys/1", KEY, KeyAuthorization.NOT_DECLARED),
                Optional.of(profile))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void profileWithAssertionMethodMustListTheKeyThere() {
        JsonNode profile = json("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#a\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + KEY.multibase() + "\"},{\"id\":\"#b\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + OTHER.multibase() + "\"}],\"assertionMethod\":[\"#b\"]}");
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(profile))).isEqualTo(Outcome.FAILED);
        assertThat(outcome(ISSUER, didKey(OTHER), Optional.of(profile))).isEqualTo(Outcome.PASSED);
    }

    @Test
    void fragmentKeyWithNoProfileWarns() {
        KeyBinding.Verdict v = KeyBinding.evaluate(Optional.of(ISSUER), fragment(ISSUER, KEY), Optional.empty());
        assertThat(v.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(v.message()).contains("could not be read");
    }

    @Test
    void profileOfSomeoneElseIsIgnored() {
        JsonNode profile = json("{\"id\":\"https://other.example\",\"verificationMethod\":[\"" + KEY.didKeyVerificationMethod() + "\"]}");
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(profile))).isEqualTo(Outcome.WARNING);
    }

    @Test
    void profileWithoutKeysWarns() {
        JsonNode profile = json("{\"id\":\"" + ISSUER + "\",\"type\":\"Profile\",\"name\":\"x\"}");
        assertThat(outcome(ISSUER, didKey(KEY), Optional.of(profile))).isEqualTo(Outcome.WARNING);
    }

    @Test
    void noIssuerFails() {
        assertThat(KeyBinding.evaluate(Optional.empty(), didKey(KEY), Optional.empty()).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void checkCarriesTheIdAndPath() {
        Check c = KeyBinding.check(Optional.of(KEY.didKey()), didKey(KEY), Optional.empty(), "/proof/verificationMethod");
        assertThat(c.id()).isEqualTo("proof.key-binding");
        assertThat(c.path()).isEqualTo("/proof/verificationMethod");
        assertThat(c.outcome()).isEqualTo(Outcome.PASSED);
    }
}
