package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.KeyBinding;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.backpack.VerificationState;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyProperties {

    private static final List<String> COMPETENCIES = List.of("https://example.org/c/0", "https://example.org/c/1");
    private static final List<String> ISSUERS = List.of(Badges.ISSUER, Badges.OTHER_ISSUER);
    private static final Instant BASE = Instant.parse("2020-01-01T00:00:00Z");

    /** One held credential and its status. */
    record Held(LevelKind level, String competency, String issuer, int issuedDays, Optional<Integer> validDays,
            VerificationState state, boolean revoked, KeyBinding binding) {
    }

    @Provide
    Arbitrary<List<Held>> backpacks() {
        Arbitrary<Held> held = Combinators.combine(Arbitraries.of(LevelKind.class), Arbitraries.of(COMPETENCIES),
                Arbitraries.of(ISSUERS), Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(1, 2000).optional(0.5), Arbitraries.of(VerificationState.class),
                Arbitraries.of(false, false, true), Arbitraries.of(KeyBinding.class)).as(Held::new);
        return held.list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<Condition> condition = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(LevelKind.class), Arbitraries.doubles().between(0, 1).ofScale(2))
                        .as((k, c) -> new Condition.MinimumLevel(CredentialLevel.of(k), c)),
                Arbitraries.of(COMPETENCIES).map(Condition.AlignedTo::new),
                Arbitraries.of(ISSUERS).map(i -> new Condition.TrustedIssuers(List.of(i))),
                Arbitraries.just(new Condition.Verified()),
                Arbitraries.just(new Condition.IssuerKeyBound()),
                Arbitraries.just(new Condition.NotExpired()),
                Arbitraries.just(new Condition.NotRevoked()),
                Arbitraries.integers().between(0, 8).map(y -> new Condition.IssuedWithin(Period.ofYears(y))));
        return Combinators.combine(condition.list().ofMaxSize(6), Arbitraries.of(Verdict.REFER, Verdict.REJECT))
                .as(Policy::new);
    }

    private static Backpack pack(List<Held> held) {
        Backpack pack = Backpack.empty();
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            Instant issued = BASE.plusSeconds(86_400L * h.issuedDays());
            Credential c = Credential.of(Badges.credential("urn:c:" + i,
                    Badges.leveled("urn:a:" + i, h.level(), h.competency()), Profile.of(h.issuer(), "Issuer"), issued,
                    h.validDays().map(d -> issued.plusSeconds(86_400L * d))));
            VerificationStatus status = new VerificationStatus(h.state(), h.revoked(), h.binding(),
                    h.state() == VerificationState.UNKNOWN ? Optional.empty() : Optional.of(issued));
            pack = pack.with(c, Visibility.PRIVATE, status);
        }
        return pack;
    }

    @Property
    void evaluationIsDeterministic(@ForAll("policies") Policy policy, @ForAll("backpacks") List<Held> held,
            @ForAll("instants") Instant at) {
        for (Counting counting : Counting.values()) {
            PolicyReport first = policy.evaluate(pack(held), at, counting);
            PolicyReport second = policy.evaluate(pack(held), at, counting);

            assertThat(second).isEqualTo(first);
            assertThat(second.best()).isEqualTo(first.best());
        }
    }

    @Property
    void bestDoesNotDependOnBackpackOrder(@ForAll("policies") Policy policy, @ForAll("backpacks") List<Held> held,
            @ForAll("instants") Instant at) {
        Backpack pack = pack(held);
        List<dev.laurel.badges.core.taxonomy.backpack.BackpackEntry> reversed = new ArrayList<>(pack.entries());
        Collections.reverse(reversed);
        Backpack other = Backpack.empty();
        for (var e : reversed) {
            other = other.with(e);
        }

        for (Counting counting : Counting.values()) {
            assertThat(policy.evaluate(other, at, counting).best()).isEqualTo(policy.evaluate(pack, at, counting).best());
        }
    }

    @Property
    void verdictFollowsFromTheOutcomes(@ForAll("policies") Policy policy, @ForAll("backpacks") List<Held> held,
            @ForAll("instants") Instant at) {
        for (Decision d : policy.evaluate(pack(held), at, Counting.PREVIEW).decisions()) {
            boolean failed = !d.outcomes(ConditionResult.FAIL).isEmpty();
            boolean unknown = !d.outcomes(ConditionResult.UNKNOWN).isEmpty();
            Verdict expected = failed ? Verdict.REJECT : unknown ? policy.onUnknown() : Verdict.ACCEPT;
            assertThat(d.verdict()).isEqualTo(expected);
            assertThat(d.outcomes()).hasSize(policy.conditions().size());
        }
    }

    @Property
    void byDefaultOnlyVerifiedCredentialsAreJudgedAndEveryOtherIsListed(@ForAll("policies") Policy policy,
            @ForAll("backpacks") List<Held> held, @ForAll("instants") Instant at) {
        Backpack pack = pack(held);
        PolicyReport report = policy.evaluate(pack, at);
        PolicyReport preview = policy.evaluate(pack, at, Counting.PREVIEW);

        assertThat(report.decisions()).allMatch(d -> d.entry().isVerified());
        assertThat(report.ignored()).noneMatch(u -> u.entry().isVerified());
        assertThat(report.decisions().size() + report.ignored().size()).isEqualTo(pack.size());
        assertThat(report.ignored()).extracting(u -> u.entry()).containsExactlyElementsOf(pack.unverified());
        assertThat(preview.decisions()).hasSize(pack.size());
        assertThat(preview.ignored()).isEmpty();
        assertThat(preview.unverified()).isEqualTo(report.unverified());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.integers().between(0, 4000).map(d -> BASE.plusSeconds(86_400L * d));
    }
}
