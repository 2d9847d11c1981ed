package dev.laurel.badges.verify.jose;

import static dev.laurel.badges.verify.jose.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VcJwtCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@code nbf} and {@code exp} are whole seconds (the credential's dates rounded down); a credential's
 * {@code validFrom} may have a fraction. {@code vc-jwt.not-yet-valid} must not pass while the credential's
 * own start has not come (as {@code validity.not-before} judges it: {@code validFrom} after now plus the
 * skew fails), and {@code vc-jwt.expired} honours the earlier of {@code exp} and {@code validUntil}.
 */
class VcJwtFractionalDatesTest {

    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Instant VALID_FROM = Instant.parse("2026-01-01T00:00:00.500Z");
    private static final Instant VALID_UNTIL = Instant.parse("2027-01-01T00:00:00.500Z");

    private static String token() throws Exception {
        ObjectNode credential = Fixtures.basicCredential();
        credential.put("validFrom", VALID_FROM.toString());
        credential.put("validUntil", VALID_UNTIL.toString());
        String jwt = VcJwtSigner.of(KeyPairs.generateEd25519()).sign(credential);
        JsonNode payload = Json.MAPPER.readTree(Fixtures.payloadJson(jwt));
        assertThat(payload.get("nbf").longValue()).as("nbf is validFrom rounded down")
                .isEqualTo(VALID_FROM.getEpochSecond());
        assertThat(payload.get("exp").longValue()).isEqualTo(VALID_UNTIL.getEpochSecond());
        return jwt;
    }

    private static VcJwtResult verifyAt(String jwt, Instant now) {
        JosePolicy policy = JosePolicy.defaults().withClock(Clock.fixed(now, ZoneOffset.UTC)).withClockSkew(SKEW);
        return VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().withPolicy(policy).verify(jwt);
    }

    @Test
    void notYetValidUsesTheCredentialsFractionalStart() throws Exception {
        String jwt = token();
        // now + skew is 250 ms before validFrom but after nbf: validity.not-before fails, and so must this.
        VcJwtResult early = verifyAt(jwt, VALID_FROM.minus(SKEW).minusMillis(250));
        assertThat(outcome(early.checks(), VcJwtCheck.NOT_YET_VALID.id())).isEqualTo(Outcome.FAILED);
        assertThat(outcome(early.checks(), VcJwtCheck.NBF.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(verifyAt(jwt, VALID_FROM.minus(SKEW)).checks(), VcJwtCheck.NOT_YET_VALID.id()))
                .isEqualTo(Outcome.PASSED);
        assertThat(outcome(verifyAt(jwt, VALID_FROM.minus(SKEW).minusSeconds(1)).checks(), VcJwtCheck.NOT_YET_VALID.id()))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void expiredHonoursTheSignedExp() throws Exception {
        String jwt = token();
        Instant exp = Instant.ofEpochSecond(VALID_UNTIL.getEpochSecond());
        assertThat(outcome(verifyAt(jwt, exp.plus(SKEW)).checks(), VcJwtCheck.EXPIRED.id())).isEqualTo(Outcome.PASSED);
        // Past exp (whole seconds) but not past validUntil: the JWT says it has expired, and it has.
        assertThat(outcome(verifyAt(jwt, exp.plus(SKEW).plusMillis(250)).checks(), VcJwtCheck.EXPIRED.id()))
                .isEqualTo(Outcome.FAILED);
    }
}
