package dev.laurel.badges.api.wire;

import dev.laurel.badges.core.ProblemCode;

/** Why an API wire value could not be read. Stable names: callers switch on them. */
public enum WireCode implements ProblemCode {
    /** Not well-formed JSON within {@code BadgeJson}'s limits (truncated, duplicate key, too deep, too large). */
    MALFORMED_JSON,
    /** A property has the wrong JSON type (e.g. a number where a string is required). */
    WRONG_TYPE,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A property has a value outside what the specification allows (an unknown enum value, a bad pattern). */
    INVALID_VALUE,
    /** A {@code Link} header that is not RFC 8288 syntax, or whose target is not a URI. */
    INVALID_LINK_HEADER,
    /** A header longer than the bound this package reads. */
    HEADER_TOO_LONG,
    /** An {@code X-Total-Count} header that is not a non-negative decimal integer. */
    INVALID_TOTAL_COUNT
}
