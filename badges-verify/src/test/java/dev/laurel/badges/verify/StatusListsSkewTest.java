package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.NOW;
import static dev.laurel.badges.verify.VerifierFixtures.object;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.internal.StatusLists;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClockSkew;
import dev.laurel.badges.verify.report.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A status list credential's {@code validUntil} is judged with the same clock skew as the credential's
 * own (5 minutes by default): it has expired only when the clock, less the skew, is after it.
 */
class StatusListsSkewTest {

    static final String LIST_URL = "https://example.org/status/1";

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final String issuer = issuerKeys.didKey();

    ObjectNode signedList(Instant validUntil) {
        return signDi(object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"id\": \"" + LIST_URL + "\","
                + " \"type\": [\"VerifiableCredential\", \"BitstringStatusListCredential\"],"
                + " \"issuer\": \"" + issuer + "\", \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"validUntil\": \"" + validUntil + "\","
                + " \"credentialSubject\": {\"id\": \"" + LIST_URL + "#list\", \"type\": \"BitstringStatusList\","
                + " \"statusPurpose\": \"revocation\", \"encodedList\": \""
                + VerifierStatusTest.encodedList(VerifierStatusTest.LIST_BYTES) + "\"}}"), issuerKeys);
    }

    Outcome status(Instant listValidUntil, Optional<Duration> skew) {
        DocumentFetcher fetcher = MapDocumentFetcher.builder().put(LIST_URL, text(signedList(listValidUntil))).build();
        DataIntegrityVerifier proofs = DataIntegrityVerifier.builder().fetcher(fetcher).clock(CLOCK).build();
        VcJwtVerifier vcJwt = VcJwtVerifier.of(fetcher);
        StatusLists lists = skew.isPresent()
                ? new StatusLists(fetcher, proofs, vcJwt, BadgeJson.standard(), CLOCK, BindingMode.STRICT, skew.get())
                : new StatusLists(fetcher, proofs, vcJwt, BadgeJson.standard(), CLOCK, BindingMode.STRICT);
        Check check = lists.check(VerifierStatusTest.entry("revocation", 42), Optional.empty(), Optional.of(issuer));
        if (check.outcome() == Outcome.FAILED) {
            assertThat(check.message()).contains("expired");
        }
        return check.outcome();
    }

    @Test
    void defaultSkewIsFiveMinutes() {
        Instant edge = NOW.minus(ClockSkew.DEFAULT);
        assertThat(ClockSkew.DEFAULT).isEqualTo(Duration.ofMinutes(5));
        assertThat(status(edge.plusSeconds(1), Optional.empty())).isEqualTo(Outcome.PASSED);
        assertThat(status(edge, Optional.empty())).isEqualTo(Outcome.PASSED);
        assertThat(status(edge.minusSeconds(1), Optional.empty())).isEqualTo(Outcome.FAILED);
    }

    @Test
    void givenSkewIsApplied() {
        Duration skew = Duration.ofSeconds(30);
        assertThat(status(NOW.minus(skew).plusSeconds(1), Optional.of(skew))).isEqualTo(Outcome.PASSED);
        assertThat(status(NOW.minus(skew).minusSeconds(1), Optional.of(skew))).isEqualTo(Outcome.FAILED);
        assertThat(status(NOW, Optional.of(Duration.ZERO))).isEqualTo(Outcome.PASSED);
        assertThat(status(NOW.minusSeconds(1), Optional.of(Duration.ZERO))).isEqualTo(Outcome.FAILED);
    }

    @Test
    void negativeSkewIsRefused() {
        assertThatThrownBy(() -> new StatusLists(DocumentFetcher.refusing(), DataIntegrityVerifier.offline(),
                VcJwtVerifier.of(DocumentFetcher.refusing()), BadgeJson.standard(), CLOCK, BindingMode.STRICT,
                Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
