package dev.laurel.badges.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * One badge on the backpack page.
 *
 * @param name the badge's name
 * @param issuer its issuer's name or id
 * @param levelId its level id, or {@code unclassified} ({@code data-level})
 * @param badgeId its credential id, when it has one ({@code data-badge-id})
 * @param href the address of its badge page, when it has an id
 * @param image its image, when embedded
 */
public record BackpackItem(String name, String issuer, String levelId, Optional<String> badgeId, Optional<String> href,
                           Optional<ImageView> image) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BackpackItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(levelId, "levelId");
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(image, "image");
    }
}
