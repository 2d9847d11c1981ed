package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.ISSUED;
import static dev.laurel.badges.verify.VerifierFixtures.NOW;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.jose.PayloadForm;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder's {@code clockSkew} at the edges of the validity period, for both proof formats: a
 * {@code validFrom} (VC-JWT: {@code nbf}) up to the skew ahead of the clock and a {@code validUntil}
 * ({@code exp}) up to the skew behind it pass; one second further fails. A VC-JWT is judged twice (its own
 * {@code vc-jwt.not-yet-valid}/{@code vc-jwt.expired} and the Verifier's {@code validity.*}), and every
 * judgement must agree with the Data Integrity one.
 */
class VerifierClockSkewTest {

    static final LaurelKey KEYS = VerifierFixtures.keys(1);
    static final Duration SECOND = Duration.ofSeconds(1);

    enum Format {
        DATA_INTEGRITY, VC_JWT, VC_JWT_VC_CLAIM;

        String sign(ObjectNode credential) {
            return switch (this) {
                case DATA_INTEGRITY -> text(signDi(credential, KEYS));
                case VC_JWT -> signJwt(credential, KEYS, PayloadForm.CREDENTIAL);
                case VC_JWT_VC_CLAIM -> signJwt(credential, KEYS, PayloadForm.VC_CLAIM);
            };
        }

        boolean isJwt() {
            return this != DATA_INTEGRITY;
        }
    }

    /** Every format with the default skew (null), a smaller one and none. */
    static Stream<Arguments> formatsAndSkews() {
        List<Arguments> all = new ArrayList<>();
        for (Format format : Format.values()) {
            for (Duration skew : new Duration[] {null, Duration.ofSeconds(30), Duration.ZERO}) {
                all.add(Arguments.of(format, skew));
            }
        }
        return all.stream();
    }

    static Verifier verifier(Duration skew) {
        Verifier.Builder b = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK);
        if (skew != null) {
            b.clockSkew(skew);
        }
        return b.build();
    }

    static Duration effective(Duration skew) {
        return skew == null ? Duration.ofMinutes(5) : skew;
    }

    static VerificationReport verifyValidFrom(Format format, Duration skew, Instant validFrom) {
        ObjectNode credential = credential(KEYS);
        credential.put("validFrom", validFrom.toString());
        return verifier(skew).verify(format.sign(credential));
    }

    static VerificationReport verifyValidUntil(Format format, Duration skew, Instant validUntil) {
        ObjectNode credential = credential(KEYS.didKey(), Optional.of(validUntil));
        return verifier(skew).verify(format.sign(credential));
    }

    static void assertStart(VerificationReport report, Format format, Outcome expected) {
        assertThat(outcome(report, "validity.not-before")).isEqualTo(expected);
        if (format.isJwt()) {
            assertThat(outcome(report, "vc-jwt.not-yet-valid")).as("the JWT's own nbf check agrees").isEqualTo(expected);
            assertThat(outcome(report, "vc-jwt.nbf")).isEqualTo(Outcome.PASSED);
        }
        assertVerdict(report, expected);
    }

    static void assertEnd(VerificationReport report, Format format, Outcome expected) {
        assertThat(outcome(report, "validity.expiry")).isEqualTo(expected);
        if (format.isJwt()) {
            assertThat(outcome(report, "vc-jwt.expired")).as("the JWT's own exp check agrees").isEqualTo(expected);
            assertThat(outcome(report, "vc-jwt.exp")).isEqualTo(Outcome.PASSED);
        }
        assertVerdict(report, expected);
    }

    static void assertVerdict(VerificationReport report, Outcome expected) {
        if (expected == Outcome.PASSED) {
            assertThat(report.failures()).isEmpty();
            assertThat(report.verified()).isTrue();
        } else {
            assertThat(report.failures()).extracting(Check::id)
                    .isSubsetOf("validity.not-before", "validity.expiry", "vc-jwt.not-yet-valid", "vc-jwt.expired");
            assertThat(report.verified()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validFromOneSecondInsideTheSkewPasses(Format format, Duration skew) {
        Instant start = NOW.plus(effective(skew)).minus(SECOND);
        assertStart(verifyValidFrom(format, skew, start), format, Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validFromExactlyAtTheSkewPasses(Format format, Duration skew) {
        Instant start = NOW.plus(effective(skew));
        assertStart(verifyValidFrom(format, skew, start), format, Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validFromOneSecondBeyondTheSkewFails(Format format, Duration skew) {
        Instant start = NOW.plus(effective(skew)).plus(SECOND);
        assertStart(verifyValidFrom(format, skew, start), format, Outcome.FAILED);
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validUntilOneSecondInsideTheSkewPasses(Format format, Duration skew) {
        Instant end = NOW.minus(effective(skew)).plus(SECOND);
        assertEnd(verifyValidUntil(format, skew, end), format, Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validUntilExactlyAtTheSkewPasses(Format format, Duration skew) {
        Instant end = NOW.minus(effective(skew));
        assertEnd(verifyValidUntil(format, skew, end), format, Outcome.PASSED);
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void validUntilOneSecondBeyondTheSkewFails(Format format, Duration skew) {
        Instant end = NOW.minus(effective(skew)).minus(SECOND);
        assertEnd(verifyValidUntil(format, skew, end), format, Outcome.FAILED);
    }

    /**
     * Half a second beyond the skew: the verdict is the same in both formats. (A JWT NumericDate has whole
     * seconds, so the VC-JWT's own nbf check sees the start rounded down; the Verifier's validity check
     * reads the credential's exact {@code validFrom} and fails it.)
     */
    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void fractionalValidFromHalfASecondBeyondTheSkewIsNotVerifiedInAnyFormat(Format format, Duration skew) {
        Instant start = NOW.plus(effective(skew)).plusMillis(500);
        VerificationReport report = verifyValidFrom(format, skew, start);
        assertThat(outcome(report, "validity.not-before")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void fractionalValidUntilHalfASecondBeyondTheSkewIsNotVerifiedInAnyFormat(Format format, Duration skew) {
        Instant end = NOW.minus(effective(skew)).minusMillis(500);
        VerificationReport report = verifyValidUntil(format, skew, end);
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @ParameterizedTest(name = "{0}, skew {1}")
    @MethodSource("formatsAndSkews")
    void issuedLongBeforeAndExpiringLongAfterPassesWhateverTheSkew(Format format, Duration skew) {
        VerificationReport report = verifyValidUntil(format, skew, NOW.plus(Duration.ofDays(30)));
        assertThat(ISSUED).isBefore(NOW.minus(effective(skew)));
        assertEnd(report, format, Outcome.PASSED);
        assertStart(report, format, Outcome.PASSED);
    }
}
