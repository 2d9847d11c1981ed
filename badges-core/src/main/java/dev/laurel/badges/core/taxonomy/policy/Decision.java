package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Policy}'s decision about one credential, with every condition's outcome.
 *
 * @param verdict accept, reject or refer to a person
 * @param entry the credential judged
 * @param outcomes each condition's outcome, in the policy's order
 * @param at the instant judged at
 */
public record Decision(Verdict verdict, BackpackEntry entry, List<ConditionOutcome> outcomes, Instant at) {

    /**
     * Creates a decision.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(entry, "entry");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        Objects.requireNonNull(at, "at");
    }

    /**
     * Tells whether the credential was accepted.
     *
     * @return {@code true} for {@link Verdict#ACCEPT}
     */
    public boolean isAccepted() {
        return verdict == Verdict.ACCEPT;
    }

    /**
     * Returns the outcomes with a given result.
     *
     * @param result the result
     * @return the outcomes, in order
     * @throws NullPointerException if {@code result} is null
     */
    public List<ConditionOutcome> outcomes(ConditionResult result) {
        Objects.requireNonNull(result, "result");
        List<ConditionOutcome> out = new ArrayList<>();
        for (ConditionOutcome o : outcomes) {
            if (o.result() == result) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns every reason as a sentence, e.g. {@code "PASS level at least skill: level ability is at
     * least skill"}.
     *
     * @return the reasons, in order
     */
    public List<String> reasons() {
        List<String> out = new ArrayList<>(outcomes.size());
        outcomes.forEach(o -> out.add(o.toString()));
        return List.copyOf(out);
    }
}
