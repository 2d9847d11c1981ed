package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.credential.Credential;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One credential in a {@link Backpack}, with its classification, the learner's choice of who sees it,
 * and what the caller knows of its verification.
 *
 * @param credential the credential, with its original model and JWS
 * @param classification its level, as the backpack's classifier saw it when it was added
 * @param visibility who may see it
 * @param verification what is known about its verification
 */
public record BackpackEntry(Credential credential, Classification classification, Visibility visibility,
        VerificationStatus verification) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a component is null
     */
    public BackpackEntry {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(verification, "verification");
    }

    /**
     * Returns the credential's id.
     *
     * @return the IRI, if any
     */
    public Optional<String> id() {
        return credential.id();
    }

    /**
     * Returns the classified level.
     *
     * @return the level, or empty when unclassified
     */
    public Optional<CredentialLevel> level() {
        return classification.level();
    }

    /**
     * Returns the classified level's kind.
     *
     * @return the kind, or empty when unclassified
     */
    public Optional<LevelKind> kind() {
        return classification.kind();
    }

    /**
     * Tells whether the credential is revoked: by a status check the caller reported, or by the
     * document itself (OB 2.0 {@code revoked: true}).
     *
     * @return {@code true} if revoked
     */
    public boolean isRevoked() {
        return verification.revoked() || credential.revokedByIssuer();
    }

    /**
     * Tells whether the credential counts as verified (see {@link VerificationStatus#isVerified()}) and
     * does not declare itself revoked.
     *
     * @return {@code true} if verified
     */
    public boolean isVerified() {
        return verification.isVerified() && !credential.revokedByIssuer();
    }

    /**
     * Tells why the credential does not count as verified: {@link UnverifiedReason#REVOKED} if
     * {@link #isRevoked()}, else {@link UnverifiedReason#FAILED} for a failed verification, else
     * {@link UnverifiedReason#NOT_CHECKED} when no outcome was supplied.
     *
     * @return the reason, or empty when {@link #isVerified()}
     */
    public Optional<UnverifiedReason> unverifiedReason() {
        if (isRevoked()) {
            return Optional.of(UnverifiedReason.REVOKED);
        }
        switch (verification.state()) {
            case VERIFIED:
                return Optional.empty();
            case NOT_VERIFIED:
                return Optional.of(UnverifiedReason.FAILED);
            default:
                return Optional.of(UnverifiedReason.NOT_CHECKED);
        }
    }

    /**
     * Tells whether the credential can count toward pathways at an instant: not revoked, not expired
     * and already valid.
     *
     * @param at the instant to judge at
     * @return {@code true} if usable
     * @throws NullPointerException if {@code at} is null
     */
    public boolean isUsableAt(Instant at) {
        return !isRevoked() && !credential.isExpiredAt(at) && !credential.isNotYetValidAt(at);
    }

    /**
     * Returns this entry with another visibility.
     *
     * @param newVisibility the visibility
     * @return the entry
     * @throws NullPointerException if {@code newVisibility} is null
     */
    public BackpackEntry withVisibility(Visibility newVisibility) {
        return new BackpackEntry(credential, classification, newVisibility, verification);
    }

    /**
     * Returns this entry with another verification status.
     *
     * @param newVerification the status
     * @return the entry
     * @throws NullPointerException if {@code newVerification} is null
     */
    public BackpackEntry withVerification(VerificationStatus newVerification) {
        return new BackpackEntry(credential, classification, visibility, newVerification);
    }
}
