package dev.laurel.badges.verify.did;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (RFC 8032): 32 bytes that decode to a point of the curve.
 *
 * <p>Instances are immutable and thread-safe. The decoded point is kept, so verifying many signatures
 * with one key does not decode it again.
 *
 * <pre>{@code
 * Ed25519PublicKey key = Ed25519PublicKey.fromMultibase("z6Mk...").orElseThrow();
 * boolean ok = key.verify(message, signature);
 * String did = key.didKey();   // "did:key:z6Mk..."
 * }</pre>
 */
public final class Ed25519PublicKey {

    /** The length of an encoded key in bytes. */
    public static final int LENGTH = 32;

    /** The length of a signature in bytes. */
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] bytes;
    private final Ed25519.PublicPoint point;
    /** The Multikey text, computed on first use; a benign race at worst computes it twice. */
    private String multibase;

    private Ed25519PublicKey(byte[] bytes, Ed25519.PublicPoint point) {
        this.bytes = bytes;
        this.point = point;
    }

    /**
     * Reads a key from its 32 bytes, as untrusted input.
     *
     * @param bytes the encoded key
     * @return the key, or empty if the bytes are not 32 long or are not a curve point
     * @throws NullPointerException if {@code bytes} is null
     */
    public static Optional<Ed25519PublicKey> parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            return Optional.empty();
        }
        byte[] copy = bytes.clone();
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(copy, 0);
        return point == null ? Optional.empty() : Optional.of(new Ed25519PublicKey(copy, point));
    }

    /**
     * Returns the key with these 32 bytes.
     *
     * @param bytes the encoded key
     * @return the key
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException if the bytes are not an Ed25519 public key
     */
    public static Ed25519PublicKey of(byte[] bytes) {
        return parse(bytes).orElseThrow(() -> new IllegalArgumentException(
                "bytes: not an Ed25519 public key (" + bytes.length + " bytes)"));
    }

    /**
     * Reads a Multikey-encoded key ({@code z6Mk...}), as untrusted input.
     *
     * @param multibase the {@code publicKeyMultibase} value
     * @return the key, or empty if the text is not a multibase Ed25519 multikey
     * @throws NullPointerException if {@code multibase} is null
     * @see Multikey#decodePublicKey(String)
     */
    public static Optional<Ed25519PublicKey> fromMultibase(String multibase) {
        return Multikey.decodePublicKey(multibase);
    }

    /**
     * Returns a copy of the 32 key bytes.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the Multikey form: base58btc multibase of the multicodec prefix {@code 0xed01} and the key.
     *
     * @return the text, starting with {@code z6Mk}
     */
    public String multibase() {
        String text = multibase;
        if (text == null) {
            text = Multikey.encodePublicKey(this);
            multibase = text;
        }
        return text;
    }

    /**
     * Returns the {@code did:key} DID of this key.
     *
     * @return {@code did:key:} followed by {@link #multibase()}
     */
    public String didKey() {
        return "did:key:" + multibase();
    }

    /**
     * Returns the verification method id of this key's {@code did:key} document.
     *
     * @return {@code did:key:z6Mk...#z6Mk...}
     */
    public String didKeyVerificationMethod() {
        String mb = multibase();
        return "did:key:" + mb + "#" + mb;
    }

    /**
     * Verifies an Ed25519 signature (RFC 8032, pure Ed25519).
     *
     * @param message the signed bytes
     * @param signature the signature
     * @return {@code true} when the signature is 64 bytes and valid for this key and message
     * @throws NullPointerException if an argument is null
     */
    public boolean verify(byte[] message, byte[] signature) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        return Ed25519.verify(signature, 0, point, message, 0, message.length);
    }

    /** Keys are equal when their bytes are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519PublicKey && Arrays.equals(bytes, ((Ed25519PublicKey) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Returns the Multikey form. */
    @Override
    public String toString() {
        return multibase();
    }
}
