package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.examples.cli.LaurelServe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's "done when": every badge of {@code laurel demo}, and a forged one, posted to the verify page of the real
 * {@code laurel serve} gets the verdict {@code laurel verify --format json} prints and the level {@code laurel
 * classify --format json} prints, with the same flags; the forged one shows the same failed check first. No browser:
 * the form is posted as a browser posts it, with {@code java.net.http}.
 */
class DemoVerdictsMatchTest {

    private static final Pattern REPORT = Pattern.compile(
            "<main id=\"report\" data-verified=\"(true|false)\" data-level=\"([a-z]+)\"");
    private static final Pattern FIRST_CHECK = Pattern.compile(
            "<ol id=\"checks\">\\s*<li data-check-id=\"([^\"]+)\" data-outcome=\"([a-z]+)\"");
    private static final Pattern DOWNLOAD = Pattern.compile(
            "id=\"download-report\" download=\"laurel-verify.jsonl\" href=\"data:application/x-ndjson;base64,"
                    + "([A-Za-z0-9+/=]*)\"");
    private static final String BOUNDARY = "----laurelDemoVerdicts";

    @TempDir
    static Path data;

    @TempDir
    static Path demoDir;

    @TempDir
    static Path scratch;

    private static DemoBadges demo;
    private static LaurelServe serve;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoBadges.issue(demoDir);
        serve = LaurelServe.start(data, demo.verificationFlags());
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void everyDemoBadgeGetsLaurelVerifysVerdictAndLaurelClassifysLevelOnThePage() throws Exception {
        List<Path> files = demo.verifiedInputs();
        // Six levels twice (embedded proof and VC-JWT), the OB 2.0 assertion and two baked images: never a
        // vacuous pass on an empty or half-written folder.
        assertThat(files).as("the demo's credentials and images").hasSizeGreaterThan(10);
        System.out.println("DemoVerdictsMatchTest: " + files.size() + " demo files and a forged one");
        assertThat(files).anyMatch(f -> f.toString().endsWith(".png")).anyMatch(f -> f.toString().endsWith(".svg"))
                .anyMatch(f -> f.toString().endsWith(".jwt")).anyMatch(f -> f.toString().endsWith(".json"));
        List<Path> all = new ArrayList<>(files);
        all.add(demo.forge(scratch.resolve("ob3-skill-forged.json")));

        SoftAssertions softly = new SoftAssertions();
        int verified = 0;
        for (Path file : all) {
            String line = demo.verifyLine(file);
            boolean cliVerified = DemoBadges.read(line).path("verified").asBoolean();
            String cliLevel = demo.level(file);
            Page page = post(file);
            softly.assertThat(page.verified()).as("data-verified of %s", file).isEqualTo(cliVerified);
            softly.assertThat(page.level()).as("data-level of %s", file).isEqualTo(cliLevel);
            // The upload's file name is the path, so the report line is laurel verify's to the byte.
            softly.assertThat(page.download()).as("download link of %s", file).hasValue(line);
            Optional<String> cliFirstFailure = DemoBadges.firstFailedCheck(line);
            if (cliVerified) {
                verified++;
                softly.assertThat(cliFirstFailure).as("laurel verify's failed checks of %s", file).isEmpty();
            } else {
                softly.assertThat(page.firstCheckOutcome()).as("first check's outcome of %s", file)
                        .isEqualTo("failed");
                softly.assertThat(Optional.of(page.firstCheckId())).as("first check of %s", file)
                        .isEqualTo(cliFirstFailure);
            }
        }
        softly.assertAll();
        // The demo's own badges all verify (laurel demo says so); only the forged copy does not.
        assertThat(verified).as("verified inputs").isEqualTo(files.size());
    }

    @Test
    void theForgedBadgeIsNotVerifiedWithTheProofFailureFirst() throws Exception {
        Path forged = demo.forge(scratch.resolve("forged-again.json"));
        String line = demo.verifyLine(forged);
        assertThat(DemoBadges.read(line).path("verified").asBoolean()).isFalse();
        String cliFirst = DemoBadges.firstFailedCheck(line).orElseThrow();
        assertThat(cliFirst).as("a changed name breaks the proof").startsWith("proof.");
        Page page = post(forged);
        assertThat(page.verified()).isFalse();
        assertThat(page.firstCheckOutcome()).isEqualTo("failed");
        assertThat(page.firstCheckId()).isEqualTo(cliFirst);
        assertThat(page.html()).contains("<p id=\"verdict\" class=\"verdict not-verified\">Not verified: ");
    }

    /** Posts a file as the verify form does (file, and the empty text and URL fields) and reads the report page. */
    private Page post(Path file) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(serve.uri().resolve("/"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        String html = response.body();
        assertThat(response.statusCode()).as("POST / with %s: %s", file, html).isEqualTo(200);
        Matcher report = REPORT.matcher(html);
        assertThat(report.find()).as("the report element of %s: %s", file, html).isTrue();
        Matcher first = FIRST_CHECK.matcher(html);
        assertThat(first.find()).as("the checks of %s: %s", file, html).isTrue();
        Matcher download = DOWNLOAD.matcher(html);
        Optional<String> line = download.find()
                ? Optional.of(new String(Base64.getDecoder().decode(download.group(1)), StandardCharsets.UTF_8))
                : Optional.empty();
        return new Page(html, Boolean.parseBoolean(report.group(1)), report.group(2), first.group(1), first.group(2),
                line);
    }

    /** What a report page says, read from its HTML contract (docs/WEB.md). */
    private record Page(String html, boolean verified, String level, String firstCheckId, String firstCheckOutcome,
                        Optional<String> download) {
    }
}
