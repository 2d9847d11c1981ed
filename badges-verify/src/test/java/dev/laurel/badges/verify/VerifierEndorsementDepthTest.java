package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.endorsement;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.signJwt;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Endorsements of endorsements (an endorsement's embedded issuer profile carries endorsements of its
 * own) are verified down to {@code maxEndorsementDepth}; deeper ones are a WARNING at their JSON Pointer
 * and are not verified. Endorsements that cannot be read as an EndorsementCredential fail, with a path.
 */
class VerifierEndorsementDepthTest {

    static final String ENDORSED = "endorsement.verified";
    static final String FIRST = "/endorsement/0";
    static final String SECOND = FIRST + "/issuer/endorsement/0";
    static final String THIRD = SECOND + "/issuer/endorsement/0";

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final List<LaurelKey> endorsers = List.of(VerifierFixtures.keys(2), VerifierFixtures.keys(3),
            VerifierFixtures.keys(4));

    static Verifier verifier(int maxDepth) {
        return Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).maxEndorsementDepth(maxDepth).build();
    }

    /**
     * A credential endorsed by endorser 0, whose profile is endorsed by endorser 1, whose profile is endorsed
     * by endorser 2: a chain of {@code levels} endorsements; the deepest one is tampered with after signing
     * when {@code tamperDeepest}.
     */
    String chain(int levels, boolean tamperDeepest) {
        ObjectNode inner = null;
        for (int level = levels - 1; level >= 0; level--) {
            LaurelKey endorser = endorsers.get(level);
            String subject = level == 0 ? VerifierFixtures.CREDENTIAL_ID : endorsers.get(level - 1).didKey();
            ObjectNode e = endorsement(endorser, "urn:uuid:0e0e0e0e-0000-4000-8000-00000000000" + level, subject);
            if (inner != null) {
                ((ObjectNode) e.get("issuer")).putArray("endorsement").add(inner);
            }
            ObjectNode signed = signDi(e, endorser);
            if (level == levels - 1 && tamperDeepest) {
                signed.put("name", "Tampered");
            }
            inner = signed;
        }
        ObjectNode credential = credential(issuerKeys);
        credential.putArray("endorsement").add(inner);
        return text(signDi(credential, issuerKeys));
    }

    static Outcome at(VerificationReport report, String path) {
        return report.checks().stream().filter(c -> c.id().equals(ENDORSED) && c.path().equals(path))
                .map(Check::outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ENDORSED + " at " + path + " in " + report.checks()));
    }

    @Test
    void chainOfThreeIntactEndorsementsVerifiesWithTheDefaultDepth() {
        VerificationReport report = verifier(2).verify(chain(3, false));
        assertThat(at(report, FIRST)).isEqualTo(Outcome.PASSED);
        assertThat(at(report, SECOND)).isEqualTo(Outcome.PASSED);
        assertThat(at(report, THIRD)).as("beyond depth 2").isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void tamperedEndorsementOfAnEndorsementWithinTheDepthFails() {
        VerificationReport report = verifier(2).verify(chain(2, true));
        assertThat(at(report, SECOND)).isEqualTo(Outcome.FAILED);
        assertThat(at(report, FIRST)).as("an endorsement whose own endorsement fails does not verify")
                .isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void tamperedEndorsementDeeperThanTheLimitIsAWarningAndNotVerified() {
        VerificationReport report = verifier(1).verify(chain(2, true));
        assertThat(at(report, FIRST)).isEqualTo(Outcome.PASSED);
        assertThat(at(report, SECOND)).isEqualTo(Outcome.WARNING);
        assertThat(report.checks()).filteredOn(c -> c.path().equals(SECOND)).extracting(Check::message)
                .allMatch(m -> m.contains("deeper than 1"));
        assertThat(report.verified()).isTrue();
    }

    @Test
    void tamperedThirdLevelIsAWarningWithTheDefaultDepthAndAFailureWithDepthThree() {
        String badge = chain(3, true);
        VerificationReport two = verifier(2).verify(badge);
        assertThat(at(two, THIRD)).isEqualTo(Outcome.WARNING);
        assertThat(two.verified()).isTrue();
        VerificationReport three = verifier(3).verify(badge);
        assertThat(at(three, THIRD)).isEqualTo(Outcome.FAILED);
        assertThat(at(three, FIRST)).isEqualTo(Outcome.FAILED);
        assertThat(three.verified()).isFalse();
    }

    @Test
    void depthZeroVerifiesNoEndorsementAtAll() {
        VerificationReport report = verifier(0).verify(chain(1, true));
        assertThat(at(report, FIRST)).isEqualTo(Outcome.WARNING);
        assertThat(outcome(report, ENDORSED)).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void endorsementObjectThatIsNotAnEndorsementCredentialFailsWithItsPath() {
        ObjectNode credential = credential(issuerKeys);
        // A signed OpenBadgeCredential where an EndorsementCredential belongs.
        credential.putArray("endorsement").add(signDi(credential(endorsers.get(0)), endorsers.get(0)));
        VerificationReport report = verifier(2).verify(text(signDi(credential, issuerKeys)));
        // The official schema already refuses it where it stands; a credential that has failed fetches no
        // more, so the endorsement itself is not verified (bounded work).
        assertThat(report.checks()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("document.valid");
            assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(c.path()).startsWith(FIRST);
        });
        assertThat(outcome(report, "endorsement.verified")).isEqualTo(Outcome.SKIPPED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void garbageEndorsementJwtFailsWithItsPath() {
        ObjectNode credential = credential(issuerKeys);
        credential.putArray("endorsementJwt").add("eyJhbGciOiJFZERTQSJ9.not-a-payload.c2ln");
        VerificationReport report = verifier(2).verify(signJwt(credential, issuerKeys));
        assertThat(at(report, "/endorsementJwt/0")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void endorsementJwtCarryingAnOpenBadgeCredentialFailsWithItsPath() {
        ObjectNode credential = credential(issuerKeys);
        credential.putArray("endorsementJwt").add(signJwt(credential(endorsers.get(0)), endorsers.get(0)));
        VerificationReport report = verifier(2).verify(signJwt(credential, issuerKeys));
        assertThat(at(report, "/endorsementJwt/0")).isEqualTo(Outcome.FAILED);
        assertThat(report.check(ENDORSED).orElseThrow().message()).contains("EndorsementCredential");
        assertThat(report.verified()).isFalse();
    }
}
