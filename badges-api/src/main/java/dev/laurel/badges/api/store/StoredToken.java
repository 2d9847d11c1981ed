package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An access or refresh token as stored: the token itself never is, only its SHA-256 hash.
 *
 * @param tokenHash the SHA-256 hash of the token, lower-case hex
 * @param kind      access or refresh
 * @param clientId  the client it was issued to
 * @param userName  the learner account it acts for
 * @param scopes    the granted scopes
 * @param grantId   the grant it descends from (the authorization code's): revoked together
 * @param issued    when it was issued
 * @param expires   when it stops being valid
 * @param revoked   whether it has been revoked
 */
public record StoredToken(String tokenHash, TokenKind kind, String clientId, String userName, Set<String> scopes,
                          String grantId, Instant issued, Instant expires, boolean revoked) {

    /** Checks the components and copies the scopes. */
    public StoredToken {
        AuthorizationStore.requireKey(tokenHash, "tokenHash");
        Objects.requireNonNull(kind, "kind");
        AuthorizationStore.requireName(clientId, "clientId");
        AuthorizationStore.requireName(userName, "userName");
        scopes = Set.copyOf(scopes);
        AuthorizationStore.requireKey(grantId, "grantId");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
    }

    /**
     * Whether the token may be used at a time: not revoked and not expired.
     *
     * @param now the time
     * @return true when usable
     */
    public boolean usable(Instant now) {
        return !revoked && now.isBefore(expires);
    }
}
