package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Result;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.core.model.ob3.RubricCriterionLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier over hand-built equivalents of the official examples in openbadges/ob3/examples and
 * ob2/examples (the essential fields of each, copied from the files named). Each test states the level
 * expected and why, so that a change of rules that moves one is seen.
 */
class OfficialExamplesClassificationTest {

    private static final String LEARNER = "did:example:ebfeb1f712ebc6f1c276e12ec21";
    private final Classifier classifier = Classifier.standard();

    private static OpenBadgeCredential credential(String id, Profile issuer, String validFrom, Achievement a,
            List<Evidence> evidence) {
        return OpenBadgeCredential.builder().id(id).issuer(issuer).validFrom(Instant.parse(validFrom))
                .credentialSubject(AchievementSubject.builder().id(LEARNER).achievement(a).build())
                .evidence(evidence).build();
    }

    /** ob_v3p0_examples_basicOpenBadgeCredential-00.json (also docformat-00, equality-and-comparison-00/-02). */
    @Test
    void basicTeamworkBadgeIsRecognitionBecausePeersNominateIt() {
        Achievement teamwork = Achievement.builder()
                .id("https://example.com/achievements/21st-century-skills/teamwork")
                .name("Teamwork")
                .description("This badge recognizes the development of the capacity to collaborate within a group "
                        + "environment.")
                .criteria(Criteria.ofNarrative("Team members are nominated for this badge by their peers and "
                        + "recognized upon review by Example Corp management."))
                .build();
        Classification c = classifier.classify(credential("http://example.com/credentials/3527",
                Profile.of("https://example.com/issuers/876543", "Example Corp"), "2010-01-01T00:00:00Z", teamwork,
                List.of()));

        // criteria: "nominat...", "peers", "recogni..." (0.50); description: "recogni..." (0.15); nothing else.
        assertThat(c.kind()).contains(LevelKind.RECOGNITION);
        assertThat(c.basis()).isEqualTo(Basis.INFERRED);
        assertThat(c.confidence()).isEqualTo(0.65);
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(
                ReasonCode.CRITERIA_KEYWORDS, ReasonCode.DESCRIPTION_KEYWORDS, ReasonCode.INFERRED);
    }

    /** ob_v3p0_examples_fullOpenBadge-00.json: a degree with graded results, a rubric and evidence. */
    @Test
    void fullBadgeDegreeIsCertification() {
        Alignment catalog = Alignment.of("1EdTech University Degree", "https://1edtech.edu/catalog/degree",
                "1EdTech University Program and Course Catalog", "degree").withTargetType(AlignmentTargetType.CF_ITEM);
        ResultDescription letter = ResultDescription.builder().id("urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c")
                .name("Final Project Grade").resultType(ResultType.LETTER_GRADE)
                .allowedValue(List.of("D", "C", "B", "A")).requiredValue("C").build();
        ResultDescription rubric = ResultDescription.builder().id("urn:uuid:a70ddc6a-4c4a-4bd8-8277-cb97c79f40c5")
                .name("Final Project Grade").resultType(ResultType.RUBRIC_CRITERION_LEVEL)
                .requiredLevel("urn:uuid:d05a0867-d0ad-4b03-bdb5-28fb5d2aab7a")
                .rubricCriterionLevel(List.of(
                        RubricCriterionLevel.of("urn:uuid:d05a0867-d0ad-4b03-bdb5-28fb5d2aab7a", "Mastery"),
                        RubricCriterionLevel.of("urn:uuid:6b84b429-31ee-4dac-9d20-e5c55881f80e", "Basic")))
                .build();
        ResultDescription status = ResultDescription.builder().id("urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41d")
                .name("Project Status").resultType(ResultType.STATUS).build();
        Achievement degree = Achievement.builder()
                .id("https://1edtech.edu/achievements/degree")
                .name("1EdTech University Degree")
                .description("1EdTech University Degree Description")
                .criteria(new Criteria(Optional.of("https://1edtech.edu/achievements/degree"),
                        Optional.of("# Degree Requirements\nStudents must complete..."), Extensions.NONE))
                .achievementType(AchievementType.DEGREE)
                .addAlignment(catalog)
                .creditsAvailable(new BigDecimal("36"))
                .resultDescription(List.of(letter, rubric, status))
                .tag(List.of("research", "computer science"))
                .build();
        OpenBadgeCredential full = OpenBadgeCredential.builder()
                .id("http://1edtech.edu/credentials/3732")
                .issuer(Profile.of("https://1edtech.edu/issuers/565049", "1EdTech University"))
                .validFrom(Instant.parse("2010-01-01T00:00:00Z"))
                .credentialSubject(AchievementSubject.builder().id(LEARNER).achievement(degree)
                        .creditsEarned(new BigDecimal("12"))
                        .result(List.of(Result.ofValue("urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c", "A")))
                        .build())
                .addEvidence(Evidence.of("https://1edtech.edu/credentials/3732/evidence/1", "Final Project Report"))
                .build();

        Classification c = classifier.classify(full);

        // Degree votes certification 0.80; assessment 0.40, credits 0.15, alignment 0.15, results 0.20,
        // evidence 0.15 are formal (1.05 in all); the rubric votes skill 0.20.
        // Certification scores 1.85 of 2.05: confidence 0.95 * 1.85 / 2.05 = 0.86.
        assertThat(c.kind()).contains(LevelKind.CERTIFICATION);
        assertThat(c.confidence()).isEqualTo(0.83); // evidence words ("project", "source code") now vote too
        assertThat(c.hasReason(ReasonCode.ACHIEVEMENT_TYPE)).isTrue();
        assertThat(c.hasReason(ReasonCode.ASSESSMENT_DEFINED)).isTrue();
        assertThat(c.hasReason(ReasonCode.RUBRIC_DEFINED)).isTrue();
        assertThat(c.hasReason(ReasonCode.RESULTS_RECORDED)).isTrue();
        assertThat(c.hasReason(ReasonCode.EVIDENCE_PRESENT)).isTrue();
    }

