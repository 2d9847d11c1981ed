package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path dir;

    static final String VALID_OB3 = """
            {"@context": ["https://www.w3.org/ns/credentials/v2",
                          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "http://example.com/credentials/3527",
             "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": {"id": "https://example.com/issuers/876543", "type": ["Profile"], "name": "Example Corp"},
             "validFrom": "2010-01-01T00:00:00Z",
             "name": "Teamwork Badge",
             "credentialSubject": {
               "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
               "type": ["AchievementSubject"],
               "achievement": {
                 "id": "https://example.com/achievements/21st-century-skills/teamwork",
                 "type": ["Achievement"],
                 "criteria": {"narrative": "Team members are nominated for this badge by their peers."},
                 "description": "This badge recognizes the development of the capacity to collaborate.",
                 "name": "Teamwork"
               }
             }}
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void validBadgeExitsZeroWithAJsonLine() throws IOException {
        Path file = write("badge", VALID_OB3);
        CliRun run = CliRun.of("validate", "--format", "json", file.toString());
        assertThat(run.exit()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("file").asText()).isEqualTo(file.toString());
        assertThat(line.get("kind").asText()).isEqualTo("OpenBadgeCredential");
        assertThat(line.get("version").asText()).isEqualTo("3.0");
        assertThat(line.get("valid").asBoolean()).isTrue();
        assertThat(line.get("problems")).isEmpty();
        assertThat(run.err()).contains("1 input: 1 valid");
    }

    @Test
    void invalidBadgeExitsOneWithProblemsAndPointers() throws IOException {
        Path file = write("bad.json", VALID_OB3.replace("\"name\": \"Teamwork\"", "\"name\": 7"));
        CliRun run = CliRun.of("validate", "--format", "json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = run.lines().get(0);
        assertThat(line.get("valid").asBoolean()).isFalse();
        assertThat(line.get("problems").findValuesAsText("path")).contains("/credentialSubject/achievement/name");
        assertThat(line.get("problems").get(0).has("code")).isTrue();
        assertThat(line.get("problems").get(0).has("message")).isTrue();
    }

    @Test
    void malformedJsonIsAnInvalidLineNotACrash() throws IOException {
        Path file = write("broken.json", "{\"id\": ");
        CliRun run = CliRun.of("validate", "--format", "json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = run.lines().get(0);
        assertThat(line.get("valid").asBoolean()).isFalse();
        assertThat(line.get("problems").get(0).get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void notABadgeIsInvalid() throws IOException {
        Path file = write("readme.txt", "hello, world");
        CliRun run = CliRun.of("validate", "--format", "json", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines().get(0).get("valid").asBoolean()).isFalse();
    }

    @Test
    void folderIsWalkedRecursivelyInStableOrderAndFileNamesJoinTheFolder() throws IOException {
        write("b/second.json", VALID_OB3);
        write("a/first.json", VALID_OB3);
        CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("file").asText())
                .containsExactly(dir + "/a/first.json", dir + "/b/second.json");
        assertThat(run.out()).doesNotContain("input");
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("laurel: no such file or folder").doesNotContain("\n\tat");
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliRun run = CliRun.of("validate", "--no-such-flag", "x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void textFormatIsReadable() throws IOException {
        Path file = write("bad.json", VALID_OB3.replace("\"type\": [\"AchievementSubject\"],", ""));
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("INVALID OpenBadgeCredential 3.0").contains("/credentialSubject/type");
    }
}
