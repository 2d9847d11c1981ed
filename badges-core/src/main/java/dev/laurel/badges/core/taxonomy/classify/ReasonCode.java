package dev.laurel.badges.core.taxonomy.classify;

/**
 * The stable code of a {@link Reason}; callers branch on it, never on the message.
 * docs/TAXONOMY.md gives the weight of each.
 */
public enum ReasonCode {
    /** The badge declares its level with a Laurel level alignment: confidence 1.0, nothing else read. */
    DECLARED_LEVEL,
    /** More than one Laurel level alignment, with different levels: the first is kept. */
    CONFLICTING_DECLARED_LEVELS,
    /** A standard OB 3.0 {@code achievementType} that points to a level. */
    ACHIEVEMENT_TYPE,
    /** An {@code achievementType} that says nothing about the level (Achievement, Badge, MicroCredential, LearningProgram). */
    GENERIC_ACHIEVEMENT_TYPE,
    /** An {@code achievementType} extension term ({@code ext:...}) or unknown term, not interpreted. */
    UNKNOWN_ACHIEVEMENT_TYPE,
    /** Result descriptions define an assessment (required value or level, grades, scores, a rubric): formal. */
    ASSESSMENT_DEFINED,
    /** A rubric with criterion levels: a performance is judged, which points to skill. */
    RUBRIC_DEFINED,
    /** The credential records results for the learner: formal. */
    RESULTS_RECORDED,
    /** Credits are available or earned: assessed coursework, formal. */
    CREDITS,
    /** The credential carries a licence number: certification. */
    LICENSE_NUMBER,
    /** The credential (or OB 2.0 assertion) carries evidence or an evidence narrative: formal. */
    EVIDENCE_PRESENT,
    /** The achievement is aligned to an external competency framework or registry: formal. */
    COMPETENCY_ALIGNMENT,
    /** Words in the criteria narrative point to a level. */
    CRITERIA_KEYWORDS,
    /** Words in the name or description point to a level. */
    DESCRIPTION_KEYWORDS,
    /** Tags name a level or use words that point to one. */
    TAG_KEYWORDS,
    /** Words that speak of an assessment (pass, score, grade, assessed...): formal. */
    ASSESSMENT_KEYWORDS,
    /** Words that rule an assessment out ("no assessment", "ungraded"): informal. */
    NO_ASSESSMENT_KEYWORDS,
    /** Formal (or informal) evidence with no word for the rung: the first rung of that kind is taken. */
    FIRST_RUNG,
    /** The achievement or badge class is not embedded (only its IRI), so there is little to read. */
    NO_DEFINITION,
    /** The level the evidence points to, with its score against the total. */
    INFERRED,
    /** The evidence is too weak or too split to name a level. */
    WEAK_EVIDENCE,
    /** Nothing in the badge points to any level. */
    NO_EVIDENCE,
    /** The language the words were read in: declared by the document, or detected from its common words. */
    LANGUAGE,
    /** Words in the evidence (a portfolio, a project, an attendance record) point to a level. */
    EVIDENCE_KEYWORDS,
    /** The issuer's profile says what kind of body it is (an accrediting body, a professional association, a conference). */
    ISSUER_KIND,
    /** An alignment to a credential in a registry (CTDL {@code ceterms:Credential}) names a certification or its accreditation. */
    CREDENTIAL_ALIGNMENT,
    /** The {@code achievementType} is contradicted by the rest of the badge and keeps only part of its weight. */
    TYPE_CONTRADICTED,
    /** A certification is claimed but nothing shows an accreditation: its score is reduced. */
    UNACCREDITED_CERTIFICATION,
    /** What shows the accreditation of a certification. */
    ACCREDITED,
    /** Only one kind of evidence speaks for the level: the confidence is held below the top. */
    SINGLE_SOURCE,
    /** Peers nominate, vote or thank among people who took part: the words of taking part are context, not a vote. */
    RECOGNITION_CONTEXT,
    /** The OB 2.0 badge class, linked by IRI, was supplied by the caller's {@link BadgeClassSource}. */
    BADGE_CLASS_FETCHED
}