    /** ob_v3p0_examples_skillAssertionCase-00.json. */
    @Test
    void robotProgrammingCompetencyWithSourceCodeIsSkill() {
        Achievement robots = Achievement.builder()
                .id("https://example.com/achievements/robotics/robot-programming")
                .name("Robot Programming")
                .description("This achievement represents developing capability to develop software for robotic "
                        + "applications.")
                .criteria(Criteria.ofNarrative("Learners must present source code showing the ability for a robot to "
                        + "accept manual or sensor input and perform conditional actions in response."))
                .achievementType(AchievementType.COMPETENCY)
                .addAlignment(Alignment.of("Robot Programming",
                        "https://robotics-competencies.example.com/competencies/robot-programming")
                        .withTargetType(AlignmentTargetType.CF_ITEM))
                .build();
        Classification c = classifier.classify(credential("http://1edtech.edu/credentials/3732",
                Profile.of("https://1edtech.edu/issuers/565049", "1EdTech University"), "2022-07-01T00:00:00Z",
                robots, List.of(Evidence.of("https://github.com/somebody/project", "Final Project Code"))));

        // Competency 0.60 + "source code", "perform" 0.40 are skill; alignment and evidence 0.30 formal.
        assertThat(c.kind()).contains(LevelKind.SKILL);
        assertThat(c.confidence()).isEqualTo(0.82); // the evidence's "project" votes ability 0.20
    }

    /** ob_v3p0_examples_skillAssertionCtdl-00.json. */
    @Test
    void linearEquationsCompetencyIsSkillDespiteTheWordUnderstanding() {
        Classification c = classifier.classify(credential("http://1edtech.edu/credentials/3732",
                Profile.of("https://1edtech.edu/issuers/565049", "1EdTech University"), "2022-07-01T00:00:00Z",
                linearEquations(true), List.of()));

        // skill: Competency 0.60 + "demonstrat..." 0.30; knowledge: "understand..." 0.30; the ceasn
        // alignment adds formal 0.15 to both. Skill scores 1.05 of 1.35: 0.95 * 1.05 / 1.35 = 0.74.
        assertThat(c.kind()).contains(LevelKind.SKILL);
        assertThat(c.confidence()).isEqualTo(0.74);
        assertThat(c.reasons()).extracting(Reason::supports).contains(Optional.of(LevelKind.KNOWLEDGE));
    }

    /** ob_v3p0_impl_recommended-practices-04.json: the same competency without its alignment. */
    @Test
    void linearEquationsWithoutAlignmentIsStillSkill() {
        Classification c = classifier.classify(linearEquations(false));

        // skill 0.90 against knowledge 0.30: confidence 0.90 * 0.90 / 1.20 = 0.68.
        assertThat(c.kind()).contains(LevelKind.SKILL);
        assertThat(c.confidence()).isEqualTo(0.68);
    }

