package dev.laurel.badges.core.taxonomy.backpack;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many credentials a backpack holds at each level.
 *
 * @param counts the count per level; every level is present, possibly with 0
 * @param unclassified how many have no level
 */
public record LevelSummary(Map<LevelKind, Integer> counts, int unclassified) {

    /**
     * Creates a summary.
     *
     * @throws NullPointerException if {@code counts} is null or holds null
     * @throws IllegalArgumentException if a count is negative or a level is missing
     */
    public LevelSummary {
        Objects.requireNonNull(counts, "counts");
        EnumMap<LevelKind, Integer> copy = new EnumMap<>(LevelKind.class);
        for (LevelKind k : LevelKind.values()) {
            Integer n = counts.get(k);
            if (n == null || n < 0) {
                throw new IllegalArgumentException("count for " + k.id() + " must be present and not negative");
            }
            copy.put(k, n);
        }
        if (unclassified < 0) {
            throw new IllegalArgumentException("unclassified must not be negative");
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the count at a level.
     *
     * @param kind the level
     * @return the count
     * @throws NullPointerException if {@code kind} is null
     */
    public int count(LevelKind kind) {
        return counts.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the count of formal (assessed) credentials.
     *
     * @return the count
     */
    public int formal() {
        int n = 0;
        for (LevelKind k : LevelKind.values()) {
            n += k.isFormal() ? counts.get(k) : 0;
        }
        return n;
    }

    /**
     * Returns the count of informal credentials.
     *
     * @return the count
     */
    public int informal() {
        int n = 0;
        for (LevelKind k : LevelKind.values()) {
            n += k.isFormal() ? 0 : counts.get(k);
        }
        return n;
    }

    /**
     * Returns the count of all credentials.
     *
     * @return the total, unclassified included
     */
    public int total() {
        return formal() + informal() + unclassified;
    }
}
