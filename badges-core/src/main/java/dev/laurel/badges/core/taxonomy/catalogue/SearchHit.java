package dev.laurel.badges.core.taxonomy.catalogue;

import java.util.Objects;

/**
 * A search result: a listing and how well it matches the text (0 when no text was given).
 *
 * @param listing the listing
 * @param score the text score, higher is better
 */
public record SearchHit(Listing listing, double score) {

    /**
     * Creates a hit.
     *
     * @throws NullPointerException if {@code listing} is null
     * @throws IllegalArgumentException if {@code score} is negative or not finite
     */
    public SearchHit {
        Objects.requireNonNull(listing, "listing");
        if (!Double.isFinite(score) || score < 0) {
            throw new IllegalArgumentException("score must be finite and not negative: " + score);
        }
    }
}
