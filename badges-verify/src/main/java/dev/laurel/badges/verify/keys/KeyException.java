package dev.laurel.badges.verify.keys;

import dev.laurel.badges.verify.report.VerifyException;

/** A key could not be read or is not acceptable; {@link #code()} is a {@link KeyCode}. */
public final class KeyException extends VerifyException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code why
     * @param message what is wrong with the key
     * @param cause the cause, may be null
     */
    public KeyException(KeyCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param code why
     * @param message what is wrong with the key
     */
    public KeyException(KeyCode code, String message) {
        super(code, message);
    }

    /**
     * Returns the key code.
     *
     * @return the code
     */
    public KeyCode keyCode() {
        return (KeyCode) code();
    }
}
