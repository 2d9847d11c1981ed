package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.lang.BlankNode;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns a JSON-LD document into canonical N-Quads (RDFC-1.0) using only the bundled contexts and the
 * contexts the caller registered.
 *
 * <p>Processing a document's top-level {@code @context} is the costly part of JSON-LD expansion, and
 * documents of one kind share it. The processed context is therefore cached per distinct
 * {@code @context} value made only of bundled URLs; expansion then starts from the cached context.
 * Titanium never mutates an active context once built (each scoped context gets a copy), so the cached
 * contexts are shared between threads.
 *
 * <p>JSON-LD runs in "safe mode": a term the contexts do not define, or a type or id that stays a
 * relative IRI, is refused instead of silently dropped, as VC Data Integrity requires. Before that, the
 * JSON itself must read as what is signed: a JSON-LD keyword other than {@code @context} used as a member
 * name, or an inline (non-string) context, is refused ({@link JsonLdKeywords}). RDFC-1.0 runs under a step
 * and time budget so that a "poison graph" cannot hold a thread.
 */
public final class Canonicalizer {

    private static final int MAX_CACHED_CONTEXTS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern CRYPTOSUITE = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern PLAIN_IRI = Pattern.compile(
            "([a-z][a-z0-9+.-]*):(?:[A-Za-z0-9._~:/?@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+(#(?:[A-Za-z0-9._~:/?@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*)?");
    private static final String PROBE_METHOD = "https://example.com/keys/1#key-1";
    private static final String PROBE_CREATED = "2020-01-01T00:00:00Z";

    private static final ProcessingRuntime RUNTIME = runtime(BundledContexts.instance());
    /** Per {@code @context} value: whether the proof-configuration shortcut gives JSON-LD's own answer. */
    private static final Map<String, Boolean> SHORTCUT_CONTEXTS = new ConcurrentHashMap<>();
    private static final Map<String, ActiveContext> CONTEXTS = new ConcurrentHashMap<>();

    /** The most JSON values one document may hold unless told otherwise: 20,000. */
    public static final int DEFAULT_MAX_VALUES = 20_000;

    private final long maxSteps;
    private final long maxNanos;
    private final int maxDepth;
    private final int maxValues;
    /** Bundled only: the shared runtime and caches; with registered contexts: this instance's own. */
    private final ProcessingRuntime runtime;
    private final Map<String, Boolean> shortcutContexts;
    private final Map<String, ActiveContext> contexts;
    private final RegisteredContexts registered;
    /** Off only in tests that compare expansion with and without {@link EmbeddedContexts}. */
    private final boolean elideContexts;

    /**
     * Creates a canonicalizer.
     *
     * @param maxTime the longest RDFC-1.0 may run for one document
     * @param maxSteps the most RDFC-1.0 steps (ticks) for one document
     * @param maxDepth the deepest JSON nesting accepted
     */
    public Canonicalizer(Duration maxTime, long maxSteps, int maxDepth) {
        this(maxTime, maxSteps, maxDepth, DEFAULT_MAX_VALUES);
    }

    /**
     * Creates a canonicalizer.
     *
     * @param maxTime the longest one canonicalisation may run
     * @param maxSteps the most RDFC-1.0 steps (ticks) for one document
     * @param maxDepth the deepest JSON nesting accepted
     * @param maxValues the most JSON values one document may hold
     */
    public Canonicalizer(Duration maxTime, long maxSteps, int maxDepth, int maxValues) {
        this(maxTime, maxSteps, maxDepth, maxValues, Map.of());
    }

    /**
     * Creates a canonicalizer that also uses registered contexts. A registered context is used exactly
     * like a bundled one. The processed-context caches of a canonicalizer with registered contexts are
     * its own, so two canonicalizers registering different documents under one URL never share them.
     *
     * @param maxTime the longest one canonicalisation may run
     * @param maxSteps the most RDFC-1.0 steps (ticks) for one document
     * @param maxDepth the deepest JSON nesting accepted
     * @param maxValues the most JSON values one document may hold
     * @param registered context documents (JSON text, already checked) by URL; none may be a bundled URL
     * @throws IllegalArgumentException if a registered URL is a bundled context's
     */
    public Canonicalizer(Duration maxTime, long maxSteps, int maxDepth, int maxValues, Map<String, String> registered) {
        this(maxTime, maxSteps, maxDepth, maxValues, registered, true);
    }

