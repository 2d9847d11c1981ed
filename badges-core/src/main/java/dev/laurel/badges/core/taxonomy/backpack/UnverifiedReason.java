package dev.laurel.badges.core.taxonomy.backpack;

/**
 * Why a backpack entry does not count as verified ({@link BackpackEntry#unverifiedReason()}), so that a
 * pathway's progress or a policy's report can say why it ignored it.
 */
public enum UnverifiedReason {
    /** No verification outcome was supplied: the status is {@link VerificationState#UNKNOWN}. */
    NOT_CHECKED("verification not supplied (never checked)"),
    /** Verification ran and failed: the status is {@link VerificationState#NOT_VERIFIED}. */
    FAILED("verification failed"),
    /**
     * The credential is revoked: a status check found it revoked, or the document says so (OB 2.0
     * {@code revoked: true}), whatever the verification state.
     */
    REVOKED("revoked");

    private final String message;

    UnverifiedReason(String message) {
        this.message = message;
    }

    /**
     * Returns the reason as a short phrase, e.g. {@code "verification failed"}.
     *
     * @return the phrase
     */
    public String message() {
        return message;
    }
}
