package dev.laurel.badges.core.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialLevelTest {

    private static final List<CredentialLevel> LADDER = List.of(CredentialLevel.knowledge(), CredentialLevel.skill(),
            CredentialLevel.ability(), CredentialLevel.certification());

    @ParameterizedTest
    @EnumSource(LevelKind.class)
    void parseOfTheIdGivesTheLevelOfThatKind(LevelKind kind) {
        CredentialLevel level = CredentialLevel.parse(kind.id());
        assertThat(level.kind()).isEqualTo(kind);
        assertThat(level.id()).isEqualTo(kind.id());
        assertThat(level).isEqualTo(CredentialLevel.of(kind));
    }

    @Test
    void parseGivesTheMatchingRecordTypes() {
        assertThat(CredentialLevel.parse("knowledge")).isInstanceOf(CredentialLevel.Knowledge.class);
        assertThat(CredentialLevel.parse("skill")).isInstanceOf(CredentialLevel.Skill.class);
        assertThat(CredentialLevel.parse("ability")).isInstanceOf(CredentialLevel.Ability.class);
        assertThat(CredentialLevel.parse("certification")).isInstanceOf(CredentialLevel.Certification.class);
        assertThat(CredentialLevel.parse("participation")).isInstanceOf(CredentialLevel.Participation.class);
        assertThat(CredentialLevel.parse("recognition")).isInstanceOf(CredentialLevel.Recognition.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKILL", "Skill", "sKiLl", " skill", "skill\t", "\u2003skill\n"})
    void parseIgnoresCaseAndSurroundingWhiteSpace(String id) {
        assertThat(CredentialLevel.parse(id)).isEqualTo(CredentialLevel.skill());
    }

    /** In Turkish, "I".toLowerCase() is a dotless ı; ids must not depend on the default locale. */
    @Test
    void parseIsIndependentOfTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(CredentialLevel.parse("CERTIFICATION").kind()).isEqualTo(LevelKind.CERTIFICATION);
            assertThat(CredentialLevel.parse("PARTICIPATION").kind()).isEqualTo(LevelKind.PARTICIPATION);
            assertThat(CredentialLevel.parse("RECOGNITION").kind()).isEqualTo(LevelKind.RECOGNITION);
            assertThat(CredentialLevel.parse("ABILITY").kind()).isEqualTo(LevelKind.ABILITY);
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "expert", "skills", "sk ill", "knowledge!", "formal", "1", "certificate"})
    void parseRejectsUnknownIdsNamingThem(String id) {
        assertThatThrownBy(() -> CredentialLevel.parse(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + id + "\"")
                .hasMessageContaining("knowledge, skill, ability, certification, participation, recognition");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> CredentialLevel.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void formalLevelsRequireAssessmentInformalOnesDoNot() {
        assertThat(LADDER).allMatch(CredentialLevel::requiresAssessment);
        assertThat(CredentialLevel.participation().requiresAssessment()).isFalse();
        assertThat(CredentialLevel.recognition().requiresAssessment()).isFalse();
    }

    @Test
    void ranksClimbTheLadderFromOneToFour() {
        assertThat(LADDER).extracting(CredentialLevel::rank)
                .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3), Optional.of(4));
        assertThat(CredentialLevel.certification().ladderRank()).isEqualTo(4);
    }

    @Test
    void informalLevelsHaveNoRank() {
        assertThat(CredentialLevel.participation().rank()).isEmpty();
        assertThat(CredentialLevel.recognition().rank()).isEmpty();
    }

    @Test
    void higherFormalLevelsAreAtLeastLowerOnesAndNotTheReverse() {
        for (int i = 0; i < LADDER.size(); i++) {
            for (int j = 0; j < LADDER.size(); j++) {
                assertThat(LADDER.get(i).isAtLeast(LADDER.get(j)))
                        .as(LADDER.get(i).id() + " >= " + LADDER.get(j).id())
                        .isEqualTo(i >= j);
            }
        }
    }

    @Test
    void formalAndInformalLevelsAreNeverComparable() {
        for (CredentialLevel formal : LADDER) {
            for (CredentialLevel informal : List.of(CredentialLevel.participation(), CredentialLevel.recognition())) {
                assertThat(formal.isAtLeast(informal)).isFalse();
                assertThat(informal.isAtLeast(formal)).isFalse();
            }
        }
    }

    @Test
    void informalLevelIsAtLeastOnlyItsOwnKind() {
        CredentialLevel webinar = new CredentialLevel.Participation(Optional.of("webinar"));
        assertThat(webinar.isAtLeast(CredentialLevel.participation())).isTrue();
        assertThat(CredentialLevel.participation().isAtLeast(webinar)).isTrue();
        assertThat(webinar.isAtLeast(CredentialLevel.recognition())).isFalse();
        assertThat(CredentialLevel.recognition().isAtLeast(webinar)).isFalse();
    }

    @Test
    void levelsWithDetailsDifferButRankTheSame() {
        CredentialLevel.Certification accredited = new CredentialLevel.Certification(Optional.of("CompTIA"));
        CredentialLevel.Certification plain = CredentialLevel.certification();
        assertThat(accredited).isNotEqualTo(plain);
        assertThat(accredited.compareTo(plain)).isZero();
        assertThat(accredited.isAtLeast(plain)).isTrue();
        assertThat(plain.isAtLeast(accredited)).isTrue();
        assertThat(accredited.id()).isEqualTo("certification");
    }

    @Test
    void compareToOrdersByRank() {
        assertThat(CredentialLevel.knowledge().compareTo(CredentialLevel.skill())).isNegative();
        assertThat(CredentialLevel.certification().compareTo(CredentialLevel.ability())).isPositive();
        assertThat(CredentialLevel.skill().compareTo(CredentialLevel.skill())).isZero();
    }

    @Test
    void isAtLeastRejectsNull() {
        assertThatThrownBy(() -> CredentialLevel.skill().isAtLeast(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> CredentialLevel.recognition().isAtLeast(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofRejectsNullNamingTheKind() {
        assertThatThrownBy(() -> CredentialLevel.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
    }

    @Test
    void recordsWithDetailsRejectNull() {
        assertThatThrownBy(() -> new CredentialLevel.Certification(null)).hasMessage("accreditingBody");
        assertThatThrownBy(() -> new CredentialLevel.Participation(null)).hasMessage("eventKind");
        assertThatThrownBy(() -> new CredentialLevel.Recognition(null)).hasMessage("recognisedBy");
    }

    @Test
    void levelsWithoutDetailsAreValues() {
        assertThat(CredentialLevel.knowledge()).isEqualTo(new CredentialLevel.Knowledge());
        assertThat(CredentialLevel.participation()).isEqualTo(new CredentialLevel.Participation(Optional.empty()));
        assertThat(CredentialLevel.certification().accreditingBody()).isEmpty();
    }
}
