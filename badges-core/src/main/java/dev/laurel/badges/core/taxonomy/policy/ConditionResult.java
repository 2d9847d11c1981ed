package dev.laurel.badges.core.taxonomy.policy;

/** The outcome of one {@link Condition} for one credential. */
public enum ConditionResult {
    /** The condition holds. */
    PASS,
    /** The condition does not hold. */
    FAIL,
    /** The credential does not say enough to judge the condition. */
    UNKNOWN
}
