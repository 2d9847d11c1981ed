package dev.laurel.badges.verify.jose;

/**
 * The ids of the {@link dev.laurel.badges.verify.Check}s that JWS verification reports; callers branch
 * on these, never on messages.
 */
public final class JoseChecks {

    /** The input is a well-formed compact JWS within the length limit. */
    public static final String JWS_FORMAT = "jws.format";
    /** The {@code alg} is in the allow-list ({@code none} and {@code HS*} never are). */
    public static final String JWS_ALGORITHM = "jws.algorithm";
    /** The header holds only what is expected; {@code jku}/{@code x5u} are reported as never followed. */
    public static final String JWS_HEADER = "jws.header";
    /** A verification key was found ({@code kid} dereferenced, else header {@code jwk}) and suits {@code alg}. */
    public static final String JWS_KEY = "jws.key";
    /** The signature verifies with the key. */
    public static final String JWS_SIGNATURE = "jws.signature";

    /** The VC-JWT payload is a JSON object holding a credential; a warning for the VCDM 1.1 {@code vc} form. */
    public static final String VC_JWT_PAYLOAD = "vc-jwt.payload";
    /** {@code iss} equals the credential's issuer id. */
    public static final String VC_JWT_ISS = "vc-jwt.iss";
    /** {@code sub} equals {@code credentialSubject.id}; missing {@code sub} is a warning. */
    public static final String VC_JWT_SUB = "vc-jwt.sub";
    /** {@code jti} equals the credential's id. */
    public static final String VC_JWT_JTI = "vc-jwt.jti";
    /** {@code nbf} equals {@code validFrom} (or {@code issuanceDate}). */
    public static final String VC_JWT_NBF = "vc-jwt.nbf";
    /** {@code exp} equals {@code validUntil} (or {@code expirationDate}). */
    public static final String VC_JWT_EXP = "vc-jwt.exp";
    /** The credential is already valid: its start ({@code nbf}, else {@code validFrom}) has passed. */
    public static final String NOT_YET_VALID = "vc-jwt.not-yet-valid";
    /** The credential has not expired: its end ({@code exp}, else {@code validUntil}) has not passed. */
    public static final String EXPIRED = "vc-jwt.expired";

    /** The OB 2.0 JWS payload is a JSON object (an Assertion). */
    public static final String OB2_PAYLOAD = "ob2.payload";
    /** The assertion's {@code verification.type} is {@code SignedBadge}. */
    public static final String OB2_VERIFICATION = "ob2.verification";
    /** The issuer profile was found through {@code badge} and {@code issuer}. */
    public static final String OB2_ISSUER = "ob2.issuer";
    /** The signing key ({@code creator}, else the issuer's keys) is listed in the issuer's {@code publicKey}. */
    public static final String OB2_KEY = "ob2.key";
    /** The {@code CryptographicKey}'s {@code owner} is the issuer. */
    public static final String OB2_KEY_OWNER = "ob2.key-owner";
    /** The assertion is not in the issuer's revocation list. */
    public static final String OB2_REVOCATION = "ob2.revocation";

    /**
     * The key belongs to the credential's issuer: the one binding check of every proof format (formerly
     * {@code issuer.key-binding} for VC-JWT).
     */
    public static final String KEY_BINDING = dev.laurel.badges.verify.keys.IssuerBinding.CHECK_ID;

    private JoseChecks() {
    }
}
