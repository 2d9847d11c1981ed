package dev.laurel.badges.core.taxonomy.share;

import dev.laurel.badges.core.LaurelException;

/** Thrown when a share link cannot be made; {@link #code()} is a {@link ShareCode}. */
public class ShareException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code why
     * @param message the message
     */
    public ShareException(ShareCode code, String message) {
        super(code, message);
    }
}
