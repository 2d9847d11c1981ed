package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.backpack.Counting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Requirements#evaluate}: each requirement's count and verdict, and the verdict over
 * all of them.
 *
 * @param at the instant judged at
 * @param counting which credentials were judged
 * @param outcomes one per requirement, in order
 */
public record RequirementsReport(Instant at, Counting counting, List<RequirementOutcome> outcomes) {

    /**
     * Creates the report.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public RequirementsReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counting, "counting");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    }

    /**
     * Returns the verdict: reject if any requirement is rejected, else refer if any is referred, else accept.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        boolean refer = false;
        for (RequirementOutcome o : outcomes) {
            if (o.verdict() == Verdict.REJECT) {
                return Verdict.REJECT;
            }
            refer |= o.verdict() == Verdict.REFER;
        }
        return refer ? Verdict.REFER : Verdict.ACCEPT;
    }

    /**
     * Returns the requirements not met.
     *
     * @return the outcomes whose verdict is not accept, in order
     */
    public List<RequirementOutcome> unmet() {
        return outcomes.stream().filter(o -> o.verdict() != Verdict.ACCEPT).toList();
    }
}
