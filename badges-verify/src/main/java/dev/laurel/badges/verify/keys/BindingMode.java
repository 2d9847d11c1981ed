package dev.laurel.badges.verify.keys;

/**
 * How an unconfirmed issuer binding is judged: a key that nothing shows to be the issuer's, but that
 * nothing shows to be someone else's either (a header {@code jwk}, a fragment key, a key on another host,
 * an issuer profile that cannot be fetched or lists no keys).
 */
public enum BindingMode {
    /**
     * The default: only a confirmed binding passes, so an unconfirmed one fails the credential. A key
     * that merely sits on the issuer's host or origin is not confirmed (shared hosts give every tenant
     * the same origin).
     */
    STRICT,
    /**
     * As 1EdTech's reference validator: an unconfirmed binding is a warning and the credential can still
     * verify. A key shown to be someone else's still fails.
     */
    LENIENT;

    /**
     * Returns the command-line spelling.
     *
     * @return {@code strict} or {@code lenient}
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
