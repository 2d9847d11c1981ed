package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.constraint.IriValidator;
import dev.laurel.badges.json.internal.JsonValues;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One run of the concept tables in one direction: what it found ({@link Trace}), where references come
 * from, and the member-level steps every table uses (copy a string, an IRI, a language tag or a date,
 * carry an extension, report a loss). Not thread-safe: one per conversion.
 */
final class Conversion {

    static final JsonNodeFactory NODES = JsonValues.NODES;

    /** {@code sha256$} and 64 hex digits, or {@code md5$} and 32: what both versions accept as a hash. */
    static final Pattern IDENTITY_HASH = Pattern.compile("^(sha256\\$[0-9a-fA-F]{64}|md5\\$[0-9a-fA-F]{32})$");

    /** A BCP 47 tag as the OB 3.0 schema's LanguageCode pattern spells it. */
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$");

    /** The OB 2.0 vocabulary namespace: short OB 2.0 type terms expand to it outside their context. */
    static final String OB2_NAMESPACE = "https://w3id.org/openbadges#";

    final Trace trace = new Trace();
    private final boolean toV3;
    private final Function<String, Optional<Object>> resolver;
    private final Supplier<String> newIds;

    Conversion(boolean toV3, Function<String, Optional<Object>> resolver, Supplier<String> newIds) {
        this.toV3 = toV3;
        this.resolver = resolver;
        this.newIds = newIds;
    }

    /** Whether this conversion goes from OB 2.0 to 3.0 (else from 3.0 to 2.0). */
    boolean toV3() {
        return toV3;
    }

    /** The supplier of new credential ids, or null to keep the assertion's id. */
    Supplier<String> newIds() {
        return newIds;
    }

    /** What the caller's resolver supplies for an IRI. */
    Optional<Object> supplied(String iri) {
        return Objects.requireNonNull(resolver.apply(iri), "the reference resolver returned null for " + iri);
    }

    /** Says why a source {@code type} value is not carried over in this direction. */
    String noCounterpart(String type) {
        return toV3 ? "the type " + type + " is an OB 2.0 term with no OB 3.0 counterpart"
                : "the type " + type + " has no OB 2.0 counterpart";
    }

    // ---- pointers ----

    static String at(String pointer, String name) {
        return JsonPointers.child(pointer, name);
    }

    static String at(String pointer, int index) {
        return JsonPointers.child(pointer, index);
    }

