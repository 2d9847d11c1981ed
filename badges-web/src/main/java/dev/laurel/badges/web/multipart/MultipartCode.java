package dev.laurel.badges.web.multipart;

/** Why a {@code multipart/form-data} body was refused: the code of a {@link MultipartException}. */
public enum MultipartCode {
    /** The {@code Content-Type} is not {@code multipart/form-data}. */
    NOT_MULTIPART,
    /** The {@code Content-Type} names no usable boundary (RFC 2046 5.1.1: 1 to 70 characters). */
    BAD_BOUNDARY,
    /** The body is larger than {@link MultipartLimits#maxBytes()}. */
    TOO_LARGE,
    /** The body has more parts than {@link MultipartLimits#maxParts()}. */
    TOO_MANY_PARTS,
    /** A part's header section is larger than {@link MultipartLimits#maxHeaderBytes()}. */
    HEADER_TOO_LARGE,
    /** The body does not follow RFC 7578 / RFC 2046: a missing delimiter, header or name, or no closing delimiter. */
    MALFORMED
}
