package dev.laurel.badges.verify.jose.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed URIs of the key ids and document addresses verification meets again and again: parsing is
 * not free (the JDK parser even throws internally for host names that start with a digit).
 */
public final class Uris {

    private static final int MAX_ENTRIES = 4096;
    private static final ConcurrentHashMap<String, URI> PARSED = new ConcurrentHashMap<>();

    private Uris() {
    }

    /**
     * Parses a URI.
     *
     * @param text the text
     * @return the URI, or empty if the text is not one
     */
    public static Optional<URI> parse(String text) {
        URI uri = PARSED.get(text);
        if (uri != null) {
            return Optional.of(uri);
        }
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (PARSED.size() >= MAX_ENTRIES) {
            PARSED.clear();
        }
        PARSED.put(text, uri);
        return Optional.of(uri);
    }

    /**
     * Returns a URI without its fragment.
     *
     * @param uri the URI
     * @return the same URI when it has no fragment
     */
    public static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return parse(s.substring(0, s.indexOf('#'))).orElseThrow();
    }
}
