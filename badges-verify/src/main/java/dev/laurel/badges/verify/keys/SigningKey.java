package dev.laurel.badges.verify.keys;

import java.util.Objects;
import java.util.Optional;

/**
 * A key that signs: given the bytes to sign, it returns the signature. Every Laurel signer takes one
 * ({@code DataIntegritySigner}, {@code VcJwtSigner}, {@code SignedBadgeSigner}) and calls nothing but
 * {@link #kind()}, {@link #publicOnly()}, {@link #keyId()}, {@link #canSign()} and {@link #sign(byte[])},
 * so the private key may stay wherever it is kept:
 *
 * <ul>
 *   <li>in memory: {@link LaurelKey} is a signing key when it has a private part;</li>
 *   <li>in a Java {@link java.security.KeyStore} (PKCS#12, JKS) or an HSM behind a PKCS#11 provider:
 *       {@link KeyStoreSigningKey}, which signs through the JCA with the store's private-key handle;</li>
 *   <li>in a cloud KMS: an implementation of this interface whose {@link #sign(byte[])} calls the KMS.</li>
 * </ul>
 *
 * <p>What a signer writes besides the signature is known before anything is signed: the algorithm
 * ({@link #kind()}: {@code EdDSA}, {@code ES256}, {@code ES384} or {@code RS256}), the public key
 * ({@link #publicOnly()}, for a header {@code jwk}, a {@code did:key}, a {@code publicKeyMultibase}, an
 * OB 2.0 {@code CryptographicKey}) and, optionally, the key id a verifier resolves ({@link #keyId()}).
 *
 * <p>The signature is the raw form the proof formats carry, which {@link #sign(byte[])} documents per
 * kind. Every Laurel signer checks a signature from a key other than a {@link LaurelKey} against the
 * public key before it uses it ({@link #signChecked(SigningKey, byte[])}): a KMS that answers in DER, or
 * signs a digest of the digest, makes a {@link KeyException} with {@link KeyCode#SIGNING_FAILED}, never a
 * badge that does not verify.
 *
 * <p>Implementations must be immutable and thread-safe: one signer serves many threads.
 *
 * <pre>{@code
 * SigningKey key = KeyStoreSigningKey.open(Path.of("issuer.p12"), "badges", password);
 * String jwt = VcJwtSigner.of(key).withKeyId("https://example.edu/issuers/1#key-1").sign(credential);
 * }</pre>
 */
public interface SigningKey {

    /**
     * Returns the kind of key, which fixes the algorithm and the form of the signature.
     *
     * @return the kind
     */
    KeyKind kind();

    /**
     * Returns the public key, without private part. Signers call this once, when they are made; it must
     * not change, and it should not need a round trip to a remote store (fetch it when the key is made).
     *
     * @return the public key, of {@link #kind()}, whose {@link LaurelKey#canSign()} is {@code false}
     *     (for a {@link LaurelKey}: itself without its private part)
     */
    LaurelKey publicOnly();

    /**
     * Returns the id a verifier dereferences to this key's public key (an https URL or a DID URL), if the
     * key was given one. {@code VcJwtSigner} makes it the default {@code kid}. A key store alias or a
     * KMS key name is not such an id.
     *
     * @return the key id; empty by default and for a {@link LaurelKey}
     */
    default Optional<String> keyId() {
        return Optional.empty();
    }

    /**
     * Tells whether this key can sign at all. A key kept in a store answers {@code true}; its store may
     * still refuse a signature, which {@link #sign(byte[])} reports.
     *
     * @return {@code true} by default; {@code false} for a {@link LaurelKey} without private part
     */
    default boolean canSign() {
        return true;
    }

