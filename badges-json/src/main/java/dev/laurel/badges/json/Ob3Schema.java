package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.laurel.badges.core.Problem;

import java.util.List;

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
     *     2.0 shape ({@code validFrom}, the v2 context) are reported as warnings; whatever it says, the same holds
     *     for every VC Data Model 1.1 endorsement the credential embeds (clarification 5: an embedded endorsement
     *     is judged by its own data model, as in a CLR, see {@link ClrSchema#onlyFromV2Shape})
     * @return the findings, ordered by path
     */
    public static List<Problem> validate(JsonNode credential, boolean legacy) {
        if (SureSchema.certainlyValidOb3(credential)) {
            return List.of();
        }
        return Engine.validate(credential, legacy);
    }

    /**
     * Validates a credential nested in another document (a CLR): like {@link #validate}, except that the 2.0-shape
     * findings of every VC Data Model 1.1 credential in it, the credential itself or an endorsement it embeds, are
     * warnings (see {@link ClrSchema#onlyFromV2Shape}).
     *
     * @param credential the nested credential's JSON
     * @return the findings, with paths relative to the credential, ordered by path
     */
    static List<Problem> validateNested(JsonNode credential) {
        if (SureSchema.certainlyValidOb3(credential)) {
            return List.of();
        }
        return Engine.validateNested(credential);
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
            return SchemaFindings.load(SCHEMA_ID, RESOURCE);
        }

        static List<Problem> validateNested(JsonNode credential) {
            return SchemaFindings.problems(SCHEMA.validate(credential),
                    path -> ClrSchema.onlyFromV2Shape(credential, path));
        }

        static List<Problem> validate(JsonNode credential, boolean legacy) {
            // The innermost credential a finding lies in decides: the credential itself (its own 1.1 shape, or
            // the caller's word) or an embedded endorsement that is a 1.1 one.
            return SchemaFindings.problems(SCHEMA.validate(credential),
                    path -> legacy && (path.equals("/validFrom") || path.startsWith("/@context"))
                            || ClrSchema.onlyFromV2Shape(credential, path));
        }
    }
}
