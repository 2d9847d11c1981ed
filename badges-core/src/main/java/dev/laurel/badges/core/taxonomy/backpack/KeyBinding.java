package dev.laurel.badges.core.taxonomy.backpack;

/**
 * Whether the key that verified a credential is shown to belong to its issuer (the binding check of
 * CLARIFICATIONS point 6), as the verifier reports it. A verifier fails the credential outright when the
 * key is shown not to belong; what remains is confirmed, unconfirmed (a warning), or not reported.
 */
public enum KeyBinding {
    /** The key is published by the issuer, is the issuer's DID, or sits on the issuer's origin. */
    CONFIRMED,
    /** Nothing confirms that the key is the issuer's (a warning in verification). */
    UNCONFIRMED,
    /** Not reported. */
    UNKNOWN
}
