package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A proof's {@code expires} is judged as the Verifier judges {@code validUntil}: expired only when the
 * clock, less the clock skew (5 minutes by default), is after it.
 */
class DataIntegrityExpiresTest {

    private static final LaurelKey KEYS = KeyPairs.fromEd25519Seed(new byte[32]);
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);

    private static ObjectNode signedExpiring(Instant expires) {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", KEYS.didKey());
        ObjectNode signed = DataIntegritySigner.of(KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEYS.didKeyVerificationMethod(), Instant.parse("2024-03-01T10:00:00Z")));
        // expires is signed too, so the signature no longer holds; only the local check matters here.
        ((ObjectNode) signed.get("proof")).put("expires", expires.toString());
        return signed;
    }

    private static Outcome expires(DataIntegrityVerifier.Builder builder, Instant expires) {
        DataIntegrityVerifier verifier = builder.clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        return verifier.verify(signedExpiring(expires)).proofs().get(0).outcome(ProofCheck.EXPIRES);
    }

    @Test
    void defaultSkewIsFiveMinutes() {
        assertThat(expires(DataIntegrityVerifier.builder(), NOW.minus(DEFAULT_SKEW).plusSeconds(1)))
                .isEqualTo(Outcome.PASSED);
        assertThat(expires(DataIntegrityVerifier.builder(), NOW.minus(DEFAULT_SKEW))).isEqualTo(Outcome.PASSED);
        assertThat(expires(DataIntegrityVerifier.builder(), NOW.minus(DEFAULT_SKEW).minusSeconds(1)))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void aProofExpiringExactlyNowPassesEvenWithoutSkew() {
        assertThat(expires(DataIntegrityVerifier.builder().clockSkew(Duration.ZERO), NOW)).isEqualTo(Outcome.PASSED);
        assertThat(expires(DataIntegrityVerifier.builder().clockSkew(Duration.ZERO), NOW.minusSeconds(1)))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void configuredSkewIsApplied() {
        Duration skew = Duration.ofSeconds(30);
        assertThat(expires(DataIntegrityVerifier.builder().clockSkew(skew), NOW.minus(skew).plusSeconds(1)))
                .isEqualTo(Outcome.PASSED);
        assertThat(expires(DataIntegrityVerifier.builder().clockSkew(skew), NOW.minus(skew).minusSeconds(1)))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void aFutureExpiryPasses() {
        assertThat(expires(DataIntegrityVerifier.builder(), NOW.plusSeconds(1))).isEqualTo(Outcome.PASSED);
    }

    @Test
    void negativeOrNullSkewIsRefused() {
        assertThatThrownBy(() -> DataIntegrityVerifier.builder().clockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataIntegrityVerifier.builder().clockSkew(null))
                .isInstanceOf(NullPointerException.class);
    }
}
