package dev.laurel.badges.json.bake;

import dev.laurel.badges.core.ProblemCode;

/**
 * The stable codes of {@link BakeException}: why an image could not be baked or its badge extracted.
 * Callers branch on these, never on the message.
 */
public enum BakeCode implements ProblemCode {
    /** The bytes are neither a PNG (by its signature) nor an SVG (XML text whose root is {@code <svg>}). */
    NOT_AN_IMAGE,
    /** The image ends before its structure does: a cut chunk, a missing {@code IEND}. */
    TRUNCATED,
    /** The image is larger than {@link BakeLimits#maxImageBytes()}. */
    TOO_LARGE,
    /** Reading or writing a caller's stream failed. */
    IO_ERROR,
    /** A PNG chunk's CRC does not match its type and data. */
    BAD_CRC,
    /** A PNG chunk claims a length beyond the PNG maximum (2^31 - 1) or beyond the image limit. */
    CHUNK_TOO_LARGE,
    /** The PNG chunk layout is broken: IHDR not first, a bad chunk type, a malformed text chunk. */
    MALFORMED_PNG,
    /** A compressed badge text inflates beyond {@link BakeLimits#maxInflatedBytes()}. */
    INFLATE_LIMIT,
    /** Badge text (or the SVG document) is not valid UTF-8 or not valid in its declared encoding. */
    INVALID_UTF8,
    /** The SVG is not well-formed XML. */
    MALFORMED_XML,
    /** The SVG declares or uses entities (DTD internal subset, entity references): refused, never expanded. */
    XML_FORBIDDEN,
    /** An SVG to bake into is in an encoding that is not ASCII-compatible (UTF-16, UTF-32) or is unknown. */
    UNSUPPORTED_ENCODING,
    /** The image carries more than one badge (chunk or element); the specifications allow one. */
    DUPLICATE_BADGE,
    /** The badge text is longer than {@link BakeLimits#maxBadgeTextBytes()}. */
    BADGE_TOO_LARGE,
    /** A badge chunk or element is present but carries no text. */
    EMPTY_BADGE,
    /**
     * The embedded text is not a badge: neither an HTTP(S) URL (Open Badges 2.0 only), a compact JWS nor
     * a JSON object, or it holds characters XML forbids.
     */
    INVALID_PAYLOAD
}
