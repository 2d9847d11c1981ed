package dev.laurel.badges.verify.jose;

import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.verify.VerifyException;

/**
 * A key id could not be resolved to a usable key. {@link #code()} is a {@link ResolutionCode}, a
 * {@link dev.laurel.badges.verify.fetch.FetchCode} or a {@link dev.laurel.badges.verify.keys.KeyCode}.
 */
public final class KeyResolutionException extends VerifyException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code why
     * @param message what happened, naming the key id
     * @param cause the cause, may be null
     */
    public KeyResolutionException(ProblemCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param code why
     * @param message what happened, naming the key id
     */
    public KeyResolutionException(ProblemCode code, String message) {
        super(code, message);
    }
}
