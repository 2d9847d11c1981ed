package dev.laurel.badges.verify.jose;

import static dev.laurel.badges.verify.jose.Fixtures.b64;
import static dev.laurel.badges.verify.jose.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Ob2Check;
import dev.laurel.badges.verify.report.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** OB 2.0 signed badges: signing helpers, verification, and the attacks on it. */
class SignedBadgeTest {

    private static final String ISSUER = "https://example.org/organization.json";
    private static final String KEY_ID = "https://example.org/publicKey.json";
    private static final String BADGE = "https://example.org/robotics-badge.json";
    private static final String REVOCATIONS = "https://example.org/revocationList.json";

    private final LaurelKey key = KeyPairs.generateRsa(2048);
    private final ObjectNode issuer = Fixtures.resource("ob2/ob_v2p0_examples_index-02.json");
    private final ObjectNode assertion = Fixtures.resource("ob2/ob_v2p0_examples_index-06.json");

    private MapDocumentFetcher.Builder documents(ObjectNode keyDocument, ObjectNode issuerProfile) {
        return MapDocumentFetcher.builder()
                .put(ISSUER, issuerProfile.toString())
                .put(KEY_ID, keyDocument.toString())
                .put(BADGE, Fixtures.resource("ob2/robotics-badge.json").toString())
                .put(REVOCATIONS, Fixtures.resource("ob2/ob_v2p0_examples_index-09.json").toString());
    }

