package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * One level on the ladder picture.
 *
 * @param id the level id ({@code knowledge} ... {@code recognition}), as {@code laurel classify} prints it
 * @param label the level's name for people
 * @param marked whether it is the badge's level
 * @param x the left edge of its box in the picture
 * @param y the top edge of its box in the picture
 */
public record Rung(String id, String label, boolean marked, int x, int y) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Rung {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
