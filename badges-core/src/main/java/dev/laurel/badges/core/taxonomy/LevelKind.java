package dev.laurel.badges.core.taxonomy;

import java.util.Locale;
import java.util.Optional;

/**
 * The six credential levels as an enum: a stable string {@link #id()}, the formal ladder's rank, and
 * whether an assessment is required. Switch over it where Java 17 cannot switch over the sealed
 * {@link CredentialLevel} types; such a switch is exhaustive without a default.
 */
public enum LevelKind {
    /** Introductory knowledge, verified by an assessment. Formal, rank 1. */
    KNOWLEDGE("knowledge", 1),
    /** Proficiency from training or practice, shown in a portfolio. Formal, rank 2. */
    SKILL("skill", 2),
    /** Mastery, e.g. a capstone project. Formal, rank 3. */
    ABILITY("ability", 3),
    /** Accredited, industry-recognised; the culmination of knowledge, skill and ability. Formal, rank 4. */
    CERTIFICATION("certification", 4),
    /** Attending a webinar, seminar or workshop. Informal, no assessment. */
    PARTICIPATION("participation", 0),
    /** Recognition from a peer. Informal, no assessment. */
    RECOGNITION("recognition", 0);

    private final String id;
    private final int rank;

    LevelKind(String id, int rank) {
        this.id = id;
        this.rank = rank;
    }

    /**
     * Returns the stable string id used on the wire and on the command line, e.g. {@code skill}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Tells whether this level is on the formal, assessed ladder.
     *
     * @return {@code true} for knowledge, skill, ability and certification
     */
    public boolean isFormal() {
        return rank > 0;
    }

    /**
     * Returns the rank on the formal ladder (knowledge 1 to certification 4).
     *
     * @return the rank, or empty for an informal level, which has none
     */
    public Optional<Integer> rank() {
        return rank > 0 ? Optional.of(rank) : Optional.empty();
    }

    /**
     * Finds a level by its string id, ignoring case and surrounding white space.
     *
     * @param id the id, e.g. {@code "Skill"}; a null id (an absent value read from input) finds nothing
     * @return the level, or empty if no level has that id
     */
    public static Optional<LevelKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (LevelKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
