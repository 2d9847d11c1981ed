package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a learner has done toward a pathway's goal, what is missing and what to do next.
 *
 * <p>Monotone: adding credentials to a backpack never lowers a step's status nor removes a credential
 * from {@code satisfiedBy}.
 *
 * @param pathway the pathway
 * @param complete whether the goal is reached: every step done, or the goal credential held
 * @param goalHeld whether the backpack holds the goal achievement itself
 * @param steps the progress of each step, in the pathway's order
 * @param ignored the credentials left out because their verification was not supplied as passed
 *     ({@link dev.laurel.badges.core.taxonomy.backpack.Counting#VERIFIED_ONLY}), in backpack order
 */
public record PathwayProgress(Pathway pathway, boolean complete, boolean goalHeld, List<StepProgress> steps,
        List<BackpackEntry> ignored) {

    /**
     * Creates a progress report.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public PathwayProgress {
        Objects.requireNonNull(pathway, "pathway");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        ignored = List.copyOf(Objects.requireNonNull(ignored, "ignored"));
    }

    /**
     * Creates a progress report that ignored no credential.
     *
     * @param pathway the pathway
     * @param complete whether the goal is reached
     * @param goalHeld whether the goal achievement is held
     * @param steps the progress of each step
     * @throws NullPointerException if a component is or holds null
     */
    public PathwayProgress(Pathway pathway, boolean complete, boolean goalHeld, List<StepProgress> steps) {
        this(pathway, complete, goalHeld, steps, List.of());
    }

    /**
     * Returns the steps done.
     *
     * @return the steps, in order
     */
    public List<StepProgress> done() {
        return select(true);
    }

    /**
     * Returns the steps not done yet.
     *
     * @return the steps, in order
     */
    public List<StepProgress> missing() {
        return select(false);
    }

    /**
     * Returns the number of top-level steps done.
     *
     * @return the count
     */
    public int doneCount() {
        return done().size();
    }

    /**
     * Returns the share of top-level steps done, 1.0 when complete.
     *
     * @return a number in [0, 1]
     */
    public double fraction() {
        if (complete || steps.isEmpty()) {
            return complete ? 1.0 : 0.0;
        }
        return doneCount() / (double) steps.size();
    }

    /**
     * Returns the next steps: the leaf requirements (achievements to earn, competencies to show at a
     * level) still missing under steps not done, in the pathway's order; empty when complete.
     *
     * @return the leaves
     */
    public List<StepProgress> nextSteps() {
        if (complete) {
            return List.of();
        }
        List<StepProgress> out = new ArrayList<>();
        for (StepProgress s : steps) {
            StepProgress.collect(s, out);
        }
        return List.copyOf(out);
    }

    private List<StepProgress> select(boolean isDone) {
        List<StepProgress> out = new ArrayList<>();
        for (StepProgress s : steps) {
            if (s.isDone() == isDone) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
