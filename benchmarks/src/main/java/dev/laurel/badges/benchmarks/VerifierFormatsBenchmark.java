package dev.laurel.badges.benchmarks;

import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole of {@code Verifier.verify} on the credentials {@link GenerateCredentials} writes (about
 * 2.6 KB of JSON), offline, one thread: container detection, parsing, schema and rule validation, the
 * proof (eddsa-rdfc-2022, VC-JWT EdDSA, or VC-JWT RS256 from a {@code did:jwk} issuer with an RSA 2048
 * key), issuer key binding, validity dates and status. This is the
 * steady-state per-thread cost behind {@code laurel verify}, without JVM start and JIT warm-up.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar VerifierFormatsBenchmark -f 1 -wi 5 -i 5 -w 3s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifierFormatsBenchmark {

    private static final int DISTINCT = 64;

    private Verifier verifier;
    private byte[][] dataIntegrity;
    private byte[][] vcJwt;
    private byte[][] vcJwtRs256;
    private int next;

    /** Issues a few distinct credentials in both forms and checks that they verify. */
    @Setup
    public void setUp() {
        GenerateCredentials.Issuer issuer = GenerateCredentials.Issuer.standard();
        verifier = Verifier.offline();
        dataIntegrity = new byte[DISTINCT][];
        vcJwt = new byte[DISTINCT][];
        vcJwtRs256 = new byte[DISTINCT][];
        LaurelKey rsa = KeyPairs.generateRsa(2048);
        String didJwk = "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(rsa.toPublicJwk().getBytes(StandardCharsets.UTF_8));
        Profile rsaIssuer = Profile.builder().id(didJwk).name("Laurel Benchmark University (RSA)")
                .url(GenerateCredentials.HOST).build();
        VcJwtSigner rs256 = VcJwtSigner.of(rsa).withKeyId(didJwk + "#0");
        BadgeJson json = BadgeJson.standard();
        for (int i = 0; i < DISTINCT; i++) {
            dataIntegrity[i] = issuer.issue(i, false).getBytes(StandardCharsets.UTF_8);
            vcJwt[i] = issuer.issue(i, true).getBytes(StandardCharsets.UTF_8);
            vcJwtRs256[i] = rs256.sign(json.toJson(GenerateCredentials.credential(i, rsaIssuer)))
                    .getBytes(StandardCharsets.UTF_8);
            if (!verifier.verify(dataIntegrity[i]).verified() || !verifier.verify(vcJwt[i]).verified()
                    || !verifier.verify(vcJwtRs256[i]).verified()) {
                throw new IllegalStateException("benchmark credential " + i + " does not verify");
            }
        }
    }

    /**
     * Verifies an OB 3.0 credential with an embedded eddsa-rdfc-2022 proof.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport dataIntegrity() {
        next = (next + 1) % DISTINCT;
        return verifier.verify(dataIntegrity[next]);
    }

    /**
     * Verifies the same credential as a VC-JWT signed with EdDSA.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport vcJwt() {
        next = (next + 1) % DISTINCT;
        return verifier.verify(vcJwt[next]);
    }

    /**
     * Verifies the same credential as a VC-JWT signed with RS256 (RSA 2048) by a {@code did:jwk} issuer.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport vcJwtRs256() {
        next = (next + 1) % DISTINCT;
        return verifier.verify(vcJwtRs256[next]);
    }
}
