package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.ProblemCode;

/** The codes of problems found by {@link BadgeValidator} in a model object. */
public enum ValidationCode implements ProblemCode {
    /** A property the specification requires is absent (or an empty list where one value is required). */
    REQUIRED_PROPERTY_MISSING,
    /** A text property that must say something is empty or only white space. */
    BLANK_VALUE,
    /** A value that must be an IRI (URI, URL, DID, URN, data URI) is not one. */
    INVALID_IRI,
    /**
     * A {@code type} list lacks the type the specification requires, or a single {@code type} that the
     * specification fixes to one IRI (e.g. {@code Image}) is absent.
     */
    MISSING_TYPE,
    /** Two dates are in the wrong order, e.g. {@code validUntil} before {@code validFrom}. */
    DATES_OUT_OF_ORDER,
    /** An OB 3.0 date-time lacks the time zone that {@code DateTimeZ} requires. */
    DATE_WITHOUT_ZONE,
    /** A recipient identity hash is not {@code sha256$<hex>} or {@code md5$<hex>}. */
    INVALID_IDENTITY_HASH,
    /** An OB 3.0 credential subject has neither an {@code id} nor an {@code identifier}. */
    SUBJECT_NOT_IDENTIFIED,
    /** An achievement at a formal taxonomy level has no criteria. */
    FORMAL_LEVEL_WITHOUT_CRITERIA,
    /** A value is outside the set the specification allows. */
    VALUE_NOT_ALLOWED,
    /**
     * A CLR association's {@code sourceId} or {@code targetId} is not the {@code id} of an achievement the CLR
     * holds (in its subject's {@code achievement} list or in a nested credential).
     */
    ASSOCIATION_NOT_RESOLVED,
    /** Any other broken specification rule; the message says which. */
    SPEC_RULE_BROKEN
}
