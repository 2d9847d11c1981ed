package dev.laurel.badges.server;

import dev.laurel.badges.core.ProblemCode;

/** Why a {@link LaurelServer} could not be configured, started or stopped. Stable names: callers switch on them. */
public enum ServerCode implements ProblemCode {
    /**
     * Plain HTTP was asked for on an address that is not loopback: without a keystore the server listens only on
     * {@code 127.0.0.1}, {@code ::1} or another loopback address (development), never where others can reach it.
     */
    PLAIN_HTTP_NOT_LOOPBACK,
    /** The keystore file cannot be read, is not PKCS12 or JKS, the password is wrong, or it holds no key. */
    KEYSTORE_UNUSABLE,
    /** The port is taken, not allowed, or the address is not this machine's. */
    BIND_FAILED,
    /** The server failed to start or to stop for another reason (its message says which). */
    SERVER_FAILED
}
