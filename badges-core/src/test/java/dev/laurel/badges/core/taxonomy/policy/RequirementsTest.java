package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementsTest {

    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final Policy SKILL = Policy.builder().levelIn(LevelKind.SKILL).requireVerified().build();

    @Test
    void aRequirementIsMetByItsCountOfAcceptedCredentials() {
        Backpack two = Badges.verified(List.of(Badges.ob3("urn:cred:1", "https://a.example/1", LevelKind.SKILL),
                Badges.ob3("urn:cred:2", "https://a.example/2", LevelKind.SKILL),
                Badges.ob3("urn:cred:3", "https://a.example/3", LevelKind.KNOWLEDGE)));
        RequirementsReport met = Requirements.of(Requirement.atLeast(2, "skills", SKILL)).evaluate(two, AT);
        assertThat(met.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(met.outcomes().get(0).counted()).hasSize(2);
        RequirementsReport short1 = Requirements.of(Requirement.atLeast(3, "skills", SKILL)).evaluate(two, AT);
        assertThat(short1.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(short1.unmet()).singleElement().satisfies(o -> assertThat(o.missing()).isEqualTo(1));
    }

    @Test
    void referredCredentialsThatWouldMakeUpTheCountReferTheRequirement() {
        // Never verified, judged in a preview: the Verified condition is unknown, so the decision is refer.
        Backpack unknown = Backpack.empty().with(Badges.ob3("urn:cred:1", "https://a.example/1", LevelKind.SKILL));
        Requirements one = Requirements.of(Requirement.atLeast(1, "a skill", SKILL));
        assertThat(one.evaluate(unknown, AT, Counting.PREVIEW).verdict()).isEqualTo(Verdict.REFER);
        assertThat(one.evaluate(unknown, AT).verdict()).isEqualTo(Verdict.REJECT);
        Requirements strict = Requirements.of(Requirement.atLeast(1, "a skill",
                Policy.builder().levelIn(LevelKind.SKILL).requireVerified().onUnknown(Verdict.REJECT).build()));
        assertThat(strict.evaluate(unknown, AT, Counting.PREVIEW).verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void oneRejectedRequirementRejectsTheWhole() {
        Backpack skill = Badges.verified(List.of(Badges.ob3("urn:cred:1", "https://a.example/1", LevelKind.SKILL)));
        Requirements both = Requirements.of(Requirement.atLeast(1, "a skill", SKILL), Requirement.atLeast(1,
                "an ability", Policy.builder().levelIn(LevelKind.ABILITY).build()));
        RequirementsReport r = both.evaluate(skill, AT);
        assertThat(r.outcomes()).extracting(RequirementOutcome::verdict).containsExactly(Verdict.ACCEPT, Verdict.REJECT);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void theCallersMistakesThrow() {
        assertThatThrownBy(() -> new Requirements(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Requirement.atLeast(1, " ", SKILL)).isInstanceOf(IllegalArgumentException.class);
    }
}
