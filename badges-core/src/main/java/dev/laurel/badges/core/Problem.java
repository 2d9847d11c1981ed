package dev.laurel.badges.core;

import java.util.Objects;

/**
 * One finding about an input: a stable code, a severity, where it is and what is wrong.
 *
 * <p>Problems are data, not exceptions: an untrusted badge yields a list of them.
 *
 * @param code the stable code to branch on
 * @param severity how serious the finding is
 * @param path a JSON Pointer (RFC 6901) into the input; {@code ""} is the whole document
 * @param message a sentence a person understands
 */
public record Problem(ProblemCode code, Severity severity, String path, String message) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if any component is null
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns an error.
     *
     * @param code the code
     * @param path the JSON Pointer
     * @param message the message
     * @return the problem
     */
    public static Problem error(ProblemCode code, String path, String message) {
        return new Problem(code, Severity.ERROR, path, message);
    }

    /**
     * Returns a warning.
     *
     * @param code the code
     * @param path the JSON Pointer
     * @param message the message
     * @return the problem
     */
    public static Problem warning(ProblemCode code, String path, String message) {
        return new Problem(code, Severity.WARNING, path, message);
    }

    /**
     * Tells whether this problem makes the input invalid.
     *
     * @return {@code true} for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Returns {@code "path: message [CODE]"}, the form used in logs and the command line. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + message + " [" + code.name() + "]";
    }
}
