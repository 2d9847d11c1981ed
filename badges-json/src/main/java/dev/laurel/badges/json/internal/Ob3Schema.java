package dev.laurel.badges.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.json.JsonCode;

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
public final class Ob3Schema {

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
        List<Problem> problems = new ArrayList<>(messages.size());
        for (ValidationMessage m : messages) {
            String path = m.getInstanceLocation().toString();
            if (path.equals("/") || path.equals("$")) {
                path = "";
            }
            String property = m.getProperty();
            if ("required".equals(m.getType()) && property != null) {
                path = path + "/" + property.replace("~", "~0").replace("/", "~1");
            }
            Severity severity = legacy && onlyFromV2Shape(m, path) ? Severity.WARNING : Severity.ERROR;
            problems.add(new Problem(JsonCode.SCHEMA_VIOLATION, severity, path, describe(m)));
        }
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
        return List.copyOf(problems);
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
