package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.VerificationState;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptProperties {

    private static final String BASE = "https://example.edu/p/";

    /** One nested credential: its level (none for an unclassifiable one) and verification state. */
    record Nested(Optional<LevelKind> level, VerificationState state) {
    }

    /** An association between achievement numbers; numbers past the credentials name unknown achievements. */
    record Link(AssociationType type, int source, int target) {
    }

    @Provide
    Arbitrary<List<Nested>> credentials() {
        return Combinators.combine(Arbitraries.of(LevelKind.class).optional(0.85), Arbitraries.of(VerificationState.class))
                .as(Nested::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Link>> links() {
        return Combinators.combine(Arbitraries.of(AssociationType.standardValues()), Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 14)).as(Link::new).list().ofMaxSize(25);
    }

    private static ClrCredential clr(List<Nested> nested, List<Link> links) {
        List<OpenBadgeCredential> credentials = new ArrayList<>();
        for (int i = 0; i < nested.size(); i++) {
            String achievement = BASE + i;
            String name = "Thing " + i;
            credentials.add(Badges.credential("urn:cred:" + i, nested.get(i).level()
                    .map(l -> Badges.leveled(achievement, l))
                    .orElseGet(() -> Badges.achievement(achievement, name).build())));
        }
        List<Association> associations = links.stream()
                .map(l -> Association.of(l.type(), BASE + l.source(), BASE + l.target())).toList();
        return TranscriptFixtures.clr(credentials, associations);
    }

    private static List<VerificationStatus> statuses(List<Nested> nested) {
        return nested.stream().map(n -> new VerificationStatus(n.state(), false,
                VerificationStatus.UNKNOWN.keyBinding(), Optional.of(Badges.CHECKED))).toList();
    }

    @Property
    void everyNestedCredentialAppearsExactlyOnceInTheGroupsOrUnclassified(@ForAll("credentials") List<Nested> nested,
            @ForAll("links") List<Link> links) {
        Transcript t = Transcript.of(clr(nested, links), statuses(nested));
        List<TranscriptEntry> grouped = new ArrayList<>(t.unclassified());
        t.formal().forEach(g -> grouped.addAll(g.entries()));
        t.informal().forEach(g -> grouped.addAll(g.entries()));
        assertThat(grouped).hasSameSizeAs(t.entries()).containsExactlyInAnyOrderElementsOf(t.entries());
        assertThat(t.credentials()).extracting(TranscriptEntry::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, nested.size()).boxed().toList());
        assertThat(t.backpack().size()).isEqualTo(nested.size());
        for (int i = 0; i < nested.size(); i++) {
            assertThat(t.credentials().get(i).verification().state()).isEqualTo(nested.get(i).state());
        }
    }

    @Property
    void levelsAreGroupedInLadderOrderThenTheInformalOnes(@ForAll("credentials") List<Nested> nested) {
        Transcript t = Transcript.of(clr(nested, List.of()), statuses(nested));
        assertThat(t.formal()).extracting(LevelGroup::level)
                .containsExactly(LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY, LevelKind.CERTIFICATION);
        assertThat(t.informal()).extracting(LevelGroup::level)
                .containsExactly(LevelKind.PARTICIPATION, LevelKind.RECOGNITION);
        for (LevelGroup g : t.formal()) {
            assertThat(g.entries()).allSatisfy(e -> assertThat(e.kind()).contains(g.level()));
            // CLR order within a group.
            assertThat(g.entries()).isSortedAccordingTo(
                    java.util.Comparator.comparing(TranscriptEntry::source).thenComparingInt(TranscriptEntry::index));
        }
    }

    @Property
    void anyAssociationsGiveAValidSetOfPathwaysAndKeepEveryAssociation(@ForAll("credentials") List<Nested> nested,
            @ForAll("links") List<Link> links) {
        Transcript t = Transcript.of(clr(nested, links), statuses(nested));
        assertThat(Pathways.validate(t.pathways().all())).isEmpty();
        assertThat(t.relations()).hasSameSizeAs(links);
        // Every unresolved end is reported where it is; every pathway step comes from a part-of relation.
        Set<String> held = new HashSet<>(t.achievementIds());
        long unresolvedEnds = links.stream().mapToLong(l -> (held.contains(BASE + l.source()) ? 0 : 1)
                + (held.contains(BASE + l.target()) ? 0 : 1)).sum();
        assertThat(t.findings()).filteredOn(p -> p.code() == TranscriptCode.ASSOCIATION_NOT_RESOLVED)
                .hasSize((int) unresolvedEnds);
        assertThat(t.progress()).hasSameSizeAs(t.pathways().all());
        assertThat(t.findings()).noneMatch(p -> p.code() == TranscriptCode.PATHWAY_INVALID);
    }

    @Property
    void assemblingThenReadingGivesTheChosenCredentialsBack(@ForAll("credentials") List<Nested> nested) {
        ClrCredential source = clr(nested, List.of());
        ClrAssembler a = ClrAssembler.create().id("urn:uuid:1b7e0d4c-0000-4000-8000-000000000001").name("Record")
                .issuer(TranscriptFixtures.REGISTRAR).validFrom(TranscriptFixtures.NOW);
        List<OpenBadgeCredential> chosen = new ArrayList<>(source.credentials());
        Collections.reverse(chosen);
        chosen.forEach(a::choose);
        ClrCredential built = a.assemble();
        Transcript t = Transcript.of(built);
        assertThat(t.credentials()).extracting(e -> e.credential().orElseThrow().ob3().orElseThrow())
                .containsExactlyElementsOf(chosen);
        assertThat(t.learnerId()).contains(Badges.LEARNER);
    }
}
