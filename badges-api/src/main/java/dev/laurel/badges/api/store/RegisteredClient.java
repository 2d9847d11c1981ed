package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client application registered by dynamic client registration (RFC 7591; OB 3.0 API, "Dynamic Client
 * Registration"). The client secret itself is never stored, only its SHA-256 hash.
 *
 * @param clientId                the client identifier issued at registration
 * @param secretHash              the SHA-256 hash of the client secret, lower-case hex
 * @param issuedAt                when the client id was issued
 * @param secretExpiresAt         when the secret stops being accepted, or empty for never
 * @param clientName              the human-readable name shown on the consent page
 * @param redirectUris            the redirection URIs, each matched exactly (string for string)
 * @param scopes                  the scopes the client may request
 * @param grantTypes              the grant types it may use ({@code authorization_code}, {@code refresh_token})
 * @param tokenEndpointAuthMethod how it authenticates at the token endpoint ({@code client_secret_basic})
 * @param metadata                the registration response as JSON, without the secret
 * @param revoked                 whether the registration has been withdrawn
 */
public record RegisteredClient(String clientId, String secretHash, Instant issuedAt, Optional<Instant> secretExpiresAt,
                               String clientName, List<String> redirectUris, Set<String> scopes,
                               Set<String> grantTypes, String tokenEndpointAuthMethod, String metadata,
                               boolean revoked) {

    /** Checks the components and copies the collections. */
    public RegisteredClient {
        AuthorizationStore.requireName(clientId, "clientId");
        AuthorizationStore.requireKey(secretHash, "secretHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(secretExpiresAt, "secretExpiresAt");
        Objects.requireNonNull(clientName, "clientName");
        redirectUris = List.copyOf(redirectUris);
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one redirect URI");
        }
        scopes = Set.copyOf(scopes);
        grantTypes = Set.copyOf(grantTypes);
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * Whether the secret is expired at a time.
     *
     * @param now the time
     * @return true when it has an expiry at or before {@code now}
     */
    public boolean secretExpired(Instant now) {
        return secretExpiresAt.isPresent() && !now.isBefore(secretExpiresAt.get());
    }
}
