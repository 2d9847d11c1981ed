package dev.laurel.badges.verify.keys;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The Multikey encodings of public keys, written as multibase base58btc: a multicodec varint prefix
 * followed by the key bytes. Ed25519 ({@code ed25519-pub}, 0xed, varint {@code 0xed01}, 32 bytes,
 * {@code z6Mk...}); P-256 ({@code p256-pub}, 0x1200, varint {@code 0x8024}, the 33-byte SEC1 compressed
 * point, {@code zDn...}); P-384 ({@code p384-pub}, 0x1201, varint {@code 0x8124}, the 49-byte compressed
 * point, {@code z82...}). Private keys: Ed25519 only ({@code ed25519-priv}, 0x1300, varint {@code 0x8026}).
 *
 * <p>See <a href="https://www.w3.org/TR/cid-1.0/#Multikey">Multikey</a> and
 * <a href="https://www.w3.org/TR/vc-di-eddsa/#multikey">VC DI EdDSA, Multikey</a> and
 * <a href="https://www.w3.org/TR/vc-di-ecdsa/#multikey">VC DI ECDSA, Multikey</a>.
 *
 * <pre>{@code
 * String text = Multikey.encodePublicKey(key);                    // "z6Mk..."
 * Optional<LaurelKey> back = Multikey.decodePublicKey(text);
 * }</pre>
 */
public final class Multikey {

    /** The multicodec varint of {@code ed25519-pub} (0xed). */
    private static final byte[] PUBLIC_PREFIX = {(byte) 0xed, 0x01};

    /** The multicodec varint of {@code p256-pub} (0x1200). */
    private static final byte[] P256_PREFIX = {(byte) 0x80, 0x24};

    /** The multicodec varint of {@code p384-pub} (0x1201). */
    private static final byte[] P384_PREFIX = {(byte) 0x81, 0x24};

    /** The multicodec varint of {@code ed25519-priv} (0x1300). */
    private static final byte[] PRIVATE_PREFIX = {(byte) 0x80, 0x26};

    private static final int KEY_LENGTH = 32;

    private Multikey() {}

    /**
     * Encodes an Ed25519, P-256 or P-384 public key as a Multikey {@code publicKeyMultibase}.
     *
     * @param key the key
     * @return the text, starting with {@code z6Mk} (Ed25519), {@code zDn} (P-256) or {@code z82} (P-384)
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalStateException if the key is an RSA key
     */
    public static String encodePublicKey(LaurelKey key) {
        Objects.requireNonNull(key, "key");
        return key.publicKeyMultibase();
    }

    static String encodeEd25519(byte[] raw) {
        return Multibase.encodeBase58Btc(concat(PUBLIC_PREFIX, raw));
    }

    static String encodeEc(KeyKind kind, byte[] compressed) {
        return Multibase.encodeBase58Btc(concat(kind == KeyKind.P256 ? P256_PREFIX : P384_PREFIX, compressed));
    }

    /**
     * Decodes a Multikey {@code publicKeyMultibase} holding an Ed25519, P-256 or P-384 public key, as
     * untrusted input. An EC point must be compressed and on its curve.
     *
     * @param multibase the text
     * @return the key, or empty if the text is not base58btc, has none of the {@code 0xed01},
     *     {@code 0x8024} or {@code 0x8124} prefixes, has the wrong length or is not a valid curve point
     * @throws NullPointerException if {@code multibase} is null
     */
    public static Optional<LaurelKey> decodePublicKey(String multibase) {
        Objects.requireNonNull(multibase, "multibase");
        if (multibase.isEmpty() || multibase.charAt(0) != Multibase.BASE58BTC) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = Multibase.decode(multibase).filter(b -> b.length > 2);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        byte[] b = bytes.get();
        byte[] rest = Arrays.copyOfRange(b, 2, b.length);
        if (hasPrefix(b, PUBLIC_PREFIX)) {
            return rest.length == KEY_LENGTH ? ed25519(rest) : Optional.empty();
        }
        if (hasPrefix(b, P256_PREFIX)) {
            return ec(KeyKind.P256, rest);
        }
        if (hasPrefix(b, P384_PREFIX)) {
            return ec(KeyKind.P384, rest);
        }
        return Optional.empty();
    }

    /**
     * Reads a SEC1 compressed point (33 bytes for P-256, 49 for P-384) as a public key, as untrusted input.
     *
     * @param kind {@link KeyKind#P256} or {@link KeyKind#P384}
     * @param compressed the point
     * @return the key, or empty if the bytes are not a compressed point on that curve
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code kind} is not an EC kind
     */
    public static Optional<LaurelKey> ec(KeyKind kind, byte[] compressed) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(compressed, "compressed");
        if (kind != KeyKind.P256 && kind != KeyKind.P384) {
            throw new IllegalArgumentException("kind: P256 or P384, not " + kind);
        }
        try {
            return Optional.of(LaurelKey.ofPublic(KeyCodec.ecPublicFromCompressed(kind, compressed)));
        } catch (KeyException e) {
            return Optional.empty();
        }
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
