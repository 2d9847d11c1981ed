package dev.laurel.badges.api.provider.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random values (codes, tokens, secrets, ids) and the hashes under which the store keeps them. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /**
     * A random value, Base64url without padding.
     *
     * @param bytes how many random bytes (32 for tokens, codes and secrets: 256 bits)
     * @return the value
     */
    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * A random identifier in lower-case hex (a grant id).
     *
     * @param bytes how many random bytes
     * @return the hex
     */
    static String hexId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The SHA-256 of a value's UTF-8 bytes, lower-case hex: how codes, tokens and client secrets are stored.
     *
     * @param value the value
     * @return 64 hex digits
     */
    static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Compares two strings in time that depends only on their lengths.
     *
     * @param a one
     * @param b the other
     * @return true when equal
     */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
