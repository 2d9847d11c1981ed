package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a learner has done toward a pathway's goal, what is missing and what to do next.
 *
 * <p>Monotone: adding credentials to a backpack never lowers a step's status nor removes a credential
 * from {@code satisfiedBy}.
 *
 * <p>By default ({@link Counting#VERIFIED_ONLY}) only credentials whose verification the caller supplied
 * as passed count; {@link #ignored()} lists the others, each with its reason. Under
 * {@link Counting#PREVIEW} they count too, and {@link #unverified()} still lists them.
 *
 * @param pathway the pathway
 * @param complete whether the goal is reached: every step done, or the goal credential held
 * @param goalHeld whether the backpack holds the goal achievement itself
 * @param steps the progress of each step, in the pathway's order
 * @param counting which credentials were counted
 * @param unverified every credential in the backpack that does not count as verified, with the reason,
 *     in backpack order (whatever the counting)
 */
public record PathwayProgress(Pathway pathway, boolean complete, boolean goalHeld, List<StepProgress> steps,
        Counting counting, List<UnverifiedEntry> unverified) {

    /**
     * Creates a progress report.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public PathwayProgress {
        Objects.requireNonNull(pathway, "pathway");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        Objects.requireNonNull(counting, "counting");
        unverified = List.copyOf(Objects.requireNonNull(unverified, "unverified"));
    }

    /**
     * Returns the credentials left out because they do not count as verified, each with its reason (not
     * checked, failed, revoked): {@link #unverified()} under {@link Counting#VERIFIED_ONLY}, empty under
     * {@link Counting#PREVIEW}.
     *
     * @return the entries, in backpack order
     */
    public List<UnverifiedEntry> ignored() {
        return counting == Counting.VERIFIED_ONLY ? unverified : List.of();
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
