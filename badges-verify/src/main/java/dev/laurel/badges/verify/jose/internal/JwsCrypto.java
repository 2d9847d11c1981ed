package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Nimbus signers and verifiers for Laurel keys; verifiers are kept per public key. */
public final class JwsCrypto {

    private static final int MAX_CACHED_VERIFIERS = 4096;
    private static final ConcurrentHashMap<PublicKey, JWSVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private JwsCrypto() {
    }

    /**
     * Returns a signer for a signing key.
     *
     * @param key a key with a private part
     * @return the signer
     */
    public static JWSSigner signer(LaurelKey key) {
        PrivateKey priv = key.privateKey().orElseThrow(() -> new IllegalArgumentException("key cannot sign: " + key));
        try {
            return switch (key.kind()) {
                case RSA -> new RSASSASigner(priv);
                case P256, P384 -> new ECDSASigner((ECPrivateKey) priv);
                case ED25519 -> new Ed25519JwsSigner(key.ed25519Seed());
            };
        } catch (JOSEException e) {
            throw new IllegalArgumentException("key cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the public JWK to put in a JWS header: the key's public members without the thumbprint
     * {@code kid} that {@link LaurelKey#toPublicJwk()} adds (the header names its key with its own {@code kid}).
     *
     * @param key the key
     * @return the public JWK
     */
    public static JWK headerJwk(LaurelKey key) {
        try {
            Map<String, Object> members = JSONObjectUtils.parse(key.toPublicJwk());
            members.remove("kid");
            return JWK.parse(members);
        } catch (ParseException e) {
            throw new IllegalStateException("the key's own JWK does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * Returns a verifier for a public key.
     *
     * @param key the key
     * @return the verifier, shared between calls
     */
    public static JWSVerifier verifier(LaurelKey key) {
        JWSVerifier v = VERIFIERS.get(key.publicKey());
        if (v == null) {
            v = newVerifier(key);
            if (VERIFIERS.size() >= MAX_CACHED_VERIFIERS) {
                VERIFIERS.clear();
            }
            VERIFIERS.put(key.publicKey(), v);
        }
        return v;
    }

    private static JWSVerifier es384(ECPublicKey key) {
        try {
            return new com.nimbusds.jose.crypto.ECDSAVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a usable P-384 key: " + e.getMessage(), e);
        }
    }

    private static JWSVerifier newVerifier(LaurelKey key) {
        return switch (key.kind()) {
            case RSA -> new RSASSAVerifier((RSAPublicKey) key.publicKey());
            case P256 -> new Es256JwsVerifier((ECPublicKey) key.publicKey());
            case P384 -> es384((ECPublicKey) key.publicKey());
            case ED25519 -> new Ed25519JwsVerifier(key.ed25519PublicBytes());
        };
    }
}
