package dev.laurel.badges.verify.fetch;

import dev.laurel.badges.verify.report.VerifyException;

/** A document could not be fetched; {@link #code()} is a {@link FetchCode}. */
public final class FetchException extends VerifyException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code why the fetch failed
     * @param message what happened, naming the URL
     * @param cause the cause, may be null
     */
    public FetchException(FetchCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param code why the fetch failed
     * @param message what happened, naming the URL
     */
    public FetchException(FetchCode code, String message) {
        super(code, message);
    }

    /**
     * Returns the fetch code.
     *
     * @return the code
     */
    public FetchCode fetchCode() {
        return (FetchCode) code();
    }
}
