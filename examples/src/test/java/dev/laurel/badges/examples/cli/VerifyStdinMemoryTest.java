package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code laurel verify -} keeps memory flat: the real command line, in its own JVM with a 64 MB heap,
 * verifies 200,000 lines written lazily into its standard input (never a file, never held whole) while
 * its output is read as it comes. Were results, inputs or futures kept per input, 200,000 of them (the
 * output alone is some 60 MB of JSON, each result's tree several times that) would not fit in the heap:
 * with {@code BatchRunner}'s window made unbounded by hand, the child JVM ran out of heap near line 500
 * and this test failed there.
 */
class VerifyStdinMemoryTest {

    private static final int LINES = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandLinesStreamThroughA64MegabyteHeapInOrder() throws Exception {
        CliRun demo = CliRun.of("demo", "--out", dir.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        String credential = new ObjectMapper().readTree(dir.resolve("credentials/ob3-skill.json").toFile()).toString();
        String jwt = Files.readString(dir.resolve("credentials/ob3-skill.jwt")).strip();

        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Laurel.class.getName(), "verify", "--offline", "--format", "json", "-"))
                .redirectError(err.toFile()).start();
        // Lines are made as they are written: the input exists nowhere whole, here or on disk.
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
            try (Writer in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
                for (int i = 1; i <= LINES; i++) {
                    in.write(line(i, credential, jwt));
                    in.write('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long lines = 0;
        long verified = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                String expected = "{\"file\":\"-:" + lines + "\",";
                if (!line.startsWith(expected)) {
                    throw new AssertionError("line " + lines + " out of order: " + line.substring(0,
                            Math.min(80, line.length())));
                }
                if (line.contains("\"verified\":true")) {
                    verified++;
                }
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        feeder.get(10, TimeUnit.SECONDS);
        String stderr = Files.readString(err);
        assertThat(process.exitValue()).as(stderr).isEqualTo(1);
        assertThat(lines).isEqualTo(LINES);
        assertThat(verified).isEqualTo(LINES / 500);
        assertThat(stderr).contains(LINES + " inputs: " + LINES / 500 + " verified, " + (LINES - LINES / 500)
                + " not verified");
    }

    /** Mostly small JSON lines that are no badge; every 1,000th a Data Integrity credential, every 500th+ a JWT. */
    private static String line(int i, String credential, String jwt) {
        if (i % 1000 == 0) {
            return credential;
        }
        if (i % 1000 == 500) {
            return jwt;
        }
        return "{\"n\":" + i + "}";
    }
}
