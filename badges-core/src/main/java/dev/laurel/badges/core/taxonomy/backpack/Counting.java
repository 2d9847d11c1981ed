package dev.laurel.badges.core.taxonomy.backpack;

/**
 * Which credentials a pathway's progress or a policy's decisions count.
 *
 * <p>{@link #VERIFIED_ONLY} is the default of every entry point that does not take a {@code Counting}
 * ({@code Pathways.progress(id, backpack[, at])}, {@code Pathway.progress(backpack)},
 * {@code Policy.evaluate(backpack, at|clock)}, {@code Catalogue.earnNext}): a decision can be trusted only
 * if it rests on credentials whose verification the caller supplied as passed. A credential whose status
 * is {@link VerificationState#UNKNOWN} (never checked) does not count. {@link #PREVIEW} is the explicit
 * option for what a learner plans with before anything is verified.
 *
 * <p>Either way the result lists every credential that is not verified, with an {@link UnverifiedReason}
 * ({@code unverified()}); {@code ignored()} is that list under {@link #VERIFIED_ONLY} and empty under
 * {@link #PREVIEW}. Revoked credentials never count, in either mode.
 */
public enum Counting {
    /**
     * The default: only credentials that count as verified ({@link BackpackEntry#isVerified()}: verified,
     * not revoked); the others are left out and listed as ignored, each with its reason.
     */
    VERIFIED_ONLY,
    /**
     * A preview: every credential that is not revoked counts, verified or not; the unverified ones are
     * still listed. Not a decision.
     */
    PREVIEW
}
