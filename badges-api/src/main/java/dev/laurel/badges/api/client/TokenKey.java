package dev.laurel.badges.api.client;

import java.util.Objects;

/**
 * Whose tokens: one provider and one learner of the application. The client uses the provider's base URL
 * ({@link ApiProvider#key()}) as {@code provider}; {@code learner} is the application's own stable key for the
 * learner (a user id, not a display name).
 *
 * @param provider the provider's key
 * @param learner the learner's key in the application
 */
public record TokenKey(String provider, String learner) {

    /**
     * Checks.
     *
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if either is blank
     */
    public TokenKey {
        if (Objects.requireNonNull(provider, "provider").isBlank()) {
            throw new IllegalArgumentException("provider is blank");
        }
        if (Objects.requireNonNull(learner, "learner").isBlank()) {
            throw new IllegalArgumentException("learner is blank");
        }
    }
}
