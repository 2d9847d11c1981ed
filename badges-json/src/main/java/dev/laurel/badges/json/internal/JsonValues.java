package dev.laurel.badges.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.json.JsonArray;
import dev.laurel.badges.core.json.JsonBoolean;
import dev.laurel.badges.core.json.JsonNull;
import dev.laurel.badges.core.json.JsonNumber;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonString;
import dev.laurel.badges.core.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between core's {@link JsonValue} and Jackson's {@link JsonNode}, keeping numbers exact. */
public final class JsonValues {

    /** Node factory that keeps BigDecimal scale ({@code 1.0} stays {@code 1.0}). */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * A mapper for writing trees only (callers take their own {@code ObjectWriter} from it). Nothing is
     * ever parsed with it: untrusted bytes go through {@code BadgeJson.readTree}, under the limits.
     */
    public static final com.fasterxml.jackson.databind.ObjectMapper WRITER =
            new com.fasterxml.jackson.databind.ObjectMapper().setNodeFactory(NODES);

    private JsonValues() {
    }

    /**
     * Converts a Jackson node to a core value.
     *
     * @param node the node
     * @return the value
     */
    public static JsonValue fromNode(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    members.put(e.getKey(), fromNode(e.getValue()));
                }
                return new JsonObject(members);
            }
            case ARRAY: {
                List<JsonValue> values = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    values.add(fromNode(element));
                }
                return new JsonArray(values);
            }
            case STRING:
                return new JsonString(node.textValue());
            case NUMBER:
                return new JsonNumber(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
            case BOOLEAN:
                return node.booleanValue() ? JsonBoolean.TRUE : JsonBoolean.FALSE;
            default:
                return JsonNull.INSTANCE;
        }
    }

    /**
     * Converts a core value to a Jackson node.
     *
     * @param value the value
     * @return the node
     */
    public static JsonNode toNode(JsonValue value) {
        switch (value.kind()) {
            case OBJECT: {
                ObjectNode out = NODES.objectNode();
                ((JsonObject) value).members().forEach((k, v) -> out.set(k, toNode(v)));
                return out;
            }
            case ARRAY: {
                ArrayNode out = NODES.arrayNode();
                for (JsonValue v : ((JsonArray) value).values()) {
                    out.add(toNode(v));
                }
                return out;
            }
            case STRING:
                return NODES.textNode(((JsonString) value).value());
            case NUMBER:
                return number(((JsonNumber) value).value());
            case BOOLEAN:
                return NODES.booleanNode(((JsonBoolean) value).value());
            default:
                return NODES.nullNode();
        }
    }

    /**
     * Returns the node for a number: integral values without a fraction as integers, others as decimals.
     *
     * @param value the number
     * @return the node
     */
    public static JsonNode number(BigDecimal value) {
        if (value.scale() <= 0) {
            try {
                return NODES.numberNode(value.longValueExact());
            } catch (ArithmeticException tooBig) {
                return NODES.numberNode(value.toBigIntegerExact());
            }
        }
        return NODES.numberNode(value);
    }

    /**
     * Describes a value for a message: its JSON type, with a short string or number shown (a string is cut
     * at 40 characters).
     *
     * @param value the value
     * @return for example {@code the number 5} or {@code an object}
     */
    public static String describe(JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                String t = value.textValue();
                return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
            case NUMBER:
                return "the number " + value.asText();
            case BOOLEAN:
                return "the boolean " + value.asText();
            case NULL:
                return "null";
            default:
                return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
