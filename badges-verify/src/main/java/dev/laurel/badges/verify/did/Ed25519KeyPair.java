package dev.laurel.badges.verify.did;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 key pair for issuing: the 32-byte private seed (RFC 8032) and its public key.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} never shows the private key.
 *
 * <pre>{@code
 * Ed25519KeyPair keys = Ed25519KeyPair.generate();
 * String issuer = keys.publicKey().didKey();
 * byte[] signature = keys.sign(message);
 * }</pre>
 */
public final class Ed25519KeyPair {

    /** The length of the private seed in bytes. */
    public static final int SEED_LENGTH = 32;

    private final byte[] seed;
    private final byte[] publicBytes;
    private final Ed25519PublicKey publicKey;

    private Ed25519KeyPair(byte[] seed) {
        this.seed = seed;
        this.publicBytes = new byte[Ed25519PublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, publicBytes, 0);
        this.publicKey = Ed25519PublicKey.of(publicBytes);
    }

    /**
     * Returns the key pair of a private seed.
     *
     * @param seed the 32-byte private key; copied
     * @return the key pair
     * @throws NullPointerException if {@code seed} is null
     * @throws IllegalArgumentException if {@code seed} is not 32 bytes
     */
    public static Ed25519KeyPair fromSeed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("seed: must be 32 bytes, was " + seed.length);
        }
        return new Ed25519KeyPair(seed.clone());
    }

    /**
     * Reads a Multikey private key ({@code z3u2...}: multicodec {@code 0x1300} and the seed).
     *
     * @param privateKeyMultibase the {@code secretKeyMultibase} / {@code privateKeyMultibase} value
     * @return the key pair
     * @throws NullPointerException if the argument is null
     * @throws IllegalArgumentException if the text is not an Ed25519 multikey private key
     */
    public static Ed25519KeyPair fromPrivateKeyMultibase(String privateKeyMultibase) {
        Objects.requireNonNull(privateKeyMultibase, "privateKeyMultibase");
        return fromSeed(Multikey.decodePrivateKey(privateKeyMultibase).orElseThrow(
                () -> new IllegalArgumentException("privateKeyMultibase: not an Ed25519 multikey private key")));
    }

    /**
     * Generates a key pair with a new {@link SecureRandom}.
     *
     * @return the key pair
     */
    public static Ed25519KeyPair generate() {
        return generate(new SecureRandom());
    }

    /**
     * Generates a key pair.
     *
     * @param random the source of the seed
     * @return the key pair
     * @throws NullPointerException if {@code random} is null
     */
    public static Ed25519KeyPair generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519KeyPair(seed);
    }

    /**
     * Returns the public key.
     *
     * @return the public key
     */
    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /**
     * Returns a copy of the private seed. Handle with care.
     *
     * @return the 32 bytes
     */
    public byte[] seed() {
        return seed.clone();
    }

    /**
     * Returns the private key in Multikey form (multicodec {@code 0x1300}, base58btc).
     *
     * @return the text, starting with {@code z3u2}
     */
    public String privateKeyMultibase() {
        return Multikey.encodePrivateKey(seed);
    }

    /**
     * Signs a message with pure Ed25519 (deterministic: the same message gives the same signature).
     *
     * @param message the bytes to sign
     * @return the 64-byte signature
     * @throws NullPointerException if {@code message} is null
     */
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        byte[] signature = new byte[Ed25519PublicKey.SIGNATURE_LENGTH];
        Ed25519.sign(seed, 0, publicBytes, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** Returns the public key only. */
    @Override
    public String toString() {
        return "Ed25519KeyPair[" + publicKey.multibase() + "]";
    }
}
