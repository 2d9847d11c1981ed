package dev.laurel.badges.json;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns networknt's findings into {@link Problem}s with JSON Pointers, for {@link Ob3Schema} and {@link ClrSchema}:
 * a failed {@code oneOf} is reported once (by its deepest explanation, or as one problem listing what each allowed
 * form wanted), a missing property at its own pointer, and messages without the instance location. Only loaded
 * with networknt, when a document is not certainly valid.
 */
final class SchemaFindings {

    private SchemaFindings() {
    }

    /**
     * Loads a bundled draft 2019-09 schema from the jar, with nothing else loadable (no network, no files),
     * JSON Pointer paths, format assertions on and English messages.
     *
     * @param id the schema's {@code $id}
     * @param resource its class path resource
     * @return the compiled schema
     * @throws IllegalStateException if the resource is missing
     */
    static JsonSchema load(String id, String resource) {
        try (InputStream in = SchemaFindings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema missing: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                    builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(id, text)))
                            // Nothing else may be loaded: no network, no files.
                            .schemaMappers(mappers -> mappers.mappings(iri -> iri.startsWith("http")
                                    && !iri.equals(id) ? "classpath:/nonexistent" : iri)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(com.networknt.schema.PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    // Messages are part of our output: the same in every default locale.
                    .locale(Locale.ENGLISH)
                    .build();
            return factory.getSchema(SchemaLocation.of(id), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Converts findings.
     *
     * @param messages networknt's findings
     * @param onlyFromV2Shape tells, for a JSON Pointer, whether a finding there is reported as a warning
     *     (a VC Data Model 1.1 document's findings that only the 2.0 shape causes)
     * @return the problems, ordered by path then message
     */
    static List<Problem> problems(Set<ValidationMessage> messages, Predicate<String> onlyFromV2Shape) {
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
            Severity severity = onlyFromV2Shape.test(path) ? Severity.WARNING : Severity.ERROR;
            problems.add(new Problem(JsonCode.SCHEMA_VIOLATION, severity, path, describe(m)));
        }
        collapsed.forEach((path, wants) -> problems.add(new Problem(JsonCode.SCHEMA_VIOLATION,
                onlyFromV2Shape.test(path) ? Severity.WARNING : Severity.ERROR, path,
                "matches none of the allowed forms" + (wants.isEmpty() ? "" : ": " + String.join("; ", wants)))));
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
        return List.copyOf(problems);
    }

    private static String location(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        return path.equals("/") || path.equals("$") ? "" : path;
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