    // ---- nodes ----

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(String... values) {
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static void setIfAny(ObjectNode out, String name, ArrayNode values) {
        if (!values.isEmpty()) {
            out.set(name, values);
        }
    }

    /** The members of an object; an empty object is noted, since it carries nothing to map. */
    Iterable<Map.Entry<String, JsonNode>> members(ObjectNode node, String pointer) {
        if (node.isEmpty()) {
            dropped(pointer, "an empty object carries nothing");
        }
        return node.properties();
    }

    /** Calls the handler for each element of an array, or once for a single value (array-compacted form). */
    void each(JsonNode value, String pointer, BiConsumer<JsonNode, String> handler) {
        if (value.isArray()) {
            if (value.isEmpty()) {
                trace.info(Code.NO_COUNTERPART, pointer, "an empty list carries nothing");
            }
            for (int i = 0; i < value.size(); i++) {
                handler.accept(value.get(i), at(pointer, i));
            }
        } else {
            handler.accept(value, pointer);
        }
    }

    /** Blank as the model's {@code @NotBlank} sees it: nothing left after trimming control characters and spaces. */
    static boolean blank(String value) {
        return value.trim().isEmpty();
    }

    static boolean isIri(JsonNode value) {
        return value.isTextual() && IriValidator.isIri(value.textValue());
    }

    static boolean isIri(String value) {
        return IriValidator.isIri(value);
    }

    // ---- reporting shortcuts ----

    void lost(String pointer, String why) {
        trace.warning(Code.NO_COUNTERPART, pointer, why);
    }

    void dropped(String pointer, String why) {
        trace.info(Code.NO_COUNTERPART, pointer, why);
    }

    void missing(String pointer, String what) {
        trace.error(Code.MISSING_IN_SOURCE, pointer, what);
    }

    /** Reports a member the target requires and the source object does not have. */
    void requireMember(ObjectNode src, String name, String pointer, String message) {
        if (!src.has(name)) {
            missing(at(pointer, name), message);
        }
    }

    void nullValue(String pointer) {
        trace.info(Code.NO_COUNTERPART, pointer, "a null value carries nothing");
    }

    /** Copies a string member; a value of another JSON type is reported and not copied. */
    boolean text(JsonNode value, String pointer, ObjectNode out, String name, String outPointer) {
        return text(value, pointer, out, name, outPointer, false);
    }

    /**
     * Copies a string member; a value of another JSON type is reported (as an error when the target
     * requires the property) and not copied.
     */
    boolean text(JsonNode value, String pointer, ObjectNode out, String name, String outPointer, boolean required) {
        if (value.isTextual()) {
            out.put(name, value.textValue());
            trace.map(pointer, at(outPointer, name));
            if (required && blank(value.textValue())) {
                trace.error(Code.INVALID_VALUE, pointer, "the target requires " + name
                        + " and does not allow it blank");
            }
            return true;
        }
        String message = "expected a string, got " + JsonValues.describe(value);
        if (required) {
            trace.error(Code.INVALID_VALUE, pointer, message + "; the target requires " + name);
        } else {
            trace.warning(Code.INVALID_VALUE, pointer, message);
        }
        return false;
    }

    /** Copies an IRI member (an {@code id}); anything else is reported with the given severity. */
    boolean iri(JsonNode value, String pointer, ObjectNode out, String name, String outPointer, boolean required) {
        if (isIri(value)) {
            out.put(name, value.textValue());
            trace.map(pointer, at(outPointer, name));
            return true;
        }
        String message = "must be an absolute IRI, got " + JsonValues.describe(value);
        if (required) {
            trace.error(Code.INVALID_VALUE, pointer, message);
        } else {
            trace.warning(Code.INVALID_VALUE, pointer, message);
        }
        return false;
    }

    /** A language tag, normalised to the case the OB 3.0 schema expects ({@code en-us} becomes {@code en-US}). */
    void language(JsonNode value, String pointer, ObjectNode out, String name, String outPointer) {
        if (!value.isTextual()) {
            trace.warning(Code.INVALID_VALUE, pointer, "a language tag must be a string, got "
                    + JsonValues.describe(value));
            return;
        }
        String tag = value.textValue();
        String[] parts = tag.split("-", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                b.append('-');
            }
            if (i == 0) {
                b.append(part.toLowerCase(Locale.ROOT));
            } else if (part.length() == 4) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
            } else {
                b.append(part.toUpperCase(Locale.ROOT));
            }
        }
        String normal = b.toString();
        if (!LANGUAGE.matcher(normal).matches()) {
            trace.warning(Code.INVALID_VALUE, pointer, "\"" + tag + "\" is not a language tag the target accepts");
            return;
        }
        out.put(name, normal);
        trace.map(pointer, at(outPointer, name));
        if (!normal.equals(tag)) {
            trace.info(Code.VALUE_REWRITTEN, pointer, "language tag \"" + tag + "\" written as \"" + normal + "\"");
        }
    }

    /**
     * Parses a date-time in any form OB 2.0 or 3.0 allows.
     *
     * @return the timestamp, or empty (reported with the given severity) when it is not one
     */
    Optional<Timestamp> timestamp(JsonNode value, String pointer, boolean required) {
        Optional<Timestamp> t = Optional.empty();
        if (value.isTextual()) {
            t = Timestamp.tryParse(value.textValue());
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            try {
                t = Optional.of(Timestamp.ofEpochSecond(value.longValue()));
            } catch (RuntimeException outOfRange) {
                t = Optional.empty();
            }
        }
        if (t.isEmpty()) {
            String message = "not a date-time: " + JsonValues.describe(value);
            if (required) {
                trace.error(Code.INVALID_VALUE, pointer, message);
            } else {
                trace.warning(Code.INVALID_VALUE, pointer, message);
            }
        }
        return t;
    }

    // ---- extensions ----

    /**
     * Carries an extension property (one the source type does not define) over to the target object,
     * unless it is a JSON-LD keyword or the target type defines a property of that name.
     */
    void carry(String name, JsonNode value, String pointer, ObjectNode out, String outPointer, Set<String> targetNames,
            String targetType) {
        String p = at(pointer, name);
        if (name.startsWith("@")) {
            lost(p, "the JSON-LD keyword " + name + " has no counterpart in the " + targetType);
        } else if (targetNames.contains(name)) {
            trace.warning(Code.NAME_CONFLICT, p, "an extension named " + name + " would be read as the "
                    + targetType + "'s own property " + name + "; it is not carried over");
        } else {
            out.set(name, value.deepCopy());
            trace.map(p, at(outPointer, name));
        }
    }

    /** The JSON property names of a model record ({@code context} is {@code @context}). */
    static Set<String> names(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        return Arrays.stream(components, 0, components.length - 1)
                .map(c -> c.getName().equals("context") ? "@context" : c.getName())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Maps a {@code type} whose accepted values the target writes itself; reports the others. */
    void types(JsonNode v, String p, String outPointer, String... accepted) {
        trace.map(p, outPointer);
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? at(p, i) : p;
            if (item.isTextual() && Arrays.asList(accepted).contains(item.textValue())) {
                continue;
            }
            if (item.isTextual()) {
                lost(ip, noCounterpart(item.textValue()));
            } else {
                trace.warning(Code.INVALID_VALUE, ip, "a type must be a string, got " + JsonValues.describe(item));
            }
        }
    }

    static Iterator<JsonNode> values(JsonNode value) {
        return value.isArray() ? value.elements() : java.util.List.of(value).iterator();
    }
}
