package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An offline fetcher backed by a fixed map from address to document: for tests, bundled documents and
 * verification without a network. An address with a {@code #fragment} is looked up without it; an
 * address not in the map fails with {@link FetchCode#NOT_FOUND} or, if so built,
 * {@link FetchCode#FETCH_REFUSED}. Immutable and thread-safe; a lookup returns the same
 * {@link FetchedDocument} instance every time.
 *
 * <pre>{@code
 * DocumentFetcher fetcher = MapDocumentFetcher.builder()
 *         .put("https://example.org/issuer.json", "{\"id\": \"https://example.org/issuer.json\"}")
 *         .build();
 * }</pre>
 */
public final class MapDocumentFetcher implements DocumentFetcher {

    /** The media type given to documents put as text. */
    public static final String JSON_MEDIA_TYPE = "application/json";

    private final Map<URI, FetchedDocument> documents;
    private final FetchCode unmapped;

    private MapDocumentFetcher(Map<URI, FetchedDocument> documents, FetchCode unmapped) {
        this.documents = Map.copyOf(documents);
        this.unmapped = unmapped;
    }

    /**
     * Returns a fetcher serving JSON text by address; unmapped addresses are NOT_FOUND.
     *
     * @param jsonByUrl JSON documents by absolute URL
     * @return the fetcher
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a key is not an absolute URI
     */
    public static MapDocumentFetcher of(Map<String, String> jsonByUrl) {
        Builder b = builder();
        jsonByUrl.forEach(b::put);
        return b.build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Looks a document up.
     *
     * @param uri the address; a fragment is ignored
     * @param accept ignored
     * @return the mapped document
     * @throws NullPointerException if an argument is null
     * @throws FetchException with NOT_FOUND or FETCH_REFUSED (as built) if the address is not mapped
     */
    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        FetchedDocument doc = documents.get(withoutFragment(uri));
        if (doc == null) {
            throw new FetchException(unmapped, (unmapped == FetchCode.NOT_FOUND ? "not in the offline map: "
                    : "offline, refused: ") + uri);
        }
        return doc;
    }

    /**
     * Returns how many documents are mapped.
     *
     * @return the count
     */
    public int size() {
        return documents.size();
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** Returns the number of mapped documents, for logs. */
    @Override
    public String toString() {
        return "MapDocumentFetcher[" + documents.size() + " documents]";
    }

    /** Builds a {@link MapDocumentFetcher}. */
    public static final class Builder {
        private final Map<URI, FetchedDocument> documents = new LinkedHashMap<>();
        private FetchCode unmapped = FetchCode.NOT_FOUND;

        private Builder() {
        }

        /**
         * Maps an address to JSON text, served as {@value #JSON_MEDIA_TYPE}.
         *
         * @param url the absolute address; a fragment is dropped
         * @param json the document
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if url is not an absolute URI
         */
        public Builder put(String url, String json) {
            Objects.requireNonNull(json, "json");
            return put(url, json.getBytes(StandardCharsets.UTF_8), JSON_MEDIA_TYPE);
        }

        /**
         * Maps an address to bytes with a media type.
         *
         * @param url the absolute address; a fragment is dropped
         * @param body the bytes (copied)
         * @param contentType the media type
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if url is not an absolute URI
         */
        public Builder put(String url, byte[] body, String contentType) {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            URI uri;
            try {
                uri = withoutFragment(URI.create(url));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("url is not a URI: " + url, e);
            }
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("url must be absolute: " + url);
            }
            documents.put(uri, new FetchedDocument(uri, Optional.of(contentType), body.clone()));
            return this;
        }

        /**
         * Sets the code for addresses not in the map.
         *
         * @param code {@link FetchCode#NOT_FOUND} (the default) or {@link FetchCode#FETCH_REFUSED}
         * @return this builder
         * @throws NullPointerException if code is null
         * @throws IllegalArgumentException for any other code
         */
        public Builder unmapped(FetchCode code) {
            Objects.requireNonNull(code, "code");
            if (code != FetchCode.NOT_FOUND && code != FetchCode.FETCH_REFUSED) {
                throw new IllegalArgumentException("unmapped must be NOT_FOUND or FETCH_REFUSED: " + code);
            }
            this.unmapped = code;
            return this;
        }

        /**
         * Builds the fetcher.
         *
         * @return the fetcher
         */
        public MapDocumentFetcher build() {
            return new MapDocumentFetcher(documents, unmapped);
        }
    }
}
