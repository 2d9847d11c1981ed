package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Optional;

/**
 * What the words of one line of a {@link Vocabulary} speak for: a level, formal or informal evidence
 * without a rung, accreditation, a professional body (read in the issuer's profile only) or the
 * language itself (words used to detect it). Each has the key it is written with in a rules file.
 */
public enum VocabularyGroup {
    /** Words for the knowledge level ({@code knowledge}). */
    KNOWLEDGE("knowledge"),
    /** Words for the skill level ({@code skill}). */
    SKILL("skill"),
    /** Words for the ability level ({@code ability}). */
    ABILITY("ability"),
    /** Words that claim a certification ({@code certification}); without accreditation they weigh less. */
    CERTIFICATION("certification"),
    /** Words for participation ({@code participation}); a pattern may name its event kind. */
    PARTICIPATION("participation"),
    /** Words for peer recognition ({@code recognition}). */
    RECOGNITION("recognition"),
    /** Words that speak of an assessment, whatever the rung ({@code assessment}): formal evidence. */
    ASSESSMENT("assessment"),
    /** Words that rule an assessment out ({@code no-assessment}): informal evidence. */
    NO_ASSESSMENT("no-assessment"),
    /** Words of accreditation by a third party ({@code accreditation}): certification, and accredited. */
    ACCREDITATION("accreditation"),
    /** Words that name a professional or accrediting body, read in the issuer's profile ({@code professional-body}). */
    PROFESSIONAL_BODY("professional-body"),
    /** Common words of the language, used to detect it ({@code detect}); never vote. */
    DETECT("detect");

    private final String key;

    VocabularyGroup(String key) {
        this.key = key;
    }

    /**
     * Returns the key this group is written with in a rules file, e.g. {@code no-assessment}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Returns the level the group's words vote for, if it is one level.
     *
     * @return the level, or empty for the other groups
     */
    public Optional<LevelKind> level() {
        return switch (this) {
            case KNOWLEDGE -> Optional.of(LevelKind.KNOWLEDGE);
            case SKILL -> Optional.of(LevelKind.SKILL);
            case ABILITY -> Optional.of(LevelKind.ABILITY);
            case CERTIFICATION, ACCREDITATION, PROFESSIONAL_BODY -> Optional.of(LevelKind.CERTIFICATION);
            case PARTICIPATION -> Optional.of(LevelKind.PARTICIPATION);
            case RECOGNITION -> Optional.of(LevelKind.RECOGNITION);
            case ASSESSMENT, NO_ASSESSMENT, DETECT -> Optional.empty();
        };
    }

    /**
     * Finds a group by its key.
     *
     * @param key the key, e.g. {@code skill}
     * @return the group, or empty
     */
    public static Optional<VocabularyGroup> fromKey(String key) {
        for (VocabularyGroup g : values()) {
            if (g.key.equals(key)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
