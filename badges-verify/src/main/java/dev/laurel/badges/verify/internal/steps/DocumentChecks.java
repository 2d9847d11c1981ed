package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.DocumentCheck;
import dev.laurel.badges.verify.report.Outcome;
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
            checks.add(new Check(DocumentCheck.VALID, Outcome.PASSED, "", "valid against the "
                    + (doc.kind() == DocumentKind.OB3_CREDENTIAL ? "official OB 3.0 schema and "
                    : doc.kind() == DocumentKind.CLR_CREDENTIAL ? "official CLR 2.0 and OB 3.0 schemas and " : "")
                    + "specification rules"));
            return;
        }
        if (result.valid()) {
            checks.add(new Check(DocumentCheck.VALID, Outcome.PASSED, "", "valid, with " + result.problems().size()
                    + " warning(s)"));
        }
        for (Problem p : result.problems()) {
            checks.add(Check.of(DocumentCheck.VALID, p));
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
                checks.add(new Check(DocumentCheck.VALID, Outcome.WARNING, "/@context/" + i, "an older OB 3.0 context " + context
                        + "; current credentials use " + CURRENT_OB3_CONTEXT + " [LEGACY_FORM]"));
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
            checks.add(new Check(DocumentCheck.REFRESH, Outcome.SKIPPED, "/refreshService", "refreshService present; Laurel does not refresh credentials (no call the caller did not ask for)"));
        }
    }

    private static Check schema(CredentialSchema schema, String path, DocumentKind kind) {
        String id = schema.id().orElse("");
        String type = schema.type().orElse("");
        if (!type.equals("1EdTechJsonSchemaValidator2019")) {
            return new Check(DocumentCheck.CREDENTIAL_SCHEMA, Outcome.WARNING, path, "credentialSchema of type \"" + type
                    + "\" is not a validator Laurel runs; not checked");
        }
        if (id.equals(BadgeJson.OB3_SCHEMA_ID) && kind == DocumentKind.OB3_CREDENTIAL) {
            return new Check(DocumentCheck.CREDENTIAL_SCHEMA, Outcome.PASSED, path, "checked against the bundled official OB 3.0 schema (see document.valid)");
        }
        if (id.equals(BadgeJson.CLR_SCHEMA_ID) && kind == DocumentKind.CLR_CREDENTIAL) {
            return new Check(DocumentCheck.CREDENTIAL_SCHEMA, Outcome.PASSED, path, "checked against the bundled official CLR 2.0 schema (see document.valid)");
        }
        return new Check(DocumentCheck.CREDENTIAL_SCHEMA, Outcome.WARNING, path, "schema " + id
                + " is not bundled with Laurel and is never fetched; not checked");
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
                    ? new Check(CredentialCheck.NOT_BEFORE, Outcome.FAILED, fromPath, "not valid before " + from.get().text())
                    : new Check(CredentialCheck.NOT_BEFORE, Outcome.PASSED, fromPath, "valid from " + from.get().text()));
        }
        if (until.isPresent()) {
            boolean expired = now.minus(clockSkew).isAfter(until.get().instant());
            checks.add(expired
                    ? new Check(CredentialCheck.EXPIRY, Outcome.FAILED, untilPath, "expired at " + until.get().text())
                    : new Check(CredentialCheck.EXPIRY, Outcome.PASSED, untilPath, "valid until " + until.get().text()));
        } else {
            checks.add(new Check(CredentialCheck.EXPIRY, Outcome.PASSED, "", "does not expire"));
        }
    }
}
