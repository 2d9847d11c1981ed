package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.core.ProblemCode;

/** Why a JSON-LD context document could not be registered in a {@link ContextSet}. */
public enum ContextCode implements ProblemCode {
    /** The URL is not an absolute {@code https} or {@code http} URL without a fragment. */
    INVALID_URL,
    /** The URL is one of the bundled contexts; a bundled W3C or 1EdTech context is never replaced. */
    BUNDLED_URL,
    /** The document is not one JSON object, or has no {@code @context} object or array. */
    NOT_A_CONTEXT,
    /** The document, or the number of registered contexts, is over the limit. */
    TOO_LARGE,
    /**
     * The context defines a term that aliases a JSON-LD keyword other than {@code @id} and {@code @type},
     * or a reverse property: the JSON a caller reads and the dataset the proof signs would differ.
     */
    UNSAFE_TERM
}
