package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Data Integrity throughput: verifying and issuing a typical OB 3.0 credential with an
 * {@code eddsa-rdfc-2022} proof, offline ({@code did:key} issuer), one thread.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DataIntegrityBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DataIntegrityBenchmark {

    /** The OB 3.0 specification's basic OpenBadgeCredential, issued by a did:key. */
    private static final String CREDENTIAL = "{"
            + "\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
            + "\"id\":\"http://example.com/credentials/3527\","
            + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
            + "\"issuer\":{\"id\":\"ISSUER\",\"type\":[\"Profile\"],\"name\":\"Example Corp\"},"
            + "\"validFrom\":\"2010-01-01T00:00:00Z\","
            + "\"name\":\"Teamwork Badge\","
            + "\"credentialSubject\":{\"id\":\"did:example:ebfeb1f712ebc6f1c276e12ec21\","
            + "\"type\":[\"AchievementSubject\"],"
            + "\"achievement\":{\"id\":\"https://example.com/achievements/21st-century-skills/teamwork\","
            + "\"type\":[\"Achievement\"],"
            + "\"criteria\":{\"narrative\":\"Team members are nominated for this badge by their peers and recognized"
            + " upon review by Example Corp management.\"},"
            + "\"description\":\"This badge recognizes the development of the capacity to collaborate within a"
            + " group environment.\","
            + "\"name\":\"Teamwork\"}}}";

    private DataIntegrityVerifier verifier;
    private DataIntegritySigner signer;
    private ProofOptions options;
    private ObjectNode credential;
    private ObjectNode signed;
    private String signedJson;
    private LaurelKey publicKey;
    private byte[] message;
    private byte[] signature;

    /** Builds the key, the credential and its signed form. */
    @Setup
    public void setUp() {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (i * 7 + 1);
        }
        LaurelKey keys = KeyPairs.fromEd25519Seed(seed);
        ObjectMapper mapper = new ObjectMapper();
        try {
            credential = (ObjectNode) mapper.readTree(CREDENTIAL.replace("ISSUER", keys.didKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        signer = DataIntegritySigner.of(keys);
        options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(),
                Instant.parse("2024-05-01T12:00:00Z"));
        signed = signer.sign(credential, options);
        signedJson = signed.toString();
        verifier = DataIntegrityVerifier.offline();
        publicKey = keys.publicOnly();
        message = new byte[64];
        signature = keys.sign(message);
        if (!verifier.verify(signed).verified()) {
            throw new IllegalStateException("the benchmark credential does not verify");
        }
    }

    /**
     * Verifies the signed credential given as a Jackson tree.
     *
     * @return the report
     */
    @Benchmark
    public DataIntegrityReport verify() {
        return verifier.verify(signed);
    }

    /**
     * Verifies the signed credential given as JSON text (parsing included).
     *
     * @return the report
     */
    @Benchmark
    public DataIntegrityReport verifyJson() {
        return verifier.verify(signedJson);
    }

    /**
     * Baseline: one Ed25519 signature check over 64 bytes, the floor of any verification.
     *
     * @return whether it verified
     */
    @Benchmark
    public boolean ed25519VerifyOnly() {
        return publicKey.verify(message, signature);
    }

    /**
     * Issues: adds an eddsa-rdfc-2022 proof to the credential.
     *
     * @return the signed copy
     */
    @Benchmark
    public ObjectNode sign() {
        return signer.sign(credential, options);
    }
}
