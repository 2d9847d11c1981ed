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
            assertThat(al.targetUrl()).contains("https://laurel.dev/ims/case/v1p0/CFItems/"
                    + LevelAlignment.itemIdentifier(kind));
            assertThat(al.targetType()).contains(AlignmentTargetType.CF_ITEM);
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

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void version1AlignmentsStillRead(LevelKind kind) {
        Alignment old = Alignment.of(LevelAlignment.targetName(kind), LevelAlignment.legacyTargetUrl(kind),
                LevelAlignment.FRAMEWORK_NAME, kind.id());
        assertThat(base().addAlignment(old).build().level()).contains(CredentialLevel.of(kind));
        Alignment urlOnly = Alignment.of("x", "https://laurel.dev/taxonomy/levels/v1#" + kind.id());
        assertThat(base().addAlignment(urlOnly).build().level()).contains(CredentialLevel.of(kind));
    }

    @Test
    void aLevelItemHostedByAnIssuerIsRead() {
        Alignment hosted = Alignment.of("Skill", "https://badges.university.example/ims/case/v1p0/CFItems/"
                + LevelAlignment.itemIdentifier(LevelKind.SKILL));
        assertThat(base().addAlignment(hosted).build().level()).contains(CredentialLevel.skill());
    }

    @Test
    void levelDetailsRoundTripAsDetailAlignments() {
        for (CredentialLevel level : List.of(new CredentialLevel.Certification(Optional.of("ISO/IEC 17024 body")),
                new CredentialLevel.Participation(Optional.of("webinar")),
                new CredentialLevel.Recognition(Optional.of("peers")))) {
            Achievement a = base().level(level).build();
            assertThat(a.alignment()).hasSize(2);
            assertThat(a.alignment().get(1).targetCode()).contains(LevelAlignment.detail(level).orElseThrow()[0]);
            assertThat(a.level()).contains(level);
            // Setting another level drops the old detail.
            assertThat(base().level(level).level(CredentialLevel.skill()).build().alignment()).hasSize(1);
        }
    }

    @Test
    void aDetailOfAnotherKindIsIgnored() {
        Alignment detail = Alignment.of("webinar", LevelAlignment.targetUrl(LevelKind.SKILL) + "#eventKind",
                LevelAlignment.FRAMEWORK_NAME, LevelAlignment.EVENT_KIND);
        Achievement a = base().level(CredentialLevel.skill()).addAlignment(detail).build();
        assertThat(a.level()).contains(CredentialLevel.skill());
    }
}
