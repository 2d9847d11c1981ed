package dev.laurel.badges.verify.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A key of any kind Laurel signs and verifies with (Ed25519, P-256, P-384, RSA): the one key type of
 * badges-verify, used by every proof format (OB 2.0 signed badges, VC-JWT, Data Integrity) and by
 * every key source (JWK, PEM, Multikey, {@code did:key}, {@code did:jwk}, {@code did:web}, controller
 * documents). Plain {@code java.security} keys inside; JWK, PEM and Multikey outside.
 *
 * <p>A key with a private part is the in-memory {@link SigningKey}: every signer takes it as it is. A key
 * kept elsewhere (a key store, an HSM, a KMS) is another {@code SigningKey} ({@link KeyStoreSigningKey},
 * or an implementation of the interface) whose {@link SigningKey#publicOnly()} is a {@code LaurelKey}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows private material. Two keys are equal
 * when they have the same kind, the same public key and the same private part (or none).
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.ED25519);
 * String issuer = key.didKey();                       // did:key:z6Mk...
 * byte[] signature = key.sign(message);               // raw signature, as Data Integrity proofs hold it
 * boolean ok = key.publicOnly().verify(message, signature);
 * String publicJwk = key.toPublicJwk();               // {"kty":"OKP","crv":"Ed25519","x":"...","kid":"<thumbprint>"}
 * }</pre>
 */
public final class LaurelKey implements SigningKey {

    private final KeyKind kind;
    private final PublicKey publicKey;
    private final Optional<PrivateKey> privateKey;
    /** For Ed25519: the 32 public bytes and the decoded point, so that verifying many proofs decodes once. */
    private final byte[] ed25519Public;
    private final Ed25519.PublicPoint ed25519Point;
    /** For an Ed25519 signing key: the 32-byte seed, so that signing skips the JCA. */
    private final byte[] ed25519Seed;
    /**
     * For P-256 and P-384: the public point for Bouncy Castle's ECDSA, which verifies several times faster
     * than the JDK 17 provider (docs/BENCHMARKS.md); null when the JDK verifies (system property
     * {@value #ECDSA_VERIFY_PROPERTY} set to {@code jdk}).
     */
    private final ECPublicKeyParameters ecdsaPublic;

    /** System property choosing who verifies ECDSA signatures: {@code bc} (default) or {@code jdk}. */
    static final String ECDSA_VERIFY_PROPERTY = "laurel.ecdsa.verify";
    private static final boolean ECDSA_VIA_JDK = "jdk".equalsIgnoreCase(System.getProperty(ECDSA_VERIFY_PROPERTY));
    private static final ECDomainParameters P256 = domain("secp256r1");
    private static final ECDomainParameters P384 = domain("secp384r1");

