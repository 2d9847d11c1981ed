package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.SigningKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nimbus signers and verifiers for Laurel keys: signing through any {@link SigningKey}, verifying with
 * Bouncy Castle (EdDSA, ES256) or nimbus (RS256, ES384); verifiers are kept per public key.
 */
public final class JwsCrypto {

    private static final int MAX_CACHED_VERIFIERS = 4096;
    private static final ConcurrentHashMap<PublicKey, JWSVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private JwsCrypto() {
    }

    /**
     * Returns a nimbus signer over a signing key: the key signs the JWS signing input, nimbus never sees a
     * private key.
     *
     * @param key a key that can sign
     * @return the signer
     * @throws IllegalArgumentException if the key cannot sign, or its public key is of another kind
     */
    public static JWSSigner signer(SigningKey key) {
        SigningKey.checkedPublicKey(key);
        return new SigningKeyJwsSigner(key);
    }

    /**
     * Signs a JWS and returns its compact serialisation. A {@link KeyException} from the key (its store
     * refused, or the signature did not verify) is thrown as it is, not wrapped.
     *
     * @param header the header
     * @param payload the payload bytes
     * @param signer the signer
     * @return the compact JWS
     * @throws KeyException if the key did not sign
     * @throws IllegalStateException if nimbus refuses for another reason
     */
    public static String sign(JWSHeader header, byte[] payload, JWSSigner signer) {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            if (e.getCause() instanceof KeyException) {
                throw (KeyException) e.getCause();
            }
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return jws.serialize();
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
