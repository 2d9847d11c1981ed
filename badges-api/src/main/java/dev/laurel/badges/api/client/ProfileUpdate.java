package dev.laurel.badges.api.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The answer to {@code putProfile}.
 *
 * @param httpStatus 200, 202 (accepted, not yet done) or 304
 * @param profile the profile the provider answered with, or null when the body was empty or not a JSON object
 *     (the accessor returns a copy)
 */
public record ProfileUpdate(int httpStatus, ObjectNode profile) {

    /** Copies, so that the record stays immutable. */
    public ProfileUpdate {
        profile = profile == null ? null : profile.deepCopy();
    }

    /**
     * The profile, as a copy the caller owns.
     *
     * @return the profile, or null
     */
    @Override
    public ObjectNode profile() {
        return profile == null ? null : profile.deepCopy();
    }

    /**
     * The profile, if the provider sent one.
     *
     * @return a copy of the profile
     */
    public Optional<ObjectNode> optionalProfile() {
        return Optional.ofNullable(profile());
    }

    /**
     * Whether the provider accepted the profile but has not applied it yet (202).
     *
     * @return whether the status is 202
     */
    public boolean pending() {
        return httpStatus == 202;
    }
}
