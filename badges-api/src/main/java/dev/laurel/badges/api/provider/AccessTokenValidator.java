package dev.laurel.badges.api.provider;

import java.util.Optional;

/**
 * Turns a bearer access token into the grant it stands for. The resource endpoints call it for every request;
 * the authorization server implements it. Thread-safe.
 */
@FunctionalInterface
public interface AccessTokenValidator {

    /**
     * Looks a token up.
     *
     * @param accessToken the token as the client sent it (after {@code Bearer })
     * @return the grant, or empty when the token is unknown, expired or revoked
     */
    Optional<AccessGrant> validate(String accessToken);
}
