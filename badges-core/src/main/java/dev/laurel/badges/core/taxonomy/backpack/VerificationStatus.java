package dev.laurel.badges.core.taxonomy.backpack;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller knows about a credential's verification: core verifies nothing itself (it depends on
 * no crypto or network library), so the outcome of badges-verify, or of any other verifier, is handed in
 * here and read by backpack filters and policy conditions.
 *
 * <pre>{@code
 * VerificationStatus s = VerificationStatus.verified(Instant.now());
 * s.isVerified(); // true
 * }</pre>
 *
 * @param state the outcome
 * @param revoked whether a status check found the credential revoked
 * @param keyBinding whether the verifying key is shown to be the issuer's
 * @param checkedAt when the check ran, if it did
 */
public record VerificationStatus(VerificationState state, boolean revoked, KeyBinding keyBinding,
        Optional<Instant> checkedAt) {

    /** Nothing known: never checked. */
    public static final VerificationStatus UNKNOWN =
            new VerificationStatus(VerificationState.UNKNOWN, false, KeyBinding.UNKNOWN, Optional.empty());

    /**
     * Creates a status.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(keyBinding, "keyBinding");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * Returns a successful verification.
     *
     * @param checkedAt when it ran
     * @return the status
     * @throws NullPointerException if {@code checkedAt} is null
     */
    public static VerificationStatus verified(Instant checkedAt) {
        return new VerificationStatus(VerificationState.VERIFIED, false, KeyBinding.UNKNOWN,
                Optional.of(Objects.requireNonNull(checkedAt, "checkedAt")));
    }

    /**
     * Returns a failed verification.
     *
     * @param checkedAt when it ran
     * @return the status
     * @throws NullPointerException if {@code checkedAt} is null
     */
    public static VerificationStatus notVerified(Instant checkedAt) {
        return new VerificationStatus(VerificationState.NOT_VERIFIED, false, KeyBinding.UNKNOWN,
                Optional.of(Objects.requireNonNull(checkedAt, "checkedAt")));
    }

    /**
     * Returns a verification that found the credential revoked (and so not verified).
     *
     * @param checkedAt when it ran
     * @return the status
     * @throws NullPointerException if {@code checkedAt} is null
     */
    public static VerificationStatus revoked(Instant checkedAt) {
        return new VerificationStatus(VerificationState.NOT_VERIFIED, true, KeyBinding.UNKNOWN,
                Optional.of(Objects.requireNonNull(checkedAt, "checkedAt")));
    }

    /**
     * Returns this status with the key binding the verifier reported.
     *
     * @param binding the binding
     * @return the status
     * @throws NullPointerException if {@code binding} is null
     */
    public VerificationStatus withKeyBinding(KeyBinding binding) {
        return new VerificationStatus(state, revoked, binding, checkedAt);
    }

    /**
     * Tells whether the credential counts as verified: verified and not revoked.
     *
     * @return {@code true} if verified
     */
    public boolean isVerified() {
        return state == VerificationState.VERIFIED && !revoked;
    }
}
