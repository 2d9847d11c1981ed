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
    }
}
