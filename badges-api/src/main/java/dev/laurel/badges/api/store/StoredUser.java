package dev.laurel.badges.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner account of the backpack: the name is the owner of its credentials in the {@link CredentialStore}.
 *
 * @param name         the account name (at most {@value AuthorizationStore#MAX_NAME_LENGTH} characters)
 * @param passwordHash the password's encoded hash (never the password), e.g. from
 *                     {@code dev.laurel.badges.api.provider.oauth.Passwords}
 * @param created      when the account was added
 * @param disabled     whether logging in is refused
 */
public record StoredUser(String name, String passwordHash, Instant created, boolean disabled) {

    /** Checks the components. */
    public StoredUser {
        AuthorizationStore.requireName(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
    }

    /** Leaves the hash out, so that logs never carry it. */
    @Override
    public String toString() {
        return "StoredUser[name=" + name + ", created=" + created + ", disabled=" + disabled + "]";
    }
}
