package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An authorization code as stored (RFC 6749 4.1.2, PKCE RFC 7636): bound to its client, its redirection URI
 * and its code challenge. The code itself is never stored, only its SHA-256 hash.
 *
 * @param codeHash            the SHA-256 hash of the code, lower-case hex
 * @param clientId            the client it was issued to
 * @param userName            the learner account that approved it
 * @param redirectUri         the redirection URI of the authorization request, which the token request must repeat
 * @param scopes              the approved scopes
 * @param codeChallenge       the PKCE code challenge
 * @param codeChallengeMethod the PKCE method ({@code S256})
 * @param grantId             the identifier of the grant: the tokens issued from this code carry it too
 * @param created             when the code was issued
 * @param expires             when it stops being accepted
 */
public record StoredAuthorizationCode(String codeHash, String clientId, String userName, String redirectUri,
                                      Set<String> scopes, String codeChallenge, String codeChallengeMethod,
                                      String grantId, Instant created, Instant expires) {

    /** Checks the components and copies the scopes. */
    public StoredAuthorizationCode {
        AuthorizationStore.requireKey(codeHash, "codeHash");
        AuthorizationStore.requireName(clientId, "clientId");
        AuthorizationStore.requireName(userName, "userName");
        Objects.requireNonNull(redirectUri, "redirectUri");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(codeChallengeMethod, "codeChallengeMethod");
        AuthorizationStore.requireKey(grantId, "grantId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }

    /**
     * Whether the code is expired at a time.
     *
     * @param now the time
     * @return true at or after {@link #expires()}
     */
    public boolean expired(Instant now) {
        return !now.isBefore(expires);
    }
}
