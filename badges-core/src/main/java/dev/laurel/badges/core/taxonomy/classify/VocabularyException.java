package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.LaurelException;

/**
 * Thrown when a rules file is not a valid {@link Vocabulary}: the code says why, and the message names
 * the source and line ({@code de.rules:12: ...}).
 */
public class VocabularyException extends LaurelException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line, or 0 for the file as a whole. */
    private final int line;

    /**
     * Creates the exception.
     *
     * @param code why
     * @param source the file's name
     * @param line the 1-based line, or 0 for the file as a whole
     * @param message what is wrong
     */
    public VocabularyException(VocabularyCode code, String source, int line, String message) {
        super(code, source + (line > 0 ? ":" + line : "") + ": " + message + " [" + code.name() + "]");
        this.line = line;
    }

    /**
     * Returns the line the problem is on.
     *
     * @return the 1-based line, or 0 for the file as a whole
     */
    public int line() {
        return line;
    }
}
