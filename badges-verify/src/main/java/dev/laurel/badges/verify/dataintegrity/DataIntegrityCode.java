package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.core.ProblemCode;

/** Why a document could not be signed (or a selective disclosure derived from it). */
public enum DataIntegrityCode implements ProblemCode {
    /** A context is not bundled, or JSON-LD processing of the document failed. */
    CONTEXT_FAILURE,
    /** JSON-LD processing would drop data: a term or type that no context defines. */
    UNSAFE_DOCUMENT,
    /** Canonicalisation exceeded its time or step budget. */
    CANONICALIZATION_LIMIT,
    /** The document is not a processable JSON-LD object, or the proof options do not fit it. */
    INVALID_DOCUMENT,
    /**
     * An {@code ecdsa-sd-2023} JSON Pointer (mandatory or selective) is not a JSON Pointer (RFC 6901) or
     * names nothing in the document.
     */
    INVALID_POINTER
}
