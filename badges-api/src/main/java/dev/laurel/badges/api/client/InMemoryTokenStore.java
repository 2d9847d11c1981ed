package dev.laurel.badges.api.client;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link TokenStore} in a concurrent map: thread-safe, lost when the process ends (the learners then
 * authorise again). For tests, demonstrations and applications that keep no state.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final ConcurrentMap<TokenKey, StoredTokens> tokens = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryTokenStore() {}

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public Optional<StoredTokens> load(TokenKey key) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if either is null
     */
    @Override
    public void save(TokenKey key, StoredTokens value) {
        tokens.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "tokens"));
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public void remove(TokenKey key) {
        tokens.remove(Objects.requireNonNull(key, "key"));
    }
}
