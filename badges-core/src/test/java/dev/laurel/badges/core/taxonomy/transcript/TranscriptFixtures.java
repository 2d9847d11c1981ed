package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** A data-science CLR built with the builders (core tests cannot read JSON). */
final class TranscriptFixtures {

    static final String DATA_SCIENCE = "https://example.org/competencies/data-science";
    static final Profile REGISTRAR = Profile.of("https://registrar.example.edu", "Example University");
    static final String BASE = "https://example.edu/achievements/";
    static final String INTRO = BASE + "intro-statistics";          // knowledge
    static final String PYTHON = BASE + "python-practice";          // skill
    static final String MODELLING = BASE + "modelling-capstone";    // ability
    static final String PIPELINES = BASE + "pipelines-capstone";    // ability
    static final String DEGREE = BASE + "data-science-degree";      // certification
    static final String MEETUP = BASE + "meetup";                   // participation
    static final String PLAIN = BASE + "plain";                     // unclassified
    static final String PROGRAMME = BASE + "data-science-programme"; // held by the subject, no credential
    static final String ELSEWHERE = "https://other.example.edu/achievements/unknown";
    static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");

    /** The nested credentials, in order. */
    static final List<OpenBadgeCredential> NESTED = List.of(
            credential(1, Badges.leveled(INTRO, LevelKind.KNOWLEDGE, DATA_SCIENCE)),
            credential(2, Badges.leveled(PYTHON, LevelKind.SKILL, DATA_SCIENCE)),
            credential(3, Badges.leveled(MODELLING, LevelKind.ABILITY, DATA_SCIENCE)),
            credential(4, Badges.leveled(PIPELINES, LevelKind.ABILITY, DATA_SCIENCE)),
            credential(5, Badges.leveled(DEGREE, LevelKind.CERTIFICATION, DATA_SCIENCE)),
            credential(6, Badges.leveled(MEETUP, LevelKind.PARTICIPATION)),
            credential(7, Badges.achievement(PLAIN, "Thing").build()));

    static final Achievement PROGRAMME_ACHIEVEMENT = Badges.achievement(PROGRAMME, "Programme").build();

    /** The associations: the programme's parts (three part-of forms), an order, a peer, an unresolved one. */
    static final List<Association> ASSOCIATIONS = List.of(
            Association.of(AssociationType.IS_PART_OF, PYTHON, PROGRAMME),
            Association.of(AssociationType.IS_PART_OF, INTRO, PROGRAMME),
            Association.of(AssociationType.IS_CHILD_OF, MODELLING, PROGRAMME),
            Association.of(AssociationType.IS_PARENT_OF, PROGRAMME, PIPELINES),
            Association.of(AssociationType.PRECEDES, INTRO, PYTHON),
            Association.of(AssociationType.PRECEDES, PYTHON, MODELLING),
            Association.of(AssociationType.IS_PART_OF, PROGRAMME, DEGREE),
            Association.of(AssociationType.IS_PEER_OF, MODELLING, PIPELINES),
            Association.of(AssociationType.IS_RELATED_TO, MEETUP, ELSEWHERE));

    private TranscriptFixtures() {
    }

    static OpenBadgeCredential credential(int n, Achievement achievement) {
        return Badges.credential("urn:cred:" + n, achievement);
    }

    static ClrCredential clr() {
        return clr(NESTED, ASSOCIATIONS);
    }

    static ClrCredential clr(List<OpenBadgeCredential> nested, List<Association> associations) {
        return ClrCredential.builder()
                .id("urn:uuid:2d1f7ac8-3d6f-4f6e-9e55-7a4c1f0b9c11")
                .name("Transcript of the learner")
                .issuer(REGISTRAR)
                .validFrom(Instant.parse("2025-06-30T00:00:00Z"))
                .credentialSubject(ClrSubject.builder().id(Badges.LEARNER)
                        .achievement(List.of(PROGRAMME_ACHIEVEMENT))
                        .verifiableCredential(nested)
                        .association(associations)
                        .build())
                .build();
    }

    static List<VerificationStatus> allVerified(int n) {
        return Collections.nCopies(n, VerificationStatus.verified(Badges.CHECKED));
    }
}
