package dev.laurel.badges.verify.report;

/** What holds for an awarded credential whatever its proof: OB 3.0 verification steps 4 to 6 (and their OB 2.0 counterparts). */
public enum CredentialCheck implements CheckId {
    /** {@code validFrom} ({@code issuedOn}) has passed, within the clock skew. */
    NOT_BEFORE("validity.not-before"),
    /** {@code validUntil} ({@code expires}) has not passed, or there is none. */
    EXPIRY("validity.expiry"),
    /** The credential's status entry says it is in good standing. */
    STATUS("status.revocation"),
    /** The recipient the caller gave matches the subject. */
    RECIPIENT("recipient.match"),
    /** An embedded endorsement verifies by the same rules. */
    ENDORSEMENT("endorsement.verified");

    private final String id;

    CredentialCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
