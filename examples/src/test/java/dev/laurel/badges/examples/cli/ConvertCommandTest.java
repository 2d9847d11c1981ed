package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One reported problem: a JSON Pointer (or "/" for the whole document), the message, the code. */
    private static final Pattern PROBLEM_LINE = Pattern.compile("^(/[^:]*)?: .+ \\[[A-Z_]+]$");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = ConvertCommandTest.class.getResourceAsStream("/convert/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private static List<String> errLines(CliRun run) {
        return Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /** Every stderr line but the last is one problem; the last is the summary. */
    private static List<String> problemLines(CliRun run) {
        List<String> lines = errLines(run);
        assertThat(lines.get(lines.size() - 1)).startsWith("converted ");
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void ob3ToOb2GivesAnAssertionAndListsEveryLossWithItsPointer() throws IOException {
        Path in = resource("ob_v3p0_examples_fullOpenBadge-00.json");
        CliRun run = CliRun.of("convert", "--to", "2.0", in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode assertion = JSON.readTree(run.out());
        assertThat(assertion.get("type").asText()).isEqualTo("Assertion");
        assertThat(assertion.get("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.at("/badge/type").asText()).isEqualTo("BadgeClass");

        List<String> problems = problemLines(run);
        assertThat(problems).isNotEmpty().allMatch(l -> PROBLEM_LINE.matcher(l).matches());
        // Results, credential status and the proof have no OB 2.0 place: each is named where it was.
        assertThat(problems).anyMatch(l -> l.startsWith("/credentialSubject/result: ") && l.endsWith("[NO_COUNTERPART]"));
        assertThat(problems).anyMatch(l -> l.startsWith("/credentialStatus: "));
        assertThat(errLines(run).get(errLines(run).size() - 1))
                .contains("OpenBadgeCredential 3.0 to Assertion 2.0");
    }

    @Test
    void ob2ToOb3WithItsReferencedDocumentsGivesAValidCredential() throws IOException {
        Path assertion = write("assertion.json", SignCommandTest.OB2_ASSERTION);
        Path badge = write("badge.json", SignCommandTest.OB2_BADGE);
        Path issuer = write("issuer.json", SignCommandTest.OB2_ISSUER);
        Path out = dir.resolve("credential.json");
        CliRun run = CliRun.of("convert", "--to", "3.0", "--with", badge.toString(), "--with", issuer.toString(),
                assertion.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("[UNRESOLVED_REFERENCE]").doesNotContain("incomplete");

        JsonNode credential = JSON.readTree(out.toFile());
        assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.at("/credentialSubject/achievement/name").asText()).isEqualTo("Awesome Robotics Badge");
        assertThat(credential.at("/issuer/id").asText()).isEqualTo("https://example.org/organization.json");
        ValidationResult validation = BadgeJson.standard().validate(Files.readAllBytes(out));
        assertThat(validation.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void anUnresolvedReferenceIsReportedAndTheResultMarkedIncomplete() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "3.0", resource("ob_v2p0_examples_index-00.json").toString());
        assertThat(run.exit()).isZero();
        assertThat(problemLines(run)).anyMatch(l -> l.startsWith("/badge: ") && l.endsWith("[UNRESOLVED_REFERENCE]"));
        assertThat(run.err()).contains("incomplete");
        assertThat(JSON.readTree(run.out()).at("/credentialSubject/achievement/id").asText())
                .isEqualTo("https://example.org/robotics-badge.json");
    }

    @Test
    void convertingToTheSameVersionGivesTheSameJsonTree() throws IOException {
        for (Path in : List.of(resource("ob_v3p0_examples_fullOpenBadge-00.json"),
                resource("ob_v2p0_examples_index-00.json"), write("c.json", ValidateCommandTest.VALID_OB3))) {
            String version = Files.readString(in).contains("openbadges/v2") ? "2.0" : "3.0";
            CliRun run = CliRun.of("convert", "--to", version, in.toString());
            assertThat(run.exit()).as(in.toString()).isZero();
            assertThat(JSON.readTree(run.out())).as(in.toString()).isEqualTo(JSON.readTree(in.toFile()));
            assertThat(problemLines(run)).as(in.toString()).isEmpty();
        }
    }

    @Test
    void aSignedTokenIsConvertedFromItsPayloadAndTheSignatureReportedDropped() throws IOException {
        Path keys = dir.resolve("keys");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", keys.toString()).exit()).isZero();
        CliRun signed = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                "vc-jwt-eddsa", write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(signed.exit()).isZero();
        CliRun run = CliRun.of("convert", "--to", "2.0", write("c.jwt", signed.out()).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(problemLines(run)).anyMatch(l -> l.endsWith("[SIGNATURE_DROPPED]"));
        JsonNode assertion = JSON.readTree(run.out());
        assertThat(assertion.get("type").asText()).isEqualTo("Assertion");
        assertThat(assertion.at("/badge/name").asText()).isEqualTo("Teamwork");
    }

    @Test
    void aBadgeBakedIntoAnImageIsConverted() throws IOException {
        Path svg = write("in.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect/></svg>");
        Path baked = dir.resolve("baked.svg");
        assertThat(CliRun.of("bake", "--image", svg.toString(), "--badge", write("c.json", ValidateCommandTest.VALID_OB3)
                .toString(), "--out", baked.toString()).exit()).isZero();
        CliRun run = CliRun.of("convert", "--to", "2.0", baked.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("type").asText()).isEqualTo("Assertion");
    }

    @Test
    void somethingThatIsNotABadgeFails() throws IOException {
        for (String content : List.of("{\"hello\": \"world\"}", "{\"id\": ", "plain text")) {
            CliRun run = CliRun.of("convert", "--to", "3.0", write("x.json", content).toString());
            assertThat(run.exit()).as(content).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(errLines(run)).as(content).hasSize(1);
            assertThat(run.err()).contains("not a badge").doesNotContain("Exception");
        }
    }

    @Test
    void aDocumentWithoutCounterpartFails() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "3.0", resource("ob_v2p0_examples_index-09.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("RevocationList").contains("[UNSUPPORTED_DOCUMENT]");
    }

    @Test
    void aWithDocumentThatIsNotAnOb2DefinitionFails() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "3.0", "--with", write("c.json", ValidateCommandTest.VALID_OB3).toString(),
                write("a.json", SignCommandTest.OB2_ASSERTION).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--with").contains("OpenBadgeCredential");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingInputIsAUsageError() {
        CliRun run = CliRun.of("convert", "--to", "3.0", dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void aMissingWithFileIsAUsageError() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "3.0", "--with", dir.resolve("none.json").toString(),
                write("a.json", SignCommandTest.OB2_ASSERTION).toString());
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void anUnknownVersionIsAUsageError() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "4.0", write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("4.0");
    }

    @Test
    void anUnknownFlagIsAUsageError() throws IOException {
        CliRun run = CliRun.of("convert", "--to", "2.0", "--lossless", write("c.json", ValidateCommandTest.VALID_OB3)
                .toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lossless");
    }
}
