package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel verify -}: inputs from standard input, results streamed in input order (issue 19). */
class VerifyStdinCommandTest {

    private static final String NOW = "2026-11-23T12:00:00Z";

    @TempDir
    static Path demo;

    @TempDir
    Path dir;

    /** A Data Integrity credential on one line, and a VC-JWT: both verify offline (did:key issuer). */
    private static String credentialLine;
    private static String jwtLine;

    @BeforeAll
    static void issue() throws IOException {
        CliRun run = CliRun.of("demo", "--out", demo.toString(), "--now", NOW);
        assertThat(run.exit()).as(run.err()).isZero();
        credentialLine = new ObjectMapper().readTree(demo.resolve("credentials/ob3-skill.json").toFile()).toString();
        jwtLine = Files.readString(demo.resolve("credentials/ob3-skill.jwt")).strip();
    }

    /** Runs the real command line in-process with {@code stdin} as its standard input. */
    private static CliRun verify(String stdin, String... args) {
        return verify(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static CliRun verify(InputStream stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("verify", "--offline", "--now", NOW));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Laurel.execute(all.toArray(String[]::new), stdin, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static List<String> files(CliRun run) {
        return run.lines().stream().map(l -> l.get("file").asText()).toList();
    }

    @Test
    void pathsAndInlineCredentialsMixInInputOrder() {
        Path folder = demo.resolve("images");
        String stdin = credentialLine + "\n"
                + jwtLine + "\r\n"
                + demo.resolve("credentials/ob3-ability.jwt") + "\n"
                + "\n"
                + folder + "\n"
                + "{\"not\": \"a badge\"}\n"
                + dir.resolve("missing.json") + "\n"
                + "   \n";
        CliRun run = verify(stdin, "--format", "json", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(files(run)).containsExactly("-:1", "-:2", demo.resolve("credentials/ob3-ability.jwt").toString(),
                folder + "/ob3-certification.svg", folder + "/ob3-skill.png", "-:6",
                dir.resolve("missing.json").toString());
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("verified").asBoolean())
                .containsExactly(true, true, true, true, true, false, false);
        assertThat(lines).extracting(l -> l.get("container").asText())
                .containsExactly("json", "jws", "jws", "svg", "png", "json", "file");
        assertThat(lines.get(6).get("checks").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(lines.get(6).get("checks").get(0).get("message").asText()).contains("no such file or folder");
        assertThat(run.err()).contains("7 inputs: 5 verified, 2 not verified").contains("key binding: strict");
    }

    @Test
    void everyInputVerifiedExitsZeroAndTextNamesInlineCredentialsByLine() {
        CliRun run = verify(credentialLine + "\n" + jwtLine, "-");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("-:1: verified OpenBadgeCredential 3.0").contains("\n-:2: verified ");
        assertThat(run.err()).contains("2 inputs: 2 verified, 0 not verified");
    }

    @Test
    void standardInputTakesItsPlaceAmongOtherArguments() {
        String before = demo.resolve("credentials/ob3-skill.json").toString();
        String after = demo.resolve("credentials/ob3-skill.jwt").toString();
        CliRun run = verify(jwtLine + "\n", "--format", "json", before, "-", after);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(files(run)).containsExactly(before, "-:1", after);
    }

    @Test
    void usageErrorsExitTwoBeforeAnythingIsPrinted() {
        CliRun twice = verify(jwtLine, "-", "-");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err().strip()).isEqualTo("laurel: - (standard input) may be given only once");
        CliRun missing = verify(jwtLine, "-", dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("no such file or folder");
        CliRun empty = verify("\n  \n", "-");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err().strip()).isEqualTo("laurel: no input: standard input held no path or credential");
    }

    @Test
    void badLinesAreEachOneFailedLineAndTheStreamGoesOn() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        String stdin = "{\"broken\": \n"
                + "%%% garbage \u00e9\n"
                + "nul\u0000inside\n"
                + dir.resolve("empty") + "\n"
                + "eyJhbGciOiJFZERTQSJ9.e30.\n"
                + jwtLine + "\n";
        CliRun run = verify(stdin, "--format", "json", "-");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(files(run)).containsExactly("-:1", "%%% garbage \u00e9", "nul\u0000inside",
                dir.resolve("empty").toString(), "-:5", "-:6");
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("verified").asBoolean())
                .containsExactly(false, false, false, false, false, true);
        assertThat(lines.get(0).get("checks").toString()).contains("MALFORMED_JSON");
        assertThat(lines.get(2).get("checks").get(0).get("message").asText()).isEqualTo("not a usable path");
        assertThat(lines.get(3).get("checks").get(0).get("message").asText()).contains("no input files in folder");
        assertThat(lines.get(4).get("container").asText()).isEqualTo("jws");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aLineOverTheLimitIsOneFailedLineNotAnAbort() {
        StringBuilder big = new StringBuilder(LineInputs.MAX_LINE_BYTES + 64).append("{\"a\":\"");
        big.append("x".repeat(LineInputs.MAX_LINE_BYTES));
        big.append("\"}\n");
        CliRun run = verify(big + jwtLine + "\n", "--format", "json", "-");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(files(run)).containsExactly("-:1", "-:2");
        JsonNode first = run.lines().get(0);
        assertThat(first.get("container").asText()).isEqualTo("file");
        assertThat(first.get("checks").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(first.get("checks").get(0).get("message").asText())
                .isEqualTo("line 1 of standard input is longer than " + LineInputs.MAX_LINE_BYTES + " bytes: not read");
        assertThat(run.lines().get(1).get("verified").asBoolean()).isTrue();
    }

    @Test
    void orderIsKeptWhenASlowFirstInputFinishesLast() {
        // A credential near the size limit takes far longer than the small lines after it.
        StringBuilder big = new StringBuilder("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"pad\":[");
        for (int i = 0; i < 250_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"k\":").append(i).append('}');
        }
        big.append("]}\n");
        StringBuilder stdin = new StringBuilder(big);
        for (int i = 0; i < 200; i++) {
            stdin.append("{\"n\":").append(i).append("}\n");
        }
        CliRun run = verify(stdin.toString(), "--format", "json", "-");
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 201; i++) {
            expected.add("-:" + i);
        }
        assertThat(files(run)).containsExactlyElementsOf(expected);
    }

    @Test
    void eachResultIsPrintedBeforeTheNextLineArrives() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(writer, 1 << 16);
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Laurel.execute(
                new String[] {"verify", "--offline", "--now", NOW, "--format", "json", "-"}, stdin,
                new PrintWriter(out), new PrintWriter(new StringWriter())));
        writer.write((jwtLine + "\n").getBytes(StandardCharsets.UTF_8));
        writer.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("\"-:1\"") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).as("the first result, while standard input is still open").contains("\"file\":\"-:1\"");
        assertThat(exit).isNotDone();
        writer.write("{}\n".getBytes(StandardCharsets.UTF_8));
        writer.close();
        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(out.toString()).contains("\"file\":\"-:2\"");
    }

    @Test
    void resultsAreWrittenInInputOrderWhateverOrderTheyFinishIn() throws InterruptedException {
        // The first input's work waits until the last one's has finished: completion order is reversed
        // from input order, deterministically, on four worker threads whatever the machine's cores.
        CountDownLatch lastDone = new CountDownLatch(1);
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<Inputs.Input> inputs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            inputs.add(Inputs.Input.inline("-:" + i, "{}".getBytes(StandardCharsets.UTF_8)));
        }
        StringWriter out = new StringWriter();
        int exit = BatchRunner.run(Inputs.of(inputs), -1, 4, OutputFormat.json, new PrintWriter(out),
                new PrintWriter(new StringWriter()), "verified", "", input -> {
                    if (input.display().equals("-:1")) {
                        await(lastDone);
                    }
                    finished.add(input.display());
                    if (input.display().equals("-:5")) {
                        lastDone.countDown();
                    }
                    return new ResultLine(JsonNodeFactory.instance.objectNode().put("file", input.display())
                            .put("verified", true), input.display(), true);
                });
        assertThat(exit).isZero();
        assertThat(finished.indexOf("-:5")).isLessThan(finished.indexOf("-:1"));
        assertThat(files(new CliRun(exit, out.toString(), ""))).containsExactly("-:1", "-:2", "-:3", "-:4", "-:5");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void linesAreToldApartByContent() throws IOException {
        byte[] lines = ("badge.v2.json\n"
                + "a.b.c\n"
                + jwtLine + "\n"
                + "  {\"x\":1}  \r\n"
                + "\n"
                + "eyJhbGciOiJFZERTQSJ9..sig\n"
                + "last-without-newline").getBytes(StandardCharsets.UTF_8);
        LineInputs source = new LineInputs(new ByteArrayInputStream(lines));
        List<Inputs.Input> read = new ArrayList<>();
        for (Inputs.Input i = source.next(); i != null; i = source.next()) {
            read.add(i);
        }
        assertThat(read).extracting(Inputs.Input::display).containsExactly("badge.v2.json", "a.b.c", "-:3", "-:4",
                "eyJhbGciOiJFZERTQSJ9..sig", "last-without-newline");
        assertThat(new String(read.get(3).inline(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
        assertThat(read.get(0).inline()).isNull();
        assertThat(read.get(0).unreadable()).contains("no such file or folder");
    }

    @Test
    void anOverLongLineIsSkippedAsItIsReadAndTheNextLineIsWhole() throws IOException {
        LineInputs source = new LineInputs(new ByteArrayInputStream(
                ("{\"a\":\"" + "y".repeat(200_000) + "\"}\n{\"b\":2}\n").getBytes(StandardCharsets.UTF_8)), 1000);
        Inputs.Input first = source.next();
        assertThat(first.inline()).isNull();
        assertThat(first.unreadable()).contains("longer than 1000 bytes");
        assertThat(new String(source.next().inline(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        assertThat(source.next()).isNull();
    }
}
