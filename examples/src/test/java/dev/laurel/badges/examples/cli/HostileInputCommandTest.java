package dev.laurel.badges.examples.cli;

import static dev.laurel.badges.examples.cli.ValidateCommandTest.VALID_OB3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs to the batch commands (validate, verify, classify): one named test per attack. */
class HostileInputCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private Path write(Path base, String name, String content) throws IOException {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Every character printed is safe: only '\n' ends a line, and nothing moves the cursor or reorders text. */
    private static void assertNoRawControls(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != '\n') {
                assertThat(SafeText.isUnsafe(c)).as("raw U+%04X at %d in %s", (int) c, i, out).isFalse();
            }
        }
    }

    /** Every line of text output is a result line (starts with the folder) or an indented detail. */
    private void assertEveryLineIsGenuine(String out) {
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                assertThat(line.startsWith(dir.toString()) || line.startsWith("  ")).as(line).isTrue();
            }
        }
    }

    // ---- text output cannot be forged

    @Test
    void fileNameWithNewlineCannotForgeATextLine() throws IOException {
        write(dir, "a.json\nlaurel: b.json: valid OpenBadgeCredential 3.0", "{\"not\": \"a badge\"}");
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("a.json\\nlaurel: b.json: valid");
        assertEveryLineIsGenuine(run.out());
        assertNoRawControls(run.out());
    }

    @Test
    void fileNameWithCarriageReturnAndTabIsEscaped() throws IOException {
        write(dir, "x\r\tvalid.json", VALID_OB3);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.out()).contains("x\\r\\tvalid.json: valid");
        assertNoRawControls(run.out());
    }

    @Test
    void fileNameWithAnsiEscapeSequenceIsEscaped() throws IOException {
        write(dir, "\u001b[2J\u001b[32mgreen.json", VALID_OB3);
        CliRun run = CliRun.of("classify", dir.toString());
        assertThat(run.out()).contains("\\u001B[2J\\u001B[32mgreen.json");
        assertNoRawControls(run.out());
    }

    @Test
    void fileNameWithC1ControlAndUnicodeSeparatorsIsEscaped() throws IOException {
        write(dir, "a\u009b31m\u0085b\u2028c\u2029d.json", VALID_OB3);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.out()).contains("a\\u009B31m\\u0085b\\u2028c\\u2029d.json");
        assertEveryLineIsGenuine(run.out());
        assertNoRawControls(run.out());
    }

    @Test
    void fileNameWithBidiOverrideIsEscaped() throws IOException {
        write(dir, "invoice\u202Enosj.exe", VALID_OB3);
        write(dir, "iso\u2066late\u2069.json", VALID_OB3);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.out()).contains("invoice\\u202Enosj.exe").contains("iso\\u2066late\\u2069.json");
        assertNoRawControls(run.out());
    }

    @Test
    void issuerIdAndMessagesWithControlCharactersAreEscapedInVerifyText() throws IOException {
        String hostile = "https://example.org/\\u2028laurel: forged.json: verified\\r\\u001b[1A\\u202E";
        write(dir, "credential.json", VALID_OB3.replace("https://example.com/issuers/876543", hostile));
        CliRun run = CliRun.of("verify", "--offline", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("from https://example.org/\\u2028laurel: forged.json: verified\\r\\u001B[1A\\u202E");
        assertEveryLineIsGenuine(run.out());
        assertNoRawControls(run.out());
    }

    @Test
    void duplicateKeyPointerNamingAHostileKeyIsEscapedInValidateText() throws IOException {
        String key = "\"x\\n  error forged\\u001b[0m\"";
        write(dir, "keys.json", VALID_OB3.replace("\"name\": \"Teamwork\"",
                "\"name\": \"Teamwork\", " + key + ": 1, " + key + ": 2"));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.out()).contains("DUPLICATE_KEY").contains("/x\\n  error forged\\u001B[0m");
        assertEveryLineIsGenuine(run.out());
        assertNoRawControls(run.out());
    }

    @Test
    void jsonLinesEscapeControlSeparatorAndBidiCharactersAndReadBackUnchanged() throws IOException {
        String name = "j\u001b[31m\u0085\u009b\u007f\u2028\u2029\u202E\u2066\u200B.json";
        write(dir, name, VALID_OB3);
        CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(run.exit()).isZero();
        assertNoRawControls(run.out());
        assertThat(run.out()).contains("\\u001B", "\\u0085", "\\u009B", "\\u007F", "\\u2028", "\\u2029", "\\u202E",
                "\\u2066", "\\u200B");
        assertThat(run.out().strip().split("\n")).hasSize(1);
        assertThat(run.lines().get(0).get("file").asText()).isEqualTo(dir + "/" + name);
    }

    @Test
    void usageErrorEchoingAHostilePathIsEscapedOnOneStderrLine() {
        CliRun run = CliRun.of("validate", dir.resolve("nope\nlaurel: all good\u001b[0m").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("nope\\nlaurel: all good\\u001B[0m");
        assertNoRawControls(run.err());
    }

    // ---- messages never echo input bytes

    @Test
    void malformedJsonMessageDoesNotEchoTheFileContent() throws IOException {
        Path file = write(dir, "secrets.env", "API_KEY=sk_live_SECRET_TOKEN_123\n");
        for (String command : new String[] {"validate", "verify", "classify"}) {
            CliRun json = CliRun.of(command, "--format", "json", file.toString());
            CliRun text = CliRun.of(command, file.toString());
            assertThat(json.out() + json.err() + text.out() + text.err()).as(command)
                    .doesNotContain("SECRET").doesNotContain("API_KEY").doesNotContain("sk_live");
        }
        JsonNode line = CliRun.of("validate", "--format", "json", file.toString()).lines().get(0);
        assertThat(line.get("problems").get(0).get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(line.get("problems").get(0).get("message").asText()).contains("line 1, column");
        // verify reports the same error as a check whose code is its own field (message keeps " [CODE]").
        JsonNode check = CliRun.of("verify", "--offline", "--format", "json", file.toString()).lines().get(0)
                .get("checks").get(0);
        assertThat(check.get("id").asText()).isEqualTo("input.readable");
        assertThat(check.get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(check.get("message").asText()).endsWith("[MALFORMED_JSON]");
    }

    @Test
    void malformedJwsPayloadMessageDoesNotEchoThePayload() throws IOException {
        String b64 = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("SECRET_PAYLOAD_TEXT".getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "token.jwt", "eyJhbGciOiJSUzI1NiJ9." + b64 + ".c2ln");
        CliRun validate = CliRun.of("validate", "--format", "json", file.toString());
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", file.toString());
        assertThat(validate.lines().get(0).get("problems").get(0).get("code").asText()).isEqualTo("MALFORMED_JWS");
        assertThat(validate.out() + verify.out() + validate.err() + verify.err()).doesNotContain("SECRET");
    }

    @Test
    void utf16FileIsAnUnsupportedEncodingLineNotACrash() throws IOException {
        Path file = dir.resolve("utf16.json");
        Files.write(file, ("\uFEFF" + VALID_OB3).getBytes(StandardCharsets.UTF_16LE));
        Path utf32 = dir.resolve("utf32.json");
        Files.write(utf32, VALID_OB3.getBytes(Charset.forName("UTF-32BE")));
        CliRun validate = CliRun.of("validate", "--format", "json", file.toString(), utf32.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.lines()).allSatisfy(l -> {
            assertThat(l.get("valid").asBoolean()).isFalse();
            assertThat(l.get("problems").get(0).get("code").asText()).isEqualTo("UNSUPPORTED_ENCODING");
        });
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", file.toString(), utf32.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.lines()).allSatisfy(l -> {
            assertThat(l.get("verified").asBoolean()).isFalse();
            assertThat(l.toString()).contains("UNSUPPORTED_ENCODING");
        });
        assertThat(validate.err() + verify.err()).doesNotContain("Error").doesNotContain("\tat ");
    }

    // ---- folders: links, special files, unreadable entries, empty folders

    @Test
    void symlinkPointingOutsideTheFolderIsNotFollowed() throws IOException {
        Path secret = write(outside, "outside.json", VALID_OB3);
        Files.createSymbolicLink(dir.resolve("link.json"), secret);
        write(dir, "inside.json", VALID_OB3);
        CliRun run = CliRun.of("verify", "--offline", "--format", "json", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("file").asText())
                .containsExactly(dir + "/inside.json", dir + "/link.json");
        JsonNode link = lines.get(1);
        assertThat(link.get("verified").asBoolean()).isFalse();
        assertThat(link.get("kind").asText()).isEqualTo("NotABadge");
        assertThat(link.get("checks").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(link.get("checks").get(0).get("message").asText()).contains("outside the folder");
    }

    @Test
    void symlinkToAFolderOutsideIsNotWalked() throws IOException {
        write(outside, "deep/outside.json", VALID_OB3);
        Files.createSymbolicLink(dir.resolve("elsewhere"), outside);
        CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0).get("file").asText()).isEqualTo(dir + "/elsewhere");
        assertThat(run.lines().get(0).get("problems").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(run.out()).doesNotContain("outside.json");
    }

    @Test
    void symlinkToAFileInsideTheFolderIsReadUnderItsOwnName() throws IOException {
        Path real = write(dir, "real/badge.json", VALID_OB3);
        Files.createSymbolicLink(dir.resolve("alias.json"), real);
        CliRun run = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).extracting(l -> l.get("file").asText())
                .containsExactly(dir + "/alias.json", dir + "/real/badge.json");
    }

    @Test
    void symlinkLoopsAndLinksToTheFolderItselfDoNotLoop() throws IOException {
        write(dir, "a/badge.json", VALID_OB3);
        Files.createSymbolicLink(dir.resolve("a/up"), dir);
        Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliRun.of("validate", "--format", "json", dir.toString()));
        assertThat(run.lines()).extracting(l -> l.get("file").asText())
                .containsExactly(dir + "/a/badge.json", dir + "/self");
        assertThat(run.lines().get(1).get("problems").get(0).get("message").asText()).contains("dangles or loops");
    }

    @Test
    void danglingSymlinkGetsItsOwnInputReadableLineAndTheBatchGoesOn() throws IOException {
        write(dir, "a.json", VALID_OB3);
        Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("gone.json"));
        write(dir, "c.json", VALID_OB3);
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", dir.toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.lines()).hasSize(3);
        JsonNode broken = verify.lines().get(1);
        assertThat(broken.get("file").asText()).isEqualTo(dir + "/b.json");
        assertThat(broken.get("verified").asBoolean()).isFalse();
        assertThat(broken.get("container").asText()).isEqualTo("file");
        assertThat(broken.get("checks").get(0).get("id").asText()).isEqualTo("input.readable");

        CliRun validate = CliRun.of("validate", "--format", "json", dir.toString());
        assertThat(validate.lines()).extracting(l -> l.get("valid").asBoolean()).containsExactly(true, false, true);
        JsonNode problem = validate.lines().get(1).get("problems").get(0);
        assertThat(problem.get("id").asText()).isEqualTo("input.readable");
        assertThat(problem.get("code").asText()).isEqualTo("IO_ERROR");
        assertThat(problem.get("severity").asText()).isEqualTo("error");

        CliRun classify = CliRun.of("classify", "--format", "json", dir.toString());
        assertThat(classify.lines()).hasSize(3);
        assertThat(classify.lines().get(1).get("reasons").get(0).get("id").asText()).isEqualTo("input.readable");

        CliRun text = CliRun.of("validate", dir.toString());
        assertThat(text.out()).contains(dir + "/b.json: INVALID\n  input.readable: symbolic link that dangles");
    }

    @Test
    void fifoInAFolderIsReportedWithoutBeingOpened() throws Exception {
        write(dir, "a.json", VALID_OB3);
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        // Opening a FIFO for reading blocks until a writer comes: the walk must not open it.
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliRun.of("verify", "--offline", "--format", "json", dir.toString()));
        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = run.lines().get(1);
        assertThat(line.get("file").asText()).isEqualTo(dir + "/pipe.json");
        assertThat(line.get("checks").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(line.get("checks").get(0).get("message").asText()).contains("not a regular file");
    }

    @Test
    void subfolderThatCannotBeListedGetsItsOwnLineAndTheWalkGoesOn() throws IOException {
        write(dir, "a/one.json", VALID_OB3);
        write(dir, "locked/two.json", VALID_OB3);
        write(dir, "z.json", VALID_OB3);
        // Root can list any folder, so the refusal is staged at the listing (what a chmod 000 folder gives).
        Inputs.Lister lister = folder -> {
            if (folder.getFileName().toString().equals("locked")) {
                throw new AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        };
        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()), lister);
        assertThat(inputs).extracting(Inputs.Input::display)
                .containsExactly(dir + "/a/one.json", dir + "/locked", dir + "/z.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BatchRunner.run(inputs, OutputFormat.json, new PrintWriter(out), new PrintWriter(err), "valid",
                input -> ValidateCommand.validate(BadgeJson.standard(), Loaded.load(input)));
        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = new CliRun(exit, out.toString(), err.toString()).lines();
        assertThat(lines).extracting(l -> l.get("valid").asBoolean()).containsExactly(true, false, true);
        assertThat(lines.get(1).get("problems").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(lines.get(1).get("problems").get(0).get("message").asText()).contains("permission denied");
    }

    @Test
    void fileRemovedBetweenListingAndReadingGetsItsOwnLine() throws IOException {
        write(dir, "a.json", VALID_OB3);
        Path doomed = write(dir, "b.json", VALID_OB3);
        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()));
        Files.delete(doomed);
        Verifier verifier = Verifier.builder().fetcher(DocumentFetcher.refusing()).build();
        ResultLine line = VerifyCommand.verify(verifier, inputs.get(1), Optional.empty());
        assertThat(line.passed()).isFalse();
        assertThat(line.json().get("checks").get(0).get("id").asText()).isEqualTo("input.readable");
        assertThat(line.json().get("checks").get(0).get("message").asText()).contains("no such file");
        ResultLine validated = ValidateCommand.validate(BadgeJson.standard(), Loaded.load(inputs.get(1)));
        assertThat(validated.json().get("problems").get(0).get("id").asText()).isEqualTo("input.readable");
    }

    @Test
    void fileReplacedByASymlinkAfterListingIsNotFollowed() throws IOException {
        Path file = write(dir, "b.json", VALID_OB3);
        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()));
        Files.delete(file);
        Files.createSymbolicLink(file, write(outside, "secret.json", VALID_OB3));
        ResultLine line = ValidateCommand.validate(BadgeJson.standard(), Loaded.load(inputs.get(0)));
        assertThat(line.passed()).isFalse();
        assertThat(line.json().get("problems").get(0).get("id").asText()).isEqualTo("input.readable");
    }

    @Test
    void emptyFolderExitsTwoWithOneStderrLine() throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        for (String command : new String[] {"validate", "verify", "classify"}) {
            CliRun run = CliRun.of(command, dir.resolve("empty").toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("laurel: no input files in folder " + dir.resolve("empty"));
        }
    }

    // ---- one bad input never ends a batch

    @Test
    void anErrorThrownForOneInputBecomesAVerifierErrorLineAndTheBatchGoesOn() throws IOException {
        List<Inputs.Input> inputs = List.of(new Inputs.Input(write(dir, "a", "{}"), "a"),
                new Inputs.Input(write(dir, "b", "{}"), "b"), new Inputs.Input(write(dir, "c", "{}"), "c"),
                new Inputs.Input(write(dir, "d", "{}"), "d"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BatchRunner.run(inputs, OutputFormat.json, new PrintWriter(out), new PrintWriter(err), "verified",
                input -> {
                    switch (input.display()) {
                        case "b" -> throw new NoClassDefFoundError("staged");
                        case "c" -> throw new AssertionError("unreachable");
                        case "d" -> throw new IllegalStateException("a bug");
                        default -> {
                            return new ResultLine(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                    .objectNode().put("file", input.display()).put("verified", true), "ok", true);
                        }
                    }
                });
        assertThat(exit).isEqualTo(1);
        List<JsonNode> lines = new CliRun(exit, out.toString(), err.toString()).lines();
        assertThat(lines).extracting(l -> l.get("file").asText()).containsExactly("a", "b", "c", "d");
        assertThat(lines).extracting(l -> l.get("verified").asBoolean()).containsExactly(true, false, false, false);
        for (JsonNode line : lines.subList(1, 4)) {
            assertThat(line.get("checks").get(0).get("id").asText()).isEqualTo("verifier.error");
            assertThat(line.get("checks").get(0).get("outcome").asText()).isEqualTo("failed");
            assertThat(line.toString()).doesNotContain("NoClassDefFoundError").doesNotContain("AssertionError")
                    .doesNotContain("IllegalStateException");
        }
        assertThat(err.toString()).contains("4 inputs: 1 verified, 3 not verified");
    }

    @Test
    void anErrorThrownForOneInputOfValidateAndClassifyKeepsTheirLineShape() {
        Inputs.Input input = new Inputs.Input(dir.resolve("x"), "x\nforged");
        ResultLine validate = BatchRunner.safely(i -> {
            throw new AssertionError();
        }, input, "valid");
        assertThat(validate.json().get("valid").asBoolean()).isFalse();
        assertThat(validate.json().get("problems").get(0).get("id").asText()).isEqualTo("verifier.error");
        assertThat(validate.text()).startsWith("x\\nforged: verifier.error: internal error").doesNotContain("\n");
        ResultLine classify = BatchRunner.safely(i -> {
            throw new LinkageError("broken");
        }, input, "classified");
        assertThat(classify.json().get("level").isNull()).isTrue();
        assertThat(classify.json().get("reasons").get(0).get("id").asText()).isEqualTo("verifier.error");
    }

    @Test
    void virtualMachineErrorIsNotSwallowed() {
        Inputs.Input input = new Inputs.Input(dir.resolve("x"), "x");
        assertThatThrownBy(() -> BatchRunner.safely(i -> {
            throw new OutOfMemoryError("staged");
        }, input, "verified")).isInstanceOf(OutOfMemoryError.class);
        // StackOverflowError is a VirtualMachineError too: the batch stops, unwrapped (one stderr line).
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> BatchRunner.run(List.of(input), OutputFormat.json, new PrintWriter(out),
                new PrintWriter(new StringWriter()), "verified", i -> {
                    throw new StackOverflowError();
                })).isInstanceOf(StackOverflowError.class);
    }
}
