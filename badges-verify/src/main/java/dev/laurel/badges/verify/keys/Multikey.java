package dev.laurel.badges.verify.keys;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The Multikey encodings of Ed25519 keys: a multicodec varint prefix ({@code 0xed01} for a public
 * key, {@code 0x8026} for a private key) followed by the 32 key bytes, written as multibase base58btc.
 *
 * <p>See <a href="https://www.w3.org/TR/cid-1.0/#Multikey">Multikey</a> and
 * <a href="https://www.w3.org/TR/vc-di-eddsa/#multikey">VC DI EdDSA, Multikey</a>.
 *
 * <pre>{@code
 * String text = Multikey.encodePublicKey(key);                    // "z6Mk..."
 * Optional<LaurelKey> back = Multikey.decodePublicKey(text);
 * }</pre>
 */
public final class Multikey {

    /** The multicodec varint of {@code ed25519-pub} (0xed). */
    private static final byte[] PUBLIC_PREFIX = {(byte) 0xed, 0x01};

    /** The multicodec varint of {@code ed25519-priv} (0x1300). */
    private static final byte[] PRIVATE_PREFIX = {(byte) 0x80, 0x26};

    private static final int KEY_LENGTH = 32;

    private Multikey() {}

    /**
     * Encodes an Ed25519 public key as a Multikey {@code publicKeyMultibase}.
     *
     * @param key the key
     * @return the text, starting with {@code z6Mk}
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalStateException if the key is not an Ed25519 key
     */
    public static String encodePublicKey(LaurelKey key) {
        Objects.requireNonNull(key, "key");
        return key.publicKeyMultibase();
    }

    static String encodeEd25519(byte[] raw) {
        return Multibase.encodeBase58Btc(concat(PUBLIC_PREFIX, raw));
    }

    /**
     * Decodes a Multikey {@code publicKeyMultibase} holding an Ed25519 public key, as untrusted input.
     *
     * @param multibase the text
     * @return the key, or empty if the text is not base58btc, lacks the {@code 0xed01} prefix, has the
     *     wrong length or is not a valid curve point
     * @throws NullPointerException if {@code multibase} is null
     */
    public static Optional<LaurelKey> decodePublicKey(String multibase) {
        Objects.requireNonNull(multibase, "multibase");
        if (multibase.isEmpty() || multibase.charAt(0) != Multibase.BASE58BTC) {
            return Optional.empty();
        }
        return Multibase.decode(multibase)
                .filter(b -> b.length == PUBLIC_PREFIX.length + KEY_LENGTH && hasPrefix(b, PUBLIC_PREFIX))
                .flatMap(b -> ed25519(Arrays.copyOfRange(b, PUBLIC_PREFIX.length, b.length)));
    }

    /**
     * Reads 32 raw bytes as an Ed25519 public key, as untrusted input.
     *
     * @param raw the bytes
     * @return the key, or empty if they are not a valid Ed25519 public key
     * @throws NullPointerException if {@code raw} is null
     */
    public static Optional<LaurelKey> ed25519(byte[] raw) {
        try {
            return Optional.of(LaurelKey.ed25519(raw));
        } catch (KeyException e) {
            return Optional.empty();
        }
    }

    /**
     * Encodes an Ed25519 private seed as a Multikey {@code secretKeyMultibase}.
     *
     * @param seed the 32-byte seed
     * @return the text, starting with {@code z3u2}
     * @throws NullPointerException if {@code seed} is null
     * @throws IllegalArgumentException if {@code seed} is not 32 bytes
     */
    public static String encodePrivateKey(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != KEY_LENGTH) {
            throw new IllegalArgumentException("seed: must be 32 bytes, was " + seed.length);
        }
        return encodeEd25519Seed(seed);
    }

    static String encodeEd25519Seed(byte[] seed) {
        return Multibase.encodeBase58Btc(concat(PRIVATE_PREFIX, seed));
    }

    /**
     * Decodes a Multikey {@code secretKeyMultibase} holding an Ed25519 private seed.
     *
     * @param multibase the text
     * @return the 32-byte seed, or empty if the text is not such a key
     * @throws NullPointerException if {@code multibase} is null
     */
    public static Optional<byte[]> decodePrivateKey(String multibase) {
        Objects.requireNonNull(multibase, "multibase");
        if (multibase.isEmpty() || multibase.charAt(0) != Multibase.BASE58BTC) {
            return Optional.empty();
        }
        return Multibase.decode(multibase)
                .filter(b -> b.length == PRIVATE_PREFIX.length + KEY_LENGTH && hasPrefix(b, PRIVATE_PREFIX))
                .map(b -> Arrays.copyOfRange(b, PRIVATE_PREFIX.length, b.length));
    }

    private static boolean hasPrefix(byte[] bytes, byte[] prefix) {
        return bytes[0] == prefix[0] && bytes[1] == prefix[1];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
