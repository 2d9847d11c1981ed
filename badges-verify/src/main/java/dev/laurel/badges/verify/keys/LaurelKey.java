package dev.laurel.badges.verify.keys;

import dev.laurel.badges.verify.keys.internal.JwkCodec;
import dev.laurel.badges.verify.keys.internal.KeyCodec;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing key: its kind, its public key and, for a key that signs, its private key. Plain
 * {@code java.security} keys (JDK EdEC for Ed25519, RSA, EC) inside; JWK and PEM outside.
 *
 * <p>{@link #toString()} never shows private material.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.ED25519);
 * String publicJwk = key.toPublicJwk();         // {"kty":"OKP","crv":"Ed25519","x":"...","kid":"<thumbprint>"}
 * LaurelKey verifying = KeyPairs.fromJwk(publicJwk);
 * }</pre>
 *
 * @param kind the kind, which fixes the JWS algorithm
 * @param publicKey the public key, of that kind
 * @param privateKey the private key of the same pair, if this key signs
 */
public record LaurelKey(KeyKind kind, PublicKey publicKey, Optional<PrivateKey> privateKey) {

    /**
     * Creates a key.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a key is not of the given kind
     * @throws KeyException if the public key is of a kind or size Laurel does not accept
     */
    public LaurelKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        KeyKind actual = KeyCodec.kindOf(publicKey);
        if (actual != kind) {
            throw new IllegalArgumentException("publicKey is a " + actual + " key, not " + kind);
        }
        privateKey.ifPresent(p -> KeyCodec.requirePrivateKind(kind, p));
    }

    /**
     * Returns a verifying key.
     *
     * @param publicKey an Ed25519, RSA or P-256 public key
     * @return the key without private part
     * @throws NullPointerException if publicKey is null
     * @throws KeyException if the key is of a kind or size Laurel does not accept
     */
    public static LaurelKey ofPublic(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        return new LaurelKey(KeyCodec.kindOf(publicKey), publicKey, Optional.empty());
    }

    /**
     * Returns a signing key.
     *
     * @param pair an Ed25519, RSA or P-256 key pair
     * @return the key
     * @throws NullPointerException if pair or one of its keys is null
     * @throws IllegalArgumentException if the private key is not of the public key's kind
     * @throws KeyException if the key is of a kind or size Laurel does not accept
     */
    public static LaurelKey of(KeyPair pair) {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(pair.getPublic(), "pair.getPublic()");
        Objects.requireNonNull(pair.getPrivate(), "pair.getPrivate()");
        return new LaurelKey(KeyCodec.kindOf(pair.getPublic()), pair.getPublic(), Optional.of(pair.getPrivate()));
    }

    /**
     * Returns the JWS algorithm of this key.
     *
     * @return {@code EdDSA}, {@code RS256} or {@code ES256}
     */
    public String jwsAlgorithm() {
        return kind.jwsAlgorithm();
    }

    /**
     * Tells whether this key can sign.
     *
     * @return {@code true} if it has a private key
     */
    public boolean canSign() {
        return privateKey.isPresent();
    }

    /**
     * Returns this key without its private part.
     *
     * @return a verifying key
     */
    public LaurelKey publicOnly() {
        return privateKey.isEmpty() ? this : new LaurelKey(kind, publicKey, Optional.empty());
    }

    /**
     * Returns the RFC 7638 JWK thumbprint (SHA-256, base64url): Laurel's default key id.
     *
     * @return the thumbprint
     */
    public String thumbprint() {
        return JwkCodec.thumbprint(kind, publicKey);
    }

    /**
     * Returns the public JWK as JSON, with the thumbprint as {@code kid}.
     *
     * @return the JWK text; never holds private members
     */
    public String toPublicJwk() {
        return JwkCodec.toJwk(kind, publicKey, null, thumbprint()).toJSONString();
    }

    /**
     * Returns the private JWK as JSON, with the thumbprint as {@code kid}. Keep it secret.
     *
     * @return the JWK text including {@code d}
     * @throws IllegalStateException if this key has no private part
     */
    public String toPrivateJwk() {
        PrivateKey priv = privateKey.orElseThrow(() -> new IllegalStateException("this key has no private part"));
        return JwkCodec.toJwk(kind, publicKey, priv, thumbprint()).toJSONString();
    }

    /**
     * Returns the public key as PEM ({@code PUBLIC KEY}, X.509 SubjectPublicKeyInfo), the form of the
     * OB 2.0 {@code CryptographicKey.publicKeyPem}.
     *
     * @return the PEM text
     */
    public String publicKeyPem() {
        return KeyCodec.pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * Returns the private key as PEM ({@code PRIVATE KEY}, unencrypted PKCS#8). Keep it secret.
     *
     * @return the PEM text
     * @throws IllegalStateException if this key has no private part
     */
    public String privateKeyPem() {
        PrivateKey priv = privateKey.orElseThrow(() -> new IllegalStateException("this key has no private part"));
        return KeyCodec.pem("PRIVATE KEY", priv.getEncoded());
    }

    /**
     * Returns the Java key pair.
     *
     * @return the pair; its private key is null for a verifying key
     */
    public KeyPair toKeyPair() {
        return new KeyPair(publicKey, privateKey.orElse(null));
    }

    /** Returns the kind and thumbprint, and whether there is a private part; never the private key. */
    @Override
    public String toString() {
        return "LaurelKey[" + kind + ", kid=" + thumbprint() + (canSign() ? ", private" : ", public") + "]";
    }
}
