package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.CredentialLevel;

import java.util.List;
import java.util.Objects;

/**
 * One requirement of a {@link Pathway}. Every step has an id, unique within its pathway, by which
 * progress reports name it. Records check only for null: whether a step can be met (a blank id, N out
 * of range, an unknown sub-pathway, a cycle) is for {@link Pathways#validate} to report, because
 * pathways also come from untrusted JSON.
 *
 * <pre>{@code
 * Step intro = Step.achievement("https://example.org/achievements/intro");
 * Step electives = Step.anyOf("electives", 2, Step.achievement(a), Step.achievement(b), Step.achievement(c));
 * Step skill = Step.competency("robotics", CredentialLevel.skill(), "https://example.org/c/robotics");
 * Step base = Step.pathway("foundations");
 * }</pre>
 */
public sealed interface Step permits Step.RequiredAchievement, Step.AnyOf, Step.CompetencyAtLevel, Step.SubPathway {

    /**
     * Returns the step's id, unique within its pathway.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the step's kind, to switch on.
     *
     * @return the kind
     */
    StepKind kind();

    /**
     * Returns a step that requires an achievement, with the achievement's id as the step's id.
     *
     * @param achievementId the achievement's (or badge class's) id
     * @return the step
     * @throws NullPointerException if {@code achievementId} is null
     */
    static RequiredAchievement achievement(String achievementId) {
        return new RequiredAchievement(achievementId, achievementId);
    }

    /**
     * Returns a step met by any {@code required} of the options.
     *
     * @param id the step's id
     * @param required how many options must be met
     * @param options the options
     * @return the step
     * @throws NullPointerException if an argument is or holds null
     */
    static AnyOf anyOf(String id, int required, Step... options) {
        return new AnyOf(id, required, List.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * Returns a step met by any credential at or above a level that is aligned to a competency.
     *
     * @param id the step's id
     * @param minimumLevel the least level
     * @param competency the competency's URL or code
     * @return the step
     * @throws NullPointerException if an argument is null
     */
    static CompetencyAtLevel competency(String id, CredentialLevel minimumLevel, String competency) {
        return new CompetencyAtLevel(id, minimumLevel, competency);
    }

    /**
     * Returns a step met by completing another pathway (or holding its goal), with the pathway's id as
     * the step's id.
     *
     * @param pathwayId the other pathway's id
     * @return the step
     * @throws NullPointerException if {@code pathwayId} is null
     */
    static SubPathway pathway(String pathwayId) {
        return new SubPathway(pathwayId, pathwayId);
    }

    /**
     * Requires a credential for a specific achievement.
     *
     * @param id the step's id
     * @param achievementId the achievement's (or badge class's) id
     */
    record RequiredAchievement(String id, String achievementId) implements Step {

        /**
         * Creates the step.
         *
         * @throws NullPointerException if a component is null
         */
        public RequiredAchievement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(achievementId, "achievementId");
        }

        @Override
        public StepKind kind() {
            return StepKind.REQUIRED_ACHIEVEMENT;
        }
    }

    /**
     * Requires any N of a set of steps. One credential may meet several options.
     *
     * @param id the step's id
     * @param required N, how many options must be met
     * @param options the options
     */
    record AnyOf(String id, int required, List<Step> options) implements Step {

        /**
         * Creates the step.
         *
         * @throws NullPointerException if a component is or holds null
         */
        public AnyOf {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(Objects.requireNonNull(options, "options"));
        }

        @Override
        public StepKind kind() {
            return StepKind.ANY_OF;
        }
    }

    /**
     * Requires any credential classified at or above a level (see {@link CredentialLevel#isAtLeast}) and
     * aligned to a competency (alignment {@code targetUrl} or {@code targetCode}).
     *
     * @param id the step's id
     * @param minimumLevel the least level
     * @param competency the competency's URL or code
     */
    record CompetencyAtLevel(String id, CredentialLevel minimumLevel, String competency) implements Step {

        /**
         * Creates the step.
         *
         * @throws NullPointerException if a component is null
         */
        public CompetencyAtLevel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(minimumLevel, "minimumLevel");
            Objects.requireNonNull(competency, "competency");
        }

        @Override
        public StepKind kind() {
            return StepKind.COMPETENCY_AT_LEVEL;
        }
    }

    /**
     * Requires another pathway: all its steps, or a credential for its goal achievement.
     *
     * @param id the step's id
     * @param pathwayId the other pathway's id
     */
    record SubPathway(String id, String pathwayId) implements Step {

        /**
         * Creates the step.
         *
         * @throws NullPointerException if a component is null
         */
        public SubPathway {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pathwayId, "pathwayId");
        }

        @Override
        public StepKind kind() {
            return StepKind.SUB_PATHWAY;
        }
    }
}
