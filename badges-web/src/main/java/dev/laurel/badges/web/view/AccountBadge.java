package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * One badge on the learner's page.
 *
 * @param key its EqualityKey value (the form's {@code key} field, {@code data-key})
 * @param name its name
 * @param issuer its issuer's name or id
 * @param visibility {@code private}, {@code link} or {@code public}
 * @param shareUrl its share URL, when it is not private and has an id
 * @param linkedIn LinkedIn's "add to profile" address, when not private and it can be built
 */
public record AccountBadge(String key, String name, String issuer, String visibility, Optional<String> shareUrl,
                           Optional<String> linkedIn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AccountBadge {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(shareUrl, "shareUrl");
        Objects.requireNonNull(linkedIn, "linkedIn");
    }
}
