package dev.laurel.badges.verify.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Anything that reports a list of {@link Check}s (a whole report, one proof, one JWS): the readings of that
 * list, stated once.
 */
public interface Checked {

    /**
     * Returns the checks, in the order performed.
     *
     * @return the checks
     */
    List<Check> checks();

    /**
     * Returns the failed checks.
     *
     * @return the checks with {@link Outcome#FAILED}, in order
     */
    default List<Check> failures() {
        return checks().stream().filter(c -> c.outcome() == Outcome.FAILED).toList();
    }

    /**
     * Returns the warnings.
     *
     * @return the checks with {@link Outcome#WARNING}, in order
     */
    default List<Check> warnings() {
        return checks().stream().filter(c -> c.outcome() == Outcome.WARNING).toList();
    }

    /**
     * Returns the first check with an id.
     *
     * @param id a check id, e.g. {@code validity.expiry}
     * @return the check, if performed
     * @throws NullPointerException if {@code id} is null
     */
    default Optional<Check> check(String id) {
        Objects.requireNonNull(id, "id");
        return checks().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Returns the first check of a step.
     *
     * @param step the step, e.g. {@link CredentialCheck#EXPIRY}
     * @return the check, if performed
     * @throws NullPointerException if {@code step} is null
     */
    default Optional<Check> check(CheckId step) {
        return check(step.id());
    }

    /**
     * Returns the outcome of the first check with an id.
     *
     * @param id a check id
     * @return the outcome, or {@link Outcome#SKIPPED} if there is no such check
     * @throws NullPointerException if {@code id} is null
     */
    default Outcome outcome(String id) {
        return check(id).map(Check::outcome).orElse(Outcome.SKIPPED);
    }

    /**
     * Returns the outcome of the first check of a step.
     *
     * @param step the step
     * @return the outcome, or {@link Outcome#SKIPPED} if the step did not run
     * @throws NullPointerException if {@code step} is null
     */
    default Outcome outcome(CheckId step) {
        return outcome(step.id());
    }

    /**
     * Tells whether no check failed and the check with an id passed (a signature, say).
     *
     * @param id the check that must have passed
     * @return {@code true} if so
     * @throws NullPointerException if {@code id} is null
     */
    default boolean noneFailedAndPassed(String id) {
        return failures().isEmpty() && outcome(id) == Outcome.PASSED;
    }

    /**
     * Tells whether no check failed and a step passed.
     *
     * @param step the step that must have passed
     * @return {@code true} if so
     * @throws NullPointerException if {@code step} is null
     */
    default boolean noneFailedAndPassed(CheckId step) {
        return noneFailedAndPassed(step.id());
    }
}
