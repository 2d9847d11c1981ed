package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathwayNestingTest {

    static List<Pathway> chain(int length) {
        List<Pathway> pathways = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Pathway.Builder b = Pathway.builder("p" + i, "Pathway " + i);
            if (i + 1 < length) {
                b.subPathway("p" + (i + 1));
            } else {
                b.require("https://example.org/achievements/last");
            }
            pathways.add(b.build());
        }
        return pathways;
    }

    @Test
    void aChainOfThousandsOfSubPathwaysIsRefusedNotAStackOverflow() {
        List<Problem> problems = Pathways.validate(chain(3_000));
        assertThat(problems).extracting(Problem::code).contains(PathwayCode.NESTING_TOO_DEEP);
        assertThatThrownBy(() -> Pathways.of(chain(3_000))).isInstanceOf(InvalidPathwayException.class);
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        assertThat(Pathways.validate(chain(Pathways.MAX_NESTING))).isEmpty();
        assertThat(Pathways.validate(reversed(chain(Pathways.MAX_NESTING)))).isEmpty();
    }

    @Test
    void aChainListedLeavesFirstIsRefusedOnceWhateverTheOrder() {
        // Listed leaves first, every pathway's sub-pathway is already checked when it is reached, so the
        // walk never goes deep: the depth must come from the heights, or progress would recurse 20,000 deep.
        List<Problem> problems = Pathways.validate(reversed(chain(20_000)));
        assertThat(problems).filteredOn(p -> p.code() == PathwayCode.NESTING_TOO_DEEP).hasSize(1);
        assertThatThrownBy(() -> Pathways.of(reversed(chain(20_000)))).isInstanceOf(InvalidPathwayException.class);
        // The pathways above the over-deep one cannot be completed either: reported as such, not as too deep.
        for (List<Pathway> set : List.of(chain(Pathways.MAX_NESTING + 1), reversed(chain(Pathways.MAX_NESTING + 1)))) {
            assertThat(Pathways.validate(set)).extracting(Problem::code).containsOnly(PathwayCode.NESTING_TOO_DEEP,
                    PathwayCode.UNREACHABLE_GOAL).filteredOn(c -> c == PathwayCode.NESTING_TOO_DEEP).hasSize(1);
        }
    }

    private static List<Pathway> reversed(List<Pathway> pathways) {
        List<Pathway> copy = new ArrayList<>(pathways);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