    private DocumentFetcher fetcher() {
        return documents(SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key), issuer).build();
    }

    private String signed() {
        return SignedBadgeSigner.of(key).sign(assertion);
    }

    @Test
    void aSignedBadgeBadgeJsonHasReadIsVerifiedFromTheReadTreeNotParsedAgain() {
        dev.laurel.badges.json.CompactJws jws = dev.laurel.badges.json.BadgeJson.standard().read(signed()).jws()
                .orElseThrow();
        jws.payload().put("parsedOnceMarker", true);
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(jws);
        assertThat(result.verified()).as("%s", result.failures()).isTrue();
        assertThat(result.assertion().orElseThrow().has("parsedOnceMarker")).isTrue();
        assertThat(SignedBadgeVerifier.of(fetcher()).verify(signed()).assertion().orElseThrow().has("parsedOnceMarker"))
                .isFalse();
    }

    @Test
    void theSpecExamplesSignedWithAFreshKeyVerify() {
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(signed());
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
        for (String id : new String[] {Ob2Check.PAYLOAD.id(), Ob2Check.VERIFICATION.id(), Ob2Check.ISSUER.id(),
            Ob2Check.KEY.id(), Ob2Check.KEY_OWNER.id(), JwsCheck.SIGNATURE.id(), Ob2Check.REVOCATION_LIST.id()}) {
            assertThat(outcome(result.checks(), id)).as(id).isEqualTo(Outcome.PASSED);
        }
        assertThat(result.assertion()).contains(assertion);
        assertThat(result.issuer().orElseThrow().get("id").textValue()).isEqualTo(ISSUER);
        assertThat(result.badgeClass().orElseThrow().get("id").textValue()).isEqualTo(BADGE);
        VerificationMethod k = result.key().orElseThrow();
        assertThat(k.origin()).isEqualTo(KeyOrigin.DOCUMENT);
        assertThat(k.id()).isEqualTo(KEY_ID);
        assertThat(k.controller()).contains(ISSUER);
    }

    @Test
    void theJwsIsRs256WithTheAssertionAsPayload() throws Exception {
        String jws = signed();
        assertThat(Fixtures.headerJson(jws)).isEqualTo("{\"alg\":\"RS256\"}");
        assertThat(dev.laurel.badges.verify.internal.json.Json.MAPPER.readTree(Fixtures.payloadJson(jws)))
                .isEqualTo(assertion);
    }

    @Test
    void theHelpersProduceWhatTheIssuerMustPublish() {
        ObjectNode keyDoc = SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key);
        assertThat(keyDoc.get("type").textValue()).isEqualTo("CryptographicKey");
        assertThat(keyDoc.get("owner").textValue()).isEqualTo(ISSUER);
        assertThat(KeyPairs.fromPem(keyDoc.get("publicKeyPem").textValue())).isEqualTo(key.publicOnly());

        ObjectNode profile = issuer.deepCopy();
        profile.remove("publicKey");
        ObjectNode once = SignedBadgeSigner.withPublicKey(profile, KEY_ID);
        assertThat(once.get("publicKey").textValue()).isEqualTo(KEY_ID);
        ObjectNode twice = SignedBadgeSigner.withPublicKey(SignedBadgeSigner.withPublicKey(once, "https://example.org/k2"),
                KEY_ID);
        assertThat(twice.get("publicKey")).hasSize(2);
        assertThat(profile.has("publicKey")).as("the input is not changed").isFalse();

        ObjectNode unsigned = assertion.deepCopy();
        unsigned.remove("verification");
        assertThatThrownBy(() -> SignedBadgeSigner.of(key).sign(unsigned)).isInstanceOf(IllegalArgumentException.class);
        ObjectNode declared = SignedBadgeSigner.withSignedVerification(unsigned, KEY_ID);
        assertThat(declared.get("verification").get("creator").textValue()).isEqualTo(KEY_ID);
        assertThat(SignedBadgeVerifier.of(fetcher()).verify(SignedBadgeSigner.of(key).sign(declared)).verified()).isTrue();
    }

    @Test
    void aKeyOwnedByAnotherIssuerFails() {
        ObjectNode foreignKey = SignedBadgeSigner.cryptographicKey(KEY_ID, "https://evil.example/issuer", key);
        SignedBadgeResult result = SignedBadgeVerifier.of(documents(foreignKey, issuer).build()).verify(signed());
        assertThat(outcome(result.checks(), Ob2Check.KEY_OWNER.id())).isEqualTo(Outcome.FAILED);
        assertThat(Fixtures.check(result.checks(), JwsCheck.SIGNATURE.id(), Outcome.PASSED)).isEmpty();
        assertThat(result.verified()).isFalse();
    }

    @Test
    void aCreatorKeyTheIssuerDoesNotListFails() {
        // The attacker hosts a key document naming the issuer as owner, but the issuer never listed it.
        LaurelKey attacker = KeyPairs.generateRsa(2048);
        String attackerKeyId = "https://evil.example/key.json";
        ObjectNode forged = SignedBadgeSigner.withSignedVerification(assertion, attackerKeyId);
        DocumentFetcher fetcher = documents(SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key), issuer)
                .put(attackerKeyId, SignedBadgeSigner.cryptographicKey(attackerKeyId, ISSUER, attacker).toString()).build();
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(SignedBadgeSigner.of(attacker).sign(forged));
        assertThat(outcome(result.checks(), Ob2Check.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void aSignatureByAnotherKeyFails() {
        String byOther = SignedBadgeSigner.of(KeyPairs.generateRsa(2048)).sign(assertion);
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(byOther);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.assertion()).isEmpty();
    }

    @Test
    void anAssertionTamperedAfterSigningFails() {
        String jws = signed();
        String tampered = Fixtures.withPayload(jws, Fixtures.payloadJson(jws).replace("2016-12-31", "2015-12-31"));
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(tampered);
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void oneFlippedSignatureByteFails() {
        String[] p = Fixtures.parts(signed());
        byte[] sig = Base64URL.from(p[2]).decode();
        sig[0] ^= (byte) 0x80;
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(p[0] + "." + p[1] + "." + b64(sig));
        assertThat(outcome(result.checks(), JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void algNoneIsRejected() {
        String unsecured = b64("{\"alg\":\"none\"}") + "." + b64(assertion.toString()) + ".";
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(unsecured);
        assertThat(outcome(result.checks(), JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void hs256SignedWithThePublicKeyAsSecretIsRejected() throws Exception {
        byte[] secret = key.publicKeyPem().getBytes(StandardCharsets.US_ASCII);
        String forged = Fixtures.sign("{\"alg\":\"HS256\"}", assertion.toString().getBytes(StandardCharsets.UTF_8),
                new MACSigner(secret));
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(forged);
        assertThat(outcome(result.checks(), JwsCheck.ALGORITHM.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void jkuAndX5uAreNeverFetched() {
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(fetcher());
        String header = "{\"alg\":\"RS256\",\"jku\":\"https://evil.example/jwks\",\"x5u\":\"https://evil.example/x5u\"}";
        String jws = Fixtures.sign(header, assertion.toString().getBytes(StandardCharsets.UTF_8), JwsCrypto.signer(key));
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(jws);
        assertThat(fetcher.requests).extracting(java.net.URI::getHost).doesNotContain("evil.example");
        assertThat(outcome(result.checks(), JwsCheck.HEADER.id())).isEqualTo(Outcome.WARNING);
        assertThat(result.verified()).isTrue();
    }

    @Test
    void aRevokedAssertionFails() {
        ObjectNode list = Fixtures.resource("ob2/ob_v2p0_examples_index-09.json");
        ObjectNode entry = list.withArray("revokedAssertions").addObject();
        entry.put("id", assertion.get("id").textValue());
        entry.put("revocationReason", "Awarded in error");
        DocumentFetcher fetcher = documents(SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key), issuer)
                .put(REVOCATIONS, list.toString()).build();
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(signed());
        assertThat(Fixtures.check(result.checks(), Ob2Check.REVOCATION_LIST.id(), Outcome.FAILED).orElseThrow().message())
                .contains("Awarded in error");
        assertThat(result.verified()).isFalse();
        assertThat(SignedBadgeVerifier.of(fetcher).withRevocationCheck(false).verify(signed()).verified()).isTrue();
    }

    @Test
    void anUnreadableRevocationListFails() {
        DocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(ISSUER, issuer.toString())
                .put(KEY_ID, SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key).toString())
                .put(BADGE, Fixtures.resource("ob2/robotics-badge.json").toString()).build();
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(signed());
        assertThat(outcome(result.checks(), Ob2Check.REVOCATION_LIST.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void hostedVerificationIsNotASignedBadge() {
        ObjectNode hosted = assertion.deepCopy();
        hosted.putObject("verification").put("type", "HostedBadge");
        String jws = Fixtures.sign("{\"alg\":\"RS256\"}", hosted.toString().getBytes(StandardCharsets.UTF_8),
                JwsCrypto.signer(key));
        SignedBadgeResult hostedResult = SignedBadgeVerifier.of(fetcher()).verify(jws);
        assertThat(outcome(hostedResult.checks(), Ob2Check.VERIFICATION.id())).isEqualTo(Outcome.FAILED);
        assertThat(hostedResult.verified()).isFalse();
    }

    @Test
    void theAbbreviatedKeyOfTheSpecExampleIsNotUsable() {
        ObjectNode specKey = Fixtures.resource("ob2/ob_v2p0_examples_index-08.json");
        SignedBadgeResult result = SignedBadgeVerifier.of(documents(specKey, issuer).build()).verify(signed());
        assertThat(outcome(result.checks(), JwsCheck.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anUnreachableIssuerFails() {
        SignedBadgeResult result = SignedBadgeVerifier.of(DocumentFetcher.refusing()).verify(signed());
        assertThat(outcome(result.checks(), Ob2Check.ISSUER.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anIssuerTheCallerSuppliesIsUsedWithoutFetchingIt() {
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(fetcher());
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(signed(), issuer);
        assertThat(result.verified()).isTrue();
        assertThat(fetcher.requests).extracting(Object::toString).doesNotContain(ISSUER, BADGE);
    }

    @Test
    void anEmbeddedBadgeClassIsUsedButTheIssuerProfileIsFetched() {
        ObjectNode a = assertion.deepCopy();
        a.set("badge", Fixtures.resource("ob2/robotics-badge.json"));
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(fetcher());
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(SignedBadgeSigner.of(key).sign(a));
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(fetcher.requests).extracting(Object::toString).containsExactly(ISSUER, KEY_ID, REVOCATIONS);
    }

    @Test
    void anEmbeddedIssuerProfileCannotVouchForTheSigningKey() {
        // The signer embeds a profile that claims the issuer's id and lists the signer's own key.
        LaurelKey attacker = KeyPairs.generateRsa(2048);
        String attackerKeyId = "https://evil.example/key.json";
        ObjectNode fakeIssuer = issuer.deepCopy();
        fakeIssuer.putArray("publicKey").add(SignedBadgeSigner.cryptographicKey(attackerKeyId, ISSUER, attacker));
        ObjectNode badge = Fixtures.resource("ob2/robotics-badge.json");
        badge.set("issuer", fakeIssuer);
        ObjectNode a = SignedBadgeSigner.withSignedVerification(assertion, attackerKeyId);
        a.set("badge", badge);
        Fixtures.RecordingFetcher fetcher = new Fixtures.RecordingFetcher(fetcher());
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(SignedBadgeSigner.of(attacker).sign(a));
        assertThat(outcome(result.checks(), Ob2Check.KEY.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
        assertThat(fetcher.requests).extracting(Object::toString).contains(ISSUER);
    }

    @Test
    void aHostedProfileClaimingAnotherIdFails() {
        // The badge class points at an attacker's profile that claims to be a real issuer.
        ObjectNode spoof = issuer.deepCopy();
        spoof.put("id", "https://real-university.example/issuer");
        ObjectNode badge = Fixtures.resource("ob2/robotics-badge.json");
        DocumentFetcher fetcher = documents(SignedBadgeSigner.cryptographicKey(KEY_ID,
                "https://real-university.example/issuer", key), spoof).put(BADGE, badge.toString()).build();
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(signed());
        assertThat(outcome(result.checks(), Ob2Check.ISSUER.id())).isEqualTo(Outcome.FAILED);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void anIssuerWithoutAnHttpIdCannotBeTrusted() {
        ObjectNode badge = Fixtures.resource("ob2/robotics-badge.json");
        badge.put("issuer", "urn:uuid:2b0a1b22-6c1b-4c5e-9a53-6a3c8d9a0f11");
        ObjectNode a = assertion.deepCopy();
        a.set("badge", badge);
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(SignedBadgeSigner.of(key).sign(a));
        assertThat(outcome(result.checks(), Ob2Check.ISSUER.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aGivenProfileMustBeTheIssuerTheBadgeClassNames() {
        ObjectNode a = assertion.deepCopy();
        a.set("badge", Fixtures.resource("ob2/robotics-badge.json"));
        ObjectNode other = issuer.deepCopy();
        other.put("id", "https://other.example/issuer");
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher()).verify(SignedBadgeSigner.of(key).sign(a), other);
        assertThat(outcome(result.checks(), Ob2Check.ISSUER.id())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void withoutCreatorEveryListedKeyIsTried() {
        ObjectNode a = assertion.deepCopy();
        a.putObject("verification").put("type", "signed");
        ObjectNode profile = SignedBadgeSigner.withPublicKey(issuer, "https://example.org/other-key.json");
        DocumentFetcher fetcher = documents(SignedBadgeSigner.cryptographicKey(KEY_ID, ISSUER, key), profile)
                .put("https://example.org/other-key.json", SignedBadgeSigner.cryptographicKey(
                        "https://example.org/other-key.json", ISSUER, KeyPairs.generateRsa(2048)).toString()).build();
        SignedBadgeResult result = SignedBadgeVerifier.of(fetcher).verify(SignedBadgeSigner.of(key).sign(a));
        assertThat(result.verified()).isTrue();
        assertThat(result.key().orElseThrow().id()).isEqualTo(KEY_ID);
    }

    @Test
    void manyAssertionsOnManyThreadsFetchEachDocumentOnce() throws Exception {
        Fixtures.RecordingFetcher counting = new Fixtures.RecordingFetcher(fetcher());
        SignedBadgeVerifier verifier = SignedBadgeVerifier.of(CachingDocumentFetcher.of(counting));
        SignedBadgeSigner signer = SignedBadgeSigner.of(key);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ObjectNode a = assertion.deepCopy();
            a.put("id", "urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", i));
            tokens.add(signer.sign(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String t : tokens) {
                    results.add(pool.submit(() -> verifier.verify(t).verified()));
                }
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.requests).hasSize(4).extracting(Object::toString)
                .containsExactlyInAnyOrder(BADGE, ISSUER, KEY_ID, REVOCATIONS);
    }
}
