package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayProgressTest {

    private static final String NET = "https://example.org/c/networking";
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** Cloud architect: basics, networking at skill or above, 2 of 3 electives, then the security pathway. */
    private static final Pathway SECURITY = Pathway.builder("security", "Security").goal("urn:a:security")
            .require("urn:a:sec-1").require("urn:a:sec-2").build();
    private static final Pathway CLOUD = Pathway.builder("cloud", "Cloud Architect").goal("urn:a:cloud")
            .require("urn:a:basics")
            .competency("networking", CredentialLevel.skill(), NET)
            .anyOf("electives", 2, Step.achievement("urn:a:e1"), Step.achievement("urn:a:e2"),
                    Step.achievement("urn:a:e3"))
            .subPathway("security")
            .build();
    private static final Pathways SET = Pathways.of(List.of(CLOUD, SECURITY));

    private static Credential cred(String n, String achievement, LevelKind level, String... competencies) {
        return Badges.ob3("urn:c:" + n, achievement, level, competencies);
    }

    private static List<String> stepIds(List<StepProgress> steps) {
        return steps.stream().map(s -> s.step().id()).toList();
    }

    @Test
    void emptyBackpackHasEverythingMissing() {
        PathwayProgress p = SET.progress("cloud", Backpack.empty());

        assertThat(p.complete()).isFalse();
        assertThat(p.doneCount()).isZero();
        assertThat(p.fraction()).isZero();
        assertThat(stepIds(p.missing())).containsExactly("urn:a:basics", "networking", "electives", "security");
        assertThat(stepIds(p.nextSteps())).containsExactly("urn:a:basics", "networking", "urn:a:e1", "urn:a:e2",
                "urn:a:e3", "urn:a:sec-1", "urn:a:sec-2");
    }

    @Test
    void stepsSayWhichCredentialsSatisfiedThem() {
        Backpack pack = Badges.verified(List.of(cred("1", "urn:a:basics", LevelKind.KNOWLEDGE),
                cred("2", "urn:a:x", LevelKind.ABILITY, NET), cred("3", "urn:a:e2", LevelKind.SKILL)));

        PathwayProgress p = SET.progress("cloud", pack);

        assertThat(stepIds(p.done())).containsExactly("urn:a:basics", "networking");
        StepProgress networking = p.steps().get(1);
        assertThat(networking.satisfiedBy()).extracting(BackpackEntry::id).containsExactly(Optional.of("urn:c:2"));
        StepProgress electives = p.steps().get(2);
        assertThat(electives.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(electives.satisfied()).isEqualTo(1);
        assertThat(electives.required()).isEqualTo(2);
        assertThat(electives.satisfiedBy()).extracting(BackpackEntry::id).containsExactly(Optional.of("urn:c:3"));
        assertThat(stepIds(p.nextSteps())).containsExactly("urn:a:e1", "urn:a:e3", "urn:a:sec-1", "urn:a:sec-2");
        assertThat(p.fraction()).isEqualTo(0.5);
    }

    @Test
    void competencyBelowTheLevelDoesNotCount() {
        Backpack pack = Badges.verified(List.of(cred("1", "urn:a:x", LevelKind.KNOWLEDGE, NET),
                cred("2", "urn:a:y", LevelKind.PARTICIPATION, NET)));

        assertThat(SET.progress("cloud", pack).steps().get(1).status()).isEqualTo(StepStatus.MISSING);
    }

    @Test
    void subPathwayIsDoneThroughItsSteps() {
        Backpack pack = Badges.verified(List.of(cred("1", "urn:a:sec-1", LevelKind.SKILL),
                cred("2", "urn:a:sec-2", LevelKind.SKILL)));

        StepProgress security = SET.progress("cloud", pack).steps().get(3);

        assertThat(security.status()).isEqualTo(StepStatus.DONE);
        assertThat(security.parts()).hasSize(2).allMatch(StepProgress::isDone);
        assertThat(security.satisfiedBy()).hasSize(2);
    }

    @Test
    void subPathwayIsDoneByHoldingItsGoal() {
        Backpack pack = Badges.verified(List.of(cred("1", "urn:a:security", LevelKind.CERTIFICATION)));

        StepProgress security = SET.progress("cloud", pack).steps().get(3);

        assertThat(security.status()).isEqualTo(StepStatus.DONE);
        assertThat(security.satisfied()).isEqualTo(2);
        assertThat(security.satisfiedBy()).extracting(BackpackEntry::id).containsExactly(Optional.of("urn:c:1"));
        assertThat(security.parts()).noneMatch(StepProgress::isDone);
    }

    @Test
    void everyStepDoneCompletesThePathway() {
        Backpack pack = Badges.verified(List.of(cred("1", "urn:a:basics", LevelKind.KNOWLEDGE),
                cred("2", "urn:a:net", LevelKind.SKILL, NET), cred("3", "urn:a:e1", LevelKind.SKILL),
                cred("4", "urn:a:e3", LevelKind.SKILL), cred("5", "urn:a:security", LevelKind.CERTIFICATION)));

        PathwayProgress p = SET.progress("cloud", pack);

        assertThat(p.complete()).isTrue();
        assertThat(p.goalHeld()).isFalse();
        assertThat(p.fraction()).isEqualTo(1.0);
        assertThat(p.nextSteps()).isEmpty();
    }

    @Test
    void holdingTheGoalCompletesThePathway() {
        PathwayProgress p = SET.progress("cloud", Badges.verified(List.of(cred("1", "urn:a:cloud",
                LevelKind.CERTIFICATION))));

        assertThat(p.complete()).isTrue();
        assertThat(p.goalHeld()).isTrue();
        assertThat(p.nextSteps()).isEmpty();
    }

    @Test
    void revokedCredentialsNeverCount() {
        Backpack pack = Backpack.empty().with(cred("1", "urn:a:basics", LevelKind.KNOWLEDGE), Visibility.PRIVATE,
                VerificationStatus.revoked(NOW));

        assertThat(SET.progress("cloud", pack).steps().get(0).isDone()).isFalse();
    }

    @Test
    void expiredCredentialsDoNotCountAtALaterInstant() {
        Credential expiring = Credential.of(Badges.credential("urn:c:1", Badges.leveled("urn:a:basics",
                LevelKind.KNOWLEDGE), Profile.of(Badges.ISSUER, "I"), Badges.ISSUED,
                Optional.of(Instant.parse("2025-01-01T00:00:00Z"))));
        Backpack pack = Badges.verified(List.of(expiring));

        assertThat(SET.progress("cloud", pack).steps().get(0).isDone()).isTrue();
        assertThat(SET.progress("cloud", pack, Instant.parse("2024-12-31T00:00:00Z")).steps().get(0).isDone()).isTrue();
        assertThat(SET.progress("cloud", pack, NOW).steps().get(0).isDone()).isFalse();
    }

    @Test
    void ob2AssertionsCountToo() {
        Credential ob2 = Credential.of(Badges.assertion("https://example.org/a/1",
                Badges.leveledBadgeClass("urn:a:basics", LevelKind.KNOWLEDGE)));

        assertThat(SET.progress("cloud", Badges.verified(List.of(ob2))).steps().get(0).isDone()).isTrue();
    }

    @Test
    void selfContainedPathwayComputesItsOwnProgress() {
        PathwayProgress p = SECURITY.progress(Badges.verified(List.of(cred("1", "urn:a:sec-1", LevelKind.SKILL))));

        assertThat(p.doneCount()).isEqualTo(1);
        assertThat(stepIds(p.nextSteps())).containsExactly("urn:a:sec-2");
    }
}
