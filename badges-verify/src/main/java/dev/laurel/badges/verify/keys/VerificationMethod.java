package dev.laurel.badges.verify.keys;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key found for a proof or a token, with what names it and where it came from: the one value
 * every proof format hands to the {@link IssuerBinding}.
 *
 * @param id the verification method or key id, absolute ({@code did:key:z6Mk...#z6Mk...},
 *     {@code https://example.org/issuer#key-1}); for a header {@code jwk} without {@code kid}, the
 *     key's JWK thumbprint prefixed with {@code urn:ietf:params:oauth:jwk-thumbprint:sha-256:}
 * @param controller the controller its document names (the DID for DID methods, {@code controller} or
 *     {@code owner} of a document), if stated; a claim of the document, not a proof of control
 * @param key the public key
 * @param origin how the key was obtained
 * @param document the address the key's document was finally read from (after redirects), if one was read
 * @param authorization whether that document lists the key under {@code assertionMethod}
 */
public record VerificationMethod(String id, Optional<String> controller, LaurelKey key, KeyOrigin origin,
        Optional<URI> document, KeyAuthorization authorization) {

    /** The URN prefix of a key named only by its RFC 7638 thumbprint (RFC 9278). */
    public static final String THUMBPRINT_URN = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:";

    /**
     * Creates a verification method.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the key holds a private part
     */
    public VerificationMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(authorization, "authorization");
        if (key.canSign()) {
            throw new IllegalArgumentException("a verification method must not hold a private key");
        }
    }

    /**
     * Returns a key the caller supplies directly.
     *
     * @param key the key (a private part is dropped)
     * @return the method, origin {@link KeyOrigin#SUPPLIED}, id the key's thumbprint URN
     * @throws NullPointerException if key is null
     */
    public static VerificationMethod supplied(LaurelKey key) {
        LaurelKey pub = key.publicOnly();
        return new VerificationMethod(THUMBPRINT_URN + pub.thumbprint(), Optional.empty(), pub, KeyOrigin.SUPPLIED,
                Optional.empty(), KeyAuthorization.UNKNOWN);
    }

    /**
     * Returns the DID or document this method's id belongs to: the id without its {@code #fragment}.
     *
     * @return the id's base
     */
    public String base() {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    /**
     * Returns a sentence saying which key this is and where it came from, for reports.
     *
     * @return the description
     */
    public String describe() {
        String k = key.kind() + " key " + key.thumbprint();
        return switch (origin) {
            case DID_KEY -> k + " from did:key " + id;
            case DID_JWK -> k + " from did:jwk " + id;
            case DID_WEB -> k + " from the did:web document " + document.map(URI::toString).orElse("?") + " (" + id + ")";
            case DID_RESOLVER -> k + " from the DID document of " + document.map(URI::toString).orElse("?") + " (" + id + ")";
            case DOCUMENT -> k + " from the document " + document.map(URI::toString).orElse("?") + " (" + id + ")";
            case HEADER_JWK -> k + " carried in the token's header jwk";
            case FRAGMENT -> k + " taken from the fragment of " + id + ", which could not be dereferenced";
            case SUPPLIED -> k + " supplied by the caller";
        };
    }
}
