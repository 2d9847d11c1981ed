package dev.laurel.badges.api.store;

import java.util.Objects;

/**
 * The result of {@link CredentialStore#upsert(String, IncomingCredential)}: what happened, and the entry as
 * it is now stored (for {@link UpsertOutcome#KEPT_NEWER}, the newer credential that was kept, not the one
 * received).
 *
 * @param outcome what the upsert did
 * @param stored the stored entry after the upsert
 */
public record UpsertResult(UpsertOutcome outcome, StoredCredential stored) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public UpsertResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(stored, "stored");
    }
}
