package dev.laurel.badges.benchmarks;

import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * badges-json throughput on one thread: read to the model, read plus full validation (official schema,
 * constraints, spec rules), and write, for a typical OB 3.0 credential (about 3 KB, the spec's skill
 * assertion example) and an OB 2.0 assertion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    private final BadgeJson json = BadgeJson.standard();
    private byte[] ob3;
    private byte[] ob2;
    private Object ob3Model;
    private Object ob2Model;

    /** Loads the fixtures and checks they read as badges. */
    @Setup
    public void setUp() {
        ob3 = fixture("ob3-typical.json");
        ob2 = fixture("ob2-assertion.json");
        ob3Model = json.read(ob3).model().orElseThrow();
        ob2Model = json.read(ob2).model().orElseThrow();
    }

    static byte[] fixture(String name) {
        try (InputStream in = JsonBenchmark.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document read to the model */
    @Benchmark
    public BadgeDocument readOb3() {
        return json.read(ob3);
    }

    /** @return the validation result */
    @Benchmark
    public ValidationResult readAndValidateOb3() {
        return json.validate(ob3);
    }

    /** @return the written JSON */
    @Benchmark
    public String writeOb3() {
        return json.write(ob3Model);
    }

    /** @return the document read to the model */
    @Benchmark
    public BadgeDocument readOb2() {
        return json.read(ob2);
    }

    /** @return the validation result */
    @Benchmark
    public ValidationResult readAndValidateOb2() {
        return json.validate(ob2);
    }

    /** @return the written JSON */
    @Benchmark
    public String writeOb2() {
        return json.write(ob2Model);
    }
}
