package dev.laurel.badges.core.taxonomy.policy;

import java.util.Objects;

/**
 * An {@link IssuerTrust}'s answer: {@link ConditionResult#PASS} (trusted), {@link ConditionResult#FAIL}
 * (not trusted) or {@link ConditionResult#UNKNOWN} (cannot tell), with the reason a person reads in the
 * policy report.
 *
 * @param result the answer
 * @param reason why, e.g. {@code "listed in the state directory"}
 */
public record TrustAnswer(ConditionResult result, String reason) {

    /**
     * Creates an answer.
     *
     * @throws NullPointerException if a component is null
     */
    public TrustAnswer {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns a "trusted" answer.
     *
     * @param reason why
     * @return the answer
     */
    public static TrustAnswer trusted(String reason) {
        return new TrustAnswer(ConditionResult.PASS, reason);
    }

    /**
     * Returns a "not trusted" answer.
     *
     * @param reason why
     * @return the answer
     */
    public static TrustAnswer notTrusted(String reason) {
        return new TrustAnswer(ConditionResult.FAIL, reason);
    }

    /**
     * Returns a "cannot tell" answer: the policy's {@code onUnknown} verdict applies.
     *
     * @param reason why
     * @return the answer
     */
    public static TrustAnswer unknown(String reason) {
        return new TrustAnswer(ConditionResult.UNKNOWN, reason);
    }
}
