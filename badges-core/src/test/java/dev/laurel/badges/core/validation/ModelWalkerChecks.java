package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The walker-versus-Hibernate-Validator check shared by the properties of the model packages. */
public final class ModelWalkerChecks {

    private ModelWalkerChecks() {
    }

    /** Valid objects, some left whole and most broken at a few places. */
    public static Arbitrary<Object> mutated(Arbitrary<Object> valid) {
        return Combinators.combine(valid, Arbitraries.longs(), Arbitraries.of(0.0, 0.02, 0.05, 0.1, 0.3))
                .as((model, seed, rate) -> new RecordMutator(new Random(seed), rate).mutate(model));
    }

    /** Asserts the walker's rule on one object and counts how often each side finds something. */
    public static void agree(Object model) {
        boolean nothing = ModelWalker.findsNothing(model);
        List<Problem> hibernate = WalkerProbe.hibernate(model);
        Statistics.label("hibernate").collect(hibernate.isEmpty() ? "valid" : "invalid");
        Statistics.label("walker").collect(nothing ? "nothing" : "something");
        if (nothing) {
            assertThat(hibernate).as("walker found nothing in %s", shown(model)).isEmpty();
        }
        // The rule allows the walker to find more than Hibernate Validator, but it is meant to be exact:
        // an object Hibernate Validator finds clean must not be sent to it for nothing.
        if (hibernate.isEmpty()) {
            assertThat(nothing).as("walker found something Hibernate Validator did not in %s", shown(model))
                    .isTrue();
        }
    }

    /**
     * Requires a healthy share of both valid and invalid objects among the tries (call it in the property).
     *
     * @param minValid the least percentage of valid objects
     */
    public static void requireHealthyShare(double minValid) {
        Statistics.label("hibernate").coverage(checker -> {
            checker.check("invalid").percentage(p -> p >= 25.0);
            checker.check("valid").percentage(p -> p >= minValid);
        });
    }

    private static String shown(Object model) {
        String text = String.valueOf(model);
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