    /**
     * As the public constructor; {@code elideContexts} false processes every nested {@code @context} again
     * (for tests that compare the two).
     */
    Canonicalizer(Duration maxTime, long maxSteps, int maxDepth, int maxValues, Map<String, String> registered,
            boolean elideContexts) {
        this.elideContexts = elideContexts;
        this.maxNanos = Objects.requireNonNull(maxTime, "maxTime").toNanos();
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
        this.maxValues = maxValues;
        if (Objects.requireNonNull(registered, "registered").isEmpty()) {
            this.registered = null;
            this.runtime = RUNTIME;
            this.shortcutContexts = SHORTCUT_CONTEXTS;
            this.contexts = CONTEXTS;
        } else {
            this.registered = new RegisteredContexts(registered);
            this.runtime = runtime(this.registered);
            this.shortcutContexts = new ConcurrentHashMap<>();
            this.contexts = new ConcurrentHashMap<>();
        }
    }

    private static ProcessingRuntime runtime(com.apicatalog.jsonld.loader.DocumentLoader loader) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return ProcessingRuntime.of(options);
    }

    /**
     * Returns the canonical N-Quads of a JSON-LD document.
     *
     * @param document the document, with its {@code @context}
     * @return the canonical N-Quads, each line ending in a newline
     * @throws CanonicalizationException if a context is not bundled or inline, a member name is a JSON-LD
     *     keyword other than {@code @context}, JSON-LD processing fails or would drop data, or
     *     canonicalisation exceeds its budget
     */
    public String canonicalize(JsonNode document) throws CanonicalizationException {
        return toCanonicalNQuads(expandChecked(document));
    }

    /**
     * Returns the expanded form of a JSON-LD document after the checks of {@link #canonicalize(JsonNode)}
     * (bundled or registered contexts, no keyword member names, the limits, safe mode).
     *
     * @param document the document, with its {@code @context}
     * @return the expanded document
     * @throws CanonicalizationException as {@link #canonicalize(JsonNode)}
     */
    public JsonArray expandChecked(JsonNode document) throws CanonicalizationException {
        if (!document.isObject()) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED, "the document is not a JSON object");
        }
        JsonNode context = document.get("@context");
        if (context == null || context.isNull()) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, "the document has no @context");
        }
        int values = requireBundled(document, 0, maxDepth, 0);
        if (values > maxValues) {
            throw new CanonicalizationException(CanonicalizationException.Reason.LIMIT, "the document holds more than "
                    + maxValues + " JSON values, more than Data Integrity processing accepts");
        }
        List<JsonLdKeywords.Finding> keywords = JsonLdKeywords.find(document, 1, maxDepth, maxValues);
        if (!keywords.isEmpty()) {
            throw new CanonicalizationException(CanonicalizationException.Reason.UNSAFE,
                    keywords.get(0).message() + " (at " + keywords.get(0).pointer() + ")");
        }
        ActiveContext active = activeContext(context);
        JsonValue body;
        try {
            // Nested @contexts that are no-ops where they stand (a CLR's credentials) are not processed again.
            body = JsonP.convert(document, "@context",
                    elideContexts ? EmbeddedContexts.redundant(document, active) : Set.of(), maxDepth);
        } catch (JsonP.TooDeepException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED, e.getMessage());
        }
        JsonArray expanded = expand(active, body);
        checkSafe(expanded, 0);
        return expanded;
    }

    /**
     * Compacts an expanded document with a context (JSON-LD Compaction, arrays of one value compacted), and
     * puts the context first in the result.
     *
     * @param expanded the expanded document
     * @param context the {@code @context} value to compact with (bundled or registered URLs)
     * @return the compact document
     * @throws CanonicalizationException if the context cannot be processed, compaction fails, or the result
     *     is not one object
     */
    public ObjectNode compact(JsonArray expanded, JsonNode context) throws CanonicalizationException {
        JsonValue compacted;
        try {
            ActiveContext active = activeContext(context);
            // Compaction builds a shared context's inverse context on first use by writing a plain field.
            // Every compaction passes this lock first, so the one that builds it publishes it to the rest.
            synchronized (active) {
                if (active.getInverseContext() == null) {
                    active.createInverseContext();
                }
            }
            compacted = Compaction.with(active).compactArrays(true).ordered(false).compact(expanded);
        } catch (JsonLdError e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, describe(e));
        } catch (RuntimeException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, "JSON-LD compaction failed: " + e);
        }
        if (compacted.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                    "the document is not one JSON-LD node object");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("@context", context.deepCopy());
        try {
            JsonNode body = JSON.readTree(compacted.toString());
            body.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED, "compaction gave bad JSON: " + e);
        }
        return out;
    }

    /**
     * Converts an expanded document to RDF (JSON-LD to RDF, no generalised RDF) and hands each quad to a
     * consumer, without canonicalising.
     *
     * @param expanded the expanded document
     * @param consumer receives the quads
     * @throws CanonicalizationException if the conversion or the consumer fails
     */
    public void toRdf(JsonArray expanded, RdfQuadConsumer consumer) throws CanonicalizationException {
        toRdf(expanded, consumer, UriValidationPolicy.Full);
    }

    private static void toRdf(JsonArray expanded, RdfQuadConsumer consumer, UriValidationPolicy iris)
            throws CanonicalizationException {
        try {
            NodeMap nodeMap = NodeMapBuilder.with(expanded, new NodeMap()).build();
            JsonLdToRdf.with(nodeMap).produceGeneralizedRdf(false).uriValidation(iris).provide(consumer);
        } catch (JsonLdError e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, describe(e));
        } catch (Budget.Exceeded e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.LIMIT, e.getMessage());
        } catch (RuntimeException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED, "RDF conversion failed: " + e);
        }
    }

    /**
     * Canonical N-Quads with the canonical blank node identifier map of RDFC-1.0.
     *
     * @param nquads the canonical N-Quads, each line ending in a newline
     * @param canonicalIdMap input blank node label to canonical label (both without {@code _:})
     */
    public record Canonical(String nquads, Map<String, String> canonicalIdMap) {

        /** Copies the map. */
        public Canonical {
            canonicalIdMap = Map.copyOf(canonicalIdMap);
        }
    }

    /**
     * Canonicalises N-Quads (RDFC-1.0, under this canonicalizer's budget) and returns the canonical
     * identifier map too.
     *
     * @param nquads N-Quads text
     * @return the canonical N-Quads and the map
     * @throws CanonicalizationException if the text is not N-Quads or the budget runs out
     */
    public Canonical canonicalizeNQuads(String nquads) throws CanonicalizationException {
        return canonical(canon -> {
            try {
                new NQuadsReader(new StringReader(nquads)).provide(canon);
            } catch (NQuadsReaderException e) {
                throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                        "the N-Quads could not be read: " + e.getMessage());
            } catch (RdfConsumerException e) {
                throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                        "canonicalisation failed: " + e.getMessage());
            }
        });
    }

    /**
     * Returns the canonical N-Quads of a Data Integrity proof configuration.
     *
     * <p>The usual configuration ({@code DataIntegrityProof}, a cryptosuite, {@code created}, a plain
     * verification method URL and the purpose {@code assertionMethod}) always canonicalises to the same
     * five lines with the values substituted, so it is written directly: JSON-LD processing would only
     * repeat the same term lookups. The shortcut is trusted for a {@code @context} only after a full
     * JSON-LD run on a probe configuration gave exactly the shortcut's output; any other configuration
     * takes the full path.
     *
     * @param config the proof configuration, with its {@code @context}
     * @return the canonical N-Quads
     * @throws CanonicalizationException as {@link #canonicalize(JsonNode)}
     */
    public String canonicalizeProofConfiguration(JsonNode config) throws CanonicalizationException {
        String shortcut = shortcut(config);
        return shortcut != null ? shortcut : canonicalize(config);
    }

    private String shortcut(JsonNode config) throws CanonicalizationException {
        JsonNode context = config.get("@context");
        if (context == null || !(context.isTextual() || (context.isArray() && allText(context)))) {
            return null;
        }
        String type = null;
        String cryptosuite = null;
        String created = null;
        String method = null;
        String purpose = null;
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            if (e.getKey().equals("@context")) {
                continue;
            }
            if (!e.getValue().isTextual()) {
                return null;
            }
            String v = e.getValue().textValue();
            switch (e.getKey()) {
                case "type":
                    type = v;
                    break;
                case "cryptosuite":
                    cryptosuite = v;
                    break;
                case "created":
                    created = v;
                    break;
                case "verificationMethod":
                    method = v;
                    break;
                case "proofPurpose":
                    purpose = v;
                    break;
                default:
                    return null;
            }
        }
        if (!"DataIntegrityProof".equals(type) || !"assertionMethod".equals(purpose) || cryptosuite == null
                || method == null || !CRYPTOSUITE.matcher(cryptosuite).matches()
                || (created != null && !DATE_TIME.matcher(created).matches())) {
            return null;
        }
        java.util.regex.Matcher iri = PLAIN_IRI.matcher(method);
        if (!iri.matches() || !UriUtils.isAbsoluteUri(method, UriValidationPolicy.Full)) {
            return null;
        }
        String key = context.toString();
        Boolean trusted = shortcutContexts.get(key);
        if (trusted == null) {
            trusted = probe(context);
            if (shortcutContexts.size() < MAX_CACHED_CONTEXTS) {
                shortcutContexts.put(key, trusted);
            }
        }
        if (!trusted) {
            return null;
        }
        // A compact-IRI prefix defined by the context would rewrite the method URL; "scheme://" never is.
        String scheme = iri.group(1);
        if (!method.startsWith(scheme + "://")
                && activeContext(context).getTerm(scheme).isPresent()) {
            return null;
        }
        return render(cryptosuite, created, method);
    }

    private boolean probe(JsonNode context) {
        com.fasterxml.jackson.databind.node.ObjectNode probe =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        probe.set("@context", context);
        probe.put("type", "DataIntegrityProof");
        probe.put("cryptosuite", "eddsa-rdfc-2022");
        probe.put("created", PROBE_CREATED);
        probe.put("verificationMethod", PROBE_METHOD);
        probe.put("proofPurpose", "assertionMethod");
        try {
            return canonicalize(probe).equals(render("eddsa-rdfc-2022", PROBE_CREATED, PROBE_METHOD));
        } catch (CanonicalizationException e) {
            return false;
        }
    }

    private static String render(String cryptosuite, String created, String method) {
        StringBuilder sb = new StringBuilder(600);
        if (created != null) {
            sb.append("_:c14n0 <http://purl.org/dc/terms/created> \"").append(created)
                    .append("\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n");
        }
        sb.append("_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n");
        sb.append("_:c14n0 <https://w3id.org/security#cryptosuite> \"").append(cryptosuite)
                .append("\"^^<https://w3id.org/security#cryptosuiteString> .\n");
        sb.append("_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n");
        sb.append("_:c14n0 <https://w3id.org/security#verificationMethod> <").append(method).append("> .\n");
        return sb.toString();
    }

    /** Checks depth and contexts; returns the running count of JSON values, stopping early past the limit. */
    private int requireBundled(JsonNode node, int depth, int maxDepth, int count) throws CanonicalizationException {
        if (depth > maxDepth) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                    "the document nests deeper than " + maxDepth + " levels");
        }
        count++;
        if (node.isObject()) {
            JsonNode ctx = node.get("@context");
            if (ctx != null) {
                requireBundledContext(ctx);
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext() && count <= maxValues; ) {
            JsonNode child = it.next();
            count = child.isContainerNode() ? requireBundled(child, depth + 1, maxDepth, count) : count + 1;
        }
        return count;
    }

    private void requireBundledContext(JsonNode ctx) throws CanonicalizationException {
        if (ctx.isTextual()) {
            if (registered == null ? !BundledContexts.instance().contains(ctx.textValue())
                    : !registered.contains(ctx.textValue())) {
                throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, "the context "
                        + ctx.textValue() + " is not bundled (nor registered); contexts are never fetched");
            }
        } else if (ctx.isArray()) {
            for (JsonNode item : ctx) {
                requireBundledContext(item);
            }
        }
        // Inline context objects may import URLs (@import) or hold scoped contexts; the loader refuses
        // any URL that is not bundled.
    }

    private ActiveContext activeContext(JsonNode context) throws CanonicalizationException {
        boolean cacheable = context.isTextual() || (context.isArray() && allText(context));
        String key = cacheable ? context.toString() : null;
        if (key != null) {
            ActiveContext cached = contexts.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ActiveContext active;
        try {
            JsonValue contextValue = JsonP.convert(context, null, maxDepth);
            active = new ActiveContext(null, null, runtime).newContext().create(contextValue, null);
        } catch (JsonLdError e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, describe(e));
        } catch (JsonP.TooDeepException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED, e.getMessage());
        } catch (RuntimeException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT,
                    "JSON-LD context processing failed: " + e);
        }
        if (key != null && contexts.size() < MAX_CACHED_CONTEXTS) {
            ActiveContext first = contexts.putIfAbsent(key, active);
            return first != null ? first : active;
        }
        return active;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static JsonArray expand(ActiveContext context, JsonValue body) throws CanonicalizationException {
        try {
            // What ExpansionProcessor does after processing the top-level @context.
            JsonValue expanded = Expansion.with(context, body, null, null).compute();
            if (expanded.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject object = expanded.asJsonObject();
                if (object.size() == 1 && object.containsKey("@graph")) {
                    expanded = object.get("@graph");
                }
            }
            if (expanded.getValueType() == JsonValue.ValueType.NULL) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            return expanded.getValueType() == JsonValue.ValueType.ARRAY ? expanded.asJsonArray()
                    : JsonP.PROVIDER.createArrayBuilder().add(expanded).build();
        } catch (JsonLdError e) {
            throw new CanonicalizationException(
                    e.getCode() == com.apicatalog.jsonld.JsonLdErrorCode.UNDEFINED_TERM
                            ? CanonicalizationException.Reason.UNSAFE : CanonicalizationException.Reason.CONTEXT,
                    describe(e));
        } catch (RuntimeException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, "JSON-LD expansion failed: " + e);
        }
    }

    /**
     * Safe mode: refuses what expansion keeps but RDF conversion would silently drop (and so leave
     * unsigned): relative or malformed IRIs as ids, types, properties or datatypes, blank-node
     * properties, malformed language tags, {@code @index} (never part of RDF) and {@code @direction}
     * (dropped, as no {@code rdfDirection} mode is set). The conditions mirror Titanium's own in JSON-LD
     * to RDF. {@link JsonLdKeywords} already refuses the member names and inline contexts that could
     * produce the last two; no bundled context declares an index container, a default language or a
     * direction, so this is a second line, not the first.
     */
    private static void checkSafe(JsonValue value, int depth) throws CanonicalizationException {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : value.asJsonArray()) {
                checkSafe(item, depth + 1);
            }
            return;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        JsonObject object = value.asJsonObject();
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            String key = e.getKey();
            JsonValue v = e.getValue();
            switch (key) {
                case "@id":
                    if (v.getValueType() == JsonValue.ValueType.STRING) {
                        requireNode(((JsonString) v).getString(), "an id");
                    }
                    break;
                case "@type":
                    if (valueObject) {
                        if (v.getValueType() == JsonValue.ValueType.STRING) {
                            String t = ((JsonString) v).getString();
                            if (!t.equals("@json") && !VocabularyIris.isAbsolute(t)) {
                                throw unsafe(t, "a value type");
                            }
                        }
                    } else {
                        for (JsonValue t : v.getValueType() == JsonValue.ValueType.ARRAY ? v.asJsonArray() : List.of(v)) {
                            if (t.getValueType() == JsonValue.ValueType.STRING) {
                                String type = ((JsonString) t).getString();
                                if (!BlankNode.isWellFormed(type) && !VocabularyIris.isAbsolute(type)) {
                                    throw unsafe(type, "a type");
                                }
                            }
                        }
                    }
                    break;
                case "@language":
                    if (v.getValueType() != JsonValue.ValueType.STRING
                            || !LanguageTag.isWellFormed(((JsonString) v).getString())) {
                        throw new CanonicalizationException(CanonicalizationException.Reason.UNSAFE,
                                "the language tag " + v + " is not well formed, so JSON-LD would drop the value");
                    }
                    break;
                case "@index":
                case "@direction":
                    throw new CanonicalizationException(CanonicalizationException.Reason.UNSAFE, "the JSON-LD "
                            + key + " of a value or node is not part of the RDF dataset, so it would not be signed");
                case "@value":
                    break;
                default:
                    if (!key.startsWith("@")) {
                        if (!VocabularyIris.isAbsolute(key)) {
                            throw unsafe(key, "a property");
                        }
                    }
                    checkSafe(v, depth + 1);
            }
        }
    }

    private static void requireNode(String iri, String what) throws CanonicalizationException {
        if (!BlankNode.isWellFormed(iri) && !UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full)) {
            throw unsafe(iri, what);
        }
    }

    private static CanonicalizationException unsafe(String iri, String what) {
        return new CanonicalizationException(CanonicalizationException.Reason.UNSAFE,
                "\"" + iri + "\" is used as " + what + " but is not an absolute IRI (no context defines it, or it is"
                        + " malformed), so JSON-LD would drop it");
    }

    /**
     * The canonical N-Quads of a document that {@link #expandChecked} returned. {@code checkSafe} has already
     * refused every id, type, property and datatype that is not a blank node or an absolute IRI under
     * Titanium's full validation (the same conditions JSON-LD to RDF tests), so JSON-LD to RDF here only
     * checks the scheme: a second {@code java.net.URI} parse of every IRI would give the same answers.
     */
    private String toCanonicalNQuads(JsonArray expanded) throws CanonicalizationException {
        QuadBuffer quads = new QuadBuffer();
        toRdf(expanded, quads, UriValidationPolicy.SchemeOnly);
        return canonical(quads::sortedInto, false).nquads();
    }

    /** Feeds quads to a canonicaliser. */
    private interface Feed {
        void into(RdfCanon canon) throws CanonicalizationException;
    }

    private Canonical canonical(Feed feed) throws CanonicalizationException {
        return canonical(feed, true);
    }

    private Canonical canonical(Feed feed, boolean withIdMap) throws CanonicalizationException {
        Budget budget = new Budget(maxSteps, maxNanos);
        RdfCanon canon = RdfCanon.create(Digests.sha256(), budget);
        StringWriter out = new StringWriter(4096);
        try {
            feed.into(canon);
            canon.provide(new CanonicalNQuadsWriter(out));
        } catch (Budget.Exceeded e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.LIMIT, e.getMessage());
        } catch (RdfConsumerException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                    "canonicalisation failed: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new CanonicalizationException(CanonicalizationException.Reason.MALFORMED,
                    "canonicalisation failed: " + e);
        }
        if (!withIdMap) {
            return new Canonical(out.toString(), Map.of());
        }
        Map<String, String> ids = new HashMap<>();
        canon.mapping().forEach((k, v) -> ids.put(strip(k), strip(v)));
        return new Canonical(out.toString(), ids);
    }

    private static String strip(String label) {
        return label.startsWith("_:") ? label.substring(2) : label;
    }

    private static String describe(JsonLdError e) {
        StringBuilder sb = new StringBuilder("JSON-LD ").append(e.getCode()).append(": ");
        Throwable t = e;
        String last = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().equals(last)) {
                if (last != null) {
                    sb.append(" <- ");
                }
                sb.append(t.getMessage());
                last = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.toString();
    }

    /** A step and time budget for RDFC-1.0: each tick is one step of its loops. */
    static final class Budget implements RdfCanonTicker {

        /** The budget ran out; a runtime exception so it passes through the canonicaliser's frames. */
        static final class Exceeded extends IllegalStateException {
            private static final long serialVersionUID = 1L;

            Exceeded(String message) {
                super(message);
            }
        }

        private final long maxSteps;
        private final long deadline;
        private final long maxNanos;
        private long steps;

        Budget(long maxSteps, long maxNanos) {
            this.maxSteps = maxSteps;
            this.maxNanos = maxNanos;
            this.deadline = System.nanoTime() + maxNanos;
        }

        @Override
        public void tick() {
            steps++;
            if (steps > maxSteps) {
                throw new Exceeded("canonicalisation exceeded its budget of " + maxSteps
                        + " steps (a graph of many interlinked blank nodes?)");
            }
            if ((steps & 0xFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new Exceeded("canonicalisation exceeded its time limit of "
                        + Duration.ofNanos(maxNanos).toMillis() + " ms (a graph of many interlinked blank nodes?)");
            }
        }

        long steps() {
            return steps;
        }
    }
}
