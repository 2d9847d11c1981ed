package dev.laurel.badges.verify.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.BundledContexts;
import dev.laurel.badges.verify.internal.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * JSON-LD context documents a caller registers by URL, beside the bundled ones, so that documents using a
 * vendor's extension context can be signed and verified. Registered contexts are used by
 * canonicalisation exactly like the bundled ones; like them, they are never fetched.
 *
 * <p>Each document is checked when it is registered, and a refused one throws {@link ContextException}:
 * the URL must be an absolute {@code https} (or {@code http}) URL without a fragment and must not be a
 * bundled context's (a bundled W3C or 1EdTech context is never replaced, so there is no override); the
 * document must be one JSON object of at most {@value #MAX_DOCUMENT_BYTES} bytes in UTF-8 with an
 * {@code @context} object or array; and no term may alias a JSON-LD keyword other than {@code @id} and
 * {@code @type}, or be a reverse property, since those let the JSON a caller reads differ from the
 * dataset the proof signs. A set holds at most {@value #MAX_CONTEXTS} contexts.
 *
 * <p>Immutable and thread-safe; {@link #with(URI, String)} returns a new set.
 *
 * <pre>{@code
 * ContextSet contexts = ContextSet.empty().with(URI.create("https://vendor.example/ctx/v1"), json);
 * DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(contexts).build();
 * DataIntegritySigner signer = DataIntegritySigner.of(key).withContexts(contexts);
 * }</pre>
 */
public final class ContextSet {

    /** The largest context document accepted, in UTF-8 bytes: 256 KiB. */
    public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    /** The most contexts one set holds. */
    public static final int MAX_CONTEXTS = 64;

    private static final ContextSet EMPTY = new ContextSet(Map.of());

    /** URL to the document as compact JSON text, in registration order. */
    private final Map<String, String> documents;

    private ContextSet(Map<String, String> documents) {
        this.documents = documents;
    }

    /**
     * Returns the empty set: only the bundled contexts are used.
     *
     * @return the empty set
     */
    public static ContextSet empty() {
        return EMPTY;
    }

    /**
     * Returns a set holding the given contexts, each checked as {@link #with(URI, String)} does.
     *
     * @param documents context documents (JSON text) by URL
     * @return the set
     * @throws NullPointerException if the map, a URL or a document is null
     * @throws ContextException if a context is refused
     */
    public static ContextSet of(Map<URI, String> documents) {
        Objects.requireNonNull(documents, "documents");
        ContextSet set = EMPTY;
        for (Map.Entry<URI, String> e : documents.entrySet()) {
            set = set.with(e.getKey(), e.getValue());
        }
        return set;
    }

    /**
     * Returns a copy of this set with one more context. Registering the same URL again replaces the
     * earlier registration.
     *
     * @param url the context URL documents name in their {@code @context}
     * @param json the context document
     * @return the new set
     * @throws NullPointerException if an argument is null
     * @throws ContextException if the URL or the document is refused (see the class comment)
     */
    public ContextSet with(URI url, String json) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(json, "json");
        String key = checkUrl(url);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new ContextException(ContextCode.TOO_LARGE, "the context " + key + " has " + bytes.length
                    + " bytes, more than the limit of " + MAX_DOCUMENT_BYTES);
        }
        ObjectNode document;
        try {
            document = Json.parseObject(bytes);
        } catch (Json.NotAnObjectException e) {
            throw new ContextException(ContextCode.NOT_A_CONTEXT, "the context " + key + " is " + e.getMessage());
        }
        JsonNode context = document.get("@context");
        if (context == null || !(context.isObject() || context.isArray())) {
            throw new ContextException(ContextCode.NOT_A_CONTEXT,
                    "the context " + key + " has no @context object or array");
        }
        checkTerms(key, context, 0);
        if (!documents.containsKey(key) && documents.size() >= MAX_CONTEXTS) {
            throw new ContextException(ContextCode.TOO_LARGE,
                    "at most " + MAX_CONTEXTS + " contexts can be registered; " + key + " is one more");
        }
        Map<String, String> copy = new LinkedHashMap<>(documents);
        copy.put(key, document.toString());
        return new ContextSet(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns a copy of this set with the contexts of another set added (the other's win for a URL
     * both hold).
     *
     * @param other the other set
     * @return the union
     * @throws NullPointerException if {@code other} is null
     * @throws ContextException if the union holds more than {@value #MAX_CONTEXTS} contexts
     */
    public ContextSet with(ContextSet other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(documents);
        copy.putAll(other.documents);
        if (copy.size() > MAX_CONTEXTS) {
            throw new ContextException(ContextCode.TOO_LARGE, "at most " + MAX_CONTEXTS + " contexts can be registered");
        }
        return new ContextSet(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the registered URLs, in registration order.
     *
     * @return the URLs (bundled contexts are not listed)
     */
    public Set<String> urls() {
        return documents.keySet();
    }

    /**
     * Returns a registered context document.
     *
     * @param url the URL
     * @return the document as compact JSON text, or empty if the URL is not registered
     */
    public Optional<String> document(String url) {
        return Optional.ofNullable(documents.get(url));
    }

    /**
     * Returns the registered documents by URL, for the canonicaliser.
     *
     * @return an unmodifiable map of URL to compact JSON text
     */
    public Map<String, String> documents() {
        return documents;
    }

    /**
     * Tells whether no context is registered.
     *
     * @return {@code true} if the set is empty
     */
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextSet && ((ContextSet) o).documents.equals(documents);
    }

    @Override
    public int hashCode() {
        return documents.hashCode();
    }

    @Override
    public String toString() {
        return "ContextSet" + documents.keySet();
    }

    private static String checkUrl(URI url) {
        String s = url.toString();
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null || url.getRawFragment() != null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new ContextException(ContextCode.INVALID_URL,
                    "a context URL must be an absolute https or http URL without a fragment: " + s);
        }
        if (BundledContexts.instance().contains(s)) {
            throw new ContextException(ContextCode.BUNDLED_URL,
                    "the context " + s + " is bundled and cannot be replaced");
        }
        return s;
    }

    /** Refuses keyword aliases other than @id / @type and reverse properties, in scoped contexts too. */
    private static void checkTerms(String url, JsonNode context, int depth) {
        if (depth > 16) {
            throw new ContextException(ContextCode.NOT_A_CONTEXT, "the context " + url + " nests too deep");
        }
        if (context.isArray()) {
            for (JsonNode item : context) {
                checkTerms(url, item, depth + 1);
            }
            return;
        }
        if (!context.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String term = e.getKey();
            JsonNode def = e.getValue();
            if (term.startsWith("@")) {
                continue;
            }
            JsonNode id = def.isObject() ? def.get("@id") : def;
            if (id != null && id.isTextual() && id.textValue().startsWith("@")
                    && !id.textValue().equals("@id") && !id.textValue().equals("@type")) {
                throw new ContextException(ContextCode.UNSAFE_TERM, "the context " + url + " makes the term \"" + term
                        + "\" an alias of " + id.textValue() + "; only @id and @type may be aliased");
            }
            if (def.isObject() && def.has("@reverse")) {
                throw new ContextException(ContextCode.UNSAFE_TERM, "the context " + url + " makes the term \"" + term
                        + "\" a reverse property");
            }
            if (def.isObject() && def.has("@context")) {
                checkTerms(url, def.get("@context"), depth + 1);
            }
        }
    }
}
