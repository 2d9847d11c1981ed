package dev.laurel.badges.verify.dataintegrity.internal;

/**
 * An {@code ecdsa-sd-2023} proof value that cannot be used: not base64url multibase, the wrong header, or
 * CBOR that is not the five components the specification lists. The message says which.
 */
public final class SdProofValueException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the proof value
     */
    public SdProofValueException(String message) {
        super(message);
    }
}
