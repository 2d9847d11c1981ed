package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;

import java.util.List;
import java.util.Objects;

/**
 * What a learner can earn next toward a programme's goal, given their backpack.
 *
 * @param programme the programme (pathway)
 * @param progress how far the learner is
 * @param suggestions one per missing leaf step, in the programme's order; empty when complete
 */
public record EarnNext(Pathway programme, PathwayProgress progress, List<Suggestion> suggestions) {

    /**
     * Creates the answer.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public EarnNext {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(progress, "progress");
        suggestions = List.copyOf(Objects.requireNonNull(suggestions, "suggestions"));
    }
}
