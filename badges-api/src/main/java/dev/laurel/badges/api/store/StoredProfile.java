package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An owner's profile (the API's {@code getProfile} / {@code putProfile} resource), as last put.
 *
 * @param owner the learner account
 * @param json the profile's JSON object exactly as put
 * @param updated when it was last put
 */
public record StoredProfile(String owner, String json, Instant updated) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public StoredProfile {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(updated, "updated");
    }
}
