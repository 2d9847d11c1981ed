package dev.laurel.badges.verify.report;

import dev.laurel.badges.core.LaurelException;
import dev.laurel.badges.core.ProblemCode;

/**
 * The base exception of badges-verify: configuration mistakes and failures to reach a document.
 * A badge that fails verification is never an exception; it is a report.
 */
public class VerifyException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message the message
     * @param cause the cause, may be null
     */
    public VerifyException(ProblemCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param code the stable code
     * @param message the message
     */
    public VerifyException(ProblemCode code, String message) {
        super(code, message);
    }
}
