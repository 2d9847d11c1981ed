package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.List;
import java.util.Objects;

/**
 * The entries of a {@link Transcript} at one level, in CLR order (nested credentials first, then the
 * subject's own achievements).
 *
 * @param level the level
 * @param entries the entries classified at that level; possibly none
 */
public record LevelGroup(LevelKind level, List<TranscriptEntry> entries) {

    /**
     * Creates the group.
     *
     * @throws NullPointerException if a component is or holds null
     * @throws IllegalArgumentException if an entry is at another level
     */
    public LevelGroup {
        Objects.requireNonNull(level, "level");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        for (TranscriptEntry e : entries) {
            if (!e.kind().equals(java.util.Optional.of(level))) {
                throw new IllegalArgumentException("entry " + e.path() + " is not at level " + level.id());
            }
        }
    }

    /**
     * Tells whether the group has no entries.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
