package dev.laurel.badges.web.view;

import java.util.List;
import java.util.Objects;

/**
 * Everything a learner's public backpack page ({@code GET /u/{name}}) shows.
 *
 * @param site the page frame
 * @param owner the learner's name ({@code data-owner})
 * @param groups the badges by level, in the page's order (formal ladder top down, informal, unclassified)
 * @param pathways progress toward each pathway the learner chose
 * @param count how many public badges are shown
 * @param truncated whether there were more public badges than the page shows
 */
public record BackpackPage(Site site, String owner, List<LevelGroup> groups, List<PathwayView> pathways, int count,
                           boolean truncated) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public BackpackPage {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(owner, "owner");
        groups = List.copyOf(groups);
        pathways = List.copyOf(pathways);
    }
}
