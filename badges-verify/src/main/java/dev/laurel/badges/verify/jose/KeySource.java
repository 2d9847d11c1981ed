package dev.laurel.badges.verify.jose;

/** Where a verification key came from; binding checks weigh it differently. */
public enum KeySource {
    /** The JWS header {@code kid} (an https URL or DID URL), dereferenced. */
    KID,
    /** The JWS header {@code jwk}: the token carries its own key, which nothing else confirms. */
    HEADER_JWK,
    /** An OB 2.0 {@code CryptographicKey} document linked from the issuer profile. */
    CRYPTOGRAPHIC_KEY,
    /** A key the caller supplied directly. */
    SUPPLIED
}
