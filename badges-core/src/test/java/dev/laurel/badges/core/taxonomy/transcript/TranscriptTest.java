package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedReason;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.Requirement;
import dev.laurel.badges.core.taxonomy.policy.Requirements;
import dev.laurel.badges.core.taxonomy.policy.RequirementsReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.taxonomy.transcript.TranscriptFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscriptTest {

    /** "At least one certification and two abilities in data science, all verified." */
    static final Requirements HIRING = Requirements.of(
            Requirement.atLeast(1, "certification in data science", Policy.builder()
                    .levelIn(LevelKind.CERTIFICATION).alignedTo(DATA_SCIENCE).requireVerified().build()),
            Requirement.atLeast(2, "abilities in data science", Policy.builder()
                    .levelIn(LevelKind.ABILITY).alignedTo(DATA_SCIENCE).requireVerified().build()));

    private static Transcript verified() {
        return Transcript.of(clr(), allVerified(NESTED.size()));
    }

    private static List<String> achievementIds(List<TranscriptEntry> entries) {
        return entries.stream().map(e -> e.achievementId().orElseThrow()).toList();
    }

    @Test
    void groupsTheEntriesByLevelWithTheFormalLadderInOrderAndTheInformalBesideIt() {
        Transcript t = verified();
        assertThat(t.formal()).extracting(LevelGroup::level)
                .containsExactly(LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY, LevelKind.CERTIFICATION);
        assertThat(t.informal()).extracting(LevelGroup::level)
                .containsExactly(LevelKind.PARTICIPATION, LevelKind.RECOGNITION);
        assertThat(achievementIds(t.group(LevelKind.ABILITY).entries())).containsExactly(MODELLING, PIPELINES);
        assertThat(achievementIds(t.group(LevelKind.CERTIFICATION).entries())).containsExactly(DEGREE);
        assertThat(achievementIds(t.group(LevelKind.PARTICIPATION).entries())).containsExactly(MEETUP);
        assertThat(t.group(LevelKind.RECOGNITION).isEmpty()).isTrue();
        assertThat(achievementIds(t.unclassified())).containsExactly(PLAIN, PROGRAMME);
    }

    @Test
    void listsEveryNestedCredentialAndTheSubjectsOwnAchievementsMarkedAsNotCredentialled() {
        Transcript t = verified();
        assertThat(t.entries()).hasSize(NESTED.size() + 1);
        assertThat(t.credentials()).extracting(TranscriptEntry::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(t.credentials()).allSatisfy(e -> {
            assertThat(e.isVerified()).isTrue();
            assertThat(e.path()).isEqualTo("/credentialSubject/verifiableCredential/" + e.index());
            assertThat(e.credential().orElseThrow().ob3()).contains(NESTED.get(e.index()));
        });
        assertThat(t.uncredentialled()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(EntrySource.SUBJECT_ACHIEVEMENT);
            assertThat(e.achievementId()).contains(PROGRAMME);
            assertThat(e.isCredentialled()).isFalse();
            assertThat(e.isVerified()).isFalse();
            assertThat(e.backpackEntry()).isEmpty();
            assertThat(e.path()).isEqualTo("/credentialSubject/achievement/0");
        });
    }

    @Test
    void givesTheLearnerAndTheIssuer() {
        Transcript t = Transcript.of(clr());
        assertThat(t.learnerId()).contains(Badges.LEARNER);
        assertThat(t.learnerIdentifiers()).isEmpty();
        assertThat(t.issuerId()).contains(REGISTRAR.id().orElseThrow());
        assertThat(t.issuer().flatMap(r -> r.embedded())).contains(REGISTRAR);
        assertThat(t.clr()).isEqualTo(clr());
    }

    @Test
    void withoutStatusesNothingIsVerifiedAndNothingCounts() {
        Transcript t = Transcript.of(clr());
        assertThat(t.credentials()).allSatisfy(e -> assertThat(e.verification()).isEqualTo(VerificationStatus.UNKNOWN));
        assertThat(t.decide(HIRING, NOW).verdict()).isEqualTo(Verdict.REJECT);
        assertThat(t.progress()).allSatisfy(p -> assertThat(p.complete()).isFalse());
    }

    @Test
    void theHiringRequirementsPassWhenEveryNestedCredentialIsVerified() {
        RequirementsReport report = verified().decide(HIRING, NOW);
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(report.outcomes()).extracting(o -> o.accepted()).containsExactly(1, 2);
        assertThat(report.outcomes().get(1).counted()).extracting(d -> d.entry().credential().achievementId()
                .orElseThrow()).containsExactly(MODELLING, PIPELINES);
        assertThat(report.unmet()).isEmpty();
    }

    @Test
    void theHiringRequirementsFailWhenOneRequiredNestedCredentialFailedVerification() {
        List<VerificationStatus> statuses = new ArrayList<>(allVerified(NESTED.size()));
        statuses.set(3, VerificationStatus.notVerified(Badges.CHECKED)); // the pipelines capstone, an ability
        Transcript t = Transcript.of(clr(), statuses);
        RequirementsReport report = t.decide(HIRING, NOW);
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(report.unmet()).singleElement().satisfies(o -> {
            assertThat(o.requirement().name()).isEqualTo("abilities in data science");
            assertThat(o.accepted()).isEqualTo(1);
            assertThat(o.missing()).isEqualTo(1);
            assertThat(o.report().ignored()).singleElement()
                    .satisfies(u -> assertThat(u.reason()).isEqualTo(UnverifiedReason.FAILED));
        });
        // The preview judges it too, and its Verified condition still fails it.
        RequirementsReport preview = HIRING.evaluate(t.backpack(), NOW, Counting.PREVIEW);
        assertThat(preview.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void theHiringRequirementsFailWhenTheCertificationIsRevoked() {
        List<VerificationStatus> statuses = new ArrayList<>(allVerified(NESTED.size()));
        statuses.set(4, VerificationStatus.revoked(Badges.CHECKED));
        assertThat(Transcript.of(clr(), statuses).decide(HIRING, NOW).verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void aPolicyRunsOverTheNestedCredentialsUnchanged() {
        Policy ability = Policy.builder().levelIn(LevelKind.ABILITY).requireVerified().build();
        assertThat(verified().decide(ability, NOW).withVerdict(Verdict.ACCEPT)).hasSize(2);
        assertThat(verified().decide(ability, NOW).verdict()).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void theBackpackHoldsTheNestedCredentialsWithTheirStatusesAndClassifications() {
        List<VerificationStatus> statuses = new ArrayList<>(allVerified(NESTED.size()));
        statuses.set(0, VerificationStatus.notVerified(Badges.CHECKED));
        Transcript t = Transcript.of(clr(), statuses);
        assertThat(t.backpack().entries()).extracting(BackpackEntry::verification).containsExactlyElementsOf(statuses);
        assertThat(t.backpack().entries()).extracting(e -> e.credential().ob3().orElseThrow())
                .containsExactlyElementsOf(NESTED);
        assertThat(t.backpack().byLevel(LevelKind.ABILITY)).hasSize(2);
        assertThat(t.backpack().unverified()).hasSize(1);
    }

    @Test
    void partOfAssociationsBecomePathwaysOrderedByPrecedes() {
        Transcript t = verified();
        Pathway programme = t.pathways().get(PROGRAMME).orElseThrow();
        assertThat(programme.name()).isEqualTo("Programme");
        assertThat(programme.goalAchievementId()).contains(PROGRAMME);
        // Given as python, intro, modelling, pipelines; intro precedes python precedes modelling.
        assertThat(programme.steps()).containsExactly(Step.achievement(INTRO), Step.achievement(PYTHON),
                Step.achievement(MODELLING), Step.achievement(PIPELINES));
        Pathway degree = t.pathways().get(DEGREE).orElseThrow();
        assertThat(degree.steps()).containsExactly(Step.pathway(PROGRAMME));
        assertThat(Pathways.validate(t.pathways().all())).isEmpty();
        assertThat(t.prerequisites(PYTHON)).containsExactly(INTRO);
        assertThat(t.prerequisites(INTRO)).isEmpty();
    }

    @Test
    void relationsSayWhatEachAssociationMeans() {
        Transcript t = verified();
        assertThat(t.relations()).extracting(Relation::role).containsExactly(RelationRole.STEP, RelationRole.STEP,
                RelationRole.STEP, RelationRole.STEP, RelationRole.PREREQUISITE, RelationRole.PREREQUISITE,
                RelationRole.STEP, RelationRole.RELATED, RelationRole.RELATED);
        Relation parent = t.relations().get(3);
        assertThat(parent.part()).isEqualTo(PIPELINES);
        assertThat(parent.whole()).isEqualTo(PROGRAMME);
        Relation unresolved = t.relations().get(8);
        assertThat(unresolved.isResolved()).isFalse();
        assertThat(unresolved.targetHeld()).isFalse();
        assertThatThrownBy(unresolved::part).isInstanceOf(IllegalStateException.class);
        assertThat(t.findings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TranscriptCode.ASSOCIATION_NOT_RESOLVED);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.path()).isEqualTo("/credentialSubject/association/8/targetId");
        });
    }

    @Test
    void progressCountsTheVerifiedNestedCredentials() {
        Transcript all = verified();
        assertThat(all.progress()).extracting(PathwayProgress::complete).containsExactly(true, true);

        List<VerificationStatus> statuses = new ArrayList<>(allVerified(NESTED.size()));
        statuses.set(2, VerificationStatus.UNKNOWN); // the modelling capstone
        statuses.set(4, VerificationStatus.UNKNOWN); // the degree, the goal of the outer pathway
        Transcript one = Transcript.of(clr(), statuses);
        PathwayProgress programme = one.progress().get(0);
        assertThat(programme.pathway().id()).isEqualTo(PROGRAMME);
        assertThat(programme.complete()).isFalse();
        assertThat(programme.doneCount()).isEqualTo(3);
        assertThat(programme.ignored()).hasSize(2);
        assertThat(one.progress(Counting.PREVIEW).get(0).complete()).isTrue();
    }

    @Test
    void aCycleOfPartOfAssociationsIsAFindingAndLeavesNoStep() {
        ClrCredential clr = clr(NESTED.subList(0, 3), List.of(
                Association.of(AssociationType.IS_PART_OF, INTRO, PYTHON),
                Association.of(AssociationType.IS_PARENT_OF, INTRO, PYTHON),
                Association.of(AssociationType.IS_PART_OF, MODELLING, MODELLING),
                Association.of(AssociationType.IS_PART_OF, MODELLING, PYTHON)));
        Transcript t = Transcript.of(clr, allVerified(3));
        assertThat(t.findings()).extracting(Problem::code).containsExactly(TranscriptCode.PART_OF_CYCLE,
                TranscriptCode.PART_OF_CYCLE, TranscriptCode.PART_OF_CYCLE);
        assertThat(t.findings()).extracting(Problem::path).containsExactly("/credentialSubject/association/0",
                "/credentialSubject/association/1", "/credentialSubject/association/2");
        assertThat(t.pathways().all()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(PYTHON);
            assertThat(p.steps()).containsExactly(Step.achievement(MODELLING));
        });
        assertThat(t.relations()).hasSize(4);
    }

    @Test
    void aCycleOfPrecedesIsAFindingAndTheStepsKeepTheirCLROrder() {
        List<Association> associations = new ArrayList<>(List.of(
                Association.of(AssociationType.IS_PART_OF, MODELLING, PROGRAMME),
                Association.of(AssociationType.IS_PART_OF, INTRO, PROGRAMME),
                Association.of(AssociationType.PRECEDES, INTRO, MODELLING),
                Association.of(AssociationType.PRECEDES, MODELLING, INTRO)));
        Transcript t = Transcript.of(clr(NESTED, associations));
        assertThat(t.findings()).extracting(Problem::code)
                .containsExactly(TranscriptCode.PRECEDES_CYCLE, TranscriptCode.PRECEDES_CYCLE);
        assertThat(t.findings()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
        assertThat(t.pathways().get(PROGRAMME).orElseThrow().steps())
                .containsExactly(Step.achievement(MODELLING), Step.achievement(INTRO));
        assertThat(t.prerequisites(INTRO)).containsExactly(MODELLING);
    }

    @Test
    void longChainsAndCyclesNeitherOverflowTheStackNorThrow() {
        int n = 20_000;
        List<Association> chain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chain.add(Association.of(AssociationType.IS_PART_OF, BASE + "c" + i, BASE + "c" + (i + 1)));
            chain.add(Association.of(AssociationType.PRECEDES, BASE + "p" + i, BASE + "p" + ((i + 1) % n)));
        }
        Transcript t = Transcript.of(clr(NESTED.subList(0, 1), chain));
        assertThat(t.relations()).hasSize(2 * n);
        assertThat(t.findings()).filteredOn(p -> p.code() == TranscriptCode.PRECEDES_CYCLE).hasSize(n);
        // The part-of chain nests deeper than Pathways.MAX_NESTING: every hundredth link is a plain achievement
        // step instead of a sub-pathway, and said so.
        assertThat(t.findings()).filteredOn(p -> p.code() == TranscriptCode.NESTING_TOO_DEEP).hasSize((n - 1) / 100); // c101, c201, ...
        assertThat(t.findings()).filteredOn(p -> p.code() == TranscriptCode.PATHWAY_INVALID).isEmpty();
        assertThat(Pathways.validate(t.pathways().all())).isEmpty();
        assertThat(t.pathways().all()).hasSize(n);
        assertThat(t.pathways().get(BASE + "c" + n).orElseThrow().steps()).singleElement()
                .isInstanceOf(Step.SubPathway.class);
        // Progress walks at most MAX_NESTING sub-pathways deep.
        assertThat(t.progress(Counting.PREVIEW)).hasSize(n);
    }

    @Test
    void anIncompleteAssociationIsReportedAndImpliesNothing() {
        Association incomplete = new Association(Optional.of(Association.TYPE), Optional.empty(), Optional.of(INTRO),
                Optional.of(PROGRAMME), Extensions.NONE);
        Association blank = Association.of(AssociationType.IS_PART_OF, " ", PROGRAMME);
        Transcript t = Transcript.of(clr(NESTED, List.of(incomplete, blank)));
        assertThat(t.findings()).extracting(Problem::code).containsExactly(TranscriptCode.ASSOCIATION_INCOMPLETE,
                TranscriptCode.ASSOCIATION_INCOMPLETE);
        assertThat(t.relations()).isEmpty();
        assertThat(t.pathways().all()).isEmpty();
    }

    @Test
    void twoNestedCredentialsWithOneIdAreBothListedAndTheBackpackCollisionIsReported() {
        OpenBadgeCredential copy = credential(1, Badges.leveled(PYTHON, LevelKind.SKILL));
        Transcript t = Transcript.of(clr(List.of(NESTED.get(0), copy), List.of()));
        assertThat(t.credentials()).hasSize(2);
        assertThat(t.backpack().size()).isEqualTo(1);
        assertThat(t.findings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TranscriptCode.DUPLICATE_CREDENTIAL_ID);
            assertThat(p.path()).isEqualTo("/credentialSubject/verifiableCredential/1");
        });
    }

    @Test
    void aClrWithoutSubjectIsAnEmptyTranscriptWithAFinding() {
        ClrCredential c = clr();
        ClrCredential none = new ClrCredential(c.context(), c.id(), c.type(), c.name(), c.description(), c.image(),
                c.partial(), c.awardedDate(), Optional.empty(), c.endorsement(), c.endorsementJwt(), c.evidence(),
                c.issuer(), c.validFrom(), c.validUntil(), c.issuanceDate(), c.expirationDate(), c.credentialSchema(),
                c.credentialStatus(), c.refreshService(), c.termsOfUse(), c.proof(), c.extensions());
        Transcript t = Transcript.of(none);
        assertThat(t.entries()).isEmpty();
        assertThat(t.learnerId()).isEmpty();
        assertThat(t.backpack().isEmpty()).isTrue();
        assertThat(t.findings()).extracting(Problem::code).containsExactly(TranscriptCode.NO_SUBJECT);
    }

    @Test
    void theCallersMistakesThrow() {
        assertThatThrownBy(() -> Transcript.of(clr(), allVerified(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 7");
        assertThatThrownBy(() -> Transcript.of(clr(), Classifier.standard(), i -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("nested credential 0");
        assertThatThrownBy(() -> Requirement.atLeast(0, "none", Policy.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
