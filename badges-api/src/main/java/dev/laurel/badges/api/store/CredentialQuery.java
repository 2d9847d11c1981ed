package dev.laurel.badges.api.store;

import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of an owner's credentials to list: the {@code limit}, {@code offset} and {@code since}
 * parameters of the API's {@code getCredentials}, and who is looking (the owner, unless a page shows the
 * backpack to others).
 *
 * @param limit the largest number of credentials on the page, 1 to {@link #MAX_LIMIT}
 * @param offset how many credentials of the list to skip, 0 or more
 * @param since when present, only credentials whose {@code validFrom} is after it ("only include
 *     OpenBadgeCredentials issued after this timestamp"; a credential that gives no date is left out),
 *     compared to the millisecond
 * @param audience who the list is for: only credentials whose {@link Visibility} is
 *     {@linkplain Visibility#isVisibleTo(Audience) visible to} it are listed and counted ({@link Audience#OWNER},
 *     the default, sees every one; {@link Audience#LINK_HOLDER} sees {@code LINK} and {@code PUBLIC};
 *     {@link Audience#PUBLIC} only {@code PUBLIC})
 */
public record CredentialQuery(int limit, int offset, Optional<Instant> since, Audience audience) {

    /** The largest page a store serves at once; a provider clamps larger requests to it. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Creates the record.
     *
     * @throws IllegalArgumentException if {@code limit} is not 1 to {@link #MAX_LIMIT} or {@code offset} is
     *     negative
     * @throws NullPointerException if {@code since} or {@code audience} is null
     */
    public CredentialQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more: " + offset);
        }
        Objects.requireNonNull(since, "since");
        since = since.map(t -> t.truncatedTo(ChronoUnit.MILLIS));
        Objects.requireNonNull(audience, "audience");
    }

    /**
     * Creates a query for the owner ({@link Audience#OWNER}: every credential), as before audiences existed.
     *
     * @param limit the page size, 1 to {@link #MAX_LIMIT}
     * @param offset the number of credentials to skip
     * @param since when present, only credentials valid from after it
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if {@code since} is null
     */
    public CredentialQuery(int limit, int offset, Optional<Instant> since) {
        this(limit, offset, since, Audience.OWNER);
    }

    /**
     * Returns a query without {@code since}.
     *
     * @param limit the page size, 1 to {@link #MAX_LIMIT}
     * @param offset the number of credentials to skip
     * @return the query
     * @throws IllegalArgumentException if a value is out of range
     */
    public static CredentialQuery of(int limit, int offset) {
        return new CredentialQuery(limit, offset, Optional.empty());
    }

    /**
     * Returns this query restricted to credentials valid from after a time.
     *
     * @param time the time
     * @return a new query
     * @throws NullPointerException if {@code time} is null
     */
    public CredentialQuery since(Instant time) {
        return new CredentialQuery(limit, offset, Optional.of(time), audience);
    }

    /**
     * Returns this query as seen by an audience: the page and the total count only the credentials the
     * audience may see.
     *
     * @param who who the list is for
     * @return a new query
     * @throws NullPointerException if {@code who} is null
     */
    public CredentialQuery visibleTo(Audience who) {
        return new CredentialQuery(limit, offset, since, who);
    }
}
