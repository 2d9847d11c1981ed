package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Laurel credential levels written into and read from an achievement's alignments. */
class LevelAlignmentTest {

    private static Achievement.Builder base() {
        return Achievement.builder().id("https://example.org/a").name("A").description("D")
                .criteria(Criteria.ofNarrative("Do it."));
    }

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void levelIsWrittenAsTheDocumentedAlignment(LevelKind kind) {
        Achievement a = base().level(CredentialLevel.of(kind)).build();
        assertThat(a.alignment()).singleElement().satisfies(al -> {
            assertThat(al.type()).containsExactly("Alignment");
            assertThat(al.targetName()).contains(LevelAlignment.targetName(kind));
            assertThat(al.targetUrl()).contains("https://laurel.dev/taxonomy/levels/v1#" + kind.id());
            assertThat(al.targetFramework()).contains("Laurel Credential Levels");
            assertThat(al.targetCode()).contains(kind.id());
        });
        assertThat(a.achievementType()).contains(AchievementType.of(LevelAlignment.achievementType(kind)));
        assertThat(a.achievementType().orElseThrow().isStandard()).isTrue();
        assertThat(a.level()).contains(CredentialLevel.of(kind));
    }

    @Test
    void settingALevelAgainReplacesTheLaurelAlignmentInPlace() {
        Alignment other = Alignment.of("Robot Programming", "https://robotics.example/rp");
        Achievement a = base().addAlignment(other).level(CredentialLevel.skill()).addAlignment(other)
                .level(CredentialLevel.ability()).build();
        assertThat(a.alignment()).hasSize(3);
        assertThat(a.alignment().get(1).targetCode()).contains("ability");
        assertThat(a.level()).contains(CredentialLevel.ability());
    }

    @Test
    void duplicateLaurelAlignmentsCollapseToOne() {
        Alignment skill = Alignment.of("Skill", LevelAlignment.targetUrl(LevelKind.SKILL),
                LevelAlignment.FRAMEWORK_NAME, "skill");
        Alignment knowledge = Alignment.of("Knowledge", LevelAlignment.targetUrl(LevelKind.KNOWLEDGE),
                LevelAlignment.FRAMEWORK_NAME, "knowledge");
        Achievement a = base().alignment(List.of(skill, knowledge)).level(CredentialLevel.certification()).build();
        assertThat(a.alignment()).extracting(al -> al.targetCode().orElseThrow()).containsExactly("certification");
    }

    @Test
    void anExplicitAchievementTypeIsKept() {
        Achievement a = base().achievementType(AchievementType.BADGE).level(CredentialLevel.certification()).build();
        assertThat(a.achievementType()).contains(AchievementType.BADGE);
        assertThat(a.level()).contains(CredentialLevel.certification());
    }

    @Test
    void levelIsReadFromTheFrameworkNameAndCodeWhenTheUrlIsElsewhere() {
        Alignment mirrored = Alignment.of("Ability", "https://mirror.example/levels#ability",
                LevelAlignment.FRAMEWORK_NAME, "Ability");
        assertThat(base().addAlignment(mirrored).build().level()).contains(CredentialLevel.ability());
    }

    @Test
    void levelIsNeverGuessedFromAchievementType() {
        Achievement a = base().achievementType(AchievementType.CERTIFICATION).build();
        assertThat(a.level()).isEmpty();
    }

    @Test
    void unknownLevelIdsAndOtherFrameworksGiveNoLevel() {
        Alignment unknown = Alignment.of("Expert", LevelAlignment.FRAMEWORK_IRI + "#expert",
                LevelAlignment.FRAMEWORK_NAME, "expert");
        Alignment otherFramework = Alignment.of("Skill", "https://other.example/skill", "Other Levels", "skill");
        assertThat(base().addAlignment(unknown).addAlignment(otherFramework).build().level()).isEmpty();
    }

    @Test
    void levelDetailsAreNotPartOfTheWireForm() {
        CredentialLevel accredited = new CredentialLevel.Certification(Optional.of("ISO"));
        Achievement a = base().level(accredited).build();
        assertThat(a.level()).contains(CredentialLevel.certification());
        assertThat(a.level().orElseThrow().kind()).isEqualTo(LevelKind.CERTIFICATION);
    }
}
