package dev.laurel.badges.verify.keys;

import dev.laurel.badges.core.ProblemCode;
import java.util.Objects;
import java.util.Optional;

/**
 * What resolving a key id gave: the verification method, or why there is none. Resolution never throws
 * for untrusted input; it returns this.
 *
 * @param method the verification method, if one was found
 * @param code why none was found ({@link KeyCode} or a fetch code), empty when found
 * @param message a sentence saying what was found, or what went wrong
 */
public record KeyResolution(Optional<VerificationMethod> method, Optional<ProblemCode> code, String message) {

    /**
     * Creates a resolution.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if it has both or neither of a method and a code
     */
    public KeyResolution {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (method.isPresent() == code.isPresent()) {
            throw new IllegalArgumentException("a resolution has either a method or a code");
        }
    }

    /**
     * Returns a successful resolution.
     *
     * @param method the method
     * @param message what was found
     * @return the resolution
     */
    public static KeyResolution resolved(VerificationMethod method, String message) {
        return new KeyResolution(Optional.of(method), Optional.empty(), message);
    }

    /**
     * Returns a failed resolution.
     *
     * @param code why
     * @param message what went wrong, naming the key id
     * @return the resolution
     */
    public static KeyResolution failed(ProblemCode code, String message) {
        return new KeyResolution(Optional.empty(), Optional.of(code), message);
    }

    /**
     * Tells whether a key was found.
     *
     * @return {@code true} if {@link #method()} is present
     */
    public boolean isResolved() {
        return method.isPresent();
    }

    /**
     * Returns the message with its code, for reports: {@code "... [KEY_NOT_FOUND]"}.
     *
     * @return the text
     */
    public String describe() {
        return code.map(c -> message + " [" + c.name() + "]").orElse(message);
    }
}
