package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.pathway.StepStatus;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions that can be trusted (issue 13): by default pathway progress and policies count only the
 * credentials whose verification the caller supplied as passed and list the others with the reason;
 * {@link Counting#PREVIEW} counts everything and still lists the unverified ones.
 */
class CountingTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final Credential verified = Badges.ob3("urn:uuid:verified", "https://example.org/a/basics", LevelKind.SKILL);
    private final Credential unverified = Badges.ob3("urn:uuid:unverified", "https://example.org/a/advanced",
            LevelKind.ABILITY);
    private final Backpack backpack = Backpack.empty()
            .with(verified, Visibility.PRIVATE, VerificationStatus.verified(NOW))
            .with(unverified, Visibility.PRIVATE, VerificationStatus.UNKNOWN);

    private final Pathways pathways = Pathways.of(List.of(new Pathway("p", "P", Optional.empty(), List.of(
            new Step.RequiredAchievement("basics", "https://example.org/a/basics"),
            new Step.RequiredAchievement("advanced", "https://example.org/a/advanced")))));

    private static List<String> ids(List<UnverifiedEntry> entries) {
        return entries.stream().map(u -> u.id().orElseThrow()).toList();
    }

    @Test
    void unverifiedCredentialDoesNotSatisfyAPathwayStepByDefault() {
        PathwayProgress p = pathways.progress("p", backpack);

        assertThat(p.counting()).isEqualTo(Counting.VERIFIED_ONLY);
        assertThat(p.complete()).isFalse();
        assertThat(p.doneCount()).isEqualTo(1);
        assertThat(p.steps().get(1).status()).isEqualTo(StepStatus.MISSING);
        assertThat(p.steps().get(1).satisfiedBy()).isEmpty();
        assertThat(ids(p.ignored())).containsExactly("urn:uuid:unverified");
        assertThat(p.ignored()).extracting(UnverifiedEntry::reason).containsExactly(UnverifiedReason.NOT_CHECKED);
        assertThat(p.ignored().get(0)).hasToString("urn:uuid:unverified: verification not supplied (never checked)");
        assertThat(pathways.progress("p", backpack, NOW)).isEqualTo(
                pathways.progress("p", backpack, Optional.of(NOW), Counting.VERIFIED_ONLY));
        assertThat(p).isEqualTo(pathways.progress("p", backpack, Optional.empty(), Counting.VERIFIED_ONLY));
        assertThat(pathways.all().get(0).progress(backpack)).isEqualTo(p);
    }

    @Test
    void previewModeCountsAnUnverifiedCredentialAndStillListsIt() {
        PathwayProgress p = pathways.progress("p", backpack, Optional.of(NOW), Counting.PREVIEW);

        assertThat(p.counting()).isEqualTo(Counting.PREVIEW);
        assertThat(p.complete()).isTrue();
        assertThat(p.steps().get(1).satisfiedBy()).extracting(e -> e.id().orElseThrow())
                .containsExactly("urn:uuid:unverified");
        assertThat(p.ignored()).isEmpty();
        assertThat(ids(p.unverified())).containsExactly("urn:uuid:unverified");
        assertThat(p.unverified()).extracting(UnverifiedEntry::reason).containsExactly(UnverifiedReason.NOT_CHECKED);
    }

    @Test
    void policyDecisionListsIgnoredUnverifiedCredentials() {
        Policy policy = Policy.builder().minimumLevel(CredentialLevel.ability()).build();

        PolicyReport report = policy.evaluate(backpack, NOW);

        assertThat(report.counting()).isEqualTo(Counting.VERIFIED_ONLY);
        assertThat(report.decisions()).extracting(d -> d.entry().id().orElseThrow()).containsExactly("urn:uuid:verified");
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(ids(report.ignored())).containsExactly("urn:uuid:unverified");
        assertThat(report.ignored()).extracting(UnverifiedEntry::reason).containsExactly(UnverifiedReason.NOT_CHECKED);
        assertThat(policy.evaluate(backpack, Clock.fixed(NOW, ZoneOffset.UTC))).isEqualTo(report);
        assertThat(policy.evaluate(backpack, NOW, Counting.VERIFIED_ONLY)).isEqualTo(report);
    }

    @Test
    void policyPreviewJudgesAnUnverifiedCredentialAndStillListsIt() {
        Policy policy = Policy.builder().minimumLevel(CredentialLevel.ability()).build();

        PolicyReport preview = policy.evaluate(backpack, NOW, Counting.PREVIEW);

        assertThat(preview.decisions()).hasSize(2);
        assertThat(preview.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(preview.ignored()).isEmpty();
        assertThat(ids(preview.unverified())).containsExactly("urn:uuid:unverified");
    }

    @Test
    void revokedOrFailedVerificationIsIgnoredToo() {
        Credential failed = Badges.ob3("urn:uuid:failed", "https://example.org/a/advanced", LevelKind.ABILITY);
        Credential revoked = Badges.ob3("urn:uuid:revoked", "https://example.org/a/advanced", LevelKind.ABILITY);
        Credential revokedButVerified = Badges.ob3("urn:uuid:revoked-status", "https://example.org/a/advanced",
                LevelKind.ABILITY);
        Backpack pack = Backpack.empty()
                .with(verified, Visibility.PRIVATE, VerificationStatus.verified(NOW))
                .with(failed, Visibility.PRIVATE, VerificationStatus.notVerified(NOW))
                .with(revoked, Visibility.PRIVATE, VerificationStatus.revoked(NOW))
                .with(revokedButVerified, Visibility.PRIVATE, new VerificationStatus(VerificationState.VERIFIED, true,
                        KeyBinding.UNKNOWN, Optional.of(NOW)));

        PathwayProgress p = pathways.progress("p", pack, NOW);

        assertThat(p.complete()).isFalse();
        assertThat(p.steps().get(1).status()).isEqualTo(StepStatus.MISSING);
        assertThat(ids(p.ignored())).containsExactly("urn:uuid:failed", "urn:uuid:revoked", "urn:uuid:revoked-status");
        assertThat(p.ignored()).extracting(UnverifiedEntry::reason)
                .containsExactly(UnverifiedReason.FAILED, UnverifiedReason.REVOKED, UnverifiedReason.REVOKED);

        PolicyReport report = Policy.builder().minimumLevel(CredentialLevel.ability()).build().evaluate(pack, NOW);

        assertThat(report.decisions()).extracting(d -> d.entry().id().orElseThrow()).containsExactly("urn:uuid:verified");
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(report.ignored()).extracting(UnverifiedEntry::reason)
                .containsExactly(UnverifiedReason.FAILED, UnverifiedReason.REVOKED, UnverifiedReason.REVOKED);

        PathwayProgress preview = pathways.progress("p", pack, Optional.of(NOW), Counting.PREVIEW);

        assertThat(preview.steps().get(1).satisfiedBy()).extracting(e -> e.id().orElseThrow())
                .as("a preview counts a failed verification, never a revoked credential")
                .containsExactly("urn:uuid:failed");
        assertThat(ids(preview.unverified())).containsExactly("urn:uuid:failed", "urn:uuid:revoked",
                "urn:uuid:revoked-status");
    }

    @Test
    void anOb2AssertionThatDeclaresItselfRevokedIsIgnoredWhateverItsStatus() {
        Credential ob2 = Credential.of(Badges.assertion("https://example.org/assertions/1",
                Badges.leveledBadgeClass("https://example.org/a/advanced", LevelKind.ABILITY)).toBuilder()
                .revoked(true).build());
        Backpack pack = Backpack.empty().with(ob2, Visibility.PRIVATE, VerificationStatus.verified(NOW));

        assertThat(pack.entries().get(0).unverifiedReason()).contains(UnverifiedReason.REVOKED);
        assertThat(pathways.progress("p", pack).ignored()).extracting(UnverifiedEntry::reason)
                .containsExactly(UnverifiedReason.REVOKED);
    }

    @Test
    void aVerifiedEntryHasNoUnverifiedReason() {
        BackpackEntry e = backpack.entries().get(0);

        assertThat(e.unverifiedReason()).isEmpty();
        assertThat(UnverifiedEntry.of(e)).isEmpty();
        assertThat(UnverifiedEntry.of(backpack.entries().get(1))).map(UnverifiedEntry::reason)
                .contains(UnverifiedReason.NOT_CHECKED);
    }
}
