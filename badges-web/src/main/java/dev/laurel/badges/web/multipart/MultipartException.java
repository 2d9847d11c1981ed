package dev.laurel.badges.web.multipart;

import java.util.Objects;

/**
 * A {@code multipart/form-data} body that {@link MultipartParser} refused: the input's fault, with a code to branch
 * on and a message a person understands. It is the only exception the parser throws for any body.
 */
public final class MultipartException extends Exception {

    private static final long serialVersionUID = 1L;

    private final MultipartCode code;

    /**
     * Creates the exception.
     *
     * @param code why the body was refused
     * @param message a sentence for people
     * @throws NullPointerException if an argument is null
     */
    public MultipartException(MultipartCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns why the body was refused.
     *
     * @return the code
     */
    public MultipartCode code() {
        return code;
    }
}
