package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule of the standard classifier per test. */
class ClassifierRulesTest {

    private final Classifier classifier = Classifier.standard();

    private static Achievement withCriteria(String narrative) {
        return Achievement.builder().id("urn:example:a").name("Badge").description("A badge.")
                .criteria(Criteria.ofNarrative(narrative)).build();
    }

    @Test
    void declaredLevelWinsOverContraryEvidenceWithFullConfidence() {
        Achievement a = withCriteria("Attend the webinar.").toBuilder()
                .achievementType(AchievementType.AWARD).level(CredentialLevel.certification()).build();

        Classification c = classifier.classify(a);

        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(c.confidence()).isEqualTo(1.0);
        assertThat(c.basis()).isEqualTo(Basis.DECLARED);
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.DECLARED_LEVEL);
    }

    @Test
    void conflictingDeclaredLevelsKeepTheFirstAndSaySo() {
        Achievement a = withCriteria("x").toBuilder()
                .addAlignment(Alignment.of("Skill", LevelAlignment.targetUrl(LevelKind.SKILL)))
                .addAlignment(Alignment.of("Ability", LevelAlignment.targetUrl(LevelKind.ABILITY)))
                .build();

        Classification c = classifier.classify(a);

        assertThat(c.kind()).contains(LevelKind.SKILL);
        assertThat(c.kind()).isEqualTo(a.level().map(CredentialLevel::kind));
        assertThat(c.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.DECLARED_LEVEL, ReasonCode.CONFLICTING_DECLARED_LEVELS);
    }

    @Test
    void declaredLevelByFrameworkNameAndCodeIsRead() {
        Achievement a = withCriteria("x").toBuilder().addAlignment(Alignment.of("Ability",
                "https://example.org/our-copy-of-the-levels", LevelAlignment.FRAMEWORK_NAME, "ability")).build();

        assertThat(classifier.classify(a).kind()).contains(LevelKind.ABILITY);
    }

    @Test
    void ob2BadgeClassDeclaresItsLevelThroughAnAlignmentObject() {
        Classification c = classifier.classify(Badges.leveledBadgeClass("https://example.org/b", LevelKind.RECOGNITION));

        assertThat(c.kind()).contains(LevelKind.RECOGNITION);
        assertThat(c.basis()).isEqualTo(Basis.DECLARED);
    }

    @Test
    void ob2AssertionOfADeclaredBadgeClassIsDeclared() {
        Classification c = classifier.classify(Badges.assertion("https://example.org/a/1",
                Badges.leveledBadgeClass("https://example.org/b", LevelKind.KNOWLEDGE)));

        assertThat(c.kind()).contains(LevelKind.KNOWLEDGE);
        assertThat(c.confidence()).isEqualTo(1.0);
    }

    @Test
    void webinarAttendanceIsParticipationWithTheEventKind() {
        Classification c = classifier.classify(withCriteria("Attended the one-hour webinar on data privacy."));

        assertThat(c.level()).contains(new CredentialLevel.Participation(Optional.of("webinar")));
    }

    @Test
    void workshopAttendanceNamesTheWorkshop() {
        Classification c = classifier.classify(withCriteria("Participants attend a two-day workshop."));

        assertThat(c.level()).contains(new CredentialLevel.Participation(Optional.of("workshop")));
    }

    @Test
    void capstoneProjectIsAbility() {
        Classification c = classifier.classify(withCriteria("Complete a capstone project, graded by a panel."));

        assertThat(c.kind()).contains(LevelKind.ABILITY);
        assertThat(c.hasReason(ReasonCode.ASSESSMENT_KEYWORDS)).isTrue();
    }

    @Test
    void portfolioIsSkill() {
        Classification c = classifier.classify(withCriteria("Submit a portfolio of hands-on lab work."));

        assertThat(c.kind()).contains(LevelKind.SKILL);
    }

    @Test
    void proctoredCertificationExamIsCertification() {
        Classification c = classifier.classify(withCriteria("Pass the proctored certification exam."));

        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
    }

    @Test
    void industryRecognizedIsCertificationNotPeerRecognition() {
        Classification c = classifier.classify(withCriteria("An industry-recognized and accredited credential."));

        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(c.reasons()).extracting(Reason::supports).doesNotContain(Optional.of(LevelKind.RECOGNITION));
    }

    @Test
    void noAssessmentRulesFormalLevelsOut() {
        Classification c = classifier.classify(withCriteria("Open to all who attend; no assessment, ungraded."));

        assertThat(c.kind()).contains(LevelKind.PARTICIPATION);
        assertThat(c.hasReason(ReasonCode.NO_ASSESSMENT_KEYWORDS)).isTrue();
        assertThat(c.reasons()).extracting(Reason::code).doesNotContain(ReasonCode.ASSESSMENT_KEYWORDS);
    }

    @Test
    void informalEvidenceAloneGoesToParticipation() {
        Achievement a = withCriteria("No assessment: ungraded and not graded.").toBuilder()
                .tag(List.of("ungraded")).build();

        Classification c = classifier.classify(a);

        assertThat(c.kind()).contains(LevelKind.PARTICIPATION);
        assertThat(c.hasReason(ReasonCode.FIRST_RUNG)).isTrue();
    }

    @Test
    void oneKeywordAloneIsNotEnough() {
        Classification c = classifier.classify(withCriteria("Attend."));

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.CRITERIA_KEYWORDS, ReasonCode.WEAK_EVIDENCE);
    }

    @Test
    void assessmentWithoutARungIsKnowledgeTheFirstFormalRung() {
        ResultDescription score = ResultDescription.builder().id("urn:example:rd").name("Score")
                .resultType(ResultType.PERCENT).requiredValue("80").build();
        Achievement a = withCriteria("x").toBuilder().resultDescription(List.of(score)).build();

        Classification c = classifier.classify(a);

        assertThat(c.kind()).contains(LevelKind.KNOWLEDGE);
        assertThat(c.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.ASSESSMENT_DEFINED, ReasonCode.ASSESSMENT_KEYWORDS, ReasonCode.FIRST_RUNG,
                        ReasonCode.INFERRED);
    }

    @Test
    void statusOnlyResultDescriptionIsNotAnAssessment() {
        ResultDescription status = ResultDescription.builder().id("urn:example:rd").name("Status")
                .resultType(ResultType.STATUS).build();

        Classification c = classifier.classify(withCriteria("x").toBuilder().resultDescription(List.of(status)).build());

        assertThat(c.hasReason(ReasonCode.ASSESSMENT_DEFINED)).isFalse();
        assertThat(c.level()).isEmpty();
    }

    @Test
    void assessmentLiftsACompetencyOverInformalWords() {
        ResultDescription score = ResultDescription.builder().id("urn:example:rd").name("Quiz")
                .resultType(ResultType.RAW_SCORE).valueMin("0").valueMax("10").build();
        Achievement a = withCriteria("Attend the workshop and pass the final practical exercise.").toBuilder()
                .resultDescription(List.of(score)).build();

        Classification c = classifier.classify(a);

        // participation 0.30 against skill 0.30 plus formal 0.60 (assessment 0.40, "pass" 0.20).
        assertThat(c.kind()).contains(LevelKind.SKILL);
    }

    @Test
    void licenceNumberPointsToCertification() {
        Achievement a = withCriteria("x");
        OpenBadgeCredential licensed = OpenBadgeCredential.builder().id("urn:example:c")
                .issuer(Profile.of(Badges.ISSUER, "Board")).validFrom(Instant.parse("2024-01-01T00:00:00Z"))
                .credentialSubject(AchievementSubject.builder().id(Badges.LEARNER).achievement(a)
                        .licenseNumber("RN-12345").creditsEarned(new BigDecimal("3")).build())
                .build();

        Classification c = classifier.classify(licensed);

        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(c.hasReason(ReasonCode.LICENSE_NUMBER)).isTrue();
        assertThat(c.hasReason(ReasonCode.CREDITS)).isTrue();
    }

    @Test
    void tagNamingALevelVotesForIt() {
        Achievement a = withCriteria("x").toBuilder().tag(List.of("Ability", "robotics")).build();

        Classification c = classifier.classify(a);

        assertThat(c.kind()).contains(LevelKind.ABILITY);
        assertThat(c.reasons().get(0).code()).isEqualTo(ReasonCode.TAG_KEYWORDS);
    }

    @Test
    void tagWordsVote() {
        Achievement a = withCriteria("x").toBuilder().tag(List.of("webinar", "seminar series")).build();

        assertThat(classifier.classify(a).kind()).contains(LevelKind.PARTICIPATION);
    }

    @Test
    void evenSplitBetweenFamiliesIsTooSplitToName() {
        // participation 0.30 and knowledge 0.30: confidence 0.30 * 0.5 = 0.15, under 0.30.
        Classification c = classifier.classify(withCriteria("Attend and take the quiz."));

        assertThat(c.level()).isEmpty();
        assertThat(c.hasReason(ReasonCode.WEAK_EVIDENCE)).isTrue();
        assertThat(c.confidence()).isZero();
    }

    @Test
    void aFormalTypeContradictedByPeerVotesKeepsOnlyPartOfItsWeight() {
        // Course (knowledge 0.40) against "vote..." and "kudos" (recognition 0.40): the rest of the badge is
        // informal, so the type counts 0.10 and recognition wins.
        Achievement a = withCriteria("Voted by the team; kudos to the winner.").toBuilder()
                .achievementType(AchievementType.COURSE).build();

        Classification c = classifier.classify(a);

        assertThat(c.hasReason(ReasonCode.TYPE_CONTRADICTED)).isTrue();
        assertThat(c.kind()).contains(LevelKind.RECOGNITION);
    }

    @Test
    void tieGoesToTheMoreModestClaim() {
        // "quiz" (knowledge 0.30) against "portfolio" (skill 0.30) in the criteria: a tie; knowledge is the
        // more modest claim, but at 0.30 it is too weak to name.
        Classification c = classifier.classify(withCriteria("A quiz, then a portfolio."));

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons().get(c.reasons().size() - 1).supports()).contains(LevelKind.KNOWLEDGE);
    }

    @Test
    void upperCaseTextInTheTurkishLocaleStillMatches() {
        // The build runs tests with -Duser.language=tr; "QUIZ" and "EXAMINATION" contain a capital I.
        Classification c = classifier.classify(withCriteria("PASS THE QUIZ AND THE WRITTEN EXAMINATION ON THEORY"));

        assertThat(c.kind()).contains(LevelKind.KNOWLEDGE);
    }

    @Test
    void credentialAndItsAchievementAgreeWhenTheCredentialAddsNothing() {
        Achievement a = Badges.achievement("urn:example:a", "Robotics").achievementType(AchievementType.COMPETENCY)
                .build();
        Classification ofAchievement = classifier.classify(a);
        Classification ofCredential = classifier.classify(Badges.credential("urn:example:c", a));

        assertThat(ofCredential).isEqualTo(ofAchievement);
        assertThat(classifier.classify(Credential.of(Badges.credential("urn:example:c", a))))
                .isEqualTo(classifier.classify(BadgeDefinition.of(a)));
    }

    @Test
    void sameBadgeGivesEqualClassifications() {
        Achievement a = withCriteria("Attend the seminar, then pass the quiz and build a portfolio.");

        assertThat(classifier.classify(a)).isEqualTo(classifier.classify(a));
    }

    @Test
    void classificationRejectsInconsistentValues() {
        assertThatThrownBy(() -> new Classification(Optional.of(CredentialLevel.skill()), 0.5, Basis.DECLARED,
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
        assertThatThrownBy(() -> new Classification(Optional.empty(), 0.5, Basis.UNCLASSIFIED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Optional.empty(), 0, Basis.INFERRED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Optional.of(CredentialLevel.skill()), 1.5, Basis.INFERRED,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Optional.of(CredentialLevel.skill()), Double.NaN,
                Basis.INFERRED, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullBadgesAreTheCallersMistake() {
        assertThatThrownBy(() -> classifier.classify((Achievement) null))
                .isInstanceOf(NullPointerException.class).hasMessage("achievement");
        assertThatThrownBy(() -> classifier.classify((Credential) null))
                .isInstanceOf(NullPointerException.class).hasMessage("credential");
    }
}
