package dev.laurel.badges.core.taxonomy.transcript;

/** What an association means for the pathways a {@link Transcript} derives. */
public enum RelationRole {
    /**
     * {@code isPartOf} and {@code isChildOf} (the source is a step of the target's pathway) and
     * {@code isParentOf} (the target is a step of the source's pathway).
     */
    STEP,
    /** {@code precedes}: the source comes before the target; it orders the steps of a pathway. */
    PREREQUISITE,
    /**
     * {@code isPeerOf}, {@code isRelatedTo}, {@code exactMatchOf}, {@code replacedBy}, {@code ext:} and unknown
     * terms: reported, never a step.
     */
    RELATED
}
