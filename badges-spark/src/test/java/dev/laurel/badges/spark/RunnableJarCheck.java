package dev.laurel.badges.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The runnable jar's check, run by the build in the integration-test phase (exec-maven-plugin): it writes a small
 * folder (two signed credentials, one hostile file), runs {@code java -jar laurel-spark.jar verify --master
 * local[2] --format json --offline --sort} on it as a user would (no {@code --add-opens} on the command line: the
 * manifest carries them), and fails the build unless the job exits 1 (one input is not verified) with three rows,
 * the summary and the counts.
 */
public final class RunnableJarCheck {

    private RunnableJarCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the jar and a scratch folder (emptied first)
     * @throws Exception if the check fails
     */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        delete(work);
        Path in = Files.createDirectories(work.resolve("in"));
        TestBadges badges = new TestBadges();
        Files.writeString(in.resolve("a.jwt"), badges.signedJwt(badges.credential(1, false, null)));
        Files.writeString(in.resolve("b.json"), badges.signedDi(badges.credential(2, false, null)));
        Files.write(in.resolve("c.json"), TestBadges.hostile());
        Path out = work.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "verify", "--master", "local[2]",
                "--format", "json", "--offline", "--sort", "--now", "2026-06-01T00:00:00Z", in.toString(),
                out.toString()).redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("laurel-spark.jar did not end in 180 s; see " + work.resolve("log.txt"));
        }
        String log = Files.readString(work.resolve("log.txt"));
        if (p.exitValue() != 1) {
            throw new AssertionError("expected exit 1 (the hostile file is not verified), got " + p.exitValue() + ":\n"
                    + log);
        }
        if (!log.contains("3 records: 2 verified, 1 not verified")) {
            throw new AssertionError("unexpected summary line:\n" + log);
        }
        long rows;
        try (Stream<Path> parts = Files.list(out)) {
            List<Path> files = parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
            rows = 0;
            for (Path f : files) {
                rows += Files.readAllLines(f, StandardCharsets.UTF_8).size();
            }
        }
        if (rows != 3 || !Files.isDirectory(out.resolve("_summary")) || !Files.exists(out.resolve("_job.json"))) {
            throw new AssertionError("expected 3 rows, _summary and _job.json in " + out + ", got " + rows + " rows");
        }
        System.out.println("laurel-spark.jar: " + log.lines().filter(l -> l.contains("records:")).findFirst()
                .orElse(""));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
