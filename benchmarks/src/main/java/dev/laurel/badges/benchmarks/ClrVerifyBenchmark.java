package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole of {@code Verifier.verify} on a CLR 2.0 Comprehensive Learner Record, offline, one thread (no
 * executor): a CLR signed eddsa-rdfc-2022 by the benchmark issuer's fixed-seed {@code did:key}, nesting
 * {@code nested} credentials ({@link GenerateCredentials#credential}, about 2.6 KB each, all about one learner)
 * that it signed eddsa-rdfc-2022 too. One operation verifies the CLR's proof (RDFC-1.0 over the whole record),
 * binding, dates and validity (the CLR schema and the OB 3.0 schema of every nested credential), then every nested
 * credential as a badge of its own. Generated deterministically at setup; issue 16 targets at least 20 CLRs of 50
 * per second per core.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClrVerify -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClrVerifyBenchmark {

    /** How many credentials the CLR nests. */
    @Param({"50"})
    public int nested;

    private Verifier verifier;
    private byte[] clr;

    /** Issues the CLR and checks that it verifies, nested credentials included. */
    @Setup
    public void setUp() {
        verifier = Verifier.offline();
        clr = signedClr(nested);
        VerificationReport report = verifier.verify(clr);
        if (!report.verified() || report.nested().size() != nested) {
            throw new IllegalStateException("the benchmark CLR does not verify: " + report.failures());
        }
    }

    /**
     * Builds the signed CLR: deterministic keys, ids and dates, so every run verifies the same bytes.
     *
     * @param count how many nested credentials
     * @return the CLR as JSON bytes
     */
    static byte[] signedClr(int count) {
        GenerateCredentials.Issuer issuer = GenerateCredentials.Issuer.standard();
        BadgeJson json = issuer.json();
        String learner = "did:example:learner-0";
        ObjectNode clr = json.read("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + " \"id\": \"urn:uuid:5b0e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b\","
                + " \"type\": [\"VerifiableCredential\", \"ClrCredential\"],"
                + " \"issuer\": {\"id\": \"" + issuer.did() + "\", \"type\": [\"Profile\"],"
                + " \"name\": \"Laurel Benchmark University\"},"
                + " \"validFrom\": \"2025-01-15T09:30:00Z\", \"name\": \"Transcript of learner 0\","
                + " \"credentialSubject\": {\"id\": \"" + learner + "\", \"type\": [\"ClrSubject\"]}}").json().deepCopy();
        ArrayNode credentials = ((ObjectNode) clr.get("credentialSubject")).putArray("verifiableCredential");
        for (int i = 0; i < count; i++) {
            ObjectNode credential = json.toJson(GenerateCredentials.credential(i, issuer.profile()));
            ((ObjectNode) credential.get("credentialSubject")).put("id", learner);
            credentials.add(issuer.signer().sign(credential, issuer.options()));
        }
        return json.serialize(issuer.signer().sign(clr, issuer.options()), false).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Verifies the CLR and its nested credentials.
     *
     * @return the report
     */
    @Benchmark
    public VerificationReport verifyClr() {
        return verifier.verify(clr);
    }
}
