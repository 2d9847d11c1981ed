package dev.laurel.badges.verify.keys;

/** The kinds of signing key Laurel generates, imports and verifies with. */
public enum KeyKind {
    /** Ed25519 (RFC 8032), JWK {@code kty} "OKP" with {@code crv} "Ed25519", JWS algorithm {@code EdDSA}. */
    ED25519("EdDSA", "OKP", "Ed25519"),
    /** RSA of 2048 bits or more, JWK {@code kty} "RSA", JWS algorithm {@code RS256}. */
    RSA("RS256", "RSA", "SHA256withRSA"),
    /** ECDSA on NIST P-256 (secp256r1), JWK {@code kty} "EC" with {@code crv} "P-256", JWS algorithm {@code ES256}. */
    P256("ES256", "EC", "SHA256withECDSAinP1363Format"),
    /** ECDSA on NIST P-384 (secp384r1), JWK {@code kty} "EC" with {@code crv} "P-384", JWS algorithm {@code ES384}. */
    P384("ES384", "EC", "SHA384withECDSAinP1363Format");

    private final String jwsAlgorithm;
    private final String jwkType;
    private final String jcaAlgorithm;

    KeyKind(String jwsAlgorithm, String jwkType, String jcaAlgorithm) {
        this.jwsAlgorithm = jwsAlgorithm;
        this.jwkType = jwkType;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /**
     * Returns the JWS {@code alg} this kind of key signs with.
     *
     * @return {@code EdDSA}, {@code RS256}, {@code ES256} or {@code ES384}
     */
    public String jwsAlgorithm() {
        return jwsAlgorithm;
    }

    /**
     * Returns the JWK {@code kty} of this kind.
     *
     * @return {@code OKP}, {@code RSA} or {@code EC}
     */
    public String jwkType() {
        return jwkType;
    }

    /**
     * Returns the name of the JCA {@link java.security.Signature} whose output is the signature form JOSE
     * and Data Integrity carry (see {@link SigningKey#sign(byte[])}): the raw 64-byte Ed25519 signature,
     * ECDSA as IEEE P1363 {@code r||s} rather than DER, RSASSA-PKCS1-v1_5 with SHA-256.
     *
     * @return {@code Ed25519}, {@code SHA256withRSA}, {@code SHA256withECDSAinP1363Format} or
     *     {@code SHA384withECDSAinP1363Format}
     */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }
}
