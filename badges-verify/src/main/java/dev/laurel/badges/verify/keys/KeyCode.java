package dev.laurel.badges.verify.keys;

import dev.laurel.badges.core.ProblemCode;

/** Why a key could not be read or used. */
public enum KeyCode implements ProblemCode {
    /** The key text is malformed: bad JWK JSON, bad PEM, bad DER, a point not on its curve. */
    INVALID_KEY,
    /** The key is well formed but not one Laurel accepts: another curve or type, RSA below 2048 bits. */
    UNSUPPORTED_KEY
}
