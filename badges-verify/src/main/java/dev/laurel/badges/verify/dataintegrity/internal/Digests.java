package dev.laurel.badges.verify.dataintegrity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One SHA-256 and one SHA-384 {@link MessageDigest} per thread, instead of a provider look-up for every hash.
 *
 * <p>A digest is not thread-safe, so each thread has its own; a caller must finish with it (call
 * {@code digest()}, which resets it) before anything else on the thread can ask for the same one, and
 * RDFC-1.0 resets it before each hash it makes. {@link #sha256()} and {@link #sha384()} reset the digest they
 * return, so a hash abandoned half-way (a budget that ran out inside RDFC-1.0) never leaks into the next.
 */
final class Digests {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> create("SHA-256"));
    private static final ThreadLocal<MessageDigest> SHA_384 = ThreadLocal.withInitial(() -> create("SHA-384"));

    private Digests() {}

    /**
     * Returns this thread's SHA-256 digest, reset.
     *
     * @return the digest
     */
    static MessageDigest sha256() {
        MessageDigest d = SHA_256.get();
        d.reset();
        return d;
    }

    /**
     * Returns this thread's SHA-384 digest, reset.
     *
     * @return the digest
     */
    static MessageDigest sha384() {
        MessageDigest d = SHA_384.get();
        d.reset();
        return d;
    }

    private static MessageDigest create(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }
}
