package dev.laurel.badges.verify.internal.json;

import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON for untrusted JOSE payloads and key documents: duplicate names refused, depth bounded. */
public final class Json {

    /** The shared mapper; thread-safe once configured. */
    public static final JsonMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final BadgeJson READER = BadgeJson.standard();

    private Json() {
    }

    /** The input is not a JSON object. */
    public static final class NotAnObjectException extends Exception {
        private static final long serialVersionUID = 1L;

        public NotAnObjectException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses a JSON object.
     *
     * @param bytes UTF-8 JSON
     * @return the object
     * @throws NotAnObjectException if the bytes are not one JSON object
     */
    public static ObjectNode parseObject(byte[] bytes) throws NotAnObjectException {
        JsonNode node;
        try {
            // The one parser of untrusted bytes: UTF-8 only, JsonLimits, no duplicate names.
            node = READER.readTree(bytes);
        } catch (BadgeJsonException e) {
            throw new NotAnObjectException("not JSON: " + e.getMessage() + " [" + e.code().name() + "]", e);
        } catch (RuntimeException e) {
            throw new NotAnObjectException("not JSON: " + shortMessage(e), e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new NotAnObjectException("not a JSON object", null);
        }
        return (ObjectNode) node;
    }

    /**
     * Serialises a node as compact JSON.
     *
     * @param node the node
     * @return the UTF-8 bytes
     */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Returns a string member.
     *
     * @param node an object, or anything else
     * @param field the member name
     * @return the text, if the member is a string
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    /**
     * Returns the id of a value that is either an IRI string or an object with an {@code id}.
     *
     * @param node the value
     * @return the id, if there is one
     */
    public static Optional<String> idOf(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(node.textValue());
        }
        return node.isObject() ? text(node, "id") : Optional.empty();
    }

    /**
     * Returns the members of a value that may be one item or an array of items.
     *
     * @param node the value, may be null
     * @return the items, empty for null
     */
    public static List<JsonNode> items(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node instanceof ArrayNode) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /**
     * Tells whether a {@code type} value (string or array) contains a name.
     *
     * @param type the value, may be null
     * @param name the type name
     * @return {@code true} if present
     */
    public static boolean hasType(JsonNode type, String name) {
        for (JsonNode t : items(type)) {
            if (t.isTextual() && t.textValue().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where the parse failed, never what the input said there: error text must not echo input bytes. */
    private static String shortMessage(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return "malformed at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        return "malformed";
    }
}
