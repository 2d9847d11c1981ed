package dev.laurel.badges.verify.report;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.ProblemCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a verification: which step ran, what it found, where in the input, a sentence for
 * people and, when the finding came from a typed error (a validation problem, a fetch or key failure),
 * that error's code as its own field. The components stand in the order of {@link Problem}'s (code,
 * severity, path, message), and {@link #of(CheckId, Problem)} is the one way a validation finding becomes a
 * check.
 *
 * @param step the step, whose {@link CheckId#id() id} (e.g. {@code jws.signature}) callers branch on
 * @param outcome what the step found
 * @param path a JSON Pointer (RFC 6901) into the checked document; {@code ""} is the whole document
 * @param message a sentence a person understands
 * @param code the code of the typed error behind the finding, if there is one
 */
public record Check(CheckId step, Outcome outcome, String path, String message, Optional<ProblemCode> code) {

    /**
     * Creates a check.
     *
     * @throws NullPointerException if any component is null
     */
    public Check {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Creates a check with no error code behind it.
     *
     * @param step the step
     * @param outcome what it found
     * @param path the JSON Pointer
     * @param message the sentence
     * @throws NullPointerException if any argument is null
     */
    public Check(CheckId step, Outcome outcome, String path, String message) {
        this(step, outcome, path, message, Optional.empty());
    }

    /**
     * Returns a passed check.
     *
     * @param step the step
     * @param path the JSON Pointer
     * @param message the sentence
     * @return the check
     */
    public static Check passed(CheckId step, String path, String message) {
        return new Check(step, Outcome.PASSED, path, message);
    }

    /**
     * Returns a failed check.
     *
     * @param step the step
     * @param path the JSON Pointer
     * @param message the sentence
     * @return the check
     */
    public static Check failed(CheckId step, String path, String message) {
        return new Check(step, Outcome.FAILED, path, message);
    }

    /**
     * Returns a failed check caused by a typed error.
     *
     * @param step the step
     * @param path the JSON Pointer
     * @param message the sentence, without the code
     * @param code the error's code
     * @return the check
     */
    public static Check failed(CheckId step, String path, String message, ProblemCode code) {
        return new Check(step, Outcome.FAILED, path, message, Optional.of(code));
    }

    /**
     * Returns a warning.
     *
     * @param step the step
     * @param path the JSON Pointer
     * @param message the sentence
     * @return the check
     */
    public static Check warning(CheckId step, String path, String message) {
        return new Check(step, Outcome.WARNING, path, message);
    }

    /**
     * Returns a skipped check.
     *
     * @param step the step
     * @param path the JSON Pointer
     * @param message why it did not run
     * @return the check
     */
    public static Check skipped(CheckId step, String path, String message) {
        return new Check(step, Outcome.SKIPPED, path, message);
    }

    /**
     * Returns a validation finding as a check of a step: an error fails it, a warning warns; the path, the
     * message and the code are kept as they are.
     *
     * @param step the step that reports it, e.g. {@link DocumentCheck#VALID}
     * @param problem the finding
     * @return the check
     */
    public static Check of(CheckId step, Problem problem) {
        return new Check(step, problem.isError() ? Outcome.FAILED : Outcome.WARNING, problem.path(),
                problem.message(), Optional.of(problem.code()));
    }

    /**
     * Returns this check under another JSON Pointer, everything else kept.
     *
     * @param pointer the new path
     * @return the check
     */
    public Check at(String pointer) {
        return new Check(step, outcome, pointer, message, code);
    }

    /**
     * Returns the stable id of the step, e.g. {@code jws.signature}.
     *
     * @return the id
     */
    public String id() {
        return step.id();
    }

    /**
     * Returns the message followed by the code in brackets when there is one, the form the command line
     * prints: {@code "cannot fetch https://x: refused [FETCH_REFUSED]"}.
     *
     * @return the text
     */
    public String describe() {
        return code.map(c -> message + " [" + c.name() + "]").orElse(message);
    }
}
