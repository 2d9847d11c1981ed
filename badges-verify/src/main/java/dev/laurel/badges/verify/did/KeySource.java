package dev.laurel.badges.verify.did;

/** Where a verification key came from, which decides how far it can be trusted to be its controller's. */
public enum KeySource {
    /** Decoded from a {@code did:key} DID: the DID is the key. */
    DID_KEY,
    /** Decoded from a {@code did:jwk} DID: the DID is the key. */
    DID_JWK,
    /** Read from a {@code did:web} DID document fetched from the DID's domain. */
    DID_WEB,
    /** Read from an https controller document, issuer profile, verification method or JWK. */
    CONTROLLER_DOCUMENT,
    /**
     * The verification method URL could not be dereferenced and its fragment is itself a multibase
     * Ed25519 key, which was used as 1EdTech's reference validator does. Nothing confirms that the
     * URL's owner published this key: callers should warn.
     */
    UNCONFIRMED_FRAGMENT;

    /**
     * Tells whether the key was actually read from its DID or from a document its controller serves.
     *
     * @return {@code false} only for {@link #UNCONFIRMED_FRAGMENT}
     */
    public boolean confirmed() {
        return this != UNCONFIRMED_FRAGMENT;
    }
}
