package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The grouping of {@code ecdsa-sd-2023} (W3C VC DI ECDSA, "Selective Disclosure Functions"):
 * skolemisation ({@code skolemizeExpandedJsonLd}, {@code skolemizeCompactJsonLd}, {@code toDeskolemizedNQuads}),
 * {@code labelReplacementCanonicalizeNQuads}, {@code selectCanonicalNQuads} and {@code canonicalizeAndGroup}.
 *
 * <p>Every node object without an {@code @id} gets a URN for the time of the computation, so that a selection
 * made with JSON Pointers on the compact document can be matched to the statements of the whole document.
 * JSON-LD expansion, compaction, RDF conversion and RDFC-1.0 are Titanium's, through {@link Canonicalizer}
 * (with its contexts, limits and safe mode). The URN scheme has a fresh random part each time, so a document
 * cannot contain it; statements are deskolemised term by term, never inside literals.
 */
public final class EcdsaSdGroups {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One group of {@code canonicalizeAndGroup}.
     *
     * @param matching index in the whole document's relabelled N-Quads to the N-Quad, for those the group selects
     * @param nonMatching the same for the others
     * @param deskolemizedNQuads the N-Quads of the group's selection, before canonicalisation (joined)
     */
    public record Group(SortedMap<Integer, String> matching, SortedMap<Integer, String> nonMatching,
            String deskolemizedNQuads) {

        /** Copies the maps (unmodifiable, sorted by index). */
        public Group {
            matching = Collections.unmodifiableSortedMap(new TreeMap<>(matching));
            nonMatching = Collections.unmodifiableSortedMap(new TreeMap<>(nonMatching));
            Objects.requireNonNull(deskolemizedNQuads, "deskolemizedNQuads");
        }
    }

    /**
     * What {@code canonicalizeAndGroup} returns.
     *
     * @param groups the groups by name
     * @param labelMap input blank node label (of the deskolemised N-Quads) to HMAC label
     * @param nquads the whole document's canonical N-Quads with HMAC labels, sorted
     */
    public record Result(Map<String, Group> groups, Map<String, String> labelMap, List<String> nquads) {

        /** Copies the maps and the list. */
        public Result {
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
            labelMap = Map.copyOf(labelMap);
            nquads = List.copyOf(nquads);
        }
    }

    private final Canonicalizer canonicalizer;
    private final String prefix;
    private final String random;
    private int count;

    private EcdsaSdGroups(Canonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
        byte[] r = new byte[12];
        RANDOM.nextBytes(r);
        this.random = HexFormat.of().formatHex(r);
        this.prefix = "urn:laurel-sd-" + random + ":";
    }

    /**
     * Canonicalises a compact JSON-LD document with HMAC blank node labels and groups its N-Quads by the
     * statements each group's pointers select ({@code canonicalizeAndGroup} with
     * {@code createHmacIdLabelMapFunction}).
     *
     * @param canonicalizer the JSON-LD processor (contexts, limits)
     * @param document the compact document (no proof)
     * @param hmacKey the HMAC-SHA-256 key of the blank node labels
     * @param groupDefinitions group name to JSON Pointers
     * @return the groups, the label map and the N-Quads
     * @throws CanonicalizationException if JSON-LD processing of the document or a selection fails
     * @throws SdPointerException if a pointer is not a JSON Pointer or names nothing in the document
     * @throws SdProofValueException if a selection has a blank node the document's N-Quads do not (a JSON-LD
     *     list, for example), which the algorithm cannot match
     */
    public static Result canonicalizeAndGroup(Canonicalizer canonicalizer, ObjectNode document, byte[] hmacKey,
            Map<String, List<String>> groupDefinitions)
            throws CanonicalizationException, SdPointerException, SdProofValueException {
        return new EcdsaSdGroups(canonicalizer).group(document, hmacKey, groupDefinitions);
    }

    /**
     * Returns the canonical identifier map of N-Quads: what a verifier's canonicalisation of the same
     * statements calls each blank node.
     *
     * @param canonicalizer the canonicalizer (budget)
     * @param nquads N-Quads text
     * @return input label to canonical label
     * @throws CanonicalizationException if the text cannot be canonicalised
     */
    public static Map<String, String> canonicalIdMap(Canonicalizer canonicalizer, String nquads)
            throws CanonicalizationException {
        return canonicalizer.canonicalizeNQuads(nquads).canonicalIdMap();
    }

