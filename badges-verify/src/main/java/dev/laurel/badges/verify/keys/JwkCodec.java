package dev.laurel.badges.verify.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;

/** JWK (RFC 7517, RFC 8037) import and export through nimbus, with Laurel's key checks. */
final class JwkCodec {

    private JwkCodec() {
    }

    /**
     * Returns the JWK of a key pair, public part only unless the private key is given.
     *
     * @param kind the kind
     * @param publicKey the public key
     * @param privateKey the private key, or null for a public JWK
     * @param keyId the {@code kid} to set, or null
     * @return the JWK
     */
    public static JWK toJwk(KeyKind kind, PublicKey publicKey, PrivateKey privateKey, String keyId) {
        return switch (kind) {
            case RSA -> rsaJwk((RSAPublicKey) publicKey, (RSAPrivateKey) privateKey, keyId);
            case P256 -> ecJwk(Curve.P_256, (ECPublicKey) publicKey, (ECPrivateKey) privateKey, keyId);
            case P384 -> ecJwk(Curve.P_384, (ECPublicKey) publicKey, (ECPrivateKey) privateKey, keyId);
            case ED25519 -> okpJwk((EdECPublicKey) publicKey, (EdECPrivateKey) privateKey, keyId);
        };
    }

    private static JWK rsaJwk(RSAPublicKey publicKey, RSAPrivateKey privateKey, String keyId) {
        RSAKey.Builder b = new RSAKey.Builder(publicKey);
        if (privateKey != null) {
            b.privateKey(privateKey);
        }
        return b.keyID(keyId).build();
    }

    private static JWK ecJwk(Curve curve, ECPublicKey publicKey, ECPrivateKey privateKey, String keyId) {
        ECKey.Builder b = new ECKey.Builder(curve, publicKey);
        if (privateKey != null) {
            b.privateKey(privateKey);
        }
        return b.keyID(keyId).build();
    }

    private static JWK okpJwk(EdECPublicKey publicKey, EdECPrivateKey privateKey, String keyId) {
        OctetKeyPair.Builder b = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(KeyCodec.ed25519Raw(publicKey)));
        if (privateKey != null) {
            b.d(Base64URL.encode(KeyCodec.ed25519Seed(privateKey)));
        }
        return b.keyID(keyId).build();
    }

    /**
     * Returns the RFC 7638 SHA-256 thumbprint of a public key.
     *
     * @param kind the kind
     * @param publicKey the key
     * @return the base64url thumbprint
     */
    public static String thumbprint(KeyKind kind, PublicKey publicKey) {
        try {
            return toJwk(kind, publicKey, null, null).computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Parses JWK JSON text.
     *
     * @param json the text
     * @return the public key and, if the JWK holds one, the private key
     * @throws KeyException if malformed or unsupported
     */
    public static KeyPair parse(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw KeyCodec.invalid("malformed JWK: " + e.getMessage());
        }
        return fromJwk(jwk);
    }

    /**
     * Reads a JWK given as a JSON object map (as nimbus parses headers).
     *
     * @param json the members
     * @return the public key and, if the JWK holds one, the private key
     * @throws KeyException if malformed or unsupported
     */
    public static KeyPair parse(Map<String, Object> json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw KeyCodec.invalid("malformed JWK: " + e.getMessage());
        }
        return fromJwk(jwk);
    }

    /**
     * Converts a parsed JWK to Java keys.
     *
     * @param jwk the JWK
     * @return the public key and, if the JWK holds one, the private key
     * @throws KeyException if unsupported or inconsistent
     */
    public static KeyPair fromJwk(JWK jwk) {
        KeyPair pair = readJwk(jwk);
        if (pair.getPrivate() != null && !KeyCodec.publicOf(pair.getPrivate()).equals(pair.getPublic())) {
            throw KeyCodec.invalid("the JWK's private key does not belong to its public key");
        }
        return pair;
    }

    private static KeyPair readJwk(JWK jwk) {
        try {
            if (jwk instanceof RSAKey) {
                RSAKey rsa = (RSAKey) jwk;
                PublicKey pub = rsa.toRSAPublicKey();
                KeyCodec.kindOf(pub);
                return new KeyPair(pub, rsa.isPrivate() ? rsa.toRSAPrivateKey() : null);
            }
            if (jwk instanceof ECKey) {
                ECKey ec = (ECKey) jwk;
                if (!Curve.P_256.equals(ec.getCurve()) && !Curve.P_384.equals(ec.getCurve())) {
                    throw KeyCodec.unsupported("EC curve " + ec.getCurve());
                }
                PublicKey pub = ec.toECPublicKey();
                KeyCodec.kindOf(pub);
                return new KeyPair(pub, ec.isPrivate() ? ec.toECPrivateKey() : null);
            }
            if (jwk instanceof OctetKeyPair) {
                OctetKeyPair okp = (OctetKeyPair) jwk;
                if (!Curve.Ed25519.equals(okp.getCurve())) {
                    throw KeyCodec.unsupported("OKP curve " + okp.getCurve());
                }
                PublicKey pub = KeyCodec.ed25519Public(okp.getDecodedX());
                PrivateKey priv = okp.isPrivate() ? KeyCodec.ed25519Private(okp.getDecodedD()) : null;
                return new KeyPair(pub, priv);
            }
            throw KeyCodec.unsupported("JWK key type " + jwk.getKeyType());
        } catch (JOSEException | RuntimeException e) {
            if (e instanceof KeyException) {
                throw (KeyException) e;
            }
            throw KeyCodec.invalid("unusable JWK: " + e.getMessage());
        }
    }
}
