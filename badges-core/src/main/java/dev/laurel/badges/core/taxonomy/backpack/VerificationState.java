package dev.laurel.badges.core.taxonomy.backpack;

/** The outcome of verifying a credential, as the caller (or badges-verify) reports it to core. */
public enum VerificationState {
    /** The credential was verified: proof, issuer and validity checks passed. */
    VERIFIED,
    /** Verification ran and failed. */
    NOT_VERIFIED,
    /** Not verified yet, or the outcome is not known. */
    UNKNOWN
}
