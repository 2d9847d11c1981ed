package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ecdsa-rdfc-2019 verification, one thread, offline ({@code did:key} issuer): the credentials Laurel signed
 * for the interop vectors ({@code badges-verify/src/test/resources/vectors/interop-ecdsa/laurel-p256.json}
 * and {@code laurel-p384.json}, copied into this module's resources), the same files Digital Bazaar's
 * verifier is timed on ({@code tools/interop}). Beside it, the bare ECDSA check over the 64/96 bytes such a
 * proof signs, through the JDK ({@code SHA256withECDSAinP1363Format} / {@code SHA384withECDSAinP1363Format})
 * and through Bouncy Castle's {@code ECDSASigner}, with the same key and signature, and through
 * {@link LaurelKey#verify} (whichever of the two Laurel uses).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EcdsaBenchmark -f 1 -wi 5 -i 5 -w 2s -r 2s -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EcdsaBenchmark {

    @Param({"p256", "p384"})
    public String curve;

    private DataIntegrityVerifier dataIntegrity;
    private Verifier verifier;
    private ObjectNode signed;
    private byte[] signedBytes;

    private LaurelKey key;
    private byte[] message;
    private byte[] signature;
    private ECPublicKey jdkKey;
    private String jdkAlgorithm;
    private ECPublicKeyParameters bcKey;
    private ECPublicKeyParameters bcCustomKey;
    private String digest;
    private int half;

    /** Reads the credential, checks it verifies, and makes a key and a signature for the bare checks. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        boolean p256 = curve.equals("p256");
        try (InputStream in = EcdsaBenchmark.class.getResourceAsStream("/interop-ecdsa/laurel-" + curve + ".json")) {
            signedBytes = in.readAllBytes();
            signed = (ObjectNode) new ObjectMapper().readTree(signedBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataIntegrity = DataIntegrityVerifier.offline();
        verifier = Verifier.offline();
        if (!dataIntegrity.verify(signed).verified() || !verifier.verify(signedBytes).verified()) {
            throw new IllegalStateException("the benchmark credential does not verify");
        }

        key = KeyPairs.generate(p256 ? KeyKind.P256 : KeyKind.P384);
        half = p256 ? 32 : 48;
        message = new byte[2 * half]; // ecdsa-rdfc-2019 signs hash(proof config) || hash(document)
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) (i * 31 + 7);
        }
        signature = key.sign(message);
        jdkKey = (ECPublicKey) key.publicKey();
        jdkAlgorithm = key.kind().jcaAlgorithm();
        X9ECParameters x9 = ECNamedCurveTable.getByName(p256 ? "secp256r1" : "secp384r1");
        bcKey = new ECPublicKeyParameters(
                x9.getCurve().validatePoint(jdkKey.getW().getAffineX(), jdkKey.getW().getAffineY()),
                new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH()));
        X9ECParameters custom = CustomNamedCurves.getByName(p256 ? "secp256r1" : "secp384r1");
        bcCustomKey = new ECPublicKeyParameters(
                custom.getCurve().validatePoint(jdkKey.getW().getAffineX(), jdkKey.getW().getAffineY()),
                new ECDomainParameters(custom.getCurve(), custom.getG(), custom.getN(), custom.getH()));
        digest = p256 ? "SHA-256" : "SHA-384";
        if (!jdkVerifyOnly() || !bcVerifyOnly() || !bcCustomCurveVerifyOnly() || !laurelKeyVerifyOnly()) {
            throw new IllegalStateException("the bare ECDSA checks disagree");
        }
    }

    /**
     * The Data Integrity proof alone: canonicalisation, hashing, did:key, ECDSA (what Digital Bazaar's
     * {@code verifyCredential} is timed on).
     *
     * @return the report
     */
    @Benchmark
    public DataIntegrityReport dataIntegrityVerify() {
        return dataIntegrity.verify(signed);
    }

    /**
     * The whole verifier on the file's bytes: parsing, OB 3.0 schema and rules, the proof, key binding, dates.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport fullVerify() {
        return verifier.verify(signedBytes);
    }

    /**
     * The bare ECDSA check through the JDK's provider.
     *
     * @return whether it verified
     */
    @Benchmark
    public boolean jdkVerifyOnly() throws GeneralSecurityException {
        Signature s = Signature.getInstance(jdkAlgorithm);
        s.initVerify(jdkKey);
        s.update(message);
        return s.verify(signature);
    }

    /**
     * The bare ECDSA check through Bouncy Castle's {@code ECDSASigner} on its generic curve
     * ({@code ECNamedCurveTable}), same key and signature.
     *
     * @return whether it verified
     */
    @Benchmark
    public boolean bcVerifyOnly() throws GeneralSecurityException {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, half, 2 * half));
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, bcKey);
        return ecdsa.verifySignature(MessageDigest.getInstance(digest).digest(message), r, s);
    }

    /**
     * The bare ECDSA check through Bouncy Castle's {@code ECDSASigner} on its optimised curve
     * ({@code CustomNamedCurves}: dedicated field arithmetic for secp256r1 / secp384r1), same key and signature.
     *
     * @return whether it verified
     */
    @Benchmark
    public boolean bcCustomCurveVerifyOnly() throws GeneralSecurityException {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, half, 2 * half));
        ECDSASigner ecdsa = new ECDSASigner();
        ecdsa.init(false, bcCustomKey);
        return ecdsa.verifySignature(MessageDigest.getInstance(digest).digest(message), r, s);
    }

    /**
     * The bare ECDSA check through {@link LaurelKey#verify}, the path Data Integrity proofs take.
     *
     * @return whether it verified
     */
    @Benchmark
    public boolean laurelKeyVerifyOnly() {
        return key.verify(message, signature);
    }
}
