package dev.laurel.badges.api.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens one learner granted one client: what a {@link TokenStore} keeps. {@link #toString()} leaves
 * the tokens out, so that logging the value never logs a credential.
 *
 * @param clientId the {@code client_id} the tokens were issued to (tokens of an earlier registration are not
 *     used with a later one)
 * @param accessToken the bearer access token
 * @param refreshToken the refresh token, or null when the provider issued none
 * @param scopes the granted scopes (the token response's {@code scope}, else those requested)
 * @param issuedAt when the client received them
 * @param expiresAt when the access token expires ({@code issuedAt + expires_in}), or null when the provider
 *     did not say
 */
public record StoredTokens(String clientId, String accessToken, String refreshToken, List<String> scopes,
        Instant issuedAt, Instant expiresAt) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a required value is null
     */
    public StoredTokens {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(accessToken, "accessToken");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * The refresh token, if any.
     *
     * @return the refresh token
     */
    public Optional<String> optionalRefreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /**
     * The access token's expiry, if known.
     *
     * @return the instant
     */
    public Optional<Instant> optionalExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Whether the access token has expired, or will within {@code leeway} (so that a request does not start
     * with a token that dies on the way). Unknown expiry counts as not expired: the provider's 401 will say.
     *
     * @param now the current time
     * @param leeway how early to count it expired
     * @return whether to refresh before use
     */
    public boolean expiresWithin(Instant now, Duration leeway) {
        return expiresAt != null && !now.plus(leeway).isBefore(expiresAt);
    }

    /**
     * The value without the tokens.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "StoredTokens[clientId=" + clientId + ", refreshToken=" + (refreshToken == null ? "none" : "present")
                + ", scopes=" + scopes + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
