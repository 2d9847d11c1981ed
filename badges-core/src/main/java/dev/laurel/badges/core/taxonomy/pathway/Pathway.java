package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route toward a goal credential, usually a certification: every step must be met. Steps require a
 * specific achievement, any N of a set of steps, a credential at or above a level aligned to a
 * competency, or another pathway (by id, which is how pathways nest and stack).
 *
 * <p>A plain value: {@link Pathways} checks a set of pathways (unknown references, cycles, goals that
 * cannot be reached) and computes progress.
 *
 * <pre>{@code
 * Pathway cloud = Pathway.builder("cloud-architect", "Cloud Architect")
 *         .goal("https://example.org/achievements/cloud-architect")
 *         .require("https://example.org/achievements/cloud-basics")
 *         .competency("networking", CredentialLevel.skill(), "https://example.org/c/networking")
 *         .anyOf("electives", 2, Step.achievement(a), Step.achievement(b), Step.achievement(c))
 *         .build();
 * PathwayProgress p = cloud.progress(backpack);
 * }</pre>
 *
 * @param id the pathway's id, unique in a set of pathways
 * @param name a name for people
 * @param goalAchievementId the achievement earned at the end, if it has an id
 * @param steps the steps, all required, in the order they are suggested
 */
public record Pathway(String id, String name, Optional<String> goalAchievementId, List<Step> steps) {

    /**
     * Creates a pathway.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public Pathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goalAchievementId, "goalAchievementId");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * Returns a builder.
     *
     * @param id the pathway's id
     * @param name its name
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * Computes progress over a backpack, for a pathway that refers to no other pathway; use
     * {@link Pathways#progress} for one that does. Counts only credentials whose verification the caller
     * supplied as passed (the default, {@link dev.laurel.badges.core.taxonomy.backpack.Counting#VERIFIED_ONLY};
     * the others are in {@link PathwayProgress#ignored()}); for a preview use
     * {@link Pathways#progress(String, Backpack, java.util.Optional, dev.laurel.badges.core.taxonomy.backpack.Counting)}.
     *
     * @param backpack the learner's credentials
     * @return the progress
     * @throws NullPointerException if {@code backpack} is null
     * @throws InvalidPathwayException if this pathway is not valid on its own
     */
    public PathwayProgress progress(Backpack backpack) {
        return Pathways.of(List.of(this)).progress(id, backpack);
    }

    /** Builds a {@link Pathway}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private Optional<String> goal = Optional.empty();
        private final List<Step> steps = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the goal achievement.
         *
         * @param achievementId the achievement earned at the end
         * @return this builder
         * @throws NullPointerException if {@code achievementId} is null
         */
        public Builder goal(String achievementId) {
            this.goal = Optional.of(Objects.requireNonNull(achievementId, "achievementId"));
            return this;
        }

        /**
         * Adds a step.
         *
         * @param step the step
         * @return this builder
         * @throws NullPointerException if {@code step} is null
         */
        public Builder step(Step step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Adds a {@link Step#achievement} step.
         *
         * @param achievementId the achievement's id
         * @return this builder
         * @throws NullPointerException if {@code achievementId} is null
         */
        public Builder require(String achievementId) {
            return step(Step.achievement(achievementId));
        }

        /**
         * Adds a {@link Step#anyOf} step.
         *
         * @param stepId the step's id
         * @param required how many options must be met
         * @param options the options
         * @return this builder
         * @throws NullPointerException if an argument is or holds null
         */
        public Builder anyOf(String stepId, int required, Step... options) {
            return step(Step.anyOf(stepId, required, options));
        }

        /**
         * Adds a {@link Step#competency} step.
         *
         * @param stepId the step's id
         * @param minimumLevel the least level
         * @param competency the competency's URL or code
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder competency(String stepId, CredentialLevel minimumLevel, String competency) {
            return step(Step.competency(stepId, minimumLevel, competency));
        }

        /**
         * Adds a {@link Step#pathway} step.
         *
         * @param pathwayId the other pathway's id
         * @return this builder
         * @throws NullPointerException if {@code pathwayId} is null
         */
        public Builder subPathway(String pathwayId) {
            return step(Step.pathway(pathwayId));
        }

        /**
         * Builds the pathway; it is checked by {@link Pathways}, not here.
         *
         * @return the pathway
         */
        public Pathway build() {
            return new Pathway(id, name, goal, steps);
        }
    }
}
