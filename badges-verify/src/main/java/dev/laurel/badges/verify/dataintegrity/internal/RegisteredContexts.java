package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Titanium {@link DocumentLoader} that answers from the bundled contexts and from contexts a caller
 * registered (already checked by {@code ContextSet}), and refuses everything else without any I/O.
 * Each registered document is parsed once, when the loader is made.
 */
final class RegisteredContexts implements DocumentLoader {

    private final Map<String, JsonDocument> registered;

    RegisteredContexts(Map<String, String> documents) {
        Map<String, JsonDocument> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : documents.entrySet()) {
            if (BundledContexts.instance().contains(e.getKey())) {
                throw new IllegalArgumentException("the context " + e.getKey() + " is bundled and cannot be replaced");
            }
            try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(e.getValue()))) {
                JsonDocument doc = JsonDocument.of(reader.read());
                doc.setDocumentUrl(URI.create(e.getKey()));
                parsed.put(e.getKey(), doc);
            }
        }
        this.registered = Map.copyOf(parsed);
    }

    boolean contains(String url) {
        return registered.containsKey(url) || BundledContexts.instance().contains(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument doc = registered.get(url.toString());
        if (doc != null) {
            return doc;
        }
        return BundledContexts.instance().get(url.toString()).orElseThrow(() -> new JsonLdError(
                JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "context " + url + " is neither bundled nor registered; contexts are never fetched"));
    }
}
