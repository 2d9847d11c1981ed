package dev.laurel.badges.verify.report;

/** A VC-JWT's claims against its credential (OB 3.0 "JWT Payload Format", RFC 7519). */
public enum VcJwtCheck implements CheckId {
    /** The payload is the credential (or, with a warning, the VCDM 1.1 {@code vc} claim). */
    PAYLOAD("vc-jwt.payload"),
    /** {@code iss} equals the issuer's id. */
    ISS("vc-jwt.iss"),
    /** {@code sub} equals the subject's id. */
    SUB("vc-jwt.sub"),
    /** {@code jti} equals the credential's id. */
    JTI("vc-jwt.jti"),
    /** {@code nbf} equals {@code validFrom}. */
    NBF("vc-jwt.nbf"),
    /** {@code exp} equals {@code validUntil}. */
    EXP("vc-jwt.exp"),
    /** The JWT's own start date has passed. */
    NOT_YET_VALID("vc-jwt.not-yet-valid"),
    /** The JWT's own end date has not passed. */
    EXPIRED("vc-jwt.expired");

    private final String id;

    VcJwtCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