    private LaurelKey(KeyKind kind, PublicKey publicKey, Optional<PrivateKey> privateKey) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        KeyKind actual = KeyCodec.kindOf(publicKey);
        if (actual != kind) {
            throw new IllegalArgumentException("publicKey is a " + actual + " key, not " + kind);
        }
        privateKey.ifPresent(p -> KeyCodec.requirePrivateKind(kind, p));
        if (kind == KeyKind.ED25519) {
            this.ed25519Public = KeyCodec.ed25519Raw((EdECPublicKey) publicKey);
            this.ed25519Point = Ed25519.validatePublicKeyPartialExport(ed25519Public, 0);
            if (ed25519Point == null) {
                throw KeyCodec.invalid("not a valid Ed25519 public key");
            }
            this.ed25519Seed = privateKey.map(p -> ((EdECPrivateKey) p).getBytes().orElse(null)).orElse(null);
        } else {
            this.ed25519Public = null;
            this.ed25519Point = null;
            this.ed25519Seed = null;
        }
        this.ecdsaPublic = ECDSA_VIA_JDK ? null : bcPublic(kind, publicKey);
    }

    private static ECDomainParameters domain(String curve) {
        X9ECParameters x9 = CustomNamedCurves.getByName(curve); // dedicated field arithmetic
        return new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
    }

    /** The point as Bouncy Castle's, checked to be on the curve; null for other kinds (or a point BC refuses). */
    static ECPublicKeyParameters bcPublic(KeyKind kind, PublicKey publicKey) {
        ECDomainParameters domain = kind == KeyKind.P256 ? P256 : kind == KeyKind.P384 ? P384 : null;
        if (domain == null) {
            return null;
        }
        ECPublicKey ec = (ECPublicKey) publicKey;
        try {
            return new ECPublicKeyParameters(
                    domain.getCurve().validatePoint(ec.getW().getAffineX(), ec.getW().getAffineY()), domain);
        } catch (IllegalArgumentException e) {
            return null; // the JDK path decides (and refuses)
        }
    }

    /**
     * Returns a verifying key.
     *
     * @param publicKey an Ed25519, RSA, P-256 or P-384 public key
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
     * @param pair an Ed25519, RSA, P-256 or P-384 key pair
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
     * Returns the Ed25519 verifying key with these 32 bytes (RFC 8032), read as untrusted input.
     *
     * @param raw the encoded point
     * @return the key
     * @throws NullPointerException if raw is null
     * @throws KeyException if the bytes are not a valid Ed25519 public key (wrong length, not a point,
     *     a small-order point)
     */
    public static LaurelKey ed25519(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        return ofPublic(KeyCodec.ed25519Public(raw));
    }

    /**
     * Returns the kind, which fixes the JWS algorithm.
     *
     * @return the kind
     */
    @Override
    public KeyKind kind() {
        return kind;
    }

    /**
     * Returns the public key.
     *
     * @return the Java public key
     */
    public PublicKey publicKey() {
        return publicKey;
    }

    /**
     * Returns the private key, if this key signs.
     *
     * @return the Java private key, or empty for a verifying key
     */
    public Optional<PrivateKey> privateKey() {
        return privateKey;
    }

    /**
     * Returns the JWS algorithm of this key.
     *
     * @return {@code EdDSA}, {@code RS256}, {@code ES256} or {@code ES384}
     */
    public String jwsAlgorithm() {
        return kind.jwsAlgorithm();
    }

    /**
     * Tells whether this key can sign.
     *
     * @return {@code true} if it has a private key
     */
    @Override
    public boolean canSign() {
        return privateKey.isPresent();
    }

    /**
     * Returns this key without its private part.
     *
     * @return a verifying key (this key itself when it has no private part)
     */
    @Override
    public LaurelKey publicOnly() {
        return privateKey.isEmpty() ? this : new LaurelKey(kind, publicKey, Optional.empty());
    }

    /**
     * Tells whether another key has the same public key: the comparison every binding and listing check
     * makes (key ids can be claimed by anyone; the key material cannot).
     *
     * @param other the other key
     * @return {@code true} if both are of the same kind with the same public key
     * @throws NullPointerException if other is null
     */
    public boolean samePublicKey(LaurelKey other) {
        Objects.requireNonNull(other, "other");
        return kind == other.kind && Arrays.equals(publicKey.getEncoded(), other.publicKey.getEncoded());
    }

    /**
     * Signs a message as the raw signature of this key's algorithm: 64 bytes for Ed25519, {@code r||s}
     * for ECDSA (SHA-256 on P-256, SHA-384 on P-384), PKCS#1 v1.5 with SHA-256 for RSA. This is the form
     * of JOSE signatures and of Data Integrity proof values.
     *
     * @param message the bytes to sign
     * @return the signature
     * @throws NullPointerException if message is null
     * @throws IllegalStateException if this key has no private part
     */
    @Override
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        PrivateKey priv = privateKey.orElseThrow(() -> new IllegalStateException("this key has no private part"));
        if (kind == KeyKind.ED25519 && ed25519Seed != null) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(ed25519Seed, 0, ed25519Public, 0, message, 0, message.length, signature, 0);
            return signature;
        }
        try {
            Signature s = Signature.getInstance(kind.jcaAlgorithm());
            s.initSign(priv);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot sign with " + kind + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a raw signature (the form {@link #sign} makes). Never throws for bad input.
     *
     * @param message the signed bytes
     * @param signature the signature
     * @return {@code true} if the signature is this key's over the message
     * @throws NullPointerException if an argument is null
     */
    public boolean verify(byte[] message, byte[] signature) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        if (kind == KeyKind.ED25519) {
            return signature.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(signature, 0, ed25519Point, message, 0, message.length);
        }
        if (ecdsaPublic != null) {
            return verifyEcdsaBc(kind, ecdsaPublic, message, signature);
        }
        return verifyJca(message, signature);
    }

    /** Verifies through the JDK's provider (RSA always; ECDSA when asked for). */
    boolean verifyJca(byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(kind.jcaAlgorithm());
            s.initVerify(publicKey);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Verifies an IEEE P1363 ({@code r||s}) ECDSA signature with SHA-256 (P-256) or SHA-384 (P-384) through
     * Bouncy Castle, accepting exactly what the JDK's {@code SHA256withECDSAinP1363Format} /
     * {@code SHA384withECDSAinP1363Format} accept: the fixed length, and r and s in [1, n-1]
     * ({@code verifySignature} refuses the rest).
     */
    static boolean verifyEcdsaBc(KeyKind kind, ECPublicKeyParameters key, byte[] message, byte[] signature) {
        int half = kind == KeyKind.P256 ? 32 : 48;
        if (signature.length != 2 * half) {
            return false;
        }
        try {
            byte[] hash = MessageDigest.getInstance(kind == KeyKind.P256 ? "SHA-256" : "SHA-384").digest(message);
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, half));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, half, 2 * half));
            ECDSASigner ecdsa = new ECDSASigner();
            ecdsa.init(false, key);
            return ecdsa.verifySignature(hash, r, s);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Returns the 32 public bytes of an Ed25519 key.
     *
     * @return a copy of the encoded point
     * @throws IllegalStateException if this is not an Ed25519 key
     */
    public byte[] ed25519PublicBytes() {
        return requireEd25519().clone();
    }

    /**
     * Returns the Multikey {@code publicKeyMultibase} of an Ed25519, P-256 or P-384 key: {@code z6Mk...}
     * (Ed25519), {@code zDn...} (P-256, compressed point) or {@code z82...} (P-384, compressed point).
     *
     * @return the multibase text
     * @throws IllegalStateException if this is an RSA key
     */
    public String publicKeyMultibase() {
        return switch (kind) {
            case ED25519 -> Multikey.encodeEd25519(ed25519Public);
            case P256, P384 -> Multikey.encodeEc(kind, KeyCodec.ecCompressed((ECPublicKey) publicKey));
            case RSA -> throw new IllegalStateException("an Ed25519, P-256 or P-384 key is needed, not " + kind);
        };
    }

    /**
     * Returns the {@code did:key} DID of an Ed25519, P-256 or P-384 key.
     *
     * @return {@code did:key:z6Mk...}, {@code did:key:zDn...} or {@code did:key:z82...}
     * @throws IllegalStateException if this is an RSA key
     */
    public String didKey() {
        return "did:key:" + publicKeyMultibase();
    }

    /**
     * Returns the verification method id of this key's {@code did:key}
     * ({@code did:key:z6Mk...#z6Mk...}, or {@code zDn...}/{@code z82...} for P-256/P-384), the
     * {@code verificationMethod} or {@code kid} that resolves offline.
     *
     * @return the DID URL
     * @throws IllegalStateException if this is an RSA key
     */
    public String didKeyVerificationMethod() {
        String mb = publicKeyMultibase();
        return "did:key:" + mb + "#" + mb;
    }

    /**
     * Returns the Multikey {@code secretKeyMultibase} of an Ed25519 signing key ({@code z3u2...}). Keep it secret.
     *
     * @return the multibase text
     * @throws IllegalStateException if this is not an Ed25519 signing key whose seed can be read
     */
    public String secretKeyMultibase() {
        return Multikey.encodeEd25519Seed(ed25519Seed());
    }

    /**
     * Returns the 32-byte private seed of an Ed25519 signing key (RFC 8032). Keep it secret.
     *
     * @return a copy of the seed
     * @throws IllegalStateException if this is not an Ed25519 signing key whose seed can be read
     */
    public byte[] ed25519Seed() {
        if (kind != KeyKind.ED25519 || ed25519Seed == null) {
            throw new IllegalStateException("an Ed25519 signing key with a readable seed is needed, not " + this);
        }
        return ed25519Seed.clone();
    }

    private byte[] requireEd25519() {
        if (kind != KeyKind.ED25519) {
            throw new IllegalStateException("an Ed25519 key is needed, not " + kind);
        }
        return ed25519Public;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof LaurelKey other && samePublicKey(other) && privateKey.equals(other.privateKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey.getEncoded()) * 31 + kind.hashCode();
    }

    /** Returns the kind and thumbprint, and whether there is a private part; never the private key. */
    @Override
    public String toString() {
        return "LaurelKey[" + kind + ", kid=" + thumbprint() + (canSign() ? ", private" : ", public") + "]";
    }
}
