package dev.laurel.badges.verify.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.internal.Json;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuerKeyBindingTest {

    private static final String ISSUER = "https://example.edu/issuer";
    private final LaurelKey key = KeyPairs.generateEd25519().publicOnly();

    private ResolvedKey kid(String kid) {
        return new ResolvedKey(key, KeySource.KID, Optional.of(kid), Optional.empty(), Optional.empty());
    }

    private ResolvedKey headerJwk() {
        return new ResolvedKey(key, KeySource.HEADER_JWK, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ObjectNode doc(String json) throws Exception {
        return Json.parseObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Outcome outcome(Check c) {
        assertThat(c.id()).isEqualTo(JoseChecks.ISSUER_KEY_BINDING);
        return c.outcome();
    }

    @Test
    void aDidKidOfTheIssuerDidPasses() {
        assertThat(outcome(IssuerKeyBinding.check("did:web:example.edu", kid("did:web:example.edu#key-1"),
                Optional.empty()))).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aDidKidOfAnotherDidFails() {
        assertThat(outcome(IssuerKeyBinding.check("did:web:example.edu", kid("did:web:evil.example#key-1"),
                Optional.empty()))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anHttpsKidForADidIssuerFails() {
        assertThat(outcome(IssuerKeyBinding.check("did:web:example.edu", kid("https://example.edu/keys#1"),
                Optional.empty()))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aKidOnTheIssuersOriginPasses() {
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("https://example.edu/keys#1"), Optional.empty())))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void aKidOnAnotherOriginFails() {
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("https://evil.example/keys#1"), Optional.empty())))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("http://example.edu/keys#1"), Optional.empty())))
                .as("another scheme is another origin").isEqualTo(Outcome.FAILED);
    }

    @Test
    void anUnconfirmedHeaderJwkIsAWarning() {
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, headerJwk(), Optional.empty()))).isEqualTo(Outcome.WARNING);
        assertThat(outcome(IssuerKeyBinding.check("did:key:z6Mk", headerJwk(), Optional.empty())))
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void aHeaderJwkTheIssuerPublishesPasses() throws Exception {
        ObjectNode profile = doc("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#k\",\"publicKeyJwk\":"
                + key.toPublicJwk() + "}]}");
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, headerJwk(), Optional.of(profile)))).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aKeyMissingFromTheIssuersPublishedKeysFails() throws Exception {
        ObjectNode profile = doc("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#k\",\"publicKeyJwk\":"
                + KeyPairs.generateEd25519().toPublicJwk() + "}]}");
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, headerJwk(), Optional.of(profile)))).isEqualTo(Outcome.FAILED);
        // Even on the issuer's own origin, a key the issuer's published list leaves out fails.
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid(ISSUER + "#other"), Optional.of(profile))))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void assertionMethodDecidesWhenPresent() throws Exception {
        ObjectNode profile = doc("{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[{\"id\":\"#k\",\"publicKeyJwk\":"
                + key.toPublicJwk() + "}],\"assertionMethod\":[\"#other\"]}");
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid(ISSUER + "#k"), Optional.of(profile))))
                .isEqualTo(Outcome.FAILED);
        ObjectNode listed = doc("{\"id\":\"" + ISSUER + "\",\"assertionMethod\":[\"#k\"]}");
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid(ISSUER + "#k"), Optional.of(listed))))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void theIssuerProfileIsFetchedThroughTheFetcher() {
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(ISSUER, "{\"id\":\"" + ISSUER
                + "\",\"publicKey\":[\"https://keys.example/k1\"]}").build();
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("https://keys.example/k1"), fetcher)))
                .isEqualTo(Outcome.PASSED);
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("https://keys.example/k2"), fetcher)))
                .isEqualTo(Outcome.FAILED);
        assertThat(outcome(IssuerKeyBinding.check(ISSUER, kid("https://keys.example/k2"), DocumentFetcher.refusing())))
                .as("profile unavailable: the origin rule decides").isEqualTo(Outcome.FAILED);
    }
}
