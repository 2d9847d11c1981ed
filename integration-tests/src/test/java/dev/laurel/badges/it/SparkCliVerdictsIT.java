package dev.laurel.badges.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spark job's verdicts are {@code laurel verify}'s, with both run as a user runs them: the CLI jar
 * ({@code examples/target/laurel.jar}) and the runnable Spark jar ({@code badges-spark/target/laurel-spark.jar}) as
 * separate processes over the same folder: what {@code laurel demo} issues (OB 2.0 and OB 3.0, JSON, JWT, baked PNG
 * and SVG, CLR), 2,000 signed credentials from the benchmarks' generator (Data Integrity and VC-JWT, issue 20's
 * "done when"), a tampered copy, a file that is not a badge and a hostile one. Every field of every CLI line must be
 * in the Spark row of the same file with the same value. Neither jar is on this module's class path (Spark 3.5's
 * servlet API and the CLI's Jetty 12 cannot share one); the build only orders the modules.
 */
class SparkCliVerdictsIT {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theSparkJobGivesTheVerdictsOfLaurelVerify() throws Exception {
        Path work = Path.of("target", "spark-cli").toAbsolutePath();
        delete(work);
        Path in = Files.createDirectories(work.resolve("in"));
        run(work.resolve("demo.log"), List.of("-jar", ROOT.resolve("examples/target/laurel.jar").toString(), "demo",
                "--out", in.resolve("demo").toString()), 0);
        // Issue 20's "done when": 2,000 more, half Data Integrity (eddsa-rdfc-2022), half VC-JWT, from the
        // benchmarks' generator (distinct ids and learners, one did:key issuer).
        for (String kind : List.of("di", "jwt")) {
            run(work.resolve("generate-" + kind + ".log"), List.of("-cp",
                    ROOT.resolve("benchmarks/target/benchmarks.jar").toString(),
                    "dev.laurel.badges.benchmarks.GenerateCredentials", in.resolve("generated-" + kind).toString(),
                    "1000", kind), 0);
        }
        String tampered = Files.readString(in.resolve("demo/credentials/ob3-skill.json"))
                .replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"X");
        Files.writeString(in.resolve("tampered.json"), tampered);
        Files.writeString(in.resolve("not-a-badge.json"), "{\"hello\": \"world\"}");
        Files.writeString(in.resolve("hostile.json"), "[".repeat(50_000));
        Path cli = work.resolve("cli.jsonl");
        int cliExit = run(cli, List.of("-jar", ROOT.resolve("examples/target/laurel.jar").toString(), "verify",
                "--offline", "--format", "json", in.toString()), -1);
        int sparkExit = run(work.resolve("spark.log"), List.of("-jar",
                ROOT.resolve("badges-spark/target/laurel-spark.jar").toString(), "verify", "--master", "local[2]",
                "--offline", "--format", "json", in.toString(), work.resolve("out").toString()), -1);
        assertThat(sparkExit).as(Files.readString(work.resolve("spark.log"))).isEqualTo(cliExit).isEqualTo(1);

        Map<String, ObjectNode> rows = new HashMap<>();
        try (Stream<Path> parts = Files.list(work.resolve("out"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    ObjectNode row = (ObjectNode) MAPPER.readTree(line);
                    rows.put(row.get("file").textValue(), row);
                }
            }
        }
        List<String> lines = Files.readAllLines(cli, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(2_000);
        assertThat(rows).hasSize(lines.size());
        int verified = 0;
        for (String line : lines) {
            ObjectNode expected = (ObjectNode) MAPPER.readTree(line);
            String file = expected.get("file").textValue();
            ObjectNode row = rows.get(file);
            assertThat(row).as("a Spark row for %s", file).isNotNull();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertThat(withoutNullCodes(row.get(field.getKey()))).as("%s: %s", file, field.getKey())
                        .isEqualTo(field.getValue());
            }
            verified += expected.get("verified").booleanValue() ? 1 : 0;
        }
        assertThat(verified).isPositive().isLessThan(lines.size());
    }

    /** Spark writes one schema for every row: a check without a code has {@code "code": null} there. */
    static JsonNode withoutNullCodes(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        for (JsonNode c : copy.findParents("code")) {
            if (c.get("code").isNull()) {
                ((ObjectNode) c).remove("code");
            }
        }
        return copy;
    }

    /** Runs java with arguments, stdout and stderr to a file; returns the exit code (checked unless expected < 0). */
    static int run(Path output, List<String> args, int expected) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(output.toFile());
        pb.redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        if (expected >= 0) {
            assertThat(p.exitValue()).as(String.join(" ", command)).isEqualTo(expected);
        }
        return p.exitValue();
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
