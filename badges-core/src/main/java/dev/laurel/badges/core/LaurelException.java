package dev.laurel.badges.core;

import java.util.Objects;

/**
 * The base of Laurel's exceptions, for I/O and configuration failures and for input that cannot be
 * read at all. Every one carries a {@link ProblemCode}; each module has one subclass.
 *
 * <p>Untrusted badges that can be read never cause exceptions: their problems are reported as data.
 */
public class LaurelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    private final transient ProblemCode code;

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message the message
     * @param cause the cause, may be null
     */
    public LaurelException(ProblemCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message the message
     */
    public LaurelException(ProblemCode code, String message) {
        this(code, message, null);
    }

    /**
     * Returns the stable code.
     *
     * @return the code
     */
    public ProblemCode code() {
        return code;
    }
}
