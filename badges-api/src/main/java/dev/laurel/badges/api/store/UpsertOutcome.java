package dev.laurel.badges.api.store;

/**
 * What an upsert did. The OB 3.0 API answers {@code upsertCredential} with 201 when it created the entry
 * and 200 when it replaced one ("the response code makes clear whether the operation resulted in a
 * replacement or an insertion").
 */
public enum UpsertOutcome {
    /** No equal credential was stored: a new entry was appended to the owner's list. */
    CREATED(201),
    /**
     * An equal credential was stored and the received one is at least as up to date (its {@code validFrom}
     * is the same or newer): it replaced the stored one, in the same place in the list.
     */
    UPDATED(200),
    /**
     * An equal credential with a newer {@code validFrom} was stored: the specification calls the newer one
     * "the more up-to-date representation", so it was kept and the received one was not stored.
     */
    KEPT_NEWER(200);

    private final int httpStatus;

    UpsertOutcome(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /**
     * Returns the HTTP status the provider answers with.
     *
     * @return 201 for {@link #CREATED}, otherwise 200
     */
    public int httpStatus() {
        return httpStatus;
    }
}
