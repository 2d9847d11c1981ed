package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * badges-json on CLR 2.0 documents, one thread: read to the model, and read plus full validation (the official
 * CLR 2.0 schema, the OB 3.0 schema for each nested credential, constraints and spec rules), for a CLR that nests
 * the CLR vector's signed credential {@code nested} times (each with its own ids), its achievements chained by
 * {@code isPartOf} associations. Issue 16 asks that 500 nested credentials read and validate well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClrBenchmark {

    /** How many credentials the CLR nests. */
    @Param({"500"})
    public int nested;

    private final BadgeJson json = BadgeJson.standard();
    private byte[] clr;

    /** Builds the CLR and checks it reads and validates with no finding. */
    @Setup
    public void setUp() {
        clr = clrWith(nested);
        ValidationResult result = json.validate(clr);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("the benchmark CLR is not clean: " + result.problems());
        }
    }

    static byte[] clrWith(int count) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode clr = (ObjectNode) mapper.readTree(JsonBenchmark.fixture("clr-signed.json"));
            ObjectNode subject = (ObjectNode) clr.get("credentialSubject");
            ObjectNode template = (ObjectNode) subject.get("verifiableCredential").get(0);
            ArrayNode credentials = subject.putArray("verifiableCredential");
            ArrayNode associations = subject.putArray("association");
            for (int i = 0; i < count; i++) {
                ObjectNode copy = template.deepCopy();
                copy.put("id", "urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", i));
                ((ObjectNode) copy.at("/credentialSubject/achievement")).put("id",
                        "https://example.edu/achievements/" + i);
                credentials.add(copy);
                if (i > 0) {
                    associations.addObject().put("type", "Association").put("associationType", "isPartOf")
                            .put("sourceId", "https://example.edu/achievements/" + (i - 1))
                            .put("targetId", "https://example.edu/achievements/" + i);
                }
            }
            return mapper.writeValueAsBytes(clr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the CLR read to the model */
    @Benchmark
    public BadgeDocument readClr() {
        return json.read(clr);
    }

    /** @return the validation result */
    @Benchmark
    public ValidationResult readAndValidateClr() {
        return json.validate(clr);
    }
}
