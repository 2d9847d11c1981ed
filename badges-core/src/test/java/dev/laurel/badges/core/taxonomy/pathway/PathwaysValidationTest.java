package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One validation rule per test, with the code and the JSON Pointer it reports. */
class PathwaysValidationTest {

    private static Pathway path(String id, Step... steps) {
        return new Pathway(id, "Pathway " + id, Optional.empty(), List.of(steps));
    }

    private static List<String> codes(Pathway... pathways) {
        return Pathways.validate(List.of(pathways)).stream().map(p -> p.code().name() + " " + p.path()).toList();
    }

    @Test
    void validNestedSetHasNoProblems() {
        Pathway base = path("base", Step.achievement("urn:a:1"));
        Pathway top = Pathway.builder("top", "Top").goal("urn:a:goal").subPathway("base")
                .anyOf("electives", 1, Step.achievement("urn:a:2"), new Step.SubPathway("base-again", "base"))
                .competency("c", CredentialLevel.skill(), "https://example.org/c").build();

        assertThat(Pathways.validate(List.of(top, base))).isEmpty();
        assertThat(Pathways.of(List.of(top, base)).all()).containsExactly(top, base);
    }

    @Test
    void pathwayThatIncludesItselfDirectlyIsACycle() {
        assertThat(codes(path("loop", Step.achievement("urn:a:1"), Step.pathway("loop"))))
                .containsExactly("CYCLE /0/steps/1/pathwayId", "UNREACHABLE_GOAL /0");
    }

    @Test
    void pathwayThatIncludesItselfThroughOthersIsACycle() {
        List<Problem> problems = Pathways.validate(List.of(path("a", Step.pathway("b")), path("b", Step.pathway("c")),
                path("c", Step.anyOf("any", 1, Step.pathway("a")))));

        assertThat(problems).extracting(p -> p.code().name() + " " + p.path()).containsExactly(
                "UNREACHABLE_GOAL /0", "UNREACHABLE_GOAL /1",
                "CYCLE /2/steps/0/options/0/pathwayId", "CHOICE_UNREACHABLE /2/steps/0/required",
                "UNREACHABLE_GOAL /2");
        assertThat(problems.get(2).message()).contains("a -> b -> c -> a");
        assertThat(problems).allMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void referenceToAnUnknownPathwayIsReported() {
        assertThat(codes(path("a", Step.pathway("nowhere"))))
                .containsExactly("UNKNOWN_PATHWAY /0/steps/0/pathwayId", "UNREACHABLE_GOAL /0");
    }

    @Test
    void choiceOfMoreThanItOffersIsUnreachable() {
        assertThat(codes(path("a", Step.anyOf("pick", 3, Step.achievement("urn:a:1"), Step.achievement("urn:a:2")))))
                .containsExactly("CHOICE_UNREACHABLE /0/steps/0/required", "UNREACHABLE_GOAL /0");
    }

    @Test
    void choiceOfNothingIsOutOfRange() {
        assertThat(codes(path("a", Step.anyOf("pick", 0, Step.achievement("urn:a:1")))))
                .containsExactly("CHOICE_OUT_OF_RANGE /0/steps/0/required", "UNREACHABLE_GOAL /0");
        assertThat(codes(path("a", Step.anyOf("pick", -2, Step.achievement("urn:a:1")))))
                .containsExactly("CHOICE_OUT_OF_RANGE /0/steps/0/required", "UNREACHABLE_GOAL /0");
    }

    @Test
    void emptyChoiceIsReported() {
        assertThat(codes(path("a", Step.anyOf("pick", 1))))
                .containsExactly("EMPTY_CHOICE /0/steps/0/options", "CHOICE_UNREACHABLE /0/steps/0/required",
                        "UNREACHABLE_GOAL /0");
    }

    @Test
    void choiceWhoseOptionsCannotBeMetIsUnreachable() {
        assertThat(codes(path("a", Step.anyOf("pick", 2, Step.achievement("urn:a:1"), Step.pathway("ghost")))))
                .containsExactly("UNKNOWN_PATHWAY /0/steps/0/options/1/pathwayId",
                        "CHOICE_UNREACHABLE /0/steps/0/required", "UNREACHABLE_GOAL /0");
    }

    @Test
    void choiceThatCanStillBeMetWithoutABrokenOptionIsReachable() {
        assertThat(codes(path("a", Step.anyOf("pick", 1, Step.achievement("urn:a:1"), Step.pathway("ghost")))))
                .containsExactly("UNKNOWN_PATHWAY /0/steps/0/options/1/pathwayId");
    }

    @Test
    void pathwayWithoutStepsIsEmpty() {
        assertThat(codes(path("a"))).containsExactly("EMPTY_PATHWAY /0/steps", "UNREACHABLE_GOAL /0");
    }

    @Test
    void subPathwayThatCannotBeCompletedMakesItsParentUnreachable() {
        assertThat(codes(path("top", Step.pathway("empty")), path("empty")))
                .containsExactly("UNREACHABLE_GOAL /0", "EMPTY_PATHWAY /1/steps", "UNREACHABLE_GOAL /1");
    }

    @Test
    void duplicatePathwayIdsAreReported() {
        assertThat(codes(path("a", Step.achievement("urn:a:1")), path("a", Step.achievement("urn:a:2"))))
                .containsExactly("DUPLICATE_PATHWAY_ID /1/id");
    }

    @Test
    void duplicateStepIdsAtAnyDepthAreReported() {
        assertThat(codes(path("a", Step.achievement("urn:a:1"),
                Step.anyOf("pick", 1, Step.achievement("urn:a:1"), Step.achievement("urn:a:2")))))
                .containsExactly("DUPLICATE_STEP_ID /0/steps/1/options/0/id");
    }

    @Test
    void blankIdsAreReported() {
        assertThat(codes(new Pathway(" ", "n", Optional.empty(), List.of(
                new Step.RequiredAchievement("s1", ""),
                new Step.CompetencyAtLevel("s2", CredentialLevel.skill(), "  "),
                new Step.SubPathway("", "\t")))))
                .containsExactly("BLANK_ID /0/id", "BLANK_ID /0/steps/0/achievementId", "BLANK_ID /0/steps/1/competency",
                        "BLANK_ID /0/steps/2/id", "BLANK_ID /0/steps/2/pathwayId", "UNREACHABLE_GOAL /0");
    }

    @Test
    void ofThrowsATypedExceptionWithEveryProblem() {
        List<Pathway> broken = List.of(path("a", Step.pathway("a")));

        assertThatThrownBy(() -> Pathways.of(broken)).isInstanceOfSatisfying(InvalidPathwayException.class, e -> {
            assertThat(e.code()).isEqualTo(PathwayCode.CYCLE);
            assertThat(e.problems()).extracting(Problem::code).containsExactly(PathwayCode.CYCLE,
                    PathwayCode.UNREACHABLE_GOAL);
            assertThat(e.getMessage()).contains("/0/steps/0/pathwayId");
        });
    }

    @Test
    void progressOfAPathwayThatNamesAnotherNeedsTheSet() {
        Pathway top = path("top", Step.pathway("base"));

        assertThatThrownBy(() -> top.progress(dev.laurel.badges.core.taxonomy.backpack.Backpack.empty()))
                .isInstanceOf(InvalidPathwayException.class);
    }

    @Test
    void progressForAnUnknownIdIsTheCallersMistake() {
        Pathways set = Pathways.of(List.of(path("a", Step.achievement("urn:a:1"))));

        assertThatThrownBy(() -> set.progress("b", dev.laurel.badges.core.taxonomy.backpack.Backpack.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"b\"");
    }
}
