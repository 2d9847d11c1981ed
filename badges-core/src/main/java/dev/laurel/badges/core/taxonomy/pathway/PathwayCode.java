package dev.laurel.badges.core.taxonomy.pathway;

import dev.laurel.badges.core.ProblemCode;

/** Why a set of pathways is not valid. */
public enum PathwayCode implements ProblemCode {
    /** An id (of a pathway, step, achievement, competency or referenced pathway) is blank. */
    BLANK_ID,
    /** Two pathways in the set have the same id. */
    DUPLICATE_PATHWAY_ID,
    /** Two steps of one pathway (at any depth) have the same id. */
    DUPLICATE_STEP_ID,
    /** A pathway has no steps. */
    EMPTY_PATHWAY,
    /** An any-of step has no options. */
    EMPTY_CHOICE,
    /** An any-of step requires fewer than one option. */
    CHOICE_OUT_OF_RANGE,
    /** An any-of step requires more options than it has, or than can be met. */
    CHOICE_UNREACHABLE,
    /** A sub-pathway step names a pathway that is not in the set. */
    UNKNOWN_PATHWAY,
    /** A pathway includes itself, directly or through other pathways. */
    CYCLE,
    /** Sub-pathways nest deeper than {@link Pathways#MAX_NESTING}. */
    NESTING_TOO_DEEP,
    /** A pathway cannot be completed through its steps. */
    UNREACHABLE_GOAL
}
