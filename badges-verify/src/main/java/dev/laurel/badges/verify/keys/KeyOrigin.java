package dev.laurel.badges.verify.keys;

/**
 * Where a verification key came from. The issuer binding weighs it: a key the issuer's DID is, or the
 * issuer's own document lists, is bound; a key the token or proof carries by itself proves nothing.
 */
public enum KeyOrigin {
    /** Decoded from a {@code did:key} DID: the DID is the key. */
    DID_KEY,
    /** Decoded from a {@code did:jwk} DID: the DID is the key. */
    DID_JWK,
    /** Read from a {@code did:web} DID document fetched from the DID's domain. */
    DID_WEB,
    /** Read from the DID document a caller-added {@link DidResolver} returned for a DID of another method. */
    DID_RESOLVER,
    /**
     * Read from an https document: a controller document or issuer profile, a verification method, a
     * JWK, a JWK Set, or an OB 2.0 {@code CryptographicKey}.
     */
    DOCUMENT,
    /** The JWS header {@code jwk}: the token carries its own key, which nothing else confirms. */
    HEADER_JWK,
    /**
     * The verification method URL could not be dereferenced and its fragment is itself a multibase
     * Ed25519 key, which was used as 1EdTech's reference validator does. Nothing confirms it.
     */
    FRAGMENT,
    /** A key the caller supplied directly. */
    SUPPLIED;

    /**
     * Tells whether the key was read from a DID or from a document, rather than taken from the input.
     *
     * @return {@code false} for {@link #HEADER_JWK}, {@link #FRAGMENT} and {@link #SUPPLIED}
     */
    public boolean dereferenced() {
        return this == DID_KEY || this == DID_JWK || this == DID_WEB || this == DID_RESOLVER || this == DOCUMENT;
    }

    /**
     * Tells whether the key came from resolving a DID.
     *
     * @return {@code true} for {@link #DID_KEY}, {@link #DID_JWK}, {@link #DID_WEB} and {@link #DID_RESOLVER}
     */
    public boolean fromDid() {
        return this == DID_KEY || this == DID_JWK || this == DID_WEB || this == DID_RESOLVER;
    }
}
