package dev.laurel.badges.verify.report;

/** A JSON Web Signature (RFC 7515), for VC-JWT and OB 2.0 signed badges: OB 3.0 "Verify a Credential" steps 1 to 4. */
public enum JwsCheck implements CheckId {
    /** The compact serialisation is well formed and within the size limit. */
    FORMAT("jws.format"),
    /** {@code alg} is on the allow-list (RS256, ES256, ES384, EdDSA). */
    ALGORITHM("jws.algorithm"),
    /** The protected header holds only expected parameters and no {@code crit}. */
    HEADER("jws.header"),
    /** A key of the algorithm's kind was dereferenced from {@code kid} or read from the header {@code jwk}. */
    KEY("jws.key"),
    /** The signature verifies with that key. */
    SIGNATURE("jws.signature");

    private final String id;

    JwsCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
