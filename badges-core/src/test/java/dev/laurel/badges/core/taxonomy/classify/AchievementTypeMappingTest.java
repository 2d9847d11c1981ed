package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.taxonomy.LevelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every standard OB 3.0 achievementType, alone, and the level it gives (docs/TAXONOMY.md has the table). */
class AchievementTypeMappingTest {

    /** The table of docs/TAXONOMY.md: an empty level means the type alone says nothing. */
    private static final Map<String, Optional<LevelKind>> EXPECTED = new HashMap<>();

    static {
        for (String t : new String[] {"Certification", "License", "ApprenticeshipCertificate", "JourneymanCertificate",
            "MasterCertificate", "Degree", "AssociateDegree", "BachelorDegree", "MasterDegree", "DoctoralDegree",
            "ProfessionalDoctorate", "ResearchDoctorate", "QualityAssuranceCredential", "Diploma",
            "SecondarySchoolDiploma", "GeneralEducationDevelopment"}) {
            EXPECTED.put(t, Optional.of(LevelKind.CERTIFICATION));
        }
        for (String t : new String[] {"Competency", "Certificate", "Fieldwork"}) {
            EXPECTED.put(t, Optional.of(LevelKind.SKILL));
        }
        for (String t : new String[] {"Assessment", "Assignment", "Course"}) {
            EXPECTED.put(t, Optional.of(LevelKind.KNOWLEDGE));
        }
        for (String t : new String[] {"CertificateOfCompletion", "CoCurricular", "CommunityService", "Membership"}) {
            EXPECTED.put(t, Optional.of(LevelKind.PARTICIPATION));
        }
        EXPECTED.put("Award", Optional.of(LevelKind.RECOGNITION));
        for (String t : new String[] {"Achievement", "Badge", "MicroCredential", "LearningProgram"}) {
            EXPECTED.put(t, Optional.empty());
        }
    }

    static Stream<AchievementType> standardTypes() {
        return AchievementType.standardValues().stream();
    }

    private static Achievement typed(AchievementType type) {
        // A name, description and criteria without any keyword, so that the type speaks alone.
        return Achievement.builder().id("urn:example:typed").name("Typed").description("Typed.")
                .criteria(Criteria.ofNarrative("Typed.")).achievementType(type).build();
    }

    @Test
    void theTableCoversEveryStandardValueAndNothingElse() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(
                AchievementType.standardValues().stream().map(AchievementType::value).toList());
    }

    @ParameterizedTest
    @MethodSource("standardTypes")
    void eachStandardTypeAloneGivesItsLevel(AchievementType type) {
        Classification c = Classifier.standard().classify(typed(type));

        Optional<LevelKind> expected = EXPECTED.get(type.value());
        assertThat(c.kind()).as(type.value()).isEqualTo(expected);
        if (expected.isPresent()) {
            assertThat(c.reasons().get(0).code()).isEqualTo(ReasonCode.ACHIEVEMENT_TYPE);
            assertThat(c.confidence()).isBetween(0.40, 0.90);
        } else {
            assertThat(c.reasons()).extracting(Reason::code)
                    .containsExactly(ReasonCode.GENERIC_ACHIEVEMENT_TYPE, ReasonCode.NO_EVIDENCE);
        }
    }

    @Test
    void aCertificationTypeAloneShowsNoAccreditationButADiplomaDoes() {
        Classification certification = Classifier.standard().classify(typed(AchievementType.CERTIFICATION));
        Classification diploma = Classifier.standard().classify(typed(AchievementType.DIPLOMA));
        assertThat(certification.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(certification.hasReason(ReasonCode.UNACCREDITED_CERTIFICATION)).isTrue();
        assertThat(diploma.hasReason(ReasonCode.UNACCREDITED_CERTIFICATION)).isFalse();
        assertThat(certification.confidence()).isLessThan(diploma.confidence());
    }

    @Test
    void extensionTypeIsNotInterpreted() {
        Classification c = Classifier.standard().classify(typed(AchievementType.of("ext:Bootcamp")));

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons().get(0).code()).isEqualTo(ReasonCode.UNKNOWN_ACHIEVEMENT_TYPE);
        assertThat(c.reasons().get(0).message()).contains("extension term");
    }

    @Test
    void unknownNonExtensionTypeIsNotInterpreted() {
        Classification c = Classifier.standard().classify(typed(AchievementType.of("certification")));

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons().get(0).message()).contains("not a standard term");
    }
}
