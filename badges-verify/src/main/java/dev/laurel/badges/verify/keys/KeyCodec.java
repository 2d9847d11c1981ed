package dev.laurel.badges.verify.keys;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Conversions between Java keys, raw key bytes, DER and PEM, with the checks untrusted keys need. */
final class KeyCodec {

    /** The smallest RSA modulus accepted. */
    public static final int MIN_RSA_BITS = 2048;
    /** The largest RSA modulus accepted: larger keys only make verification slow. */
    public static final int MAX_RSA_BITS = 8192;

    private static final String ED25519_OID = "1.3.101.112";
    private static final byte[] ED25519_SPKI_PREFIX = hex("302a300506032b6570032100");
    private static final byte[] ED25519_PKCS8_PREFIX = hex("302e020100300506032b657004220420");
    private static final ECParameterSpec P256 = ecParams("secp256r1");
    private static final ECParameterSpec P384 = ecParams("secp384r1");

    private KeyCodec() {
    }

    /**
     * Returns the kind of a public key, checking that Laurel accepts it.
     *
     * @param key the key
     * @return the kind
     * @throws KeyException if the key is of another type or curve, or RSA of the wrong size
     */
    public static KeyKind kindOf(PublicKey key) {
        if (key instanceof EdECPublicKey) {
            String curve = ((EdECPublicKey) key).getParams().getName();
            if (!curve.equalsIgnoreCase("Ed25519")) {
                throw unsupported("EdDSA curve " + curve);
            }
            return KeyKind.ED25519;
        }
        if (key instanceof RSAPublicKey) {
            checkRsaSize(((RSAPublicKey) key).getModulus());
            return KeyKind.RSA;
        }
        if (key instanceof ECPublicKey) {
            ECPublicKey ec = (ECPublicKey) key;
            KeyKind kind = ecKind(ec.getParams());
            checkOnCurve(ec.getW(), params(kind));
            return kind;
        }
        throw unsupported("key algorithm " + key.getAlgorithm());
    }

    /**
     * Checks that a private key is of the given kind.
     *
     * @param kind the kind of the public key
     * @param key the private key
     * @throws IllegalArgumentException if they do not match
     */
    public static void requirePrivateKind(KeyKind kind, PrivateKey key) {
        boolean ok = switch (kind) {
            case ED25519 -> key instanceof EdECPrivateKey;
            case RSA -> key instanceof RSAPrivateKey;
            case P256, P384 -> key instanceof ECPrivateKey && ecKind(((ECPrivateKey) key).getParams()) == kind;
        };
        if (!ok) {
            throw new IllegalArgumentException("privateKey is not a " + kind + " key: " + key.getAlgorithm());
        }
    }

    /**
     * Returns the 32 raw bytes of an Ed25519 public key.
     *
     * @param key the key
     * @return the encoded point
     */
    public static byte[] ed25519Raw(EdECPublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    /**
     * Returns the 32-byte seed of an Ed25519 private key.
     *
     * @param key the key
     * @return the seed
     * @throws IllegalArgumentException if the key does not expose its bytes (a hardware key)
     */
    public static byte[] ed25519Seed(EdECPrivateKey key) {
        return key.getBytes().orElseThrow(() -> new IllegalArgumentException("the Ed25519 private key is not extractable"));
    }

    /**
     * Makes an Ed25519 public key from its 32 raw bytes, refusing invalid and small-order points.
     *
     * @param raw the encoded point
     * @return the key
     * @throws KeyException if the bytes are not a valid public key
     */
    public static PublicKey ed25519Public(byte[] raw) {
        if (raw.length != Ed25519.PUBLIC_KEY_SIZE || !Ed25519.validatePublicKeyFull(raw, 0)) {
            throw invalid("not a valid Ed25519 public key");
        }
        return generatePublic("Ed25519", concat(ED25519_SPKI_PREFIX, raw));
    }

    /**
     * Makes an Ed25519 private key from its 32-byte seed.
     *
     * @param seed the seed
     * @return the key
     * @throws KeyException if the seed is not 32 bytes
     */
    public static PrivateKey ed25519Private(byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw invalid("an Ed25519 private key has 32 bytes, not " + seed.length);
        }
        return generatePrivate("Ed25519", concat(ED25519_PKCS8_PREFIX, seed));
    }

