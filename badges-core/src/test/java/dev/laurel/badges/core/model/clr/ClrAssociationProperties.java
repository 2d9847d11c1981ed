package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.validation.BadgeValidator;
import dev.laurel.badges.core.validation.ValidationCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The associations rule over random CLRs: a finding is reported exactly at each association end that names no
 * achievement of the CLR, as a warning, and nowhere else.
 */
class ClrAssociationProperties {

    /** A CLR's achievements and its associations, whose ends are drawn from those achievements and from strangers. */
    record Case(List<String> achievements, List<Association> associations) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> ids = Arbitraries.integers().between(1, 40).set().ofMinSize(1).ofMaxSize(6)
                .map(set -> set.stream().sorted().map(i -> "https://example.edu/achievements/" + i).toList());
        return ids.flatMap(achievements -> {
            Arbitrary<String> end = Arbitraries.oneOf(Arbitraries.of(achievements),
                    Arbitraries.integers().between(41, 60).map(i -> "https://example.edu/achievements/" + i));
            Arbitrary<Association> association = Combinators.combine(Arbitraries.of(AssociationType.standardValues()), end,
                    end).as(Association::of);
            return association.list().ofMaxSize(8).map(list -> new Case(achievements, list));
        });
    }

    @Property(tries = 60)
    void findingsAreExactlyTheUnresolvedEnds(@ForAll("cases") Case c) {
        ClrCredential clr = ClrFixtures.clr(c.achievements(), c.associations());
        Set<String> held = new HashSet<>(c.achievements());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < c.associations().size(); i++) {
            Association a = c.associations().get(i);
            if (!held.contains(a.sourceId().orElseThrow())) {
                expected.add("/credentialSubject/association/" + i + "/sourceId");
            }
            if (!held.contains(a.targetId().orElseThrow())) {
                expected.add("/credentialSubject/association/" + i + "/targetId");
            }
        }
        List<Problem> problems = BadgeValidator.standard().validate(clr);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.ASSOCIATION_NOT_RESOLVED);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrderElementsOf(expected);
        org.assertj.core.api.Assertions.assertThat(BadgeValidator.standard().isValid(clr)).isTrue();
    }

    private static <T> org.assertj.core.api.ListAssert<T> assertThat(List<T> list) {
        return org.assertj.core.api.Assertions.assertThat(list);
    }

    private static <T> org.assertj.core.api.ObjectAssert<T> assertThat(T value) {
        return org.assertj.core.api.Assertions.assertThat(value);
    }
}
