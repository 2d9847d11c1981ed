package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions count only what the caller verified; a preview counts everything. */
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

    @Test
    void pathwayProgressCountsOnlyVerifiedCredentialsAndListsTheOthers() {
        PathwayProgress p = pathways.progress("p", backpack, Optional.empty(), Counting.VERIFIED_ONLY);
        assertThat(p.complete()).isFalse();
        assertThat(p.doneCount()).isEqualTo(1);
        assertThat(p.ignored()).extracting(e -> e.id().orElseThrow()).containsExactly("urn:uuid:unverified");
    }

    @Test
    void aPreviewCountsEverythingAsBefore() {
        PathwayProgress p = pathways.progress("p", backpack, Optional.of(NOW), Counting.PREVIEW);
        assertThat(p.complete()).isTrue();
        assertThat(p.ignored()).isEmpty();
        assertThat(pathways.progress("p", backpack)).isEqualTo(p);
    }

    @Test
    void policyJudgesOnlyVerifiedCredentialsAndListsTheIgnored() {
        Policy policy = Policy.builder().minimumLevel(CredentialLevel.ability()).build();
        PolicyReport strict = policy.evaluate(backpack, NOW, Counting.VERIFIED_ONLY);
        assertThat(strict.decisions()).hasSize(1);
        assertThat(strict.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(strict.ignored()).extracting(e -> e.id().orElseThrow()).containsExactly("urn:uuid:unverified");
        PolicyReport preview = policy.evaluate(backpack, NOW, Counting.PREVIEW);
        assertThat(preview.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(preview.ignored()).isEmpty();
    }
}
