package dev.laurel.badges.verify.dataintegrity.internal;

import java.util.Objects;

/** A document could not be canonicalised; {@link #reason()} says which step refused it. */
public final class CanonicalizationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which step refused the document. */
    public enum Reason {
        /** A context is not bundled, or JSON-LD context processing or expansion failed. */
        CONTEXT,
        /** JSON-LD processing would drop data (an undefined term or a relative IRI): safe mode refuses it. */
        UNSAFE,
        /** Canonicalisation exceeded its time or step budget (for example a poison graph). */
        LIMIT,
        /** The JSON is not a processable document (too deep, not an object). */
        MALFORMED
    }

    /** Which step refused the document. */
    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason which step refused the document
     * @param message what happened
     */
    public CanonicalizationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns which step refused the document.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
