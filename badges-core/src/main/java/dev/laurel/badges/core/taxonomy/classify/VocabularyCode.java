package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.ProblemCode;

/** Why a rules file could not be read as a {@link Vocabulary}. */
public enum VocabularyCode implements ProblemCode {
    /** The file could not be read. */
    IO_ERROR,
    /** A line is neither a comment, blank, nor {@code key = value}. */
    MALFORMED_LINE,
    /** The file does not name its language, or names one that is not a language tag. */
    BAD_LANGUAGE,
    /** A key is not a known group. */
    UNKNOWN_GROUP,
    /** A pattern has characters outside letters, digits and spaces, or a misplaced {@code *} or {@code =}. */
    BAD_PATTERN,
    /** The same pattern is listed twice. */
    DUPLICATE_PATTERN
}
