package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command lines docs/CLI.md shows for {@code decide}, {@code pathway} and {@code taxonomy export}
 * (the code block after each {@code <!-- cli-example: NAME -->} marker) against what {@code laurel demo}
 * writes, and checks what the page says they print.
 */
class DocumentedTaxonomyExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    static Path demo;

    private static String doc;

    @BeforeAll
    static void writeTheDemo() throws Exception {
        doc = Files.readString(ROOT.resolve("docs/CLI.md"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("demo", "--out", demo.toString(), "--now", "2026-01-01T00:00:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** The documented command line, with DEMO and the repository paths made real. */
    private static String[] example(String name) {
        Matcher m = Pattern.compile("<!-- cli-example: " + name + " -->\\s*```\\s*\\n(laurel [^\\n]+)\\n```").matcher(doc);
        assertThat(m.find()).as("docs/CLI.md shows the " + name + " example").isTrue();
        List<String> args = new ArrayList<>();
        for (String token : m.group(1).substring("laurel ".length()).split(" ")) {
            String t = token.replace("DEMO", demo.toString());
            if (t.startsWith("docs/")) {
                t = ROOT.resolve(t).toString();
            }
            args.add(t);
        }
        return args.toArray(new String[0]);
    }

    private static JsonNode last(CliRun run) {
        List<JsonNode> lines = run.lines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theDocumentedPolicyIsTheOneInDocsExamples() throws Exception {
        for (String name : List.of("policy", "pathway")) {
            JsonNode file = JSON.readTree(ROOT.resolve("docs/examples/" + name + ".json").toFile());
            Matcher m = Pattern.compile("with `docs/examples/" + name + ".json`:\\s*```json\\s*\\n([^\\n]+)\\n```").matcher(doc);
            assertThat(m.find()).isTrue();
            assertThat(JSON.readTree(m.group(1))).isEqualTo(file);
        }
    }

    @Test
    void decideAcceptsOnTheSkillBadgeAsDocumented() {
        CliRun run = CliRun.of(example("decide"));
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("verdict").asText()).isEqualTo("accept");
        assertThat(lines.get(1).path("verdict").asText()).isEqualTo("reject");
        JsonNode decision = last(run);
        assertThat(decision.path("kind").asText()).isEqualTo("PolicyDecision");
        assertThat(decision.path("decision").asText()).isEqualTo("accept");
        assertThat(decision.path("best").asText()).endsWith("credentials/ob3-skill.json");
        assertThat(decision.path("counting").asText()).isEqualTo("verified-only");
    }

    @Test
    void decideIgnoresABadgeThatDoesNotVerify() throws Exception {
        Path tampered = demo.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(demo.resolve("credentials/ob3-certification.json"))
                .replace("\"name\":\"", "\"name\":\"Forged "));
        String[] args = example("decide");
        args[args.length - 1] = tampered.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode decision = last(run);
        assertThat(decision.path("ignored").toString()).contains("tampered.json");
        assertThat(run.lines().get(1).path("ignored").asBoolean()).isTrue();
        assertThat(run.lines().get(1).path("verified").asBoolean()).isFalse();
    }

    @Test
    void decidePreviewJudgesABadgeThatDoesNotVerifyAndStillSaysSo() throws Exception {
        Path tampered = demo.resolve("tampered-preview.json");
        Files.writeString(tampered, Files.readString(demo.resolve("credentials/ob3-certification.json"))
                .replace("\"name\":\"", "\"name\":\"Forged "));
        List<String> args = new ArrayList<>(List.of(example("decide")));
        args.set(args.size() - 1, tampered.toString());
        args.add(1, "--preview");
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exit()).as("a preview is not a decision: an unverified input still exits 1").isEqualTo(1);
        JsonNode line = run.lines().get(1);
        assertThat(line.path("verified").asBoolean()).isFalse();
        assertThat(line.path("ignored").asBoolean()).isFalse();
        assertThat(line.path("verdict").isNull()).isFalse();
        JsonNode decision = last(run);
        assertThat(decision.path("counting").asText()).isEqualTo("preview");
        assertThat(decision.path("ignored").toString()).doesNotContain("tampered-preview.json");
    }

    /** A folder with the demo's skill badge and a forged copy of its knowledge badge. */
    private static Path forgedKnowledge() throws Exception {
        Path dir = Files.createDirectories(demo.resolve("forged-knowledge"));
        Files.copy(demo.resolve("credentials/ob3-skill.json"), dir.resolve("ob3-skill.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("ob3-knowledge.json"), Files.readString(demo.resolve("credentials/ob3-knowledge.json"))
                .replace("\"name\":\"", "\"name\":\"Forged "));
        return dir;
    }

    @Test
    void pathwayDoesNotCountABadgeThatDoesNotVerifyUnlessPreviewed() throws Exception {
        String[] args = example("pathway");
        args[args.length - 1] = forgedKnowledge().toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode progress = last(run);
        assertThat(progress.path("counting").asText()).isEqualTo("verified-only");
        assertThat(progress.path("complete").asBoolean()).isFalse();
        assertThat(progress.path("done").asInt()).isEqualTo(1);
        assertThat(progress.path("ignored").toString()).contains("ob3-knowledge.json");
        JsonNode knowledge = run.lines().get(0);
        assertThat(knowledge.path("file").asText()).endsWith("ob3-knowledge.json");
        assertThat(knowledge.path("counted").asBoolean()).isFalse();
        assertThat(knowledge.path("ignored").asBoolean()).isTrue();

        List<String> preview = new ArrayList<>(List.of(args));
        preview.add(1, "--preview");
        CliRun previewed = CliRun.of(preview.toArray(new String[0]));
        assertThat(previewed.exit()).as("a preview is not a decision: an unverified input still exits 1").isEqualTo(1);
        JsonNode planned = last(previewed);
        assertThat(planned.path("counting").asText()).isEqualTo("preview");
        assertThat(planned.path("complete").asBoolean()).isTrue();
        assertThat(planned.path("ignored").size()).isZero();
        assertThat(previewed.lines().get(0).path("counted").asBoolean()).isTrue();
    }

    @Test
    void pathwayIsCompleteAsDocumented() {
        CliRun run = CliRun.of(example("pathway"));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode progress = last(run);
        assertThat(progress.path("kind").asText()).isEqualTo("PathwayProgress");
        assertThat(progress.path("pathway").asText()).isEqualTo("java-track");
        assertThat(progress.path("complete").asBoolean()).isTrue();
        assertThat(progress.path("done").asInt()).isEqualTo(2);
    }

    @Test
    void exportPrintsTheCasePackageAndCtdl() throws Exception {
        CliRun run = CliRun.of(example("export"));
        assertThat(run.exit()).isZero();
        assertThat(JSON.readTree(run.out()).path("CFItems").size()).isEqualTo(6);
        CliRun ctdl = CliRun.of("taxonomy", "export", "--format", "ctdl");
        assertThat(JSON.readTree(ctdl.out()).path("@graph").size()).isEqualTo(7);
        assertThat(CliRun.of("taxonomy", "export", "--format", "rdf").exit()).isEqualTo(2);
    }

    @Test
    void anInvalidPolicyIsAUsageErrorWithItsPointer() throws Exception {
        Path bad = demo.resolve("bad-policy.json");
        Files.writeString(bad, "{\"type\":\"LaurelPolicy\",\"conditions\":[{\"minimumLevel\":\"expert\"}]}");
        CliRun run = CliRun.of("decide", "--policy", bad.toString(), "--offline", demo.resolve("credentials").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("/conditions/0/minimumLevel").doesNotContain("Exception");
    }

    @Test
    void classifyExplainPrintsSentences() {
        CliRun run = CliRun.of("classify", "--explain", demo.resolve("credentials/ob3-skill.json").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  1. Declared skill by an alignment to Laurel Credential Levels.");
    }
}