    /**
     * Derives the public key of a private key.
     *
     * @param key the private key
     * @return its public key
     * @throws KeyException if the private key lacks what the derivation needs
     */
    public static PublicKey publicOf(PrivateKey key) {
        if (key instanceof EdECPrivateKey) {
            byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(ed25519Seed((EdECPrivateKey) key), 0, pk, 0);
            return ed25519Public(pk);
        }
        if (key instanceof RSAPrivateCrtKey) {
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
            try {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            } catch (GeneralSecurityException e) {
                throw invalid("cannot derive the RSA public key: " + e.getMessage());
            }
        }
        if (key instanceof ECPrivateKey) {
            ECPrivateKey ec = (ECPrivateKey) key;
            KeyKind kind = ecKind(ec.getParams());
            X9ECParameters x9 = org.bouncycastle.asn1.x9.ECNamedCurveTable.getByName(
                    kind == KeyKind.P256 ? "secp256r1" : "secp384r1");
            org.bouncycastle.math.ec.ECPoint q = x9.getG().multiply(ec.getS()).normalize();
            ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            try {
                return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params(kind)));
            } catch (GeneralSecurityException e) {
                throw invalid("cannot derive the EC public key: " + e.getMessage());
            }
        }
        throw unsupported("cannot derive a public key from " + key.getAlgorithm()
                + (key instanceof RSAPrivateKey ? " without CRT parameters" : ""));
    }

    /**
     * Reads a DER SubjectPublicKeyInfo.
     *
     * @param der the bytes
     * @return the key, of an accepted kind
     * @throws KeyException if malformed or unsupported
     */
    public static PublicKey publicFromSpki(byte[] der) {
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw invalid("malformed SubjectPublicKeyInfo");
        }
        if (spki == null) {
            throw invalid("empty SubjectPublicKeyInfo");
        }
        ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
        PublicKey key;
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            key = generatePublic("RSA", der);
        } else if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            key = generatePublic("EC", der);
        } else if (oid.getId().equals(ED25519_OID)) {
            byte[] raw = spki.getPublicKeyData().getOctets();
            return ed25519Public(raw);
        } else {
            throw unsupported("public key algorithm " + oid.getId());
        }
        kindOf(key);
        return key;
    }

    /**
     * Reads a DER PKCS#1 RSAPublicKey (PEM "RSA PUBLIC KEY").
     *
     * @param der the bytes
     * @return the key
     * @throws KeyException if malformed or unsupported
     */
    public static PublicKey publicFromPkcs1(byte[] der) {
        byte[] spki;
        try {
            AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
            org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(der);
            spki = new SubjectPublicKeyInfo(rsa, der).getEncoded();
        } catch (java.io.IOException | RuntimeException e) {
            throw invalid("malformed PKCS#1 RSA public key");
        }
        return publicFromSpki(spki);
    }

    /**
     * Reads a DER PKCS#8 PrivateKeyInfo.
     *
     * @param der the bytes
     * @return the key, of an accepted kind
     * @throws KeyException if malformed or unsupported
     */
    public static PrivateKey privateFromPkcs8(byte[] der) {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw invalid("malformed PKCS#8 PrivateKeyInfo");
        }
        if (info == null) {
            throw invalid("empty PrivateKeyInfo");
        }
        ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return generatePrivate("RSA", der);
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            PrivateKey key = generatePrivate("EC", der);
            ecKind(((ECPrivateKey) key).getParams());
            return key;
        }
        if (oid.getId().equals(ED25519_OID)) {
            return generatePrivate("Ed25519", der);
        }
        throw unsupported("private key algorithm " + oid.getId());
    }

    /**
     * Encodes DER as PEM.
     *
     * @param label the label, such as {@code PUBLIC KEY}
     * @param der the bytes
     * @return the PEM text, ending with a line break
     */
    public static String pem(String label, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /**
     * A decoded PEM block.
     *
     * @param label the label between BEGIN and the dashes
     * @param der the decoded bytes
     */
    public record PemBlock(String label, byte[] der) {
    }

    /**
     * Decodes the single PEM block of a text.
     *
     * @param text the PEM text; surrounding white space is allowed
     * @return the block
     * @throws KeyException if there is not exactly one well-formed block
     */
    public static PemBlock unpem(String text) {
        String t = text.strip();
        if (!t.startsWith("-----BEGIN ")) {
            throw invalid("not PEM: no BEGIN line");
        }
        int labelEnd = t.indexOf("-----", 11);
        if (labelEnd < 0) {
            throw invalid("not PEM: malformed BEGIN line");
        }
        String label = t.substring(11, labelEnd);
        String end = "-----END " + label + "-----";
        if (!t.endsWith(end)) {
            throw invalid("not PEM: no matching END line for " + label);
        }
        String body = t.substring(labelEnd + 5, t.length() - end.length());
        if (body.contains("-----")) {
            throw invalid("PEM with more than one block or with headers");
        }
        StringBuilder b64 = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c)) {
                b64.append(c);
            }
        }
        try {
            return new PemBlock(label.toUpperCase(Locale.ROOT), Base64.getDecoder().decode(b64.toString()));
        } catch (IllegalArgumentException e) {
            throw invalid("PEM body is not base64");
        }
    }

    /**
     * Returns the kind of EC parameters: P-256 or P-384.
     *
     * @param params the parameters
     * @return {@link KeyKind#P256} or {@link KeyKind#P384}
     * @throws KeyException if they are another curve
     */
    public static KeyKind ecKind(ECParameterSpec params) {
        if (sameCurve(params, P256)) {
            return KeyKind.P256;
        }
        if (sameCurve(params, P384)) {
            return KeyKind.P384;
        }
        throw unsupported("EC curve other than P-256 and P-384");
    }

    private static boolean sameCurve(ECParameterSpec params, ECParameterSpec curve) {
        return params != null && params.getCurve().equals(curve.getCurve())
                && params.getGenerator().equals(curve.getGenerator()) && params.getOrder().equals(curve.getOrder());
    }

    /**
     * Returns the parameters of an EC kind.
     *
     * @param kind {@link KeyKind#P256} or {@link KeyKind#P384}
     * @return the parameters
     * @throws IllegalArgumentException for another kind
     */
    public static ECParameterSpec params(KeyKind kind) {
        return switch (kind) {
            case P256 -> P256;
            case P384 -> P384;
            default -> throw new IllegalArgumentException("not an EC kind: " + kind);
        };
    }

    /**
     * Checks that a point lies on the curve and is not the point at infinity.
     *
     * @param w the point
     * @param curve the curve's parameters
     * @throws KeyException if it does not
     */
    public static void checkOnCurve(ECPoint w, ECParameterSpec curve) {
        if (w == null || w.equals(ECPoint.POINT_INFINITY)) {
            throw invalid("EC public key is the point at infinity");
        }
        BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
        BigInteger x = w.getAffineX();
        BigInteger y = w.getAffineY();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw invalid("EC public key coordinates out of range");
        }
        BigInteger rhs = x.pow(3).add(curve.getCurve().getA().multiply(x)).add(curve.getCurve().getB()).mod(p);
        if (!y.pow(2).mod(p).equals(rhs)) {
            throw invalid("EC public key is not on its curve");
        }
    }

    /**
     * Returns the SEC1 compressed encoding of an EC public key: {@code 0x02} (even y) or {@code 0x03}
     * (odd y) followed by x, big-endian, as long as the field (33 bytes for P-256, 49 for P-384).
     *
     * @param key a P-256 or P-384 public key
     * @return the compressed point
     * @throws IllegalArgumentException if the key is not on P-256 or P-384
     */
    public static byte[] ecCompressed(ECPublicKey key) {
        KeyKind kind = ecKind(key.getParams());
        int size = fieldBytes(kind);
        byte[] out = new byte[1 + size];
        out[0] = (byte) (key.getW().getAffineY().testBit(0) ? 0x03 : 0x02);
        byte[] x = unsigned(key.getW().getAffineX(), size);
        System.arraycopy(x, 0, out, 1, size);
        return out;
    }

    /**
     * Reads a SEC1 compressed point (as untrusted input) as a P-256 or P-384 public key: x must be below
     * the field prime, and x^3 + ax + b must have a square root, which gives y (both curves have
     * p = 3 mod 4, so the root is a power); the point is then checked on the curve.
     *
     * @param kind {@link KeyKind#P256} or {@link KeyKind#P384}
     * @param compressed the 33 or 49 bytes
     * @return the key
     * @throws KeyException if the bytes are not a compressed point of that curve
     */
    public static PublicKey ecPublicFromCompressed(KeyKind kind, byte[] compressed) {
        ECParameterSpec curve = params(kind);
        int size = fieldBytes(kind);
        if (compressed.length != 1 + size || (compressed[0] != 0x02 && compressed[0] != 0x03)) {
            throw invalid("not a compressed " + kind + " point (" + (1 + size) + " bytes starting with 02 or 03)");
        }
        BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(compressed, 1, compressed.length));
        if (x.compareTo(p) >= 0) {
            throw invalid("compressed " + kind + " point: x is not below the field prime");
        }
        BigInteger rhs = x.pow(3).add(curve.getCurve().getA().multiply(x)).add(curve.getCurve().getB()).mod(p);
        BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        if (!y.multiply(y).mod(p).equals(rhs)) {
            throw invalid("compressed " + kind + " point: x is not the x of a point on the curve");
        }
        if (y.testBit(0) != (compressed[0] == 0x03)) {
            y = p.subtract(y).mod(p);
        }
        ECPoint w = new ECPoint(x, y);
        checkOnCurve(w, curve);
        try {
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, curve));
        } catch (GeneralSecurityException e) {
            throw invalid("malformed " + kind + " public key: " + e.getMessage());
        }
    }

    private static int fieldBytes(KeyKind kind) {
        return kind == KeyKind.P256 ? 32 : 48;
    }

    private static byte[] unsigned(BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }

    private static void checkRsaSize(BigInteger modulus) {
        int bits = modulus.bitLength();
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            throw unsupported("RSA key of " + bits + " bits (accepted: " + MIN_RSA_BITS + " to " + MAX_RSA_BITS + ")");
        }
    }

    private static PublicKey generatePublic(String algorithm, byte[] spki) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalid("malformed " + algorithm + " public key: " + e.getMessage());
        }
    }

    private static PrivateKey generatePrivate(String algorithm, byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalid("malformed " + algorithm + " private key: " + e.getMessage());
        }
    }

    private static ECParameterSpec ecParams(String name) {
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec(name));
            return params.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM does not support " + name, e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /**
     * Returns an INVALID_KEY exception.
     *
     * @param message what is wrong
     * @return the exception
     */
    public static KeyException invalid(String message) {
        return new KeyException(KeyCode.INVALID_KEY, message);
    }

    /**
     * Returns an UNSUPPORTED_KEY exception.
     *
     * @param message what is not supported
     * @return the exception
     */
    public static KeyException unsupported(String message) {
        return new KeyException(KeyCode.UNSUPPORTED_KEY, message);
    }
}
