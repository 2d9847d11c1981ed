package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;
import java.util.Set;

/** Converts Jackson trees to JSON-P values for Titanium, with a nesting limit. */
public final class JsonP {

    /** One provider for the process: looking it up costs a service-loader scan each time. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {}

    /**
     * Thrown when the input nests deeper than allowed.
     */
    public static final class TooDeepException extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeepException(int limit) {
            super("the document nests deeper than " + limit + " levels");
        }
    }

    /**
     * Converts a Jackson value, leaving out the named top-level member of an object.
     *
     * @param node the value
     * @param skipTopLevel a top-level member to leave out (such as {@code @context}), or null
     * @param maxDepth the deepest nesting allowed
     * @return the JSON-P value
     * @throws TooDeepException if the value nests deeper than {@code maxDepth}
     */
    public static JsonValue convert(JsonNode node, String skipTopLevel, int maxDepth) throws TooDeepException {
        return convert(node, skipTopLevel, Set.of(), maxDepth);
    }

    /**
     * Converts a Jackson value, leaving out the named top-level member of an object and the {@code @context}
     * member of the given nested objects.
     *
     * @param node the value
     * @param skipTopLevel a top-level member to leave out (such as {@code @context}), or null
     * @param dropContextOf objects (compared by identity) whose {@code @context} member to leave out
     * @param maxDepth the deepest nesting allowed
     * @return the JSON-P value
     * @throws TooDeepException if the value nests deeper than {@code maxDepth}
     */
    public static JsonValue convert(JsonNode node, String skipTopLevel, Set<JsonNode> dropContextOf, int maxDepth)
            throws TooDeepException {
        if (node.isObject() && skipTopLevel != null) {
            JsonObjectBuilder b = PROVIDER.createObjectBuilder();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals(skipTopLevel)) {
                    b.add(e.getKey(), convert(e.getValue(), 1, maxDepth, dropContextOf));
                }
            }
            return b.build();
        }
        return convert(node, 0, maxDepth, dropContextOf);
    }

    private static JsonValue convert(JsonNode node, int depth, int maxDepth, Set<JsonNode> dropContextOf)
            throws TooDeepException {
        if (depth > maxDepth) {
            throw new TooDeepException(maxDepth);
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                JsonObjectBuilder b = PROVIDER.createObjectBuilder();
                boolean drop = !dropContextOf.isEmpty() && dropContextOf.contains(node);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (!drop || !e.getKey().equals("@context")) {
                        b.add(e.getKey(), convert(e.getValue(), depth + 1, maxDepth, dropContextOf));
                    }
                }
                return b.build();
            }
            case ARRAY: {
                JsonArrayBuilder b = PROVIDER.createArrayBuilder();
                for (JsonNode item : node) {
                    b.add(convert(item, depth + 1, maxDepth, dropContextOf));
                }
                return b.build();
            }
            case STRING:
                return PROVIDER.createValue(node.textValue());
            case NUMBER:
                if (node.isIntegralNumber()) {
                    return node.canConvertToLong() ? PROVIDER.createValue(node.longValue())
                            : PROVIDER.createValue(node.bigIntegerValue());
                }
                return PROVIDER.createValue(node.decimalValue());
            case BOOLEAN:
                return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL:
            case MISSING:
                return JsonValue.NULL;
            default:
                // Binary and POJO nodes only appear in trees built in code, never in parsed JSON.
                return PROVIDER.createValue(node.asText());
        }
    }
}
