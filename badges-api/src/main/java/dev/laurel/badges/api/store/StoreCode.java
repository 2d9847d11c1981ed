package dev.laurel.badges.api.store;

import dev.laurel.badges.core.ProblemCode;

/**
 * The stable codes of {@link StoreException}: why a store operation failed. Callers branch on these, never
 * on the message. The first two are the input's fault (the provider answers 400); the others are the
 * store's (the provider answers 5xx and may retry later).
 */
public enum StoreCode implements ProblemCode {
    /**
     * The credential cannot be stored: not well-formed JSON or compact JWS within the limits, not an OB 3.0
     * credential, no issuer {@code id}, or a payload that does not match the declared format.
     */
    INVALID_CREDENTIAL,
    /** The profile is not a JSON object within the limits. */
    INVALID_PROFILE,
    /** The database could not be reached or failed while running the operation; nothing was changed. */
    UNAVAILABLE,
    /** Concurrent writers kept colliding on the same entry beyond the retry budget; nothing was changed. */
    CONFLICT,
    /** The database schema could not be created or migrated to this version of Laurel. */
    SCHEMA,
    /** The store has been closed. */
    CLOSED,
    /**
     * An {@link AuthorizationStore} entry with the same key exists already: a user name that is taken, a
     * client id or a code or token hash that is stored. Nothing was changed.
     */
    DUPLICATE,
    /** An {@link AuthorizationStore} entry names a client that is not registered. Nothing was changed. */
    UNKNOWN_CLIENT
}
