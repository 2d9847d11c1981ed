package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official OB 3.0 AchievementCredential JSON Schema, loaded once from the jar (never fetched), and
 * its findings as {@link Problem}s with JSON Pointers.
 */
final class Ob3Schema {

    /** The schema's {@code $id}. */
    public static final String SCHEMA_ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private static final String RESOURCE = "/dev/laurel/badges/json/schema/ob_v3p0_achievementcredential_schema.json";

    private static final class Holder {
        static final JsonSchema SCHEMA = load();
    }

    private Ob3Schema() {
    }

    private static JsonSchema load() {
        try (InputStream in = Ob3Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema missing: " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(SCHEMA_ID, text)))
                            // Nothing else may be loaded: no network, no files.
                            .schemaMappers(mappers -> mappers.mappings(iri -> iri.startsWith("http")
                                    && !iri.equals(SCHEMA_ID) ? "classpath:/nonexistent" : iri)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(com.networknt.schema.PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    // Messages are part of our output: the same in every default locale.
                    .locale(java.util.Locale.ENGLISH)
                    .build();
            return factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a credential against the schema.
     *
     * @param credential the credential's JSON
     * @param legacy {@code true} for a VC Data Model 1.1 credential, whose findings that come only from the
     *     2.0 shape ({@code validFrom}, the v2 context) are reported as warnings
     * @return the findings, ordered by path
     */
    public static List<Problem> validate(JsonNode credential, boolean legacy) {
        Set<ValidationMessage> messages = Holder.SCHEMA.validate(credential);
        // A failed oneOf reports its own summary plus every branch's errors. When some errors lie inside
        // the value, they say what is wrong with the branch that almost matched; the summary and the
        // other branches' complaints about the value itself ("object found, string expected") are noise.
        Set<String> explained = new java.util.HashSet<>();
        for (ValidationMessage m : messages) {
            if ("oneOf".equals(m.getType())) {
                String at = location(m);
                boolean deeper = messages.stream().anyMatch(o -> location(o).startsWith(at + "/")
                        || ("required".equals(o.getType()) && location(o).equals(at)));
                if (deeper) {
                    explained.add(at);
                }
            }
        }
        // A failed oneOf with nothing deeper: one problem that lists what each allowed form wanted.
        java.util.Map<String, java.util.TreeSet<String>> collapsed = new java.util.TreeMap<>();
        for (ValidationMessage m : messages) {
            if ("oneOf".equals(m.getType()) && !explained.contains(location(m))) {
                collapsed.put(location(m), new java.util.TreeSet<>());
            }
        }
        List<Problem> problems = new ArrayList<>(messages.size());
        for (ValidationMessage m : messages) {
            String path = location(m);
            if (explained.contains(path) && !"required".equals(m.getType())) {
                continue;
            }
            if (collapsed.containsKey(path) && !"required".equals(m.getType())) {
                if (!"oneOf".equals(m.getType())) {
                    collapsed.get(path).add(describe(m));
                }
                continue;
            }
            String property = m.getProperty();
            if ("required".equals(m.getType()) && property != null) {
                path = JsonPointers.child(path, property);
            }
            Severity severity = legacy && onlyFromV2Shape(m, path) ? Severity.WARNING : Severity.ERROR;
            problems.add(new Problem(JsonCode.SCHEMA_VIOLATION, severity, path, describe(m)));
        }
        collapsed.forEach((path, wants) -> problems.add(new Problem(JsonCode.SCHEMA_VIOLATION,
                legacy && onlyFromV2Shape(null, path) ? Severity.WARNING : Severity.ERROR, path,
                "matches none of the allowed forms" + (wants.isEmpty() ? "" : ": " + String.join("; ", wants)))));
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
        return List.copyOf(problems);
    }

    private static String location(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        return path.equals("/") || path.equals("$") ? "" : path;
    }

    private static boolean onlyFromV2Shape(ValidationMessage m, String path) {
        return path.equals("/validFrom") || path.startsWith("/@context");
    }

    private static String describe(ValidationMessage m) {
        if ("required".equals(m.getType())) {
            return "required property missing";
        }
        String message = m.getMessage();
        // networknt prefixes the instance location; the Problem carries it separately.
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith(m.getInstanceLocation().toString()) ? message.substring(colon + 2) : message;
    }

    /**
     * Parses nothing; exists so callers can warm the schema on start-up.
     */
    public static void warmUp() {
        Holder.SCHEMA.getSchemaNode();
    }
}
