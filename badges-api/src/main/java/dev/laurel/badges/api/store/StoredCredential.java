package dev.laurel.badges.api.store;

import dev.laurel.badges.core.taxonomy.backpack.Visibility;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential as a {@link CredentialStore} holds it for one owner.
 *
 * @param owner the learner account it belongs to
 * @param key what makes another credential equal to it
 * @param format the form it was received in, and is served in
 * @param payload the credential as received (see {@link IncomingCredential})
 * @param validFrom when it became valid, to the millisecond; empty when it does not say
 * @param created when the entry was first stored
 * @param updated when the entry was last replaced (equal to {@code created} if never)
 * @param sequence its place in the owner's list: increasing in order of creation, kept when the entry is
 *     replaced, so that pages stay stable
 * @param visibility who the learner lets see it ({@link Visibility#PRIVATE} when stored first); the learner's
 *     setting, not the credential's content, so replacing the credential keeps it and changing it moves
 *     neither {@code updated} nor {@code sequence}
 */
public record StoredCredential(String owner, EqualityKey key, CredentialFormat format, String payload,
                               Optional<Instant> validFrom, Instant created, Instant updated, long sequence,
                               Visibility visibility) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public StoredCredential {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(visibility, "visibility");
    }

    /**
     * Creates the record of an entry the learner has not shared: {@link Visibility#PRIVATE}, what every new
     * entry is. Kept for callers written before visibility was stored.
     *
     * @param owner the learner account it belongs to
     * @param key what makes another credential equal to it
     * @param format the form it was received in
     * @param payload the credential as received
     * @param validFrom when it became valid; empty when it does not say
     * @param created when the entry was first stored
     * @param updated when the entry was last replaced
     * @param sequence its place in the owner's list
     * @throws NullPointerException if a component is null
     */
    public StoredCredential(String owner, EqualityKey key, CredentialFormat format, String payload,
                            Optional<Instant> validFrom, Instant created, Instant updated, long sequence) {
        this(owner, key, format, payload, validFrom, created, updated, sequence, Visibility.PRIVATE);
    }

    /**
     * Returns the issuer's {@code id}, normalised by the equality rule.
     *
     * @return the issuer id
     */
    public String issuerId() {
        return key.issuerId();
    }

    /**
     * Returns the credential's {@code id}, normalised by the equality rule.
     *
     * @return the id, empty when the credential has none
     */
    public Optional<String> credentialId() {
        return key.credentialId();
    }
}
