package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;

import java.time.Instant;
import java.util.List;

/** Valid CLRs built with the builders, for the CLR model tests. */
final class ClrFixtures {

    static final String LEARNER = "did:example:learner";
    static final Profile ISSUER = Profile.of("https://registrar.example.edu", "Example University");

    private ClrFixtures() {
    }

    /** A valid nested credential awarding an achievement with the given id. */
    static OpenBadgeCredential credential(String achievementId) {
        Achievement achievement = Achievement.builder().id(achievementId).name("Achievement " + achievementId)
                .description("Awarded for " + achievementId).criteria(Criteria.ofNarrative("Completed.")).build();
        return OpenBadgeCredential.builder()
                .id("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(achievementId.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)))
                .name("Credential for " + achievementId)
                .issuer(ISSUER)
                .validFrom(Instant.parse("2025-01-01T00:00:00Z"))
                .credentialSubject(AchievementSubject.builder().id(LEARNER).achievement(achievement).build())
                .build();
    }

    /** A valid CLR holding one credential per achievement id, with the associations given. */
    static ClrCredential clr(List<String> achievementIds, List<Association> associations) {
        return ClrCredential.builder()
                .id("urn:uuid:2d1f7ac8-3d6f-4f6e-9e55-7a4c1f0b9c11")
                .name("Transcript")
                .issuer(ISSUER)
                .validFrom(Instant.parse("2025-06-30T00:00:00Z"))
                .credentialSubject(ClrSubject.builder().id(LEARNER)
                        .verifiableCredential(achievementIds.stream().map(ClrFixtures::credential).toList())
                        .association(associations)
                        .build())
                .build();
    }
}
