package dev.laurel.badges.verify.report;

/** How a badge proves where it came from. */
public enum ProofFormat {
    /** OB 2.0 hosted: the assertion is fetched from its own URL and compared. */
    HOSTED,
    /** OB 2.0 signed: a compact JWS (RS256) over the assertion. */
    SIGNED_JWS,
    /** OB 3.0 VC-JWT: the credential is the payload of a compact JWS. */
    VC_JWT,
    /** OB 3.0 embedded Data Integrity proof(s): eddsa-rdfc-2022, Ed25519Signature2020. */
    DATA_INTEGRITY,
    /** No proof was found (or the input could not be read). */
    NONE
}
