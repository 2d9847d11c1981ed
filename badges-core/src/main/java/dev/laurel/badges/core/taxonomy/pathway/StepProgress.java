package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far one step of a pathway is met, and by which credentials.
 *
 * <p>For a leaf step (a required achievement or a competency at a level) {@code required} is 1 and
 * {@code satisfied} 0 or 1. For an any-of step they count options met against N; for a sub-pathway,
 * its steps met against its steps (all of them when its goal credential is held). {@code parts} holds
 * the options' or the sub-pathway's steps' progress.
 *
 * @param step the step
 * @param status how far it is met
 * @param satisfied how many parts are met
 * @param required how many must be
 * @param satisfiedBy the credentials that count toward it: for a leaf those that meet it; for an any-of or
 *     a sub-pathway the goal credential when held, then every credential counting toward any part
 * @param parts the progress of its options or sub-steps, empty for a leaf
 */
public record StepProgress(Step step, StepStatus status, int satisfied, int required,
        List<BackpackEntry> satisfiedBy, List<StepProgress> parts) {

    /**
     * Creates a step's progress.
     *
     * @throws NullPointerException if a component is or holds null
     * @throws IllegalArgumentException if a count is negative
     */
    public StepProgress {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        satisfiedBy = List.copyOf(Objects.requireNonNull(satisfiedBy, "satisfiedBy"));
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (satisfied < 0 || required < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Tells whether the step is met.
     *
     * @return {@code true} when done
     */
    public boolean isDone() {
        return status == StepStatus.DONE;
    }

    /**
     * Returns the leaf steps still missing under this one that would move it forward: for a step not
     * done, its missing leaves (for an any-of, those of every option not done).
     *
     * @return the leaves, in order, without duplicates
     */
    public List<StepProgress> nextLeaves() {
        List<StepProgress> out = new ArrayList<>();
        collect(this, out);
        return List.copyOf(out);
    }

    static void collect(StepProgress p, List<StepProgress> out) {
        if (p.isDone()) {
            return;
        }
        if (p.parts.isEmpty()) {
            if (p.step.kind() == StepKind.REQUIRED_ACHIEVEMENT || p.step.kind() == StepKind.COMPETENCY_AT_LEVEL) {
                for (StepProgress seen : out) {
                    if (seen.step.equals(p.step)) {
                        return;
                    }
                }
                out.add(p);
            }
            return;
        }
        for (StepProgress part : p.parts) {
            collect(part, out);
        }
    }
}
