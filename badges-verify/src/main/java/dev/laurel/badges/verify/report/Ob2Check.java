package dev.laurel.badges.verify.report;

/** An Open Badges 2.0 assertion: "HostedBadge Verification", "SignedBadge Verification" and revocation. */
public enum Ob2Check implements CheckId {
    /** A signed badge's payload is a JSON object. */
    PAYLOAD("ob2.payload"),
    /** {@code verification.type} is {@code SignedBadge}. */
    VERIFICATION("ob2.verification"),
    /** The issuer profile fetched from the badge class's IRI carries that id. */
    ISSUER("ob2.issuer"),
    /** {@code verification.creator} is listed in the profile's {@code publicKey}. */
    KEY("ob2.key"),
    /** The {@code CryptographicKey}'s {@code owner} is the issuer. */
    KEY_OWNER("ob2.key-owner"),
    /** The assertion is not in the issuer's {@code revocationList}. */
    REVOCATION_LIST("ob2.revocation"),
    /** The assertion was fetched from its http(s) {@code id}. */
    HOSTED_FETCH("hosted.fetch"),
    /** The given assertion equals the hosted one. */
    HOSTED_MATCH("hosted.match"),
    /** The badge class is embedded or fetched, and is a BadgeClass. */
    HOSTED_BADGECLASS("hosted.badgeclass"),
    /** The issuer is embedded or fetched, is a Profile, and carries its IRI as its id. */
    HOSTED_ISSUER("hosted.issuer"),
    /** The assertion's id is within the issuer's verification scope. */
    HOSTED_ORIGIN("hosted.origin"),
    /** The assertion is not revoked (410 Gone, {@code revoked: true}). */
    REVOKED("status.revoked"),
    /** Each fetched badge class and issuer profile is valid OB 2.0. */
    LINKED_VALID("linked.valid");

    private final String id;

    Ob2Check(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
