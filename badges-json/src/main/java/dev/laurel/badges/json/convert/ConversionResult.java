package dev.laurel.badges.json.convert;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of converting one document between Open Badges 2.0 and 3.0: the converted model, what could
 * not be carried over (each with a {@link ConversionCode} and a JSON Pointer into the source), and where
 * every carried-over property went.
 *
 * <p>Nothing is dropped silently: every property of the source is either named by a {@link Mapping}
 * (itself or an enclosing property) or by a problem.
 *
 * @param model the converted model record ({@code OpenBadgeCredential}, {@code Assertion}...), unsigned
 * @param problems what was lost, rewritten or is missing, in the order found
 * @param mappings where each carried-over property of the source went, in the order converted
 * @param <T> the type of the converted model
 */
public record ConversionResult<T>(T model, List<Problem> problems, List<Mapping> mappings) {

    /**
     * Creates the record, copying the lists.
     *
     * @param model the converted model record
     * @param problems what was lost, rewritten or is missing
     * @param mappings where each carried-over property went
     * @throws NullPointerException if a component or an element is null
     */
    public ConversionResult {
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
        mappings = List.copyOf(mappings);
    }

    /**
     * Tells whether the converted document is complete: no problem of severity {@link Severity#ERROR}.
     * A complete conversion of a valid document validates in the target version.
     *
     * @return {@code true} when there are no errors
     */
    public boolean isComplete() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /**
     * Tells whether nothing of the source was lost: no errors and no warnings (informational notes about
     * rewritten forms are allowed).
     *
     * @return {@code true} when every problem is {@link Severity#INFO}
     */
    public boolean isLossless() {
        return problems.stream().allMatch(p -> p.severity() == Severity.INFO);
    }

    /**
     * Returns the errors only.
     *
     * @return the problems of severity {@link Severity#ERROR}
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * Returns the problems with a given code.
     *
     * @param code the code
     * @return the problems with that code, in order
     * @throws NullPointerException if {@code code} is null
     */
    public List<Problem> problems(ConversionCode code) {
        Objects.requireNonNull(code, "code");
        return problems.stream().filter(p -> p.code() == code).toList();
    }
}
