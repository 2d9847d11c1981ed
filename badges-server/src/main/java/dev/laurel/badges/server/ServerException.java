package dev.laurel.badges.server;

import java.util.Objects;

/**
 * The exception of {@link LaurelServer}: its {@link #code()} says what failed, its message says why in one line
 * (never a password).
 */
public class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    private final ServerCode code;

    /**
     * Creates an exception.
     *
     * @param code    the stable code
     * @param message what failed and why
     * @param cause   the cause, may be null
     * @throws NullPointerException if {@code code} or {@code message} is null
     */
    public ServerException(ServerCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception without a cause.
     *
     * @param code    the stable code
     * @param message what failed and why
     * @throws NullPointerException if an argument is null
     */
    public ServerException(ServerCode code, String message) {
        this(code, message, null);
    }

    /**
     * Returns the stable code.
     *
     * @return the code
     */
    public ServerCode code() {
        return code;
    }
}
