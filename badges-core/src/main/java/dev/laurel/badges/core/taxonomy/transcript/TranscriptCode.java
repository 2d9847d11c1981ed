package dev.laurel.badges.core.taxonomy.transcript;

import dev.laurel.badges.core.ProblemCode;

/**
 * What a {@link Transcript} reports about a CLR (findings, never thrown) and why a {@link ClrAssembler}
 * refuses to build one (the code of a {@link ClrAssemblyException}).
 */
public enum TranscriptCode implements ProblemCode {
    /** The CLR has no {@code credentialSubject}: there is no learner and nothing to list. */
    NO_SUBJECT,
    /** Two nested credentials have the same {@code id}; the backpack view keeps the later one only. */
    DUPLICATE_CREDENTIAL_ID,
    /** An association lacks its {@code associationType}, {@code sourceId} or {@code targetId}, or one is blank. */
    ASSOCIATION_INCOMPLETE,
    /** An association names an achievement the CLR does not hold; it is kept as a relation. */
    ASSOCIATION_NOT_RESOLVED,
    /** Part-of associations ({@code isPartOf}, {@code isChildOf}, {@code isParentOf}) form a cycle. */
    PART_OF_CYCLE,
    /** {@code precedes} associations form a cycle: no order satisfies them. */
    PRECEDES_CYCLE,
    /**
     * Part-of associations nest deeper than {@code Pathways.MAX_NESTING}: the deepest part is a required
     * achievement of its whole's pathway rather than a sub-pathway.
     */
    NESTING_TOO_DEEP,
    /** The pathways derived from the associations do not validate (not expected; the message gives the pathway code). */
    PATHWAY_INVALID,
    /** Assembling: no credential was chosen. */
    NO_CREDENTIALS,
    /** Assembling: a chosen credential cannot be nested as it is (an OB 2.0 assertion, or received as a JWS). */
    NOT_NESTABLE,
    /** Assembling: no learner was given and the credentials do not name one. */
    NO_LEARNER,
    /** Assembling: the chosen credentials are about different learners. */
    DIFFERENT_LEARNERS,
    /** Assembling: an association names an achievement none of the chosen credentials holds. */
    UNKNOWN_ACHIEVEMENT,
    /** Assembling: the assembled CLR does not validate. */
    INVALID_CLR
}
