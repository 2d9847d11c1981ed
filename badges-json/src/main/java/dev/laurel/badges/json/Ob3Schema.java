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
 *
 * <p>A credential that the compiled {@link SureSchema} finds certainly valid is answered at once; only the
 * others reach networknt, which stays the judge of every finding and message. The networknt code lives in
 * the nested {@link Engine} so that neither its classes nor its schema are loaded until a credential needs
 * them (issue 19: loading it costs ~0.11 s at start and running it ~44% of read+validate time).
 */
final class Ob3Schema {

    /** The schema's {@code $id}. */
    public static final String SCHEMA_ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    static final String RESOURCE = "/dev/laurel/badges/json/schema/ob_v3p0_achievementcredential_schema.json";

    private Ob3Schema() {
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
        if (SureSchema.certainlyValidOb3(credential)) {
            return List.of();
        }
        return Engine.validate(credential, legacy);
    }

    /**
     * Validates with networknt alone, skipping the compiled check; for tests that hold the two side by side.
     *
     * @param credential the credential's JSON
     * @param legacy as for {@link #validate}
     * @return the findings, ordered by path
     */
    static List<Problem> validateWithEngine(JsonNode credential, boolean legacy) {
        return Engine.validate(credential, legacy);
    }

    /**
     * Parses nothing; exists so callers can warm the schema on start-up. It compiles the quick check and
     * loads networknt too, since a caller that warms up wants the first invalid credential fast as well.
     */
    public static void warmUp() {
        SureSchema.warmUp();
        Engine.SCHEMA.getSchemaNode();
    }

    /** networknt and everything that touches its types, loaded on first use only. */
    private static final class Engine {
        static final JsonSchema SCHEMA = load();

        private Engine() {
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

        static List<Problem> validate(JsonNode credential, boolean legacy) {
            Set<ValidationMessage> messages = SCHEMA.validate(credential);
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
            return colon > 0 && message.startsWith(m.getInstanceLocation().toString())
                    ? message.substring(colon + 2) : message;
        }
    }
}
