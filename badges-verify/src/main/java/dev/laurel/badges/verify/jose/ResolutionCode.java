package dev.laurel.badges.verify.jose;

import dev.laurel.badges.core.ProblemCode;

/** Why a key id could not be turned into a key (besides fetch and key-format failures). */
public enum ResolutionCode implements ProblemCode {
    /** The document was fetched but holds no key with that id. */
    KEY_NOT_FOUND,
    /** The key id is of a form no resolver handles (a DID method without resolver, a relative URL...). */
    UNSUPPORTED_KEY_ID,
    /** The published key includes private material: it is compromised and never used. */
    PRIVATE_KEY_PUBLISHED,
    /** The fetched document is not JSON or not of a recognised shape. */
    MALFORMED_KEY_DOCUMENT
}
