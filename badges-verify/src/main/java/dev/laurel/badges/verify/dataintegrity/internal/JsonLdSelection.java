package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Selects parts of a compact JSON-LD document with JSON Pointers (W3C VC DI ECDSA, "Selective Disclosure
 * Functions": {@code jsonPointerToPaths}, {@code createInitialSelection}, {@code selectPaths},
 * {@code selectJsonLd}). The selection keeps the document's {@code @context}, and the {@code id} (unless it
 * is a blank node identifier) and {@code type} of every object on the way to each selected value, so that
 * the selection means in JSON-LD what it meant in the document. Arrays on the way keep only the selected
 * elements, in their order.
 *
 * <p>The selection is built in mutable maps and sparse arrays and only then turned into a Jackson tree, so
 * a later pointer can reach into what an earlier one selected whole. The input is never modified.
 */
public final class JsonLdSelection {

    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** A selected array: index in the document's array to the selected element. */
    private static final class Sparse {
        private final TreeMap<Integer, Object> elements = new TreeMap<>();
    }

    private JsonLdSelection() {}

    /**
     * Parses a JSON Pointer into its reference tokens ({@code jsonPointerToPaths}), unescaping {@code ~1} to
     * {@code /} and {@code ~0} to {@code ~}.
     *
     * @param pointer the pointer, such as {@code /credentialSubject/name}
     * @return the tokens, at least one
     * @throws SdPointerException if the text is not a JSON Pointer (it must start with {@code /}; {@code ~} must
     *     be followed by {@code 0} or {@code 1}), or is the empty pointer (the whole document)
     * @throws NullPointerException if {@code pointer} is null
     */
    public static List<String> paths(String pointer) throws SdPointerException {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            throw new SdPointerException("the JSON Pointer \"\" selects the whole document; name what to select (e.g."
                    + " /credentialSubject)");
        }
        if (pointer.charAt(0) != '/') {
            throw new SdPointerException("\"" + pointer + "\" is not a JSON Pointer: it must start with /");
        }
        List<String> paths = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            StringBuilder sb = new StringBuilder(token.length());
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c != '~') {
                    sb.append(c);
                } else if (i + 1 < token.length() && (token.charAt(i + 1) == '0' || token.charAt(i + 1) == '1')) {
                    sb.append(token.charAt(++i) == '0' ? '~' : '/');
                } else {
                    throw new SdPointerException("\"" + pointer + "\" is not a JSON Pointer: ~ must be followed by 0 or 1");
                }
            }
            paths.add(sb.toString());
        }
        return paths;
    }

    /**
     * Selects the values the pointers name ({@code selectJsonLd}).
     *
     * @param pointers JSON Pointers into {@code document}
     * @param document a compact JSON-LD document whose context aliases {@code @id} and {@code @type} to
     *     {@code id} and {@code type}
     * @return the selection document, or empty if there are no pointers
     * @throws SdPointerException if a pointer is not a JSON Pointer or names nothing in the document
     * @throws NullPointerException if an argument is null
     */
    public static Optional<ObjectNode> select(List<String> pointers, ObjectNode document) throws SdPointerException {
        Objects.requireNonNull(document, "document");
        if (Objects.requireNonNull(pointers, "pointers").isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> selection = new LinkedHashMap<>();
        if (document.has("@context")) {
            selection.put("@context", document.get("@context").deepCopy());
        }
        selection.putAll(initialSelection(document));
        for (String pointer : pointers) {
            selectPaths(pointer, paths(pointer), document, selection);
        }
        return Optional.of((ObjectNode) toJson(selection));
    }

    /** {@code createInitialSelection}: the id (unless a blank node identifier) and the type of an object. */
    private static Map<String, Object> initialSelection(JsonNode source) {
        Map<String, Object> selection = new LinkedHashMap<>();
        JsonNode id = source.get("id");
        if (id != null && !(id.isTextual() && id.textValue().startsWith("_:"))) {
            selection.put("id", id.deepCopy());
        }
        JsonNode type = source.get("type");
        if (type != null) {
            selection.put("type", mutableCopy(type));
        }
        return selection;
    }

    @SuppressWarnings("unchecked")
    private static void selectPaths(String pointer, List<String> paths, JsonNode document, Map<String, Object> selection)
            throws SdPointerException {
        JsonNode value = document;
        Object selectedParent = selection;
        Object selectedValue = selection;
        StringBuilder walked = new StringBuilder();
        for (String path : paths) {
            selectedParent = selectedValue;
            walked.append('/').append(path.replace("~", "~0").replace("/", "~1"));
            value = child(value, path);
            if (value == null) {
                throw new SdPointerException("the JSON Pointer " + pointer + " does not match the document (nothing at "
                        + walked + ")");
            }
            selectedValue = get(selectedParent, path);
            if (selectedValue == null) {
                selectedValue = value.isArray() ? new Sparse() : initialSelection(value);
                put(selectedParent, path, selectedValue);
            }
        }
        Object selected;
        if (value.isArray()) {
            selected = mutableCopy(value);
        } else if (value.isObject()) {
            Map<String, Object> merged = selectedValue instanceof Map
                    ? new LinkedHashMap<>((Map<String, Object>) selectedValue) : new LinkedHashMap<>();
            merged.putAll((Map<String, Object>) mutableCopy(value));
            selected = merged;
        } else {
            selected = value.deepCopy();
        }
        put(selectedParent, paths.get(paths.size() - 1), selected);
    }

    private static JsonNode child(JsonNode parent, String path) {
        if (parent.isObject()) {
            return parent.get(path);
        }
        if (parent.isArray() && INDEX.matcher(path).matches()) {
            return parent.get(Integer.parseInt(path));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object selected, String path) {
        if (selected instanceof Map) {
            return ((Map<String, Object>) selected).get(path);
        }
        if (selected instanceof Sparse) {
            return ((Sparse) selected).elements.get(Integer.parseInt(path));
        }
        throw new IllegalStateException("a selected literal has no members");
    }

    @SuppressWarnings("unchecked")
    private static void put(Object selected, String path, Object value) {
        if (selected instanceof Map) {
            ((Map<String, Object>) selected).put(path, value);
        } else {
            ((Sparse) selected).elements.put(Integer.parseInt(path), value);
        }
    }

    private static Object mutableCopy(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), mutableCopy(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            Sparse sparse = new Sparse();
            for (int i = 0; i < node.size(); i++) {
                sparse.elements.put(i, mutableCopy(node.get(i)));
            }
            return sparse;
        }
        return node.deepCopy();
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object selected) {
        if (selected instanceof Map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            ((Map<String, Object>) selected).forEach((k, v) -> object.set(k, toJson(v)));
            return object;
        }
        if (selected instanceof Sparse) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            ((Sparse) selected).elements.values().forEach(v -> array.add(toJson(v)));
            return array;
        }
        return (JsonNode) selected;
    }
}
