package dev.laurel.badges.verify.report;

/** The input and the document, for every badge: OB 3.0 verification step 1 and OB 2.0 "Data Validation". */
public enum DocumentCheck implements CheckId {
    /** A PNG or SVG carries a badge, or the URL of one (OB 2.0 baking, OB 3.0 "Baked Badges"). */
    IMAGE("input.image"),
    /** The input is well-formed JSON or a compact JWS within the limits. */
    READABLE("input.readable"),
    /** The document is an awarded badge, not a definition or something else. */
    KIND("document.kind"),
    /** The document is valid against the official schema and the specification's rules. */
    VALID("document.valid"),
    /** {@code credentialSchema} names the official OB 3.0 schema (never fetched). */
    CREDENTIAL_SCHEMA("schema.credential-schema"),
    /** {@code refreshService} (OB 3.0 step 3): never performed, reported as skipped. */
    REFRESH("refresh");

    private final String id;

    DocumentCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
