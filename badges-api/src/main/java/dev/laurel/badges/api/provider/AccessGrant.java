package dev.laurel.badges.api.provider;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a valid access token lets its bearer do: act for {@code owner} (the learner account that authorised
 * the client) within {@code scopes}, until {@code expiresAt}.
 *
 * @param owner     the learner account's name: the store's owner
 * @param clientId  the registered client the token was issued to
 * @param scopes    the granted scopes (see {@link dev.laurel.badges.api.wire.Scopes})
 * @param expiresAt when the token stops being valid
 */
public record AccessGrant(String owner, String clientId, Set<String> scopes, Instant expiresAt) {

    /** Checks the components and copies the scopes. */
    public AccessGrant {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(clientId, "clientId");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Whether the grant includes a scope.
     *
     * @param scope one of {@link dev.laurel.badges.api.wire.Scopes}
     * @return true when granted
     */
    public boolean allows(String scope) {
        return scopes.contains(scope);
    }
}
