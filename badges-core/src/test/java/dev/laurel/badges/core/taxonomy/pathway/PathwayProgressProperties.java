package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayProgressProperties {

    private static final List<String> ACHIEVEMENTS = List.of("urn:a:0", "urn:a:1", "urn:a:2", "urn:a:3", "urn:a:4",
            "urn:a:5", "urn:a:base-goal");
    private static final List<String> COMPETENCIES = List.of("https://example.org/c/0", "https://example.org/c/1",
            "C-2");
    private static final Pathway BASE = Pathway.builder("base", "Base").goal("urn:a:base-goal")
            .require("urn:a:0").competency("base-c", CredentialLevel.knowledge(), "C-2").build();

    /** A spec for one credential: achievement, level, competencies; its id comes from its position. */
    record Spec(String achievement, LevelKind level, List<String> competencies) {
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<Spec> one = Combinators.combine(Arbitraries.of(ACHIEVEMENTS), Arbitraries.of(LevelKind.class),
                Arbitraries.of(COMPETENCIES).list().uniqueElements().ofMaxSize(2)).as(Spec::new);
        return one.list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Pathway> pathway() {
        Arbitrary<Step> leaf = Arbitraries.oneOf(
                Arbitraries.of(ACHIEVEMENTS).map(a -> new Step.RequiredAchievement("x", a)),
                Combinators.combine(Arbitraries.of(LevelKind.class), Arbitraries.of(COMPETENCIES))
                        .as((k, c) -> new Step.CompetencyAtLevel("x", CredentialLevel.of(k), c)),
                Arbitraries.just(new Step.SubPathway("x", "base")));
        Arbitrary<Step> choice = leaf.list().ofMinSize(1).ofMaxSize(4).flatMap(options ->
                Arbitraries.integers().between(1, options.size()).map(n -> new Step.AnyOf("x", n, options)));
        return Arbitraries.oneOf(leaf, choice).list().ofMinSize(1).ofMaxSize(6).map(steps -> {
            int[] counter = {0};
            List<Step> named = new ArrayList<>();
            for (Step s : steps) {
                named.add(rename(s, counter));
            }
            return new Pathway("top", "Top", Optional.of("urn:a:top-goal"), named);
        });
    }

    private static Step rename(Step s, int[] counter) {
        String id = "s" + counter[0]++;
        if (s instanceof Step.RequiredAchievement r) {
            return new Step.RequiredAchievement(id, r.achievementId());
        }
        if (s instanceof Step.CompetencyAtLevel c) {
            return new Step.CompetencyAtLevel(id, c.minimumLevel(), c.competency());
        }
        if (s instanceof Step.SubPathway p) {
            return new Step.SubPathway(id, p.pathwayId());
        }
        Step.AnyOf any = (Step.AnyOf) s;
        List<Step> options = new ArrayList<>();
        for (Step o : any.options()) {
            options.add(rename(o, counter));
        }
        return new Step.AnyOf(id, any.required(), options);
    }

    private static List<Credential> credentials(List<Spec> specs, int offset) {
        List<Credential> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            out.add(Badges.ob3("urn:c:" + (offset + i), s.achievement(), s.level(),
                    s.competencies().toArray(String[]::new)));
        }
        return out;
    }

    private static void assertNotLower(StepProgress before, StepProgress after) {
        assertThat(after.step()).isEqualTo(before.step());
        assertThat(after.status().compareTo(before.status())).as(before.step().id()).isGreaterThanOrEqualTo(0);
        assertThat(after.satisfied()).isGreaterThanOrEqualTo(before.satisfied());
        assertThat(ids(after.satisfiedBy())).containsAll(ids(before.satisfiedBy()));
        for (int i = 0; i < before.parts().size(); i++) {
            assertNotLower(before.parts().get(i), after.parts().get(i));
        }
    }

    private static Set<String> ids(List<BackpackEntry> entries) {
        return entries.stream().map(e -> e.id().orElseThrow()).collect(Collectors.toSet());
    }

    @Property
    void addingCredentialsNeverUncompletesAStep(@ForAll("pathway") Pathway top, @ForAll("specs") List<Spec> held,
            @ForAll("specs") List<Spec> added) {
        Pathways set = Pathways.of(List.of(top, BASE));
        Backpack before = Badges.verified(credentials(held, 0));
        Backpack after = Badges.verified(before, credentials(added, 1000));

        PathwayProgress p = set.progress("top", before);
        PathwayProgress q = set.progress("top", after);

        if (p.complete()) {
            assertThat(q.complete()).isTrue();
        }
        assertThat(q.doneCount()).isGreaterThanOrEqualTo(p.doneCount());
        for (int i = 0; i < p.steps().size(); i++) {
            assertNotLower(p.steps().get(i), q.steps().get(i));
        }
    }

    @Property
    void byDefaultOnlyVerifiedCredentialsCountAndThePreviewCountsAtLeastAsMuch(@ForAll("pathway") Pathway top,
            @ForAll("specs") List<Spec> held, @ForAll long seed) {
        Pathways set = Pathways.of(List.of(top, BASE));
        Backpack pack = Backpack.empty();
        java.util.Random random = new java.util.Random(seed);
        for (Credential c : credentials(held, 0)) {
            VerificationStatus status = switch (random.nextInt(3)) {
                case 0 -> VerificationStatus.verified(Badges.CHECKED);
                case 1 -> VerificationStatus.notVerified(Badges.CHECKED);
                default -> VerificationStatus.UNKNOWN;
            };
            pack = pack.with(c, Visibility.PRIVATE, status);
        }

        PathwayProgress p = set.progress("top", pack);
        PathwayProgress q = set.progress("top", pack, Optional.empty(), Counting.PREVIEW);

        assertThat(p.ignored()).extracting(UnverifiedEntry::entry).containsExactlyElementsOf(pack.unverified());
        assertThat(q.unverified()).isEqualTo(p.ignored());
        assertThat(q.ignored()).isEmpty();
        for (int i = 0; i < p.steps().size(); i++) {
            assertThat(p.steps().get(i).satisfiedBy()).allMatch(BackpackEntry::isVerified);
            assertNotLower(p.steps().get(i), q.steps().get(i));
        }
        if (p.complete()) {
            assertThat(q.complete()).isTrue();
        }
    }

    @Property
    void progressIsTheSameWhateverTheOrderCredentialsWereAddedIn(@ForAll("pathway") Pathway top,
            @ForAll("specs") List<Spec> held) {
        Pathways set = Pathways.of(List.of(top, BASE));
        List<Credential> creds = credentials(held, 0);
        List<Credential> reversed = new ArrayList<>(creds);
        java.util.Collections.reverse(reversed);

        PathwayProgress p = set.progress("top", Badges.verified(creds));
        PathwayProgress q = set.progress("top", Badges.verified(reversed));

        assertThat(q.complete()).isEqualTo(p.complete());
        assertThat(q.steps()).extracting(StepProgress::status)
                .containsExactlyElementsOf(p.steps().stream().map(StepProgress::status).toList());
    }
}
