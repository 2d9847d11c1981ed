package dev.laurel.badges.verify.did;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key found for a proof's {@code verificationMethod}, with where it came from.
 *
 * @param id the verification method id, absolute (for example {@code did:key:z6Mk...#z6Mk...})
 * @param publicKey the key
 * @param source how the key was obtained
 * @param controller the controller the key's document names (the DID for DID methods), if any
 * @param document the address the key's document was finally read from (after redirects), if one was read
 * @param authorization whether that document lists the key under {@code assertionMethod}
 */
public record VerificationKey(
        String id,
        Ed25519PublicKey publicKey,
        KeySource source,
        Optional<String> controller,
        Optional<URI> document,
        KeyAuthorization authorization) {

    /**
     * Creates a verification key.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(authorization, "authorization");
    }

    /**
     * Returns a sentence saying which key this is and where it came from, for reports.
     *
     * @return the description
     */
    public String describe() {
        switch (source) {
            case DID_KEY:
                return "key " + publicKey.multibase() + " from did:key " + id;
            case DID_JWK:
                return "key " + publicKey.multibase() + " from did:jwk " + id;
            case DID_WEB:
                return "key " + publicKey.multibase() + " from the did:web document "
                        + document.map(URI::toString).orElse("?") + " (" + id + ")";
            case CONTROLLER_DOCUMENT:
                return "key " + publicKey.multibase() + " from the document "
                        + document.map(URI::toString).orElse("?") + " (" + id + ")";
            case UNCONFIRMED_FRAGMENT:
                return "key " + publicKey.multibase() + " taken from the fragment of " + id
                        + ", which could not be dereferenced; nothing confirms it";
            default:
                throw new AssertionError(source);
        }
    }
}
