package dev.laurel.badges.verify.dataintegrity.internal;

/**
 * A JSON Pointer given for {@code ecdsa-sd-2023} selection is not a JSON Pointer (RFC 6901) or points at
 * nothing in the document. The message names the pointer and what is wrong.
 */
public final class SdPointerException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the pointer
     */
    public SdPointerException(String message) {
        super(message);
    }
}