    private static Achievement linearEquations(boolean aligned) {
        Achievement.Builder b = Achievement.builder()
                .id("https://example.com/achievements/math/linear-1")
                .name("Linear equations and inequalities")
                .description("This achievement represents developing capability to solve and graph linear equations "
                        + "and inequalities")
                .criteria(Criteria.ofNarrative("Learners must demonstrate understanding of linear algebra and "
                        + "graphic representation of linear equations."))
                .achievementType(AchievementType.COMPETENCY);
        if (aligned) {
            b.addAlignment(Alignment.of("Solve and graph linear equations and inequalities",
                    "https://credentialfinder.org/competency/ce-6369c51f-4d86-4592-a761-8b32ae70a045",
                    "Ivy Tech Community College of Indiana, MATH 135, FINITE MATH",
                    "ce-6369c51f-4d86-4592-a761-8b32ae70a045").withTargetType(AlignmentTargetType.CEASN_COMPETENCY));
        }
        return b.build();
    }

    /** ob_v3p0_examples_achievementAlignmentCase-00.json (and recommended-practices-00). */
    @Test
    void textAnalysisAlignedToACaseItemIsUnclassified() {
        Classification c = classifier.classify(textAnalysis(Alignment.of("Cite strong and thorough textual evidence",
                "https://caseregistry.imsglobal.org/uri/74f5bb7d-d7cc-11e8-824f-0242ac160002",
                "Alabama Course of Study: English Language Arts", "74f5bb7d-d7cc-11e8-824f-0242ac160002")
                .withTargetType(AlignmentTargetType.CF_ITEM)));

        // Only the alignment speaks (formal 0.15, given to knowledge): below the 0.40 a level needs.
        assertThat(c.level()).isEmpty();
        assertThat(c.basis()).isEqualTo(Basis.UNCLASSIFIED);
        assertThat(c.confidence()).isZero();
        assertThat(c.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.COMPETENCY_ALIGNMENT, ReasonCode.WEAK_EVIDENCE);
    }

    /** ob_v3p0_examples_achievementAlignmentCe-00.json. */
    @Test
    void textAnalysisAlignedToACredentialEngineEntryIsUnclassified() {
        Classification c = classifier.classify(textAnalysis(Alignment.of("Requirements Analysis",
                "https://credentialfinder.org/credential/20229/Requirements_Analysis", "Edmonds College Course Catalog",
                "ce-cf4dee18-7cea-443a-b920-158a0762c6bf").withTargetType(AlignmentTargetType.CETERMS_CREDENTIAL)));

        assertThat(c.level()).isEmpty();
        assertThat(c.hasReason(ReasonCode.WEAK_EVIDENCE)).isTrue();
    }

    private static Achievement textAnalysis(Alignment alignment) {
        return Achievement.builder().id("https://1edtech.edu/achievements/1").name("Text analysis")
                .description("Analyze a sample text")
                .criteria(Criteria.ofNarrative("Cite strong and thorough textual evidence to support analysis of "
                        + "what the text says explicitly as well as inferences drawn from the text, including "
                        + "determining where the text leaves matters uncertain"))
                .addAlignment(alignment).build();
    }

    /** ob_v3p0_impl_migrating-04.json: a migrated OB 2.0 badge, criteria only by IRI. */
    @Test
    void migratedCompetencyBadgeIsUnclassified() {
        Achievement migrated = Achievement.builder().id("urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002")
                .name("Example Competency Badge Issued under OB 2.0")
                .description("This example badge was issued originally as an Open Badges 2.0 assertion")
                .criteria(Criteria.ofId("https://example.edu/achievements/a7467ef6-56cb-11ec-bf63-0242ac130002/criteria"))
                .build();
        Classification c = classifier.classify(credential("urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
                Profile.of("did:web:example.com:issuers:540e388e-2735-4c3e-9709-80142801c774", "Example"),
                "2010-01-01T00:00:00Z", migrated, List.of(Evidence.of(
                        "https://example.org/ob2/assertions/10481810-e094-4ffe-806f-25de49c87933",
                        "Original Open Badges 2.0 assertion for this credential"))));

        // "competen..." in the name (skill 0.15) and evidence (formal 0.15) make skill 0.30: too little.
        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(
                ReasonCode.DESCRIPTION_KEYWORDS, ReasonCode.EVIDENCE_PRESENT, ReasonCode.WEAK_EVIDENCE);
    }

