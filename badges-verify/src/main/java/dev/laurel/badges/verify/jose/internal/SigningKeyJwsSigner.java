package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.verify.keys.SigningKey;
import java.util.Objects;
import java.util.Set;

/**
 * A nimbus {@link JWSSigner} over a {@link SigningKey}: nimbus builds and serialises the JWS, the key
 * signs the signing input and nothing else (nimbus never sees a private key). The signature is the raw
 * form JOSE wants ({@code r||s} for ES256/ES384, 64 bytes for EdDSA, PKCS#1 v1.5 for RS256), checked
 * against the public key when the key is not in memory ({@link SigningKey#signChecked}). A
 * {@link dev.laurel.badges.verify.keys.KeyException} from the key reaches nimbus, which wraps it in a
 * {@link JOSEException}; {@link JwsCrypto#sign} unwraps it again.
 */
public final class SigningKeyJwsSigner implements JWSSigner {

    private final SigningKey key;
    private final JWSAlgorithm algorithm;
    private final JCAContext jcaContext = new JCAContext();

    /**
     * Creates a signer.
     *
     * @param key the key, which can sign
     * @throws NullPointerException if key is null
     */
    public SigningKeyJwsSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.algorithm = JWSAlgorithm.parse(key.kind().jwsAlgorithm());
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!algorithm.equals(header.getAlgorithm())) {
            throw new JOSEException("a " + key.kind() + " key signs only with alg " + algorithm + ", not "
                    + header.getAlgorithm());
        }
        return Base64URL.encode(SigningKey.signChecked(key, signingInput));
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(algorithm);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
