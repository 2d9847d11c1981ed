package dev.laurel.badges.verify.internal.json;

import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps what was derived from a fetched document (a parsed key, an issuer's key list) while the fetcher
 * keeps returning the same bytes, so that a cached document is parsed once, not once per verification.
 * Values must be immutable. Bounded; thread-safe.
 *
 * @param <T> the derived value
 */
public final class DocumentCache<T> {

    private static final int MAX_ENTRIES = 1024;

    private final ConcurrentHashMap<URI, Entry<T>> entries = new ConcurrentHashMap<>();

    private static final class Entry<T> {
        final byte[] body;
        final T value;

        Entry(byte[] body, T value) {
            this.body = body;
            this.value = value;
        }
    }

    /**
     * Returns the value derived from a document, deriving it if the bytes are new.
     *
     * @param doc the fetched document
     * @param derive makes the value; an exception it throws is passed on and nothing is kept
     * @return the value
     */
    public T get(FetchedDocument doc, Function<FetchedDocument, T> derive) {
        Entry<T> e = entries.get(doc.uri());
        // The same array when the fetcher caches; equal bytes otherwise.
        if (e != null && (e.body == doc.body() || Arrays.equals(e.body, doc.body()))) {
            return e.value;
        }
        T value = derive.apply(doc);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(doc.uri(), new Entry<>(doc.body(), value));
        return value;
    }
}
