package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched document.
 *
 * @param uri the address the document finally came from (after redirects)
 * @param contentType the media type the server gave, if any
 * @param body the bytes; treat as read-only (the array is not copied, for speed)
 */
public record FetchedDocument(URI uri, Optional<String> contentType, byte[] body) {

    /**
     * Creates a fetched document.
     *
     * @throws NullPointerException if a component is null
     */
    public FetchedDocument {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Returns the body decoded as UTF-8.
     *
     * @return the text
     */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
