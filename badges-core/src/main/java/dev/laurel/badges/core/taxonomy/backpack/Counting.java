package dev.laurel.badges.core.taxonomy.backpack;

/**
 * Which credentials a pathway's progress or a policy's decisions count: only those whose verification
 * the caller supplied as passed (for decisions that can be trusted), or every one (a preview, as a learner
 * plans before anything is verified). Revoked credentials never count.
 */
public enum Counting {
    /** Only credentials whose {@link VerificationStatus} is verified; the others are listed as ignored. */
    VERIFIED_ONLY,
    /** Every credential, verified or not: a preview. */
    PREVIEW
}