    private Result group(ObjectNode document, byte[] hmacKey, Map<String, List<String>> groupDefinitions)
            throws CanonicalizationException, SdPointerException, SdProofValueException {
        for (List<String> pointers : groupDefinitions.values()) {
            for (String pointer : pointers) {
                JsonLdSelection.paths(pointer);
            }
        }
        JsonArray expanded = skolemize(canonicalizer.expandChecked(document));
        ObjectNode compact = canonicalizer.compact(expanded, document.get("@context"));
        Canonicalizer.Canonical canonical = canonicalizer.canonicalizeNQuads(deskolemizedNQuads(expanded));
        Map<String, String> labelMap = EcdsaSdLabels.hmacLabels(hmacKey, canonical.canonicalIdMap());
        Map<String, String> c14nToHmac = new LinkedHashMap<>();
        canonical.canonicalIdMap().forEach((input, c14n) -> c14nToHmac.put(c14n, labelMap.get(input)));
        List<String> nquads = EcdsaSdVerifyData.relabel(canonical.nquads(), c14nToHmac);

        Map<String, Group> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> definition : groupDefinitions.entrySet()) {
            Optional<ObjectNode> selection = JsonLdSelection.select(definition.getValue(), compact);
            String deskolemized = selection.isEmpty() ? "" : deskolemizedNQuads(canonicalizer.expandChecked(selection.get()));
            Set<String> selected = new HashSet<>(EcdsaSdVerifyData.relabel(deskolemized, labelMap));
            SortedMap<Integer, String> matching = new TreeMap<>();
            SortedMap<Integer, String> nonMatching = new TreeMap<>();
            for (int i = 0; i < nquads.size(); i++) {
                (selected.contains(nquads.get(i)) ? matching : nonMatching).put(i, nquads.get(i));
            }
            groups.put(definition.getKey(), new Group(matching, nonMatching, deskolemized));
        }
        return new Result(groups, labelMap, nquads);
    }

    /** {@code skolemizeExpandedJsonLd}: every node object gets an {@code @id}; blank node ids become URNs. */
    private JsonArray skolemize(JsonArray expanded) {
        JsonArrayBuilder out = JsonP.PROVIDER.createArrayBuilder();
        for (JsonValue element : expanded) {
            out.add(skolemizeElement(element));
        }
        return out.build();
    }

    private JsonValue skolemizeElement(JsonValue element) {
        if (element.getValueType() != JsonValue.ValueType.OBJECT || element.asJsonObject().containsKey("@value")) {
            return element;
        }
        JsonObject node = element.asJsonObject();
        JsonObjectBuilder b = JsonP.PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : node.entrySet()) {
            JsonValue v = e.getValue();
            b.add(e.getKey(), v.getValueType() == JsonValue.ValueType.ARRAY ? skolemize(v.asJsonArray()) : skolemizeElement(v));
        }
        // A list object cannot carry an @id; its members are skolemised above.
        if (!node.containsKey("@list") && !node.containsKey("@set")) {
            JsonValue id = node.get("@id");
            if (id == null) {
                b.add("@id", prefix + "_" + random + "_" + count++);
            } else if (id.getValueType() == JsonValue.ValueType.STRING && ((JsonString) id).getString().startsWith("_:")) {
                b.add("@id", prefix + ((JsonString) id).getString().substring(2));
            }
        }
        return b.build();
    }

    /** {@code toDeskolemizedNQuads}: N-Quads of the document with the URNs of this run turned back into blank nodes. */
    private String deskolemizedNQuads(JsonArray expanded) throws CanonicalizationException {
        StringWriter out = new StringWriter(4096);
        NQuadsWriter writer = new NQuadsWriter(out);
        UnaryOperator<String> deskolemize = t -> t.startsWith(prefix) ? "_:" + t.substring(prefix.length()) : t;
        canonicalizer.toRdf(expanded, new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String s, String p, String o, String datatype, String language, String direction,
                    String graph) throws RdfConsumerException {
                writer.quad(deskolemize.apply(s), p, datatype == null ? deskolemize.apply(o) : o, datatype, language,
                        direction, graph == null ? null : deskolemize.apply(graph));
                return this;
            }
        });
        return out.toString();
    }
}
