package dev.laurel.badges.json;

import dev.laurel.badges.core.LaurelException;
import dev.laurel.badges.core.ProblemCode;

/**
 * The base exception of badges-json: input that cannot be read as JSON at all (too large, too deep,
 * malformed, duplicate keys, invalid UTF-8) or an I/O failure. Carries a code and, where known, the
 * line and column.
 */
public class BadgeJsonException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line, or -1. */
    private final long line;
    /** The 1-based column, or -1. */
    private final long column;

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message the message
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param cause the cause, may be null
     */
    public BadgeJsonException(ProblemCode code, String message, long line, long column, Throwable cause) {
        super(code, message, cause);
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an exception with no position.
     *
     * @param code the stable code
     * @param message the message
     */
    public BadgeJsonException(ProblemCode code, String message) {
        this(code, message, -1, -1, null);
    }

    /**
     * Returns the 1-based line where the problem was found.
     *
     * @return the line, or -1 if unknown
     */
    public long line() {
        return line;
    }

    /**
     * Returns the 1-based column where the problem was found.
     *
     * @return the column, or -1 if unknown
     */
    public long column() {
        return column;
    }
}
