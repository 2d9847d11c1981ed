package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.report.VerifyException;

/** A document could not be signed; {@link #dataIntegrityCode()} says why. */
public final class DataIntegrityException extends VerifyException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code why signing failed
     * @param message what happened
     */
    public DataIntegrityException(DataIntegrityCode code, String message) {
        super(code, message);
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    public DataIntegrityCode dataIntegrityCode() {
        return (DataIntegrityCode) code();
    }
}
