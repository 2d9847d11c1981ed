package dev.laurel.badges.core.taxonomy.policy;

/** What a {@link Policy} decides about a credential. */
public enum Verdict {
    /** Every condition holds. */
    ACCEPT,
    /** A condition fails. */
    REJECT,
    /** No condition fails but one cannot be judged (e.g. the verification status is unknown): a person decides. */
    REFER
}
