package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema compiled into a tree of small checks over Jackson nodes that can tell "certainly valid"
 * from "not sure", so that valid credentials never reach the general-purpose schema engine.
 *
 * <p>Why: running networknt json-schema-validator on every credential was ~44% of read+validate time and
 * loading it cost ~0.11 s at JVM start (issue 19). The compiled checker knows exactly the keywords the
 * bundled OB 3.0 schema uses, and nothing else: {@link #compile} throws on any other keyword, so a new
 * schema version cannot be half-understood in silence. The engine stays the judge of every finding and
 * message; this class only decides when asking it is unnecessary.
 *
 * <p>Every check answers one of three {@link Verdict}s. {@code VALID} and {@code INVALID} are promises that
 * networknt (1.5.9, draft 2019-09, JDK regular expressions, format assertions on) agrees; {@code UNSURE} is
 * the honest answer whenever that cannot be promised (formats outside a strict subset, non-integral
 * numbers and so on). {@code INVALID} is needed because {@code oneOf} is only certainly satisfied when every
 * other branch certainly fails.
 *
 * <p>The schema is compiled at class initialisation from the same bundled JSON networknt reads, not
 * generated at build time: one source of truth, no generated code to keep in step, and compiling the
 * 124 KB schema costs a few milliseconds once per JVM (the parse is shared with nothing else, but it is
 * far cheaper than loading networknt).
 */
final class SureSchema {

    /** What a check can promise about an instance. */
    enum Verdict {
        /** networknt reports nothing for this instance against this (sub)schema. */
        VALID,
        /** networknt reports at least one finding for this instance against this (sub)schema. */
        INVALID,
        /** No promise either way. */
        UNSURE
    }

    /** One compiled (sub)schema or keyword. */
    @FunctionalInterface
    interface Check {
        Verdict check(JsonNode node);
    }

    private static final Check ALWAYS_VALID = node -> Verdict.VALID;
    private static final Check ALWAYS_INVALID = node -> Verdict.INVALID;

    /** Keywords that only annotate: they never change a validation outcome. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$comment",
            "examples", "default", "$defs");

    private static final class Holder {
        static final Check OB3 = compileResource(Ob3Schema.RESOURCE);
    }

    private final JsonNode root;
    private final Map<String, Ref> refs = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    private SureSchema(JsonNode root) {
        this.root = root;
    }

    /**
     * Tells whether a credential is certainly valid against the bundled OB 3.0 schema.
     *
     * @param credential the credential's JSON
     * @return {@code true} only if networknt would report nothing; {@code false} means "not sure"
     */
    static boolean certainlyValidOb3(JsonNode credential) {
        return Holder.OB3.check(credential) == Verdict.VALID;
    }

    /**
     * The verdict of the compiled OB 3.0 schema, for tests that hold it against networknt.
     *
     * @param credential the credential's JSON
     * @return the verdict
     */
    static Verdict ob3Verdict(JsonNode credential) {
        return Holder.OB3.check(credential);
    }

    /** Compiles the bundled schema at once, so start-up code can pay for it early. */
    static void warmUp() {
        Holder.OB3.getClass();
    }

    static Check compileResource(String resource) {
        try (InputStream in = SureSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema missing: " + resource);
            }
            return compile(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles a schema document.
     *
     * @param schema the schema's JSON
     * @return the compiled root check
     * @throws IllegalArgumentException if the schema uses a keyword, format, {@code $ref} form or value
     *     shape this compiler does not support
     */
    static Check compile(JsonNode schema) {
        SureSchema compiler = new SureSchema(schema);
        Check check = compiler.schema(schema, "#");
        for (Map.Entry<String, Ref> e : compiler.refs.entrySet()) {
            if (e.getValue().target == null) {
                throw new IllegalStateException("unresolved $ref " + e.getKey());
            }
        }
        return check;
    }

    private Check schema(JsonNode s, String at) {
        if (s.isBoolean()) {
            return s.booleanValue() ? ALWAYS_VALID : ALWAYS_INVALID;
        }
        if (!s.isObject()) {
            throw unsupported(at, "a schema that is neither an object nor a boolean");
        }
        if (s.has("$id") && !at.equals("#")) {
            // A nested $id would move the base of every $ref below it.
            throw unsupported(at, "nested $id");
        }
        List<Check> checks = new ArrayList<>();
        Map<String, Check> properties = null;
        Check additional = null;
        for (Map.Entry<String, JsonNode> f : s.properties()) {
            String key = f.getKey();
            JsonNode v = f.getValue();
            String here = at + "/" + key;
            switch (key) {
                case "type" -> checks.add(type(v, here));
                case "required" -> checks.add(required(v, here));
                case "properties" -> {
                    properties = new HashMap<>();
                    for (Map.Entry<String, JsonNode> p : v.properties()) {
                        properties.put(p.getKey(), schema(p.getValue(), here + "/" + p.getKey()));
                    }
                }
                case "additionalProperties" -> additional = schema(v, here);
                case "propertyNames" -> checks.add(propertyNames(schema(v, here)));
                case "items" -> checks.add(items(s, v, here));
                case "additionalItems" -> {
                    // Read together with an array-form "items"; alone it has no effect (draft 2019-09).
                    if (!s.path("items").isArray()) {
                        schema(v, here);
                    }
                }
                case "contains" -> {
                    if (s.has("minContains") || s.has("maxContains")) {
                        throw unsupported(here, "minContains/maxContains");
                    }
                    checks.add(contains(schema(v, here)));
                }
                case "minItems" -> checks.add(minItems(v, here));
                case "enum" -> checks.add(enumOf(v, here));
                case "pattern" -> checks.add(pattern(v, here));
                case "format" -> checks.add(format(v, here));
                case "anyOf" -> checks.add(anyOf(list(v, here)));
                case "oneOf" -> checks.add(oneOf(list(v, here)));
                case "allOf" -> checks.add(all(list(v, here)));
                case "$ref" -> checks.add(ref(v, here));
                default -> {
                    if (!ANNOTATIONS.contains(key)) {
                        throw unsupported(here, "keyword " + key);
                    }
                }
            }
        }
        if (properties != null || additional != null) {
            checks.add(object(properties == null ? Map.of() : properties, additional));
        }
        return all(checks);
    }

    private static IllegalArgumentException unsupported(String at, String what) {
        return new IllegalArgumentException("cannot compile " + what + " at " + at);
    }

    private List<Check> list(JsonNode v, String at) {
        if (!v.isArray() || v.isEmpty()) {
            throw unsupported(at, "a non-array or empty schema list");
        }
        List<Check> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(schema(v.get(i), at + "/" + i));
        }
        return out;
    }

    private Check ref(JsonNode v, String at) {
        String target = v.asText();
        if (!v.isTextual() || !target.startsWith("#/")) {
            throw unsupported(at, "$ref outside this document: " + v);
        }
        Ref known = refs.get(target);
        if (known != null) {
            return known;
        }
        Ref ref = new Ref();
        // Registered before compiling the target so that recursive definitions end in the same Ref.
        refs.put(target, ref);
        JsonNode node = root.at(target.substring(1));
        if (node.isMissingNode()) {
            throw unsupported(at, "$ref to a missing " + target);
        }
        ref.target = schema(node, target);
        return ref;
    }

    /** A $ref, resolved once the whole target is compiled (definitions may refer to themselves). */
    private static final class Ref implements Check {
        Check target;

        @Override
        public Verdict check(JsonNode node) {
            return target.check(node);
        }
    }

    private static Check type(JsonNode v, String at) {
        if (!v.isTextual()) {
            throw unsupported(at, "a type list");
        }
        // Exact for these node kinds: networknt maps Jackson node types one to one (typeLoose is off).
        return switch (v.asText()) {
            case "string" -> node -> node.isTextual() ? Verdict.VALID : Verdict.INVALID;
            case "object" -> node -> node.isObject() ? Verdict.VALID : Verdict.INVALID;
            case "array" -> node -> node.isArray() ? Verdict.VALID : Verdict.INVALID;
            case "boolean" -> node -> node.isBoolean() ? Verdict.VALID : Verdict.INVALID;
            case "null" -> node -> node.isNull() ? Verdict.VALID : Verdict.INVALID;
            case "number" -> node -> node.isNumber() ? Verdict.VALID : Verdict.INVALID;
            default -> throw unsupported(at, "type " + v.asText());
        };
    }

    private static Check required(JsonNode v, String at) {
        if (!v.isArray()) {
            throw unsupported(at, "a non-array required");
        }
        String[] names = new String[v.size()];
        for (int i = 0; i < names.length; i++) {
            if (!v.get(i).isTextual()) {
                throw unsupported(at, "a non-string required name");
            }
            names[i] = v.get(i).asText();
        }
        return node -> {
            if (!node.isObject()) {
                return Verdict.VALID;
            }
            for (String name : names) {
                if (!node.has(name)) {
                    return Verdict.INVALID;
                }
            }
            return Verdict.VALID;
        };
    }

    private static Check object(Map<String, Check> properties, Check additional) {
        Map<String, Check> props = Map.copyOf(properties);
        return node -> {
            if (!node.isObject()) {
                return Verdict.VALID;
            }
            Verdict verdict = Verdict.VALID;
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                Check c = props.get(f.getKey());
                if (c == null) {
                    c = additional;
                }
                if (c != null) {
                    verdict = and(verdict, c.check(f.getValue()));
                    if (verdict == Verdict.INVALID) {
                        return verdict;
                    }
                }
            }
            return verdict;
        };
    }

    private static Check propertyNames(Check names) {
        return node -> {
            if (!node.isObject()) {
                return Verdict.VALID;
            }
            Verdict verdict = Verdict.VALID;
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                verdict = and(verdict, names.check(TextNode.valueOf(it.next())));
                if (verdict == Verdict.INVALID) {
                    return verdict;
                }
            }
            return verdict;
        };
    }

    private Check items(JsonNode s, JsonNode v, String at) {
        if (!v.isArray()) {
            Check each = schema(v, at);
            return node -> {
                if (!node.isArray()) {
                    return Verdict.VALID;
                }
                Verdict verdict = Verdict.VALID;
                for (JsonNode item : node) {
                    verdict = and(verdict, each.check(item));
                    if (verdict == Verdict.INVALID) {
                        return verdict;
                    }
                }
                return verdict;
            };
        }
        List<Check> tuple = list(v, at);
        String parent = at.substring(0, at.lastIndexOf('/'));
        Check rest = s.has("additionalItems") ? schema(s.get("additionalItems"), parent + "/additionalItems")
                : ALWAYS_VALID;
        return node -> {
            if (!node.isArray()) {
                return Verdict.VALID;
            }
            Verdict verdict = Verdict.VALID;
            for (int i = 0; i < node.size(); i++) {
                Check c = i < tuple.size() ? tuple.get(i) : rest;
                verdict = and(verdict, c.check(node.get(i)));
                if (verdict == Verdict.INVALID) {
                    return verdict;
                }
            }
            return verdict;
        };
    }

    private static Check contains(Check wanted) {
        return node -> {
            if (!node.isArray()) {
                return Verdict.VALID;
            }
            boolean unsure = false;
            for (JsonNode item : node) {
                Verdict v = wanted.check(item);
                if (v == Verdict.VALID) {
                    return Verdict.VALID;
                }
                unsure |= v == Verdict.UNSURE;
            }
            return unsure ? Verdict.UNSURE : Verdict.INVALID;
        };
    }

    private static Check minItems(JsonNode v, String at) {
        if (!v.canConvertToExactIntegral() || v.asInt() < 0) {
            throw unsupported(at, "minItems " + v);
        }
        int min = v.asInt();
        return node -> !node.isArray() || node.size() >= min ? Verdict.VALID : Verdict.INVALID;
    }

    private static Check enumOf(JsonNode v, String at) {
        if (!v.isArray()) {
            throw unsupported(at, "a non-array enum");
        }
        Set<String> values = new HashSet<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                // Number and structure equality have engine-specific rules; this schema has none of them.
                throw unsupported(at, "a non-string enum value");
            }
            values.add(e.asText());
        }
        return node -> node.isTextual() && values.contains(node.textValue()) ? Verdict.VALID : Verdict.INVALID;
    }

    private Check pattern(JsonNode v, String at) {
        if (!v.isTextual()) {
            throw unsupported(at, "a non-string pattern");
        }
        // networknt 1.5.9's default is JDKRegularExpressionFactory: Pattern.compile(regex) without flags
        // and Matcher.find() (unanchored, as JSON Schema wants). The same engine and call give the same
        // answer, so both VALID and INVALID are exact here.
        Pattern p = patterns.computeIfAbsent(v.asText(), Pattern::compile);
        return node -> !node.isTextual() || p.matcher(node.textValue()).find() ? Verdict.VALID : Verdict.INVALID;
    }

    private static Check format(JsonNode v, String at) {
        // Formats accept a strict subset only and never say INVALID: outside the subset the engine's own
        // parser (ethlo ITU for date-time, LocalDate for date) decides.
        return switch (v.asText()) {
            case "date-time" -> node -> !node.isTextual() || Rfc3339.isPlainDateTime(node.textValue())
                    ? Verdict.VALID : Verdict.UNSURE;
            case "date" -> node -> !node.isTextual() || Rfc3339.isPlainDate(node.textValue())
                    ? Verdict.VALID : Verdict.UNSURE;
            default -> throw unsupported(at, "format " + v);
        };
    }

    private static Check anyOf(List<Check> branches) {
        Check[] bs = branches.toArray(Check[]::new);
        return node -> {
            boolean unsure = false;
            for (Check b : bs) {
                Verdict v = b.check(node);
                if (v == Verdict.VALID) {
                    return Verdict.VALID;
                }
                unsure |= v == Verdict.UNSURE;
            }
            return unsure ? Verdict.UNSURE : Verdict.INVALID;
        };
    }

    private static Check oneOf(List<Check> branches) {
        Check[] bs = branches.toArray(Check[]::new);
        return node -> {
            int valid = 0;
            boolean unsure = false;
            for (Check b : bs) {
                Verdict v = b.check(node);
                if (v == Verdict.VALID) {
                    valid++;
                } else if (v == Verdict.UNSURE) {
                    unsure = true;
                }
            }
            if (valid > 1) {
                return Verdict.INVALID;
            }
            if (unsure) {
                return Verdict.UNSURE;
            }
            return valid == 1 ? Verdict.VALID : Verdict.INVALID;
        };
    }

    private static Check all(List<Check> checks) {
        if (checks.isEmpty()) {
            return ALWAYS_VALID;
        }
        if (checks.size() == 1) {
            return checks.get(0);
        }
        Check[] cs = checks.toArray(Check[]::new);
        return node -> {
            Verdict verdict = Verdict.VALID;
            for (Check c : cs) {
                verdict = and(verdict, c.check(node));
                if (verdict == Verdict.INVALID) {
                    return verdict;
                }
            }
            return verdict;
        };
    }

    private static Verdict and(Verdict a, Verdict b) {
        if (a == Verdict.INVALID || b == Verdict.INVALID) {
            return Verdict.INVALID;
        }
        return a == Verdict.UNSURE || b == Verdict.UNSURE ? Verdict.UNSURE : Verdict.VALID;
    }

    /**
     * The strict RFC 3339 subset that every parser networknt may use accepts: four-digit years 1000-9999,
     * real calendar days, no leap second, upper-case {@code T} and {@code Z}, at most nine fraction digits,
     * numeric offsets below 18 hours other than the "unknown" {@code -00:00}.
     */
    static final class Rfc3339 {
        private Rfc3339() {
        }

        static boolean isPlainDate(String s) {
            return s.length() == 10 && date(s);
        }

        static boolean isPlainDateTime(String s) {
            int n = s.length();
            if (n < 20 || !date(s) || s.charAt(10) != 'T' || !twoDigits(s, 11, 23) || s.charAt(13) != ':'
                    || !twoDigits(s, 14, 59) || s.charAt(16) != ':' || !twoDigits(s, 17, 59)) {
                return false;
            }
            int i = 19;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return false;
                }
            }
            if (i == n - 1) {
                return s.charAt(i) == 'Z';
            }
            if (i != n - 6) {
                return false;
            }
            char sign = s.charAt(i);
            if ((sign != '+' && sign != '-') || !twoDigits(s, i + 1, 17) || s.charAt(i + 3) != ':'
                    || !twoDigits(s, i + 4, 59)) {
                return false;
            }
            return !(sign == '-' && s.startsWith("00:00", i + 1));
        }

        private static boolean date(String s) {
            if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < 4; i++) {
                if (!isDigit(s.charAt(i))) {
                    return false;
                }
            }
            int year = Integer.parseInt(s, 0, 4, 10);
            if (year < 1000 || !twoDigits(s, 5, 12) || !twoDigits(s, 8, 31)) {
                return false;
            }
            int month = Integer.parseInt(s, 5, 7, 10);
            int day = Integer.parseInt(s, 8, 10, 10);
            return month >= 1 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
        }

        private static boolean twoDigits(String s, int at, int max) {
            if (at + 2 > s.length()) {
                return false;
            }
            char a = s.charAt(at);
            char b = s.charAt(at + 1);
            return isDigit(a) && isDigit(b) && (a - '0') * 10 + (b - '0') <= max;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
