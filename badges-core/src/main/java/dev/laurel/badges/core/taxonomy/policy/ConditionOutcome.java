package dev.laurel.badges.core.taxonomy.policy;

import java.util.Objects;

/**
 * One condition's outcome for one credential, with the reason in words.
 *
 * @param condition the condition
 * @param result its outcome
 * @param message why, in a sentence
 */
public record ConditionOutcome(Condition condition, ConditionResult result, String message) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if a component is null
     */
    public ConditionOutcome {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code "RESULT condition: message"}. */
    @Override
    public String toString() {
        return result + " " + condition.describe() + ": " + message;
    }
}
