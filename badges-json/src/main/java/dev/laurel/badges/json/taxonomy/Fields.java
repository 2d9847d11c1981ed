package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members of one JSON object strictly: each member read is marked known, values of the wrong
 * type and missing required members are reported with their pointers, and {@link #rejectUnknown} reports
 * every member that was never asked for.
 */
final class Fields {

    private final ObjectNode node;
    private final String pointer;
    private final Findings findings;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(ObjectNode node, String pointer, Findings findings) {
        this.node = node;
        this.pointer = pointer;
        this.findings = findings;
    }

    String pointer() {
        return pointer;
    }

    Findings findings() {
        return findings;
    }

    boolean has(String key) {
        return node.has(key);
    }

    String at(String key) {
        return JsonPointers.child(pointer, key);
    }

    /** Returns a member and marks it known. */
    Optional<JsonNode> get(String key) {
        known.add(key);
        return Optional.ofNullable(node.get(key));
    }

    /** Returns a required member, reporting it when missing. */
    Optional<JsonNode> require(String key, String expected) {
        Optional<JsonNode> value = get(key);
        if (value.isEmpty()) {
            findings.add(TaxonomyJsonCode.MISSING_PROPERTY, pointer, "\"" + key + "\" is missing: expected "
                    + expected);
        }
        return value;
    }

    /** Returns a string member, reporting a value of another type. */
    Optional<String> string(String key) {
        return get(key).flatMap(v -> text(v, at(key)));
    }

    /** Returns a required string member. */
    Optional<String> requireString(String key) {
        return require(key, "a string").flatMap(v -> text(v, at(key)));
    }

    /** Returns a required list member. */
    Optional<ArrayNode> requireArray(String key, String expected) {
        return require(key, expected).flatMap(v -> array(v, at(key), expected));
    }

    Optional<String> text(JsonNode value, String at) {
        if (value.isTextual()) {
            return Optional.of(value.textValue());
        }
        findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected a string but found " + Findings.describe(value));
        return Optional.empty();
    }

    Optional<ArrayNode> array(JsonNode value, String at, String expected) {
        if (value.isArray()) {
            return Optional.of((ArrayNode) value);
        }
        findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected " + expected + " but found " + Findings.describe(value));
        return Optional.empty();
    }

    Optional<Fields> object(JsonNode value, String at, String expected) {
        if (value.isObject()) {
            return Optional.of(new Fields((ObjectNode) value, at, findings));
        }
        findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected " + expected + " but found " + Findings.describe(value));
        return Optional.empty();
    }

    /** Returns the names of the members present, in document order. */
    List<String> names() {
        List<String> out = new ArrayList<>(node.size());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** Reports every member never asked for. */
    void rejectUnknown(String what) {
        for (String name : names()) {
            if (!known.contains(name)) {
                findings.add(TaxonomyJsonCode.UNKNOWN_PROPERTY, at(name), "\"" + name + "\" is not a property of "
                        + what + "; expected " + Forms.quoted(List.copyOf(known)));
            }
        }
    }
}
