package dev.laurel.badges.verify.keys;

/**
 * Whether the document a key came from authorises it to make assertions (Open Badges proofs use the
 * proof purpose {@code assertionMethod}).
 */
public enum KeyAuthorization {
    /** The key is listed under {@code assertionMethod} (always so for {@code did:key} and {@code did:jwk}). */
    ASSERTION_METHOD,
    /**
     * The document has an {@code assertionMethod} list and this key is not in it, or it is a DID document
     * that does not list the key under {@code assertionMethod}.
     */
    NOT_ASSERTION_METHOD,
    /** An https document publishes the key but has no {@code assertionMethod} list. */
    NOT_DECLARED,
    /** No document was read (a header {@code jwk}, a fragment key, a supplied key). */
    UNKNOWN
}
