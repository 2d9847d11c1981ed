package dev.laurel.badges.api.store;

import java.util.Objects;

/**
 * The exception of a {@link CredentialStore}: its {@link #code()} says what failed, its message says why
 * in words (never the credential's text). An operation that throws has changed nothing.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    private final StoreCode code;
    /** Where in the input the problem is, as a JSON Pointer, or empty. */
    private final String pointer;

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message what failed and why
     * @param pointer a JSON Pointer into the input where the problem is, or {@code ""}
     * @param cause the cause, may be null
     * @throws NullPointerException if {@code code}, {@code message} or {@code pointer} is null
     */
    public StoreException(StoreCode code, String message, String pointer, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Creates an exception with no pointer and no cause.
     *
     * @param code the stable code
     * @param message what failed and why
     * @throws NullPointerException if an argument is null
     */
    public StoreException(StoreCode code, String message) {
        this(code, message, "", null);
    }

    /**
     * Returns the stable code.
     *
     * @return the code
     */
    public StoreCode code() {
        return code;
    }

    /**
     * Returns where in the input the problem is.
     *
     * @return a JSON Pointer, or {@code ""} when the problem is not at one place (or not the input's)
     */
    public String pointer() {
        return pointer;
    }
}
