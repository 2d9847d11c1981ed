package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What Laurel signs, Laurel verifies without a single warning (issue 18). */
class OwnOutputTest {

    static final BadgeJson JSON = BadgeJson.standard();
    static final LaurelKey KEY = VerifierFixtures.keys(7);

    static OpenBadgeCredential credential() {
        return OpenBadgeCredential.builder().id("urn:uuid:5d1c5a2e-0b7d-4f3e-9a51-0c6f4b9d2e11").name("Java 101")
                .issuer(Profile.of(KEY.didKey(), "Example University"))
                .validFrom(Instant.now())
                .credentialSubject(AchievementSubject.builder().id("did:example:learner-42")
                        .achievement(Achievement.builder().id("https://example.edu/achievements/java-101")
                                .name("Java 101").description("Writes small Java programs.")
                                .criteria(Criteria.ofNarrative("Passed the final assessment.")).build())
                        .build())
                .build();
    }

    @Test
    void aVcJwtLaurelSignedVerifiesWithNoWarning() {
        String jwt = VcJwtSigner.of(KEY).withKeyId(KEY.didKeyVerificationMethod()).sign(JSON.toJson(credential()));
        VerificationReport report = Verifier.offline().verify(jwt.getBytes(StandardCharsets.US_ASCII));
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.outcome("vc-jwt.sub")).isEqualTo(dev.laurel.badges.verify.report.Outcome.PASSED);
    }

    @Test
    void anEmbeddedProofLaurelSignedVerifiesWithNoWarning() {
        String signed = JSON.serialize(DataIntegritySigner.of(KEY).sign(JSON.toJson(credential()),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY.didKeyVerificationMethod(), Instant.now())), false);
        VerificationReport report = Verifier.offline().verify(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void instantsAreWrittenToTheSecond() {
        String validFrom = JSON.toJson(credential()).get("validFrom").asText();
        assertThat(validFrom).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }
}
