package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The badges of one level on the backpack page ({@code <section data-level-group="LEVEL">}).
 *
 * @param levelId the level id, or {@code unclassified}
 * @param heading the section's heading
 * @param badges the badges, never empty
 */
public record LevelGroup(String levelId, String heading, List<BackpackItem> badges) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LevelGroup {
        Objects.requireNonNull(levelId, "levelId");
        Objects.requireNonNull(heading, "heading");
        badges = List.copyOf(badges);
    }
}
