package dev.laurel.badges.verify.keys;

import dev.laurel.badges.core.ProblemCode;

/** Why a key could not be read, found or used. */
public enum KeyCode implements ProblemCode {
    /** The key text is malformed: bad JWK JSON, bad PEM, bad DER, a point not on its curve. */
    INVALID_KEY,
    /** The key is well formed but not one Laurel accepts: another curve or type, RSA below 2048 bits. */
    UNSUPPORTED_KEY,
    /**
     * The key's document or key store was read but holds no key with that id: no such alias in a key
     * store, or an alias that names a certificate or secret key rather than a private key.
     */
    KEY_NOT_FOUND,
    /** The key id is of a form no resolver handles (a DID method Laurel does not resolve, a relative URL...). */
    UNSUPPORTED_KEY_ID,
    /** The published key includes private material: it is compromised and never used. */
    PRIVATE_KEY_PUBLISHED,
    /** The key's document is not JSON, not an object, or of no recognised shape. */
    MALFORMED_KEY_DOCUMENT,
    /** The key's document could not be fetched (refused, unreachable, too large, over the budget). */
    KEY_DOCUMENT_UNAVAILABLE,
    /** A DID or controller document lists the key, but not under {@code assertionMethod}. */
    KEY_NOT_AUTHORIZED,
    /** A key store could not be read: no such file, not a key store, or a type this JVM does not know. */
    KEY_STORE_UNREADABLE,
    /** The password does not open the key store or does not unlock the key in it. */
    WRONG_PASSWORD,
    /**
     * A {@link SigningKey} did not sign: its store (a key store, an HSM, a KMS) refused or failed, or the
     * signature it returned does not verify with its public key (the wrong form, such as DER where
     * {@code r||s} is needed, or another key's signature).
     */
    SIGNING_FAILED
}
