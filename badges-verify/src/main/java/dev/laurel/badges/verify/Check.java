package dev.laurel.badges.verify;

import java.util.Objects;

/**
 * One step of a verification and what it found: a stable id to branch on, an outcome, a sentence for
 * people, and where in the input it applies.
 *
 * @param id the stable id of the step, such as {@code jws.signature}; callers branch on it
 * @param outcome what the step found
 * @param message a sentence a person understands
 * @param path a JSON Pointer (RFC 6901) into the checked document; {@code ""} is the whole document
 */
public record Check(String id, Outcome outcome, String message, String path) {

    /**
     * Creates a check.
     *
     * @throws NullPointerException if any component is null
     */
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
    }
}
