package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD contexts shipped in the jar, by URL, and a Titanium {@link DocumentLoader} that answers
 * from them and refuses everything else without any I/O.
 *
 * <p>Each context is parsed once, on first use, and kept: verification never re-parses a context.
 */
public final class BundledContexts implements DocumentLoader {

    /** The resource folder holding the contexts and their {@code index.json}. */
    static final String FOLDER = "/dev/laurel/badges/verify/contexts/";

    private static final BundledContexts INSTANCE = new BundledContexts();

    /** URL to resource file name, from index.json. */
    private final Map<String, String> files;
    private final Map<String, JsonDocument> parsed = new ConcurrentHashMap<>();

    private BundledContexts() {
        this.files = Collections.unmodifiableMap(readIndex());
    }

    /**
     * Returns the loader.
     *
     * @return the shared instance
     */
    public static BundledContexts instance() {
        return INSTANCE;
    }

    /**
     * Returns the URLs of the bundled contexts.
     *
     * @return the URLs, in index order
     */
    public Set<String> urls() {
        return files.keySet();
    }

    /**
     * Tells whether a context URL is bundled.
     *
     * @param url the context URL
     * @return {@code true} if it is
     */
    public boolean contains(String url) {
        return files.containsKey(url);
    }

    /**
     * Returns a bundled context document, parsing it on first use.
     *
     * @param url the context URL
     * @return the parsed document, or empty if the URL is not bundled
     */
    public Optional<JsonDocument> get(String url) {
        String file = files.get(url);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(url, u -> parse(u, file)));
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        return get(url.toString()).orElseThrow(() -> new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "context " + url + " is not bundled; contexts are never fetched"));
    }

    private static JsonDocument parse(String url, String file) {
        try (InputStream in = open(file); JsonReader reader = JsonP.PROVIDER.createReader(in)) {
            JsonDocument doc = JsonDocument.of(reader.read());
            doc.setDocumentUrl(URI.create(url));
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled context " + file + " cannot be read", e);
        }
    }

    private static Map<String, String> readIndex() {
        try (InputStream in = open("index.json"); JsonReader reader = JsonP.PROVIDER.createReader(in)) {
            JsonObject index = reader.readObject();
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : index.entrySet()) {
                out.put(e.getKey(), e.getValue().asJsonObject().getString("file"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled context index cannot be read", e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + file);
        }
        return in;
    }
}
