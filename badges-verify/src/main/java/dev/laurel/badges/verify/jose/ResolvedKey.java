package dev.laurel.badges.verify.jose;

import dev.laurel.badges.verify.keys.LaurelKey;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A verification key and its provenance, for the signature check and for the issuer binding check.
 *
 * @param key the public key
 * @param source where it came from
 * @param keyId the id it was resolved from ({@code kid}, {@code creator}), if any
 * @param documentUri the address of the document the key was read from (after redirects), if fetched
 * @param controller who the document says controls the key ({@code controller}, {@code owner}), if stated
 */
public record ResolvedKey(LaurelKey key, KeySource source, Optional<String> keyId, Optional<URI> documentUri,
        Optional<String> controller) {

    /**
     * Creates a resolved key.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key has a private part
     */
    public ResolvedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(documentUri, "documentUri");
        Objects.requireNonNull(controller, "controller");
        if (key.canSign()) {
            throw new IllegalArgumentException("a resolved verification key must not hold a private key");
        }
    }

    /**
     * Returns a key the caller supplies directly.
     *
     * @param key the public key (a private part is dropped)
     * @return the resolved key, source {@link KeySource#SUPPLIED}
     */
    public static ResolvedKey supplied(LaurelKey key) {
        return new ResolvedKey(key.publicOnly(), KeySource.SUPPLIED, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
