package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link AuthorizationStore#consumeCode}: the code, and whether this was its first use.
 *
 * @param code           the stored code
 * @param previouslyUsed when the code had been consumed before, or empty when this call consumed it
 */
public record ConsumedCode(StoredAuthorizationCode code, Optional<Instant> previouslyUsed) {

    /** Checks the components. */
    public ConsumedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(previouslyUsed, "previouslyUsed");
    }

    /**
     * Whether the code had been used before: a replay, after which the grant's tokens are revoked.
     *
     * @return true for a replay
     */
    public boolean replayed() {
        return previouslyUsed.isPresent();
    }
}