    /**
     * Signs a message with this key's algorithm, hashing it as the algorithm says (the message is the
     * data, never a digest of it), and returns the raw signature, the output of the JCA signature
     * {@link KeyKind#jcaAlgorithm()} names:
     *
     * <table>
     *   <caption>The signature form of each kind</caption>
     *   <tr><th>kind</th><th>JCA name</th><th>signature</th></tr>
     *   <tr><td>{@link KeyKind#ED25519}</td><td>{@code Ed25519}</td><td>64 bytes (RFC 8032)</td></tr>
     *   <tr><td>{@link KeyKind#P256}</td><td>{@code SHA256withECDSAinP1363Format}</td><td>64 bytes,
     *       IEEE P1363 {@code r||s} (not DER), as JOSE {@code ES256} and Data Integrity ECDSA want</td></tr>
     *   <tr><td>{@link KeyKind#P384}</td><td>{@code SHA384withECDSAinP1363Format}</td><td>96 bytes,
     *       {@code r||s}, as JOSE {@code ES384} wants</td></tr>
     *   <tr><td>{@link KeyKind#RSA}</td><td>{@code SHA256withRSA}</td><td>RSASSA-PKCS1-v1_5 with SHA-256,
     *       as long as the modulus (JOSE {@code RS256})</td></tr>
     * </table>
     *
     * @param message the bytes to sign
     * @return the signature
     * @throws NullPointerException if message is null
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if the key's store refuses or fails
     * @throws IllegalStateException if this key cannot sign ({@link #canSign()} is {@code false})
     */
    byte[] sign(byte[] message);

    /**
     * Signs a message and, unless the key is a {@link LaurelKey} (whose signatures are Laurel's own),
     * checks the signature against {@link #publicOnly()} before returning it: what every Laurel signer
     * does. An exception other than a {@link KeyException} from the key becomes one.
     *
     * @param key the key
     * @param message the bytes to sign
     * @return the signature, in the form {@link #sign(byte[])} documents
     * @throws NullPointerException if an argument is null
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if the key fails, returns no signature, or
     *     returns one that does not verify with its public key (the message says which form was expected)
     * @throws IllegalStateException if the key cannot sign
     */
    static byte[] signChecked(SigningKey key, byte[] message) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        if (key instanceof LaurelKey) {
            return key.sign(message);
        }
        byte[] signature;
        try {
            signature = key.sign(message);
        } catch (KeyException | IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KeyException(KeyCode.SIGNING_FAILED, "the " + key.kind() + " key did not sign: "
                    + (e.getMessage() == null ? "no reason given" : e.getMessage()), e);
        }
        if (signature == null) {
            throw new KeyException(KeyCode.SIGNING_FAILED, "the " + key.kind() + " key returned no signature");
        }
        if (!key.publicOnly().verify(message, signature)) {
            throw new KeyException(KeyCode.SIGNING_FAILED, "the " + signature.length + "-byte signature the "
                    + key.kind() + " key returned does not verify with its public key; " + key.kind().jwsAlgorithm()
                    + " needs " + expectedForm(key.kind()) + " over the message itself");
        }
        return signature;
    }

    /**
     * Checks that a key can sign and that its public key is of its kind and public only, and returns that
     * public key: what every Laurel signer does when it is made.
     *
     * @param key the key
     * @return {@code key.publicOnly()}
     * @throws NullPointerException if key or its public key is null
     * @throws IllegalArgumentException if the key cannot sign, or its public key is of another kind or
     *     has a private part
     */
    static LaurelKey checkedPublicKey(SigningKey key) {
        Objects.requireNonNull(key, "key");
        if (!key.canSign()) {
            throw new IllegalArgumentException("key has no private part: " + key);
        }
        LaurelKey publicKey = Objects.requireNonNull(key.publicOnly(), "key.publicOnly()");
        if (publicKey.kind() != key.kind()) {
            throw new IllegalArgumentException("the key says it is " + key.kind() + " but its public key is "
                    + publicKey.kind());
        }
        if (publicKey.canSign()) {
            throw new IllegalArgumentException("key.publicOnly() must not hold a private part");
        }
        return publicKey;
    }

    private static String expectedForm(KeyKind kind) {
        return switch (kind) {
            case ED25519 -> "a 64-byte Ed25519 signature (RFC 8032)";
            case P256 -> "the 64-byte IEEE P1363 r||s of ECDSA with SHA-256 (not DER)";
            case P384 -> "the 96-byte IEEE P1363 r||s of ECDSA with SHA-384 (not DER)";
            case RSA -> "an RSASSA-PKCS1-v1_5 signature with SHA-256";
        };
    }
}
