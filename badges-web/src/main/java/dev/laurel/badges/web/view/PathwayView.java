package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * Progress toward one pathway the learner chose, counted over the public badges only.
 *
 * @param id the pathway's id ({@code data-pathway})
 * @param name its name
 * @param done the steps done
 * @param total the steps in all
 * @param complete whether the pathway is complete
 */
public record PathwayView(String id, String name, int done, int total, boolean complete) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if done is not within 0 to total
     */
    public PathwayView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be 0 to " + total + ", got " + done);
        }
    }
}
