package dev.laurel.badges.api.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of an owner's credentials, in the list's stable order (oldest entry first), with the total the
 * API's {@code X-Total-Count} header reports. The page and the total are read in one transaction, so they
 * agree with each other.
 *
 * @param credentials the credentials on the page, at most {@code query.limit()}
 * @param total how many credentials match the query in all (every page)
 * @param query the query this page answers
 */
public record CredentialPage(List<StoredCredential> credentials, long total, CredentialQuery query) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public CredentialPage {
        credentials = List.copyOf(credentials);
        Objects.requireNonNull(query, "query");
    }

    /**
     * Tells whether more credentials follow this page (the {@code next} link of the API's {@code Link}
     * header).
     *
     * @return {@code true} if the list goes on past this page
     */
    public boolean hasNext() {
        return (long) query.offset() + credentials.size() < total;
    }
}