    /** ob_v3p0_impl_linked-data-proof-clr-01.json: "Achievement 1", criteria only by IRI. */
    @Test
    void bareAchievementWithNothingToReadHasNoEvidence() {
        Achievement bare = Achievement.builder().id("urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002")
                .name("Achievement 1").description("Achievement 1")
                .criteria(Criteria.ofId("https://example.edu/achievements/a7467ef6-56cb-11ec-bf63-0242ac130002/criteria"))
                .build();

        Classification c = classifier.classify(bare);

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_EVIDENCE);
    }

    /** ob_v2p0_index-00.json: "3-D Printmaster", a knowledge and safety test. */
    @Test
    void ob2PrintmasterAssertionIsKnowledge() {
        BadgeClass printmaster = BadgeClass.builder().id("https://example.org/badges/5").name("3-D Printmaster")
                .description("This badge is awarded for passing the 3-D printing knowledge and safety test.")
                .image("https://example.org/badges/5/image")
                .criteria(dev.laurel.badges.core.model.ob2.Criteria.narrative("Students are tested on knowledge and "
                        + "safety, both through a paper test and a supervised performance evaluation on live "
                        + "equipment"))
                .issuer(dev.laurel.badges.core.model.ob2.Profile.builder().id("https://example.org/issuer")
                        .name("Example Maker Society").url("https://example.org").email("contact@example.org")
                        .build())
                .build();
        Assertion assertion = Assertion.builder().id("https://example.org/assertions/123")
                .recipient(IdentityObject.plain("email", "alice@example.org")).badge(printmaster)
                .verification(VerificationObject.hosted())
                .issuedOn(Timestamp.parse("2016-12-31T23:59:59+00:00")).build();

        Classification c = classifier.classify(assertion);

        // knowledge: "tested", "knowledge", "test" (0.50) and again in the description (0.20); skill:
        // "performance" (0.30); "evaluation", "passing" are formal (0.30).
        assertThat(c.kind()).contains(LevelKind.KNOWLEDGE);
        assertThat(c.confidence()).isEqualTo(0.66); // the issuer, a "Society", votes certification 0.15
    }

    /** ob_v2p0_extensions_endorsement_index-00.json: criteria only by IRI, no words that point anywhere. */
    @Test
    void ob2EndorsementBadgeClassIsUnclassified() {
        BadgeClass endorsement = BadgeClass.builder().id("http://endorser.org/endorsementclass1")
                .name("Endorsement Badge")
                .description("Endorser's badge of support. Badges receiving this have been vetted by the Endorser.")
                .image("http://endorser.org/endorsementimage.png").criteria("http://endorser.org/what-it-takes")
                .issuer("http://endorser.org/issuer1").build();

        Classification c = classifier.classify(endorsement);

        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_EVIDENCE);
    }

    /** ob_v2p0_extensions_index-03.json: "Awesome Robotics Badge", tags robots and awesome. */
    @Test
    void ob2AwesomeRoboticsBadgeIsUnclassified() {
        BadgeClass robotics = BadgeClass.builder().id("https://example.org/robotics-badge.json")
                .name("Awesome Robotics Badge")
                .description("For doing awesome things with robots that people think is pretty great.")
                .image("http://openbadges.it/logo.png").criteria("https://example.org/robotics-badge.html")
                .issuer("https://example.org/badge/issuer.json").tags("robots", "awesome").build();

        assertThat(classifier.classify(robotics).level()).isEmpty();
    }

    /** ob_v2p0_examples_index-00.json: the badge is only an IRI; the assertion has evidence. */
    @Test
    void ob2AssertionOfABadgeByIriOnlyIsUnclassified() {
        Assertion beth = Assertion.builder().id("https://example.org/beths-robotics-badge.json")
                .recipient(IdentityObject.hashed("email", "beth@example.org", "deadsea"))
                .badge("https://example.org/robotics-badge.json").verification(VerificationObject.hosted())
                .issuedOn(Timestamp.parse("2016-12-31T23:59:59Z")).addEvidence("https://example.org/beths-robot-work.html")
                .build();

        Classification c = classifier.classify(beth);

        // Nothing but evidence (formal 0.15) can be read.
        assertThat(c.level()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(
                ReasonCode.NO_DEFINITION, ReasonCode.EVIDENCE_PRESENT, ReasonCode.WEAK_EVIDENCE);
    }
}
