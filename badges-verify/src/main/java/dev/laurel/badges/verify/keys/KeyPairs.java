package dev.laurel.badges.verify.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes {@link LaurelKey}s: generates Ed25519, RSA and P-256 key pairs, and reads keys from JWK
 * (RFC 7517, RFC 8037) and PEM (SPKI {@code PUBLIC KEY}, PKCS#1 {@code RSA PUBLIC KEY}, PKCS#8
 * {@code PRIVATE KEY}).
 *
 * <p>Keys read from untrusted text are checked: RSA from {@value KeyCodec#MIN_RSA_BITS} to
 * {@value KeyCodec#MAX_RSA_BITS} bits, EC points on P-256, Ed25519 points valid and not of small order,
 * and a private key must belong to the public key given with it.
 *
 * <pre>{@code
 * LaurelKey issuerKey = KeyPairs.generateRsa(3072);
 * LaurelKey same = KeyPairs.fromPem(issuerKey.privateKeyPem());
 * LaurelKey verifying = KeyPairs.fromPem(issuerKey.publicKeyPem());
 * }</pre>
 */
public final class KeyPairs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyPairs() {
    }

    /**
     * Generates a key pair of a kind; RSA keys have 2048 bits.
     *
     * @param kind the kind
     * @return a new signing key
     * @throws NullPointerException if kind is null
     */
    public static LaurelKey generate(KeyKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case ED25519 -> generateEd25519();
            case RSA -> generateRsa(2048);
            case P256 -> generateP256();
            case P384 -> generateP384();
        };
    }

    /**
     * Generates an Ed25519 key pair (JDK EdEC keys).
     *
     * @return a new signing key
     */
    public static LaurelKey generateEd25519() {
        return LaurelKey.of(generate("Ed25519", null));
    }

    /**
     * Generates an Ed25519 key pair from a source of randomness (for example a seeded generator in tests).
     *
     * @param random where the 32-byte seed comes from
     * @return a new signing key
     * @throws NullPointerException if random is null
     */
    public static LaurelKey generateEd25519(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return fromEd25519Seed(seed);
    }

    /**
     * Generates an RSA key pair with public exponent 65537.
     *
     * @param bits 2048, 3072 or 4096
     * @return a new signing key
     * @throws IllegalArgumentException for another size
     */
    public static LaurelKey generateRsa(int bits) {
        if (bits != 2048 && bits != 3072 && bits != 4096) {
            throw new IllegalArgumentException("bits must be 2048, 3072 or 4096: " + bits);
        }
        return LaurelKey.of(generate("RSA", new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4)));
    }

    /**
     * Generates a P-256 (secp256r1) key pair.
     *
     * @return a new signing key
     */
    public static LaurelKey generateP256() {
        return LaurelKey.of(generate("EC", new ECGenParameterSpec("secp256r1")));
    }

    /**
     * Generates a P-384 (secp384r1) key pair.
     *
     * @return a new signing key
     */
    public static LaurelKey generateP384() {
        return LaurelKey.of(generate("EC", new ECGenParameterSpec("secp384r1")));
    }

    /**
     * Reads a JWK, public or private.
     *
     * @param json the JWK as JSON text
     * @return the key, with its private part if the JWK has {@code d}
     * @throws NullPointerException if json is null
     * @throws KeyException if the JWK is malformed ({@link KeyCode#INVALID_KEY}) or of an unsupported
     *     type, curve or size ({@link KeyCode#UNSUPPORTED_KEY})
     */
    public static LaurelKey fromJwk(String json) {
        Objects.requireNonNull(json, "json");
        return toLaurelKey(JwkCodec.parse(json));
    }

    /**
     * Reads a PEM key: {@code PUBLIC KEY}, {@code RSA PUBLIC KEY} or {@code PRIVATE KEY}; the public key
     * of a private key is derived from it.
     *
     * @param pem the PEM text with exactly one block
     * @return the key
     * @throws NullPointerException if pem is null
     * @throws KeyException if the text is malformed or the key unsupported
     */
    public static LaurelKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        KeyCodec.PemBlock block = KeyCodec.unpem(pem);
        switch (block.label()) {
            case "PUBLIC KEY":
                return LaurelKey.ofPublic(KeyCodec.publicFromSpki(block.der()));
            case "RSA PUBLIC KEY":
                return LaurelKey.ofPublic(KeyCodec.publicFromPkcs1(block.der()));
            case "PRIVATE KEY": {
                PrivateKey priv = KeyCodec.privateFromPkcs8(block.der());
                return LaurelKey.of(new KeyPair(KeyCodec.publicOf(priv), priv));
            }
            default:
                throw new KeyException(KeyCode.UNSUPPORTED_KEY, "unsupported PEM block '" + block.label()
                        + "' (accepted: PUBLIC KEY, RSA PUBLIC KEY, PRIVATE KEY)");
        }
    }

    /**
     * Wraps a Java public key.
     *
     * @param publicKey an Ed25519, RSA or P-256 public key
     * @return the verifying key
     * @throws NullPointerException if publicKey is null
     * @throws KeyException if the key is not accepted
     */
    public static LaurelKey fromPublicKey(PublicKey publicKey) {
        return LaurelKey.ofPublic(publicKey);
    }

    /**
     * Returns the Ed25519 key whose private key is the given 32-byte seed (RFC 8032), as the Data
     * Integrity signer and multikey encodings hold it.
     *
     * @param seed the 32-byte private seed
     * @return the signing key
     * @throws KeyException if the seed is not 32 bytes
     */
    public static LaurelKey fromEd25519Seed(byte[] seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != 32) {
            throw new KeyException(KeyCode.INVALID_KEY, "an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        byte[] der = new byte[ED25519_PKCS8_PREFIX.length + 32];
        System.arraycopy(ED25519_PKCS8_PREFIX, 0, der, 0, ED25519_PKCS8_PREFIX.length);
        System.arraycopy(seed, 0, der, ED25519_PKCS8_PREFIX.length, 32);
        try {
            PrivateKey priv = java.security.KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
            return LaurelKey.of(new KeyPair(KeyCodec.publicOf(priv), priv));
        } catch (GeneralSecurityException e) {
            throw new KeyException(KeyCode.INVALID_KEY, "not an Ed25519 seed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a Multikey {@code secretKeyMultibase}, the form W3C test vectors and Data Integrity tools
     * print: {@code z3u2...} (multicodec {@code ed25519-priv} 0x1300 and the Ed25519 seed),
     * {@code z42...} ({@code p256-priv} 0x1306 and the 32-byte scalar) or {@code z2f...}
     * ({@code p384-priv} 0x1307 and the 48-byte scalar).
     *
     * @param secretKeyMultibase the text
     * @return the signing key
     * @throws NullPointerException if the argument is null
     * @throws KeyException if the text is not an Ed25519, P-256 or P-384 Multikey private key
     */
    public static LaurelKey fromSecretKeyMultibase(String secretKeyMultibase) {
        Objects.requireNonNull(secretKeyMultibase, "secretKeyMultibase");
        Optional<byte[]> seed = Multikey.decodePrivateKey(secretKeyMultibase);
        if (seed.isPresent()) {
            return fromEd25519Seed(seed.get());
        }
        byte[] bytes = secretKeyMultibase.startsWith("z")
                ? Multibase.decode(secretKeyMultibase).orElse(new byte[0]) : new byte[0];
        KeyKind kind = null;
        if (bytes.length == 2 + 32 && (bytes[0] & 0xff) == 0x86 && bytes[1] == 0x26) {
            kind = KeyKind.P256;
        } else if (bytes.length == 2 + 48 && (bytes[0] & 0xff) == 0x87 && bytes[1] == 0x26) {
            kind = KeyKind.P384;
        }
        if (kind == null) {
            throw new KeyException(KeyCode.INVALID_KEY,
                    "not an Ed25519, P-256 or P-384 Multikey private key (z3u2..., z42..., z2f...)");
        }
        java.math.BigInteger s = new java.math.BigInteger(1, java.util.Arrays.copyOfRange(bytes, 2, bytes.length));
        java.security.spec.ECParameterSpec params = KeyCodec.params(kind);
        if (s.signum() <= 0 || s.compareTo(params.getOrder()) >= 0) {
            throw new KeyException(KeyCode.INVALID_KEY, "the " + kind + " private scalar is not between 1 and the curve order");
        }
        try {
            PrivateKey priv = java.security.KeyFactory.getInstance("EC")
                    .generatePrivate(new java.security.spec.ECPrivateKeySpec(s, params));
            return LaurelKey.of(new KeyPair(KeyCodec.publicOf(priv), priv));
        } catch (GeneralSecurityException e) {
            throw new KeyException(KeyCode.INVALID_KEY, "not a " + kind + " private key: " + e.getMessage(), e);
        }
    }

    /** The DER prefix of an Ed25519 PKCS#8 private key (RFC 8410); the 32-byte seed follows it. */
    private static final byte[] ED25519_PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b,
        0x65, 0x70, 0x04, 0x22, 0x04, 0x20};

    private static LaurelKey toLaurelKey(KeyPair pair) {
        try {
            PublicKey pub = pair.getPublic();
            return pair.getPrivate() == null ? LaurelKey.ofPublic(pub) : LaurelKey.of(pair);
        } catch (IllegalArgumentException e) {
            throw new KeyException(KeyCode.INVALID_KEY, e.getMessage(), e);
        }
    }

    private static KeyPair generate(String algorithm, java.security.spec.AlgorithmParameterSpec spec) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (spec != null) {
                g.initialize(spec, RANDOM);
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot generate " + algorithm + " keys", e);
        }
    }
}
