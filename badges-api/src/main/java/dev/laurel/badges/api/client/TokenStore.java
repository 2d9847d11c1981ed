package dev.laurel.badges.api.client;

import java.util.Optional;

/**
 * Where the client keeps each learner's tokens between calls (and, for a persistent implementation, between
 * restarts of the application). Implementations must be thread-safe: the client calls them from any thread
 * that uses a {@link LearnerConnection}. {@link InMemoryTokenStore} is the default; an application that
 * stores tokens in its database implements this over a table keyed by the two parts of {@link TokenKey}, and
 * should encrypt the tokens at rest.
 */
public interface TokenStore {

    /**
     * The tokens kept for a key.
     *
     * @param key provider and learner
     * @return the tokens, or empty
     */
    Optional<StoredTokens> load(TokenKey key);

    /**
     * Keeps tokens for a key, replacing what was kept.
     *
     * @param key provider and learner
     * @param tokens the tokens
     */
    void save(TokenKey key, StoredTokens tokens);

    /**
     * Forgets the tokens of a key (after revocation, or when the provider refused the refresh token).
     *
     * @param key provider and learner
     */
    void remove(TokenKey key);
}
