package dev.laurel.badges.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LaurelServer} on a real Jetty, on a free loopback port, driven with {@code java.net.http}. */
class LaurelServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers with what it saw: method, base URI, path, query and body length. */
    private static final ApiHandler ECHO = r -> ApiResponse.json(200, JSON.createObjectNode()
            .put("method", r.method()).put("base", r.baseUri().toString()).put("path", r.path())
            .put("query", r.rawQuery()).put("bodyBytes", r.body().length).put("remote", r.remoteAddress()).toString());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private LaurelServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private LaurelServer start(LaurelServer.Builder builder) {
        server = builder.accessLog(log::add).build().start();
        return server;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void buildsTheBaseUriFromTheHostTheClientAddressed() throws Exception {
        start(LaurelServer.builder(ECHO));
        HttpResponse<String> response = get("/ims/ob/v3p0/discovery?x=1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = JSON.readTree(response.body());
        assertThat(seen.get("base").asText()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(seen.get("path").asText()).isEqualTo("/ims/ob/v3p0/discovery");
        assertThat(seen.get("query").asText()).isEqualTo("x=1");
        assertThat(seen.get("remote").asText()).isEqualTo("127.0.0.1");
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void anEncodedSlashInASegmentReachesTheHandlerUndecoded() throws Exception {
        // A badge page's path carries a whole credential id, often a URL: /badges/https%3A%2F%2F...
        start(LaurelServer.builder(ECHO));
        HttpResponse<String> response = get("/badges/https%3A%2F%2Fexample.org%2Fbadges%2F1/verify");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("path").asText())
                .isEqualTo("/badges/https%3A%2F%2Fexample.org%2Fbadges%2F1/verify");
        // Only the separator is let through: an encoded dot segment is still refused before any handler.
        assertThat(get("/a/%2e%2e/b").statusCode()).isEqualTo(400);
    }

    @Test
    void mountsTakeTheirExactPathAheadOfTheMainHandler() throws Exception {
        start(LaurelServer.builder(ECHO).mount("/verify", r -> ApiResponse.of(200, "text/plain", "mounted")));
        assertThat(post("/verify", "{}".getBytes(StandardCharsets.UTF_8)).body()).isEqualTo("mounted");
        assertThat(get("/verify/more").body()).contains("\"path\":\"/verify/more\"");
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).mount("/a", ECHO).mount("/a", ECHO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).mount("verify", ECHO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bodiesOverTheLimitGet413AndNeverReachTheHandler() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        start(LaurelServer.builder(r -> {
            seen.add(r.body().length);
            return ApiResponse.empty(204);
        }).maxBodyBytes(1000));
        assertThat(post("/x", new byte[1000]).statusCode()).isEqualTo(204);
        HttpResponse<String> declared = post("/x", new byte[1001]);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(declared.body()).get("imsx_codeMajor").asText()).isEqualTo("failure");
        // Without Content-Length (chunked), the limit is found while reading.
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(server.uri().resolve("/x"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5000]))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(seen).containsExactly(1000);
        // The 413 must arrive every time, on a connection the client had kept alive: a server that closed with
        // the body unread would reset the connection and could destroy the answer.
        for (int i = 0; i < 20; i++) {
            assertThat(post("/x", new byte[1000]).statusCode()).isEqualTo(204);
            assertThat(post("/x", new byte[1000 + 64 * 1024]).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() throws Exception {
        start(LaurelServer.builder(ECHO).rateLimit(new RateLimit(0.5, 2)));
        assertThat(get("/a").statusCode()).isEqualTo(200);
        assertThat(get("/a").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/a");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
        assertThat(JSON.readTree(refused.body()).at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue")
                .asText()).isEqualTo("server_busy");
        // Jetty logs a request once its answer is out: the line may come just after the client has it.
        waitFor(() -> log.size() >= 3);
        assertThat(log).filteredOn(l -> l.contains("\"status\":429")).hasSize(1);
    }

    @Test
    void withoutRateLimitEveryRequestPasses() throws Exception {
        start(LaurelServer.builder(ECHO).noRateLimit());
        for (int i = 0; i < 250; i++) {
            assertThat(get("/a").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSmallThreadPoolQueuesRequestsBeyondItInsteadOfRunningOrRefusingThem() throws Exception {
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        ApiHandler slow = r -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(40);
            running.decrementAndGet();
            return ApiResponse.json(200, "{}");
        };
        start(LaurelServer.builder(slow).noRateLimit().maxThreads(LaurelServer.MIN_THREADS));
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Own clients: each its own connection, as 40 separate callers would have.
            HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            answers.add(own.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/q" + i)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> a : answers) {
            assertThat(a.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(most.get()).as("Jetty's acceptor and selector take some of the 8").isBetween(1, LaurelServer.MIN_THREADS - 2);
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).maxThreads(LaurelServer.MIN_THREADS - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8");
    }

    @Test
    void plainHttpIsRefusedOffLoopback() throws Exception {
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).bindAddress(InetAddress.getByName("0.0.0.0")).build())
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.code()).isEqualTo(ServerCode.PLAIN_HTTP_NOT_LOOPBACK));
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).bindAddress(InetAddress.getByName("192.0.2.7")).build())
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.code()).isEqualTo(ServerCode.PLAIN_HTTP_NOT_LOOPBACK));
        // With a keystore any address is allowed (built, not started: tests do not listen on every interface).
        Path store = keyStore("secret-pass");
        assertThat(LaurelServer.builder(ECHO).bindAddress(InetAddress.getByName("0.0.0.0"))
                .keyStore(store, "secret-pass".toCharArray()).build().isTls()).isTrue();
    }

    @Test
    void servesHttpsFromAGeneratedKeyStore() throws Exception {
        Path store = keyStore("s3cret-pass");
        start(LaurelServer.builder(ECHO).keyStore(store, "s3cret-pass".toCharArray()));
        assertThat(server.uri().getScheme()).isEqualTo("https");
        KeyStore trusted = KeyStore.getInstance(store.toFile(), "s3cret-pass".toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();
        HttpResponse<String> response = https.send(HttpRequest.newBuilder(server.uri().resolve("/ims/ob/v3p0/discovery"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("base").asText()).isEqualTo("https://127.0.0.1:" + server.port());
        // Plain HTTP to the TLS port is not served.
        assertThat(rawRequest(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).doesNotContain("HTTP/1.1 200");
    }

    @Test
    void anUnusableKeyStoreIsATypedError() throws Exception {
        Path store = keyStore("right-pass");
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).keyStore(store, "Zq9-not-it".toCharArray()).build())
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ServerCode.KEYSTORE_UNUSABLE);
                    assertThat(e.getMessage()).doesNotContain("Zq9-not-it");
                });
        Path notAStore = Files.writeString(dir.resolve("x.p12"), "hello");
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).keyStore(notAStore, "x".toCharArray()).build())
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.code()).isEqualTo(ServerCode.KEYSTORE_UNUSABLE));
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).keyStore(dir.resolve("missing"), "x".toCharArray()).build())
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.code()).isEqualTo(ServerCode.KEYSTORE_UNUSABLE));
    }

    @Test
    void aTakenPortIsABindError() {
        start(LaurelServer.builder(ECHO));
        LaurelServer second = LaurelServer.builder(ECHO).port(server.port()).build();
        assertThatThrownBy(second::start).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.code()).isEqualTo(ServerCode.BIND_FAILED));
    }

    @Test
    void aFailingHandlerGives500WithoutDetails() throws Exception {
        start(LaurelServer.builder(r -> {
            throw new IllegalStateException("secret internal detail");
        }));
        HttpResponse<String> response = get("/boom");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret", "IllegalStateException", "at dev.");
        assertThat(JSON.readTree(response.body()).at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue")
                .asText()).isEqualTo("internal_server_error");
    }

    @Test
    void aMalformedHostGets400() throws Exception {
        start(LaurelServer.builder(ECHO));
        String answer = rawRequest(server.port(), "GET /ims/ob/v3p0/discovery HTTP/1.1\r\nHost: evil.example/x\"<\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("imsx_codeMajor").doesNotContain("evil.example");
        String underscoreOk = rawRequest(server.port(), "GET /p HTTP/1.1\r\nHost: my-host.local:8080\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(underscoreOk).startsWith("HTTP/1.1 200").contains("http://my-host.local:8080");
    }

    @Test
    void writesOneJsonAccessLogLinePerRequestWithoutTheQuery() throws Exception {
        start(LaurelServer.builder(ECHO));
        get("/ims/ob/v3p0/credentials?access_token=SECRET&limit=2");
        post("/verify", new byte[10]);
        waitFor(() -> log.size() >= 2);
        JsonNode first = JSON.readTree(log.get(0));
        assertThat(first.get("method").asText()).isEqualTo("GET");
        assertThat(first.get("path").asText()).isEqualTo("/ims/ob/v3p0/credentials");
        assertThat(first.get("status").asInt()).isEqualTo(200);
        assertThat(first.get("remote").asText()).isEqualTo("127.0.0.1");
        assertThat(first.get("bytes").asLong()).isPositive();
        assertThat(first.get("durationMs").isIntegralNumber()).isTrue();
        assertThat(java.time.Instant.parse(first.get("time").asText())).isNotNull();
        assertThat(log.get(0)).doesNotContain("SECRET").doesNotContain("\n");
        assertThat(JSON.readTree(log.get(1)).get("method").asText()).isEqualTo("POST");
    }

    @Test
    void stopFinishesARequestInFlightAndRefusesNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        start(LaurelServer.builder(r -> {
            if (r.path().equals("/slow")) {
                entered.countDown();
                sleep(1500);
            }
            return ApiResponse.of(200, "text/plain", "done " + r.path());
        }).shutdownTimeout(Duration.ofSeconds(10)));
        URI base = server.uri();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(base.resolve("/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::stop);
        HttpResponse<String> finished = slow.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("done /slow");
        assertThat(stopped.get(15, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(server.awaitStop(Duration.ofSeconds(1))).isTrue();
        HttpClient fresh = HttpClient.newHttpClient();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(base.resolve("/after")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void stopCutsOffRequestsThatOutliveTheTimeout() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        start(LaurelServer.builder(r -> {
            entered.countDown();
            sleep(5000);
            return ApiResponse.empty(204);
        }).shutdownTimeout(Duration.ofMillis(300)));
        http.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/stuck")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThat(server.stop()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(server.stop()).isFalse();
    }

    @Test
    void aServerStoppedBeforeItStartedNeverStarts() throws Exception {
        LaurelServer never = LaurelServer.builder(ECHO).build();
        assertThat(never.stop()).isTrue();
        assertThat(never.awaitStop(Duration.ofMillis(100))).isTrue();
        assertThatThrownBy(never::start).isInstanceOf(IllegalStateException.class);
        start(LaurelServer.builder(ECHO));
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settersCheckTheirArguments() {
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).maxBodyBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LaurelServer.builder(ECHO).shutdownTimeout(Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.perSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RateLimit.perSecond(5)).isEqualTo(new RateLimit(5, 10));
        assertThatThrownBy(() -> LaurelServer.builder(null)).isInstanceOf(NullPointerException.class);
    }

    /** A self-signed EC key for 127.0.0.1 in a new PKCS12 file, made by the JDK's keytool. */
    private Path keyStore(String password) throws IOException, InterruptedException {
        Path store = dir.resolve("server-" + System.nanoTime() + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "laurel", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return store;
    }

    private static String rawRequest(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            StringBuilder answer = new StringBuilder();
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (IOException closed) {
                // a TLS port closes or times out on plain text: what arrived is the answer
            }
            return answer.toString();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
