package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeJsonException;

/**
 * The exception of baking and extraction: the image is not one Laurel can read safely, or it breaks a
 * limit or a rule of the baking specifications. Its {@link #bakeCode()} says which.
 *
 * <p>After a failed streaming {@link Baker#bake(java.io.InputStream, java.io.OutputStream, BadgePayload)},
 * the output holds a partial image and must be discarded.
 */
public class BakeException extends BadgeJsonException {

    private static final long serialVersionUID = 1L;

    /** The stable code, typed. */
    private final BakeCode bakeCode;
    /** The byte offset in the image, or -1. */
    private final long offset;

    /**
     * Creates an exception with a byte offset.
     *
     * @param code the stable code
     * @param message the message
     * @param offset the byte offset in the image where the problem was found, or -1 if unknown
     * @param cause the cause, may be null
     */
    public BakeException(BakeCode code, String message, long offset, Throwable cause) {
        super(code, message, -1, -1, cause);
        this.bakeCode = code;
        this.offset = offset;
    }

    /**
     * Creates an exception with an XML position.
     *
     * @param code the stable code
     * @param message the message
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param cause the cause, may be null
     */
    public BakeException(BakeCode code, String message, long line, long column, Throwable cause) {
        super(code, message, line, column, cause);
        this.bakeCode = code;
        this.offset = -1;
    }

    /**
     * Creates an exception with no position.
     *
     * @param code the stable code
     * @param message the message
     */
    public BakeException(BakeCode code, String message) {
        this(code, message, -1L, null);
    }

    /**
     * Returns the stable code, typed.
     *
     * @return the code
     */
    public BakeCode bakeCode() {
        return bakeCode;
    }

    /**
     * Returns the byte offset in the image where the problem was found.
     *
     * @return the offset, or -1 if unknown
     */
    public long offset() {
        return offset;
    }
}
