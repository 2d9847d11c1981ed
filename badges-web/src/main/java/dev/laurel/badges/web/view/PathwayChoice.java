package dev.laurel.badges.web.view;

import java.util.Objects;

/**
 * One configured pathway as a checkbox on the learner's page.
 *
 * @param id the pathway's id (the checkbox's value)
 * @param name its name (the label)
 * @param chosen whether the learner chose it
 */
public record PathwayChoice(String id, String name, boolean chosen) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PathwayChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
