package dev.laurel.badges.api.wire;

import dev.laurel.badges.core.LaurelException;
import java.util.Objects;

/**
 * An API wire value could not be read. The message says what is wrong and where, never the input's text
 * (which may be hostile or large).
 */
public class WireException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /** Where in the JSON input the problem is, as a JSON Pointer, or empty (headers, whole documents). */
    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param code the stable code
     * @param message what is wrong
     * @param pointer the JSON Pointer of the faulty value, or empty
     * @param cause the underlying error, or null
     */
    public WireException(WireCode code, String message, String pointer, Throwable cause) {
        super(code, message, cause);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Creates the exception without a pointer or cause.
     *
     * @param code the stable code
     * @param message what is wrong
     */
    public WireException(WireCode code, String message) {
        this(code, message, "", null);
    }

    /**
     * The code as a {@link WireCode}.
     *
     * @return the code
     */
    public WireCode wireCode() {
        return (WireCode) code();
    }

    /**
     * The JSON Pointer of the faulty value.
     *
     * @return the pointer, {@code ""} for the whole document or a header
     */
    public String pointer() {
        return pointer;
    }
}
