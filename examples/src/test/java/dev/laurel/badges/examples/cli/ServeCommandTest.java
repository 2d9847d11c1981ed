package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.server.LaurelServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel serve}: the real command, in-process on a free port, driven over HTTP (issue 17). */
class ServeCommandTest {

    private static final String NOW = "2026-11-23T12:00:00Z";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path demo;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CompletableFuture<Integer> serve;

    @BeforeAll
    static void issue() {
        CliRun run = CliRun.of("demo", "--out", demo.toString(), "--now", NOW);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @AfterEach
    void stopServer() throws Exception {
        LaurelServer running = ServeCommand.RUNNING.get();
        if (running != null) {
            running.stop();
        }
        if (serve != null) {
            serve.get(60, TimeUnit.SECONDS);
        }
    }

    /** Starts {@code laurel serve --port 0} in this JVM and returns the URL it printed. */
    private URI start(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString(), "--offline",
                "--now", NOW));
        args.addAll(List.of(more));
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        serve = CompletableFuture.supplyAsync(() -> Laurel.execute(args.toArray(String[]::new), o, e));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(err.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            assertThat(serve).as(err.toString()).isNotDone();
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not start: " + err);
    }

    private HttpResponse<String> post(URI uri, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What {@code laurel verify --format json} prints for the file, with the same verification flags. */
    private static String cliLine(Path file) {
        CliRun run = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json", file.toString());
        assertThat(run.lines()).hasSize(1);
        return run.out();
    }

    @Test
    void postVerifyAnswersTheLineLaurelVerifyPrints() throws Exception {
        URI base = start();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        List<Path> files = new ArrayList<>(List.of(demo.resolve("credentials/ob3-skill.json"),
                demo.resolve("credentials/ob3-skill.jwt")));
        try (Stream<Path> images = Files.list(demo.resolve("images"))) {
            images.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".svg")).sorted().limit(2)
                    .forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            String expected = cliLine(file);
            HttpResponse<String> response = post(base.resolve("/verify?file="
                    + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8)), Files.readAllBytes(file));
            assertThat(response.statusCode()).as(file.toString()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).as(file.toString()).isEqualTo(expected);
            assertThat(JSON.readTree(response.body()).get("verified").asBoolean()).as(file.toString()).isTrue();
        }
        // Without ?file the line names the request; a body that is not a badge gets its failed line, still 200.
        HttpResponse<String> notABadge = post(base.resolve("/verify"), "{\"not\": \"a badge\"}".getBytes(StandardCharsets.UTF_8));
        JsonNode line = JSON.readTree(notABadge.body());
        assertThat(line.get("file").asText()).isEqualTo(VerifyEndpoints.DEFAULT_NAME);
        assertThat(line.get("verified").asBoolean()).isFalse();
        // Only POST.
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(base.resolve("/verify")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void theVerifyPageAtRootGivesLaurelVerifysVerdictLevelAndLine() throws Exception {
        URI base = start("--max-upload", "1000000");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // Jetty writes the type without the space: the same media type.
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).matches("(?i)text/html; ?charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\"");
        List<Path> files = new ArrayList<>(List.of(demo.resolve("credentials/ob3-skill.json"),
                demo.resolve("credentials/ob3-certification.jwt")));
        try (Stream<Path> images = Files.list(demo.resolve("images"))) {
            images.filter(p -> p.toString().endsWith(".png")).sorted().limit(1).forEach(files::add);
        }
        assertThat(files).hasSize(3);
        for (Path file : files) {
            String expected = cliLine(file);
            String boundary = "----laurelServeTest";
            byte[] body = multipart(boundary, file.toString(), Files.readAllBytes(file));
            HttpResponse<String> report = http.send(HttpRequest.newBuilder(base.resolve("/"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            String html = report.body();
            Matcher main = Pattern.compile("<main id=\"report\" data-verified=\"(true|false)\" data-level=\"([a-z]+)\"")
                    .matcher(html);
            assertThat(main.find()).as(html).isTrue();
            assertThat(main.group(1)).isEqualTo(JSON.readTree(expected).get("verified").asText()).isEqualTo("true");
            CliRun classify = CliRun.of("classify", "--format", "json", file.toString());
            assertThat(main.group(2)).as(file.toString())
                    .isEqualTo(JSON.readTree(classify.out()).get("level").asText("unclassified"));
            Matcher href = Pattern.compile("id=\"download-report\" download=\"laurel-verify.jsonl\""
                    + " href=\"data:application/x-ndjson;base64,([A-Za-z0-9+/=]*)\"").matcher(html);
            assertThat(href.find()).as(html).isTrue();
            String line = new String(java.util.Base64.getDecoder().decode(href.group(1)), StandardCharsets.UTF_8);
            assertThat(line).as(file.toString()).isEqualTo(expected);
        }
        // Over --max-upload: the 413 page; the API behind the pages still answers its own paths.
        byte[] big = multipart("b", "big.json", new byte[1_000_001]);
        HttpResponse<String> tooBig = http.send(HttpRequest.newBuilder(base.resolve("/"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("id=\"problem\"");
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(base.resolve("/ims/ob/v3p0/discovery"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
    }

    /** A form as a browser sends it: the file, and the two empty text fields. */
    private static byte[] multipart(String boundary, String filename, byte[] file) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void recipientQueryParameterIsTheRecipientFlag() throws Exception {
        URI base = start();
        Path file = demo.resolve("credentials/ob3-skill.json");
        HttpResponse<String> wrong = post(base.resolve("/verify?recipient=email:nobody@example.org"),
                Files.readAllBytes(file));
        assertThat(JSON.readTree(wrong.body()).get("verified").asBoolean()).isFalse();
        HttpResponse<String> malformed = post(base.resolve("/verify?recipient=nonsense"), Files.readAllBytes(file));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("imsx_codeMajor").asText()).isEqualTo("failure");
    }

    @Test
    void credentialsVerifyAnswersTheVcApiShape() throws Exception {
        URI base = start();
        JsonNode credential = JSON.readTree(demo.resolve("credentials/ob3-skill.json").toFile());
        ObjectNode request = JSON.createObjectNode();
        request.set("verifiableCredential", credential);
        request.putObject("options");
        HttpResponse<String> valid = post(base.resolve("/credentials/verify"), request.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(valid.body());
        assertThat(result.get("checks").size()).isPositive();
        assertThat(result.get("errors").size()).isZero();
        assertThat(result.get("warnings").isArray()).isTrue();

        ObjectNode tampered = credential.deepCopy();
        ((ObjectNode) tampered.get("credentialSubject")).put("id", "did:example:someone-else");
        request.set("verifiableCredential", tampered);
        HttpResponse<String> refused = post(base.resolve("/credentials/verify"), request.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertThat(errors.size()).isPositive();
        assertThat(errors.toString()).contains("proof");

        // A VC-JWT as a string, and as an EnvelopedVerifiableCredential.
        String jwt = Files.readString(demo.resolve("credentials/ob3-skill.jwt")).strip();
        request.put("verifiableCredential", jwt);
        assertThat(post(base.resolve("/credentials/verify"), request.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        ObjectNode enveloped = request.putObject("verifiableCredential");
        enveloped.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        enveloped.put("type", "EnvelopedVerifiableCredential").put("id", "data:application/vc+jwt," + jwt);
        assertThat(post(base.resolve("/credentials/verify"), request.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);

        for (String bad : List.of("[]", "{\"options\": {}}", "{\"verifiableCredential\": 3}",
                "{\"verifiableCredential\": {}, \"options\": 1}", "{not json")) {
            HttpResponse<String> response = post(base.resolve("/credentials/verify"), bad.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("errors").size()).as(bad).isPositive();
        }
    }

    @Test
    void theApiIsServedOtherPathsGet404AndEveryRequestIsLoggedOnStdout() throws Exception {
        URI base = start();
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(base.resolve("/ims/ob/v3p0/discovery"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discovery.body()).at("/components/securitySchemes/OAuth2ACG/x-imssf-registrationUrl").asText())
                .isEqualTo(base.resolve("/oauth/registration").toString());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.resolve("/no/such/path?x=secret"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("imsx_codeMajor").asText()).isEqualTo("failure");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!out.toString().contains("/no/such/path") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String[] lines = out.toString().split("\n");
        JsonNode last = JSON.readTree(lines[lines.length - 1]);
        assertThat(last.get("path").asText()).isEqualTo("/no/such/path");
        assertThat(last.get("status").asInt()).isEqualTo(404);
        assertThat(out.toString()).doesNotContain("secret");
    }

    @Test
    void theBodyLimitFlagApplies() throws Exception {
        URI base = start("--max-body", "100");
        assertThat(post(base.resolve("/verify"), new byte[101]).statusCode()).isEqualTo(413);
    }

    @Test
    void stoppingEndsTheCommandWithExitZeroWithinTheBound() throws Exception {
        start();
        long begin = System.nanoTime();
        assertThat(ServeCommand.RUNNING.get().stop()).isTrue();
        assertThat(serve.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(25));
        assertThat(ServeCommand.RUNNING.get()).isNull();
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        CliRun open = CliRun.of("serve", "--port", "0", "--data", data.toString(), "--bind", "0.0.0.0");
        assertThat(open.exit()).isEqualTo(2);
        assertThat(open.err()).contains("loopback").doesNotContain("Exception").doesNotContain("\tat ");
        CliRun noEnv = CliRun.of("serve", "--data", data.toString(), "--keystore", data.resolve("k.p12").toString());
        assertThat(noEnv.exit()).isEqualTo(2);
        assertThat(noEnv.err()).contains("--keystore-password-env");
        CliRun unset = CliRun.of("serve", "--data", data.toString(), "--keystore", data.resolve("k.p12").toString(),
                "--keystore-password-env", "LAUREL_TEST_SURELY_UNSET_VARIABLE");
        assertThat(unset.exit()).isEqualTo(2);
        assertThat(unset.err()).contains("is not set");
        CliRun user = CliRun.of("serve", "--data", data.toString(), "--jdbc-user", "x");
        assertThat(user.exit()).isEqualTo(2);
        assertThat(CliRun.of("serve").exit()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--data", data.toString(), "--rate", "-1").exit()).isEqualTo(2);
        CliRun few = CliRun.of("serve", "--data", data.toString(), "--threads", "3");
        assertThat(few.exit()).isEqualTo(2);
        assertThat(few.err()).contains("--threads must be 0");
        CliRun noUpload = CliRun.of("serve", "--data", data.toString(), "--max-upload", "0");
        assertThat(noUpload.exit()).isEqualTo(2);
        assertThat(noUpload.err()).contains("--max-upload must be 1 or more");
        for (String bad : new String[] {"ftp://example.org/", "/relative", "https://example.org/?q=1", "not a url"}) {
            CliRun publicUrl = CliRun.of("serve", "--data", data.toString(), "--public-url", bad);
            assertThat(publicUrl.exit()).as(bad).isEqualTo(2);
            assertThat(publicUrl.err()).contains("--public-url must be an absolute http or https URL");
        }
        CliRun noPathway = CliRun.of("serve", "--data", data.toString(), "--pathway",
                data.resolve("missing.json").toString());
        assertThat(noPathway.exit()).isEqualTo(2);
        assertThat(noPathway.err()).contains("--pathway");
        assertThat(ServeCommand.defaultThreads()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void sigtermStopsTheProcessGracefullyWithinTheBound() throws Exception {
        // A real process and a real SIGTERM (Process.destroy on POSIX): the shutdown hook's path end to end.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Laurel.class.getName(), "serve", "--port", "0", "--data", data.toString(), "--offline", "--now", NOW)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            // The first line on stderr is the listening line: no library start-up notice (Flyway's migration steps
            // on a new --data folder) comes before it.
            String first = stderr.readLine();
            Matcher m = LISTENING.matcher(String.valueOf(first));
            assertThat(m.find()).as(first).isTrue();
            URI base = URI.create(m.group(1));
            Path file = demo.resolve("credentials/ob3-skill.jwt");
            assertThat(post(base.resolve("/verify"), Files.readAllBytes(file)).statusCode()).isEqualTo(200);
            long begin = System.nanoTime();
            process.destroy();
            assertThat(process.waitFor(LaurelServer.DEFAULT_SHUTDOWN_TIMEOUT.toSeconds() + 15, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(30));
            // 128 + 15: the JVM ended on SIGTERM after its shutdown hooks ran.
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }
}
