package dev.laurel.badges.verify.keys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DidResolver} found: a DID document, or a {@link KeyCode} and a message saying why there
 * is none. Immutable: the document is copied in and out.
 */
public final class DidResolution {

    private final ObjectNode document;
    private final KeyCode code;
    private final String message;

    private DidResolution(ObjectNode document, KeyCode code, String message) {
        this.document = document;
        this.code = code;
        this.message = message;
    }

    /**
     * Returns a resolution that found the DID document.
     *
     * @param document the DID document (copied)
     * @return the resolution
     * @throws NullPointerException if document is null
     */
    public static DidResolution resolved(ObjectNode document) {
        return new DidResolution(Objects.requireNonNull(document, "document").deepCopy(), null, "resolved");
    }

    /**
     * Returns a resolution that found no document.
     *
     * @param code why, e.g. {@link KeyCode#KEY_DOCUMENT_UNAVAILABLE} or {@link KeyCode#UNSUPPORTED_KEY_ID}
     * @param message a sentence for reports
     * @return the resolution
     * @throws NullPointerException if an argument is null
     */
    public static DidResolution failed(KeyCode code, String message) {
        return new DidResolution(null, Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"));
    }

    /**
     * Returns the DID document.
     *
     * @return a copy of the document, or empty when resolution failed
     */
    public Optional<ObjectNode> document() {
        return document == null ? Optional.empty() : Optional.of(document.deepCopy());
    }

    /**
     * Returns why resolution failed.
     *
     * @return the code, or empty when a document was found
     */
    public Optional<KeyCode> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the message.
     *
     * @return why resolution failed, or {@code "resolved"}
     */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return document != null ? "DidResolution[resolved]" : "DidResolution[" + code + ": " + message + "]";
    }
}
