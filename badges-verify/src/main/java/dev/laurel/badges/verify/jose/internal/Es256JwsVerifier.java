package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Set;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

/**
 * ES256 verification for nimbus with Bouncy Castle's P-256 arithmetic, several times faster than the
 * JDK 17 provider. The signature must be JOSE's 64-byte {@code r||s} (RFC 7518 section 3.4); a DER
 * signature is refused. Thread-safe.
 */
public final class Es256JwsVerifier implements JWSVerifier {

    private static final X9ECParameters P256 = ECNamedCurveTable.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(),
            P256.getH());

    private final ECPublicKeyParameters publicKey;
    private final JCAContext jcaContext = new JCAContext();

    /**
     * Creates a verifier.
     *
     * @param key a P-256 public key, already checked to be on the curve
     */
    public Es256JwsVerifier(ECPublicKey key) {
        this.publicKey = new ECPublicKeyParameters(
                P256.getCurve().validatePoint(key.getW().getAffineX(), key.getW().getAffineY()), DOMAIN);
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signedContent, Base64URL signature) {
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
            return false;
        }
        byte[] sig = signature.decode();
        if (sig.length != 64) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(sig, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, publicKey);
        // verifySignature refuses r or s outside [1, n-1], so the zero-signature forgery cannot pass.
        return ecdsa.verifySignature(sha256(signedContent), r, s);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.ES256);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
