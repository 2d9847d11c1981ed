package dev.laurel.badges.api.client;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's registration with one provider (RFC 7591 3.2.1): register once, keep it (it holds the
 * client secret: store it as a secret), and use it for every learner. {@link #toString()} leaves the secret
 * out.
 *
 * <p>The OB 3.0 discovery document has no property for the RFC 7009 revocation endpoint (the specification
 * only says client and server "should also share" it); the application learns it from the provider and sets
 * it with {@link #withRevocationUrl(URI)}. Laurel's own provider answers at {@code /oauth/revoke} below its
 * base URL.
 *
 * @param provider the provider registered with
 * @param clientId {@code client_id}
 * @param clientSecret {@code client_secret}
 * @param clientIdIssuedAt {@code client_id_issued_at}, or null when absent
 * @param clientSecretExpiresAt {@code client_secret_expires_at}, or null when it does not expire (0)
 * @param redirectUris the registered {@code redirect_uris} as the provider answered them
 * @param scopes the registration's {@code scope} as the provider answered it (may be empty)
 * @param revocationUrl the RFC 7009 revocation endpoint, or null when not known
 */
public record ClientRegistration(ApiProvider provider, String clientId, String clientSecret,
        Instant clientIdIssuedAt, Instant clientSecretExpiresAt, List<URI> redirectUris, List<String> scopes,
        URI revocationUrl) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a required value is null
     */
    public ClientRegistration {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        redirectUris = List.copyOf(redirectUris);
        scopes = List.copyOf(scopes);
    }

    /**
     * The same registration with a revocation endpoint. The client checks it against its URL rules (https, or
     * loopback http when allowed) when it revokes.
     *
     * @param url the RFC 7009 endpoint
     * @return a new registration
     */
    public ClientRegistration withRevocationUrl(URI url) {
        return new ClientRegistration(provider, clientId, clientSecret, clientIdIssuedAt, clientSecretExpiresAt,
                redirectUris, scopes, Objects.requireNonNull(url, "url"));
    }

    /**
     * The revocation endpoint, if known.
     *
     * @return the URL
     */
    public Optional<URI> optionalRevocationUrl() {
        return Optional.ofNullable(revocationUrl);
    }

    /**
     * The secret's expiry, if it expires.
     *
     * @return the instant
     */
    public Optional<Instant> optionalSecretExpiresAt() {
        return Optional.ofNullable(clientSecretExpiresAt);
    }

    /**
     * The value without the secret.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "ClientRegistration[provider=" + provider.key() + ", clientId=" + clientId + ", clientIdIssuedAt="
                + clientIdIssuedAt + ", clientSecretExpiresAt=" + clientSecretExpiresAt + ", redirectUris="
                + redirectUris + ", scopes=" + scopes + ", revocationUrl=" + revocationUrl + "]";
    }
}
