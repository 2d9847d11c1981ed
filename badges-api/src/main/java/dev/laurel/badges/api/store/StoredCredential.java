package dev.laurel.badges.api.store;

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
 */
public record StoredCredential(String owner, EqualityKey key, CredentialFormat format, String payload,
                               Optional<Instant> validFrom, Instant created, Instant updated, long sequence) {

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
