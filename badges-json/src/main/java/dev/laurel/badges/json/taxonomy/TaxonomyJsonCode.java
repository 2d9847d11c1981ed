package dev.laurel.badges.json.taxonomy;

import dev.laurel.badges.core.ProblemCode;

/**
 * The stable codes of {@link TaxonomyJsonException} and of the problems it lists: why a policy, a pathway,
 * a backpack export or a credential to load could not be read. Callers branch on these, never on the
 * message.
 */
public enum TaxonomyJsonCode implements ProblemCode {
    /** The input is not well-formed JSON, or breaks a {@link dev.laurel.badges.json.JsonLimits} limit. */
    MALFORMED_JSON,
    /** The document's {@code type} is missing or names another document (a pathway read as a policy...). */
    WRONG_DOCUMENT_TYPE,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A property that the form does not define: a typing mistake is reported, never ignored. */
    UNKNOWN_PROPERTY,
    /** A value has the wrong JSON type (a string where a list is expected...). */
    WRONG_TYPE,
    /** A policy condition names no condition that Laurel knows. */
    UNKNOWN_CONDITION,
    /** A pathway step names no kind of step that Laurel knows. */
    UNKNOWN_STEP,
    /** A condition or step names more than one kind, e.g. both {@code verified} and {@code notExpired}. */
    AMBIGUOUS_KIND,
    /** A level id is none of {@code knowledge skill ability certification participation recognition}. */
    UNKNOWN_LEVEL,
    /** A period is not an ISO 8601 period such as {@code P3Y} or {@code P18M}, or is negative. */
    BAD_PERIOD,
    /** A value is of the right type but not allowed: a confidence outside [0, 1], an empty list, {@code false}... */
    BAD_VALUE,
    /**
     * The pathways were read but are not valid: the problems carry the
     * {@link dev.laurel.badges.core.taxonomy.pathway.PathwayCode} of each finding.
     */
    INVALID_PATHWAY,
    /**
     * Sub-pathways nest deeper than {@link TaxonomyJson#MAX_PATHWAY_NESTING} (a pathway that includes one
     * that includes another...): refused before validation, whose checks follow every level.
     */
    NESTING_TOO_DEEP,
    /** A compact JWS (VC-JWT) cannot be decoded. */
    MALFORMED_JWS,
    /** The input is readable but is not an awarded badge (an OB 3.0 credential or an OB 2.0 assertion). */
    NOT_A_CREDENTIAL,
    /** An OB 3.0 credential list holds an OB 2.0 assertion, which has no place there. */
    NOT_OB3,
    /** A baked image cannot be read safely; the cause is the {@link dev.laurel.badges.json.bake.BakeException}. */
    UNREADABLE_IMAGE,
    /** An image carries no baked badge. */
    NO_BADGE,
    /** An image carries only the URL of a hosted OB 2.0 assertion: it cannot be loaded without fetching. */
    HOSTED_ONLY,
    /** The input is neither a JSON object, a compact JWS, a PNG nor an SVG. */
    UNRECOGNISED_INPUT
}
