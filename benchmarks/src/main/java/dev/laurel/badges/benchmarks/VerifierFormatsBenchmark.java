package dev.laurel.badges.benchmarks;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
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
 * proof (eddsa-rdfc-2022 or VC-JWT EdDSA), issuer key binding, validity dates and status. This is the
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
    private int next;

    /** Issues a few distinct credentials in both forms and checks that they verify. */
    @Setup
    public void setUp() {
        GenerateCredentials.Issuer issuer = GenerateCredentials.Issuer.standard();
        verifier = Verifier.offline();
        dataIntegrity = new byte[DISTINCT][];
        vcJwt = new byte[DISTINCT][];
        for (int i = 0; i < DISTINCT; i++) {
            dataIntegrity[i] = issuer.issue(i, false).getBytes(StandardCharsets.UTF_8);
            vcJwt[i] = issuer.issue(i, true).getBytes(StandardCharsets.UTF_8);
            if (!verifier.verify(dataIntegrity[i]).verified() || !verifier.verify(vcJwt[i]).verified()) {
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
}
