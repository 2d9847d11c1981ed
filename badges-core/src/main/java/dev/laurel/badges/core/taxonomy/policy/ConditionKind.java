package dev.laurel.badges.core.taxonomy.policy;

/** The kinds of {@link Condition}, to switch on (for example to write a policy as JSON). */
public enum ConditionKind {
    /** {@link Condition.MinimumLevel}. */
    MINIMUM_LEVEL,
    /** {@link Condition.LevelIn}. */
    LEVEL_IN,
    /** {@link Condition.AlignedTo}. */
    ALIGNED_TO,
    /** {@link Condition.TrustedIssuers}. */
    TRUSTED_ISSUERS,
    /** {@link Condition.TrustedBy}. */
    TRUSTED_BY,
    /** {@link Condition.Verified}. */
    VERIFIED,
    /** {@link Condition.IssuerKeyBound}. */
    ISSUER_KEY_BOUND,
    /** {@link Condition.NotExpired}. */
    NOT_EXPIRED,
    /** {@link Condition.NotRevoked}. */
    NOT_REVOKED,
    /** {@link Condition.IssuedWithin}. */
    ISSUED_WITHIN
}
