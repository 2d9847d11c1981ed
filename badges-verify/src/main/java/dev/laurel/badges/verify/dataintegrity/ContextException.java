package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.report.VerifyException;

/** A JSON-LD context document was refused at registration; {@link #contextCode()} says why. */
public final class ContextException extends VerifyException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code why the context was refused
     * @param message what happened, naming the URL
     */
    public ContextException(ContextCode code, String message) {
        super(code, message);
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    public ContextCode contextCode() {
        return (ContextCode) code();
    }
}
