package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** EdDSA (Ed25519) signing for nimbus with Bouncy Castle, so that nimbus needs no Tink. */
public final class Ed25519JwsSigner implements JWSSigner {

    private final Ed25519PrivateKeyParameters privateKey;
    private final JCAContext jcaContext = new JCAContext();

    /**
     * Creates a signer.
     *
     * @param seed the 32-byte private key
     */
    public Ed25519JwsSigner(byte[] seed) {
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        // Computed once here; the private key keeps it for every signature.
        privateKey.generatePublicKey();
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("Ed25519 signs only with alg EdDSA, not " + header.getAlgorithm());
        }
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        privateKey.sign(Ed25519.Algorithm.Ed25519, null, signingInput, 0, signingInput.length, sig, 0);
        return Base64URL.encode(sig);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
