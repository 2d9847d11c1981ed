package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.taxonomy.pathway.StepProgress;

import java.util.List;
import java.util.Objects;

/**
 * A missing step of a programme and the catalogue's achievements that would meet it.
 *
 * @param step the missing leaf step
 * @param achievements listings that meet it and are not held yet; empty when the catalogue offers none
 */
public record Suggestion(StepProgress step, List<Listing> achievements) {

    /**
     * Creates a suggestion.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public Suggestion {
        Objects.requireNonNull(step, "step");
        achievements = List.copyOf(Objects.requireNonNull(achievements, "achievements"));
    }
}
