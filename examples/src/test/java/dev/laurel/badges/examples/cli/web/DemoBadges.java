package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.examples.cli.Laurel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo folder of {@code laurel demo --out DIR --now NOW} as the page tests use it: the flags {@code laurel serve},
 * {@code laurel verify} and {@code laurel classify} are given for it, the files the docs' verify command covers, a
 * forged copy of a credential, and what the command line says of each file (all in this JVM).
 *
 * @param dir the demo's output folder
 */
record DemoBadges(Path dir) {

    /** The issue and verification instant of every run. */
    static final String NOW = "2026-01-01T00:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Runs {@code laurel demo --out DIR --now NOW}.
     *
     * @param dir an empty folder
     * @return the demo in it
     * @throws AssertionError if the demo does not exit 0
     */
    static DemoBadges issue(Path dir) {
        Run run = Run.of("demo", "--out", dir.toString(), "--now", NOW);
        assertThat(run.exit()).as("laurel demo: %s", run.err()).isZero();
        return new DemoBadges(dir);
    }

    /**
     * The verification flags the server and {@code laurel verify} are both given: offline, the demo's URL map (for
     * the OB 2.0 issuer documents), the fixed instant.
     *
     * @return the flags
     */
    String[] verificationFlags() {
        return new String[] {"--offline", "--url-map", urlMap().toString(), "--now", NOW};
    }

    private Path urlMap() {
        return dir.resolve("hosted/url-map.json");
    }

    /**
     * A file of the demo.
     *
     * @param relative its path in the demo folder, e.g. {@code credentials/ob3-skill.json}
     * @return the absolute path
     */
    Path file(String relative) {
        return dir.resolve(relative).toAbsolutePath();
    }

    /**
     * Every file of {@code credentials/} and {@code images/} (walked recursively, sorted), the inputs of the docs'
     * {@code laurel verify ... DIR/credentials DIR/images}.
     *
     * @return the files
     */
    List<Path> verifiedInputs() {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("credentials", "images")) {
            try (Stream<Path> walk = Files.walk(dir.resolve(folder))) {
                walk.filter(Files::isRegularFile).sorted().map(Path::toAbsolutePath).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    /**
     * Writes a forged copy of {@code credentials/ob3-skill.json}: its achievement's name changed after signing, so
     * the embedded proof no longer covers what the document says.
     *
     * @param target the file to write
     * @return the file
     */
    Path forge(Path target) {
        try {
            ObjectNode credential = (ObjectNode) JSON.readTree(file("credentials/ob3-skill.json").toFile());
            JsonNode achievement = credential.at("/credentialSubject/achievement");
            assertThat(achievement.path("name").isTextual()).as("the demo credential names its achievement").isTrue();
            ((ObjectNode) achievement).put("name", "Chief Surgeon (forged)");
            Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credential));
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@code laurel verify --format json} with {@link #verificationFlags()} prints for one file.
     *
     * @param file the file, as given on the command line
     * @return its one JSON line, with its line end
     */
    String verifyLine(Path file) {
        List<String> args = new ArrayList<>(List.of("verify", "--format", "json"));
        args.addAll(List.of(verificationFlags()));
        args.add(file.toString());
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.out().lines().count()).as("laurel verify %s: %s", file, run.err()).isEqualTo(1);
        return run.out();
    }

    /**
     * The level {@code laurel classify --format json --url-map MAP} gives one file ({@code classify} verifies nothing,
     * so the URL map is the only flag of the server's that it takes).
     *
     * @param file the file
     * @return the level id, or {@code unclassified} where it prints {@code null}
     */
    String level(Path file) {
        Run run = Run.of("classify", "--format", "json", "--url-map", urlMap().toString(), file.toString());
        assertThat(run.out().lines().count()).as("laurel classify %s: %s", file, run.err()).isEqualTo(1);
        JsonNode level = read(run.out()).get("level");
        assertThat(level).as("classify's line has a level field: %s", run.out()).isNotNull();
        return level.isNull() ? "unclassified" : level.asText();
    }

    /**
     * The id of the first failed check of a {@code laurel verify} JSON line, if any.
     *
     * @param line the line
     * @return the check id
     */
    static Optional<String> firstFailedCheck(String line) {
        for (JsonNode check : read(line).path("checks")) {
            if (check.path("outcome").asText().equals("failed")) {
                return Optional.of(check.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads one JSON line.
     *
     * @param line the line
     * @return its tree
     */
    static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** One in-process run of the command line. */
    private record Run(int exit, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Laurel.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
