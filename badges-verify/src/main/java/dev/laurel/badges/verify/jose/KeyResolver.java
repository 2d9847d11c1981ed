package dev.laurel.badges.verify.jose;

/**
 * Turns a key id (a JWS {@code kid}: an https URL or a DID URL) into a public key. Implementations
 * must be thread-safe and must not throw anything but {@link KeyResolutionException} for bad input.
 *
 * <p>Laurel's own is {@link FetchingKeyResolver}; a DID resolver plugs into it for DID URLs.
 */
@FunctionalInterface
public interface KeyResolver {

    /**
     * Resolves a key id.
     *
     * @param keyId the key id as it appears in the token
     * @return the key, with where it came from
     * @throws KeyResolutionException if the id cannot be resolved to a usable key
     */
    ResolvedKey resolve(String keyId);

    /**
     * Returns a resolver that resolves nothing: only header {@code jwk} keys can then verify.
     *
     * @return the resolver
     */
    static KeyResolver none() {
        return keyId -> {
            throw new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID, "no key resolver configured for " + keyId);
        };
    }
}
