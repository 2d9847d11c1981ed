package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.dataintegrity.SelectiveDisclosure;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ecdsa-sd-2023, one thread, offline: the issuer's base proof ({@link DataIntegritySigner}), the holder's
 * derivation ({@link SelectiveDisclosure}) and the verifier's check of the derived proof
 * ({@link DataIntegrityVerifier}), on the OB 3.0 credential of the interop vectors
 * ({@code badges-verify/src/test/resources/vectors/interop-ecdsa-sd/laurel-base.json}, copied into this
 * module's resources; mandatory {@code /issuer} and {@code /validFrom}, revealed {@code /name} and
 * {@code /credentialSubject/achievement}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EcdsaSdBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EcdsaSdBenchmark {

    private static final List<String> REVEALED = List.of("/name", "/credentialSubject/achievement");

    private DataIntegritySigner signer;
    private ProofOptions options;
    private ObjectNode unsigned;
    private ObjectNode base;
    private ObjectNode derived;
    private SelectiveDisclosure disclosure;
    private DataIntegrityVerifier verifier;

    /** Reads the base credential, prepares its content for a fresh key, and checks that what is timed verifies. */
    @Setup
    public void setUp() {
        try (InputStream in = EcdsaSdBenchmark.class.getResourceAsStream("/interop-ecdsa-sd/laurel-base.json")) {
            base = (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LaurelKey key = KeyPairs.generate(KeyKind.P256);
        unsigned = base.deepCopy();
        unsigned.remove("proof");
        ((ObjectNode) unsigned.get("issuer")).put("id", key.didKey());
        signer = DataIntegritySigner.of(key);
        options = ProofOptions.of(ProofSuite.ECDSA_SD_2023, key.didKeyVerificationMethod(), Instant.now())
                .withMandatoryPointers(List.of("/issuer", "/validFrom"));
        disclosure = SelectiveDisclosure.create();
        verifier = DataIntegrityVerifier.offline();
        derived = disclosure.derive(base, REVEALED);
        if (!verifier.verify(derived).verified() || !verifier.verify(disclosure.derive(sign(), REVEALED)).verified()) {
            throw new IllegalStateException("the benchmark credential does not verify");
        }
    }

    /**
     * The issuer: a base proof (canonicalisation, HMAC labels, one ephemeral signature per non-mandatory
     * statement, the base signature).
     *
     * @return the credential with its base proof
     */
    @Benchmark
    public ObjectNode sign() {
        return signer.sign(unsigned, options);
    }

    /**
     * The holder: a derived proof from the stored base credential.
     *
     * @return the derived credential
     */
    @Benchmark
    public ObjectNode derive() {
        return disclosure.derive(base, REVEALED);
    }

    /**
     * The verifier: the derived proof alone (canonicalisation, relabelling, did:key, one ECDSA check per
     * revealed non-mandatory statement and the base signature).
     *
     * @return the report
     */
    @Benchmark
    public DataIntegrityReport verifyDerived() {
        return verifier.verify(derived);
    }
}
