package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The checks that read the document alone: validity against the schema and the rules
 * ({@code document.valid}), older OB 3.0 contexts, {@code credentialSchema}, {@code refreshService} and the
 * validity dates. Thread-safe.
 */
public final class DocumentChecks {

    private static final String CURRENT_OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final BadgeJson json;
    private final Clock clock;
    private final Duration clockSkew;

    /**
     * Creates the step.
     *
     * @param json validates documents
     * @param clock judges the validity dates
     * @param clockSkew the tolerance on every date
     */
    public DocumentChecks(BadgeJson json, Clock clock, Duration clockSkew) {
        this.json = json;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    /**
     * Clarification 7: a badge whose proof is good but which breaks the schema or the rules is not verified.
     *
     * @param doc the document
     * @param checks where the checks go
     */
    public void validity(BadgeDocument doc, List<Check> checks) {
        ValidationResult result = json.validate(doc);
        if (result.problems().isEmpty()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid against the "
                    + (doc.kind() == DocumentKind.OB3_CREDENTIAL ? "official OB 3.0 schema and " : "")
                    + "specification rules", ""));
            return;
        }
        if (result.valid()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid, with " + result.problems().size()
                    + " warning(s)", ""));
        }
        for (Problem p : result.problems()) {
            checks.add(new Check("document.valid", p.isError() ? Outcome.FAILED : Outcome.WARNING,
                    p.message() + " [" + p.code().name() + "]", p.path()));
        }
    }

    /**
     * CLARIFICATIONS point 8: the OB 3.0 contexts before 3.0.3 verify, with a warning naming them.
     *
     * @param doc the document
     * @param checks where the checks go
     */
    public void olderContexts(BadgeDocument doc, List<Check> checks) {
        JsonNode contexts = doc.json().get("@context");
        if (contexts == null || !contexts.isArray()) {
            return;
        }
        for (int i = 0; i < contexts.size(); i++) {
            String context = contexts.get(i).asText("");
            boolean older = context.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")
                    ? !context.equals(CURRENT_OB3_CONTEXT)
                    : context.startsWith("https://imsglobal.github.io/openbadges-specification/ob_v3p0");
            if (older) {
                checks.add(new Check("document.valid", Outcome.WARNING, "an older OB 3.0 context " + context
                        + "; current credentials use " + CURRENT_OB3_CONTEXT + " [LEGACY_FORM]", "/@context/" + i));
            }
        }
    }

    /**
     * The {@code credentialSchema} entries (never fetched) and {@code refreshService} (never called).
     *
     * @param doc the document
     * @param schemas its {@code credentialSchema} entries
     * @param checks where the checks go
     */
    public void schemasAndRefresh(BadgeDocument doc, List<CredentialSchema> schemas, List<Check> checks) {
        for (int i = 0; i < schemas.size(); i++) {
            checks.add(schema(schemas.get(i), "/credentialSchema/" + i, doc.kind()));
        }
        if (doc.json().has("refreshService")) {
            checks.add(new Check("refresh", Outcome.SKIPPED,
                    "refreshService present; Laurel does not refresh credentials (no call the caller did not ask for)",
                    "/refreshService"));
        }
    }

    private static Check schema(CredentialSchema schema, String path, DocumentKind kind) {
        String id = schema.id().orElse("");
        String type = schema.type().orElse("");
        if (!type.equals("1EdTechJsonSchemaValidator2019")) {
            return new Check("schema.credential-schema", Outcome.WARNING, "credentialSchema of type \"" + type
                    + "\" is not a validator Laurel runs; not checked", path);
        }
        if (id.equals(BadgeJson.OB3_SCHEMA_ID) && kind == DocumentKind.OB3_CREDENTIAL) {
            return new Check("schema.credential-schema", Outcome.PASSED,
                    "checked against the bundled official OB 3.0 schema (see document.valid)", path);
        }
        return new Check("schema.credential-schema", Outcome.WARNING, "schema " + id
                + " is not bundled with Laurel and is never fetched; not checked", path);
    }

    /**
     * The validity period, within the clock skew ({@code validity.not-before}, {@code validity.expiry}).
     *
     * @param from when the badge becomes valid, if it says
     * @param until when it expires, if it does
     * @param fromPath the JSON Pointer of the start date
     * @param untilPath the JSON Pointer of the end date
     * @param checks where the checks go
     */
    public void dates(Optional<Timestamp> from, Optional<Timestamp> until, String fromPath, String untilPath,
            List<Check> checks) {
        Instant now = clock.instant();
        if (from.isPresent()) {
            boolean future = from.get().instant().isAfter(now.plus(clockSkew));
            checks.add(future
                    ? new Check("validity.not-before", Outcome.FAILED, "not valid before " + from.get().text(), fromPath)
                    : new Check("validity.not-before", Outcome.PASSED, "valid from " + from.get().text(), fromPath));
        }
        if (until.isPresent()) {
            boolean expired = now.minus(clockSkew).isAfter(until.get().instant());
            checks.add(expired
                    ? new Check("validity.expiry", Outcome.FAILED, "expired at " + until.get().text(), untilPath)
                    : new Check("validity.expiry", Outcome.PASSED, "valid until " + until.get().text(), untilPath));
        } else {
            checks.add(new Check("validity.expiry", Outcome.PASSED, "does not expire", ""));
        }
    }
}
