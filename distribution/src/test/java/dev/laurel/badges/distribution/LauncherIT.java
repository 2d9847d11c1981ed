package dev.laurel.badges.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks target/laurel-VERSION.tar.gz and runs its bin/laurel with the JDK that runs the build: the
 * version, a verification that makes the start-up archive, one that uses it, and runs after the archive
 * was truncated or overwritten (each must still verify, print nothing else, and remake the archive).
 */
@DisabledOnOs(OS.WINDOWS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final String VERSION = System.getProperty("laurel.version", "0.1.0-SNAPSHOT");
    private static final String NOW = "2027-01-01T00:00:00Z";

    @TempDir
    static Path work;

    static Path home;
    static Path cache;
    static Path credential;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("laurel.distribution",
                "target/laurel-" + VERSION + ".tar.gz"));
        assertThat(archive).isRegularFile();
        Result tar = run(new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(),
                "-C", work.toString()), Map.of());
        assertThat(tar.exit).as(tar.stderr).isZero();
        home = work.resolve("laurel-" + VERSION);
        cache = work.resolve("cache");
        credential = home.resolve("lib/training/ob3-skill.json");
        assertThat(home.resolve("lib/laurel.jar")).isRegularFile();
        assertThat(home.resolve("bin/laurel")).isExecutable();
        assertThat(home.resolve("bin/laurel.bat")).isRegularFile();
        for (String doc : List.of("README.md", "LICENSE", "NOTICE", "CHANGELOG.md", "docs/CLI.md")) {
            assertThat(home.resolve(doc)).isRegularFile();
        }
        assertThat(Files.readString(home.resolve("bin/laurel")))
                .contains("laurel_version='" + VERSION + "'")
                .doesNotContain("\r");
    }

    @Test
    @Order(1)
    void printsTheVersionWithoutTheCache() throws Exception {
        Result r = laurel(Map.of("LAUREL_CACHE", "off"), "--version");
        assertThat(r.exit).as(r.stderr).isZero();
        assertThat(r.stdout.strip()).isEqualTo("laurel " + VERSION);
        assertThat(archives()).isEmpty();
    }

    @Test
    @Order(2)
    void firstRunMakesTheArchiveAndTheSecondUsesIt() throws Exception {
        assertVerifies(laurel(Map.of(), "verify", "--offline", "--now", NOW, credential.toString()));
        List<Path> made = archives();
        assertThat(made).hasSize(1);
        Path archive = made.get(0);
        assertThat(archive.getParent().getFileName().toString()).startsWith(VERSION + "-");
        assertThat(Path.of(archive + ".ok")).isRegularFile();

        Path classLog = work.resolve("class-load.txt");
        Result second = laurel(Map.of("LAUREL_OPTS", "-Xlog:class+load=info:file=" + classLog),
                "verify", "--offline", "--now", NOW, credential.toString());
        assertVerifies(second);
        assertThat(Files.readString(classLog)).contains("shared objects file");
        assertThat(archives()).containsExactly(archive);
    }

    @Test
    @Order(3)
    void aTruncatedArchiveIsRemadeNotUsed() throws Exception {
        Path archive = archives().get(0);
        byte[] bytes = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertVerifies(laurel(Map.of(), "verify", "--offline", "--now", NOW, credential.toString()));
        assertThat(Files.size(archives().get(0))).isGreaterThan(bytes.length / 3);
    }

    @Test
    @Order(4)
    void anOverwrittenArchiveIsRemadeNotUsed() throws Exception {
        Path archive = archives().get(0);
        long size = Files.size(archive);
        archive.toFile().setWritable(true);
        byte[] garbage = new byte[(int) size];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        Thread.sleep(20);
        Files.write(archive, garbage);
        assertVerifies(laurel(Map.of(), "verify", "--offline", "--now", NOW, credential.toString()));
        assertThat(Files.readAllBytes(archives().get(0))).isNotEqualTo(garbage);
    }

    @Test
    @Order(5)
    void aForeignFileUnderTheArchiveNameDoesNotBreakTheRun() throws Exception {
        // Stamped as if the launcher had made it: the JVM itself must refuse it, silently.
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        byte[] junk = "not an archive\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(archive, junk);
        Files.writeString(Path.of(archive + ".ok"), junk.length + "\n");
        assertVerifies(laurel(Map.of(), "verify", "--offline", "--now", NOW, credential.toString()));
        Result folder = laurel(Map.of(), "verify", "--offline", "--now", NOW, "--format", "json",
                home.resolve("lib/training").toString());
        assertThat(folder.exit).as(folder.stderr).isZero();
        assertThat(folder.stdout.lines()).hasSize(4).allMatch(line -> line.startsWith("{"));
    }

    private static void assertVerifies(Result r) {
        assertThat(r.exit).as(r.stderr).isZero();
        assertThat(r.stdout.lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .isEqualTo(credential + ": verified OpenBadgeCredential 3.0 from "
                        + "did:key:z6MktEvDP4pdidxcNZjGKK1LdYMRzu77GuaUEE8XJCuyDSZk [key binding: strict]");
        assertThat(r.stderr).doesNotContain("warning", "error", "Exception");
    }

    @Test
    @Order(10)
    void largeFoldersAndStreamsGetTheFullJitEverythingElseC1() throws Exception {
        // A stand-in Java that prints the options it is given, so the launcher's choice is seen directly.
        Path jdk = Files.createDirectories(work.resolve("echo-jdk/bin")).getParent();
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Path small = Files.createDirectories(work.resolve("folders/small"));
        for (int i = 0; i < 3; i++) {
            Files.createFile(small.resolve(i + ".json"));
        }
        Path large = Files.createDirectories(work.resolve("folders/large"));
        for (int d = 0; d < 4; d++) {
            Path sub = Files.createDirectories(large.resolve("part" + d));
            for (int i = 0; i < 4_999; i++) {
                Files.createFile(sub.resolve(i + ".json"));
            }
        }
        Map<String, String> echo = Map.of("JAVA_HOME", jdk.toString(), "LAUREL_CACHE", "off");
        String c1 = "-XX:TieredStopAtLevel=1";

        assertThat(laurel(echo, "verify", credential.toString()).stdout).as("one file").contains(c1);
        assertThat(laurel(echo, "verify", small.toString()).stdout).as("a small folder").contains(c1);
        assertThat(laurel(echo, "verify", large.toString()).stdout).as("19,996 files").contains(c1);
        assertThat(laurel(echo, "verify", large.toString(), small.toString()).stdout)
                .as("19,999 files in two folders").contains(c1);
        Files.createFile(large.resolve("one-more.json"));
        assertThat(laurel(echo, "verify", small.toString(), large.toString()).stdout)
                .as("20,000 files in two folders").doesNotContain("TieredStopAtLevel").contains("-XX:+UseSerialGC");
        assertThat(laurel(echo, "verify", "-").stdout).as("a stream").doesNotContain("TieredStopAtLevel");
        assertThat(laurel(Map.of("JAVA_HOME", jdk.toString(), "LAUREL_CACHE", "off", "LAUREL_MODE", "short"),
                "verify", large.toString()).stdout).as("LAUREL_MODE wins").contains(c1);
    }

    private static List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .sorted().toList();
        }
    }

    private static Result laurel(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/laurel").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> e = pb.environment();
        e.remove("JAVA_OPTS");
        e.remove("LAUREL_OPTS");
        e.remove("LAUREL_CACHE_DIR");
        e.remove("LAUREL_MODE");
        e.remove("JAVA_TOOL_OPTIONS");
        e.put("JAVA_HOME", System.getProperty("java.home"));
        e.put("XDG_CACHE_HOME", cache.toString());
        return run(pb, env);
    }

    private static Result run(ProcessBuilder pb, Map<String, String> env) throws Exception {
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + pb.command());
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
