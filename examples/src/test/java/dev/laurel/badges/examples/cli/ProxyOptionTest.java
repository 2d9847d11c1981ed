package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchProxy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --proxy} and {@code --no-proxy} on the commands that verify. The end-to-end test runs a hosted
 * OB 2.0 assertion whose documents live at a public address, served by a proxy on loopback that answers
 * them itself and never connects anywhere: it shows the CLI sends its fetches to the proxy, naming the
 * checked address.
 */
@Timeout(60)
class ProxyOptionTest {

    /** A public address: allowed by the fetch rules, answered by the canned proxy, never contacted. */
    private static final String BASE = "http://93.184.216.34:8081";

    @TempDir
    Path dir;

    private CannedProxy proxy;

    @BeforeEach
    void start() throws IOException {
        proxy = new CannedProxy();
        proxy.serve(BASE + "/issuer.json", "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Issuer\", "
                + "\"id\": \"" + BASE + "/issuer.json\", \"name\": \"Club\", \"url\": \"https://example.org\", "
                + "\"email\": \"b@example.org\"}");
        proxy.serve(BASE + "/badge.json", "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"BadgeClass\", "
                + "\"id\": \"" + BASE + "/badge.json\", \"name\": \"Robotics\", \"description\": \"Built a robot.\", "
                + "\"image\": \"https://example.org/robotics.png\", \"criteria\": {\"narrative\": \"Show it.\"}, "
                + "\"issuer\": \"" + BASE + "/issuer.json\"}");
        proxy.serve(BASE + "/assertion.json", assertion());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
    }

    private static String assertion() {
        return "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Assertion\", \"id\": \"" + BASE
                + "/assertion.json\", \"recipient\": {\"type\": \"email\", \"hashed\": false, "
                + "\"identity\": \"alice@example.org\"}, \"badge\": \"" + BASE + "/badge.json\", "
                + "\"verification\": {\"type\": \"HostedBadge\"}, \"issuedOn\": \"2026-01-15T10:00:00Z\"}";
    }

    private Path assertionFile() throws IOException {
        Path file = dir.resolve("assertion.json");
        Files.writeString(file, assertion());
        return file;
    }

    @Test
    void verifyFetchesThroughTheProxyNamingTheCheckedAddress() throws IOException {
        CliRun run = CliRun.of("verify", "--format", "json", "--now", "2026-06-01T00:00:00Z",
                "--proxy", "http://127.0.0.1:" + proxy.port(), assertionFile().toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(proxy.requestLines()).contains("GET " + BASE + "/assertion.json HTTP/1.1",
                "GET " + BASE + "/badge.json HTTP/1.1", "GET " + BASE + "/issuer.json HTTP/1.1");
    }

    @Test
    void proxySystemReadsTheJvmProperties() throws IOException {
        Properties saved = (Properties) System.getProperties().clone();
        CliRun run;
        try {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
            run = CliRun.of("verify", "--format", "json", "--now", "2026-06-01T00:00:00Z", "--proxy", "system",
                    assertionFile().toString());
        } finally {
            System.setProperties(saved);
        }
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(proxy.requestLines()).contains("GET " + BASE + "/assertion.json HTTP/1.1");
    }

    @Test
    void aRefusedAddressNeverReachesTheProxy() throws IOException {
        Path file = dir.resolve("private.json");
        Files.writeString(file, assertion().replace(BASE, "http://10.0.0.1"));
        CliRun run = CliRun.of("verify", "--format", "json", "--proxy", "http://127.0.0.1:" + proxy.port(), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FETCH_REFUSED");
        assertThat(proxy.requestLines()).isEmpty();
    }

    @Test
    void theOptionsBuildThePolicy() {
        VerifyCommand verify = new VerifyCommand();
        new CommandLine(verify).parseArgs("--proxy", "http://proxy.corp:3128", "--no-proxy", "*.corp.example|intranet", "x");
        FetchPolicy policy = verify.verification.fetchPolicy();
        assertThat(policy.proxy().forHttps()).contains(new FetchProxy.Endpoint("proxy.corp", 3128));
        assertThat(policy.proxy().nonProxyHosts()).containsExactly("*.corp.example", "intranet");
        assertThat(policy.toBuilder().proxy(FetchProxy.none()).build()).isEqualTo(FetchPolicy.defaults());

        VerifyCommand plain = new VerifyCommand();
        new CommandLine(plain).parseArgs("x");
        assertThat(plain.verification.fetchPolicy()).isEqualTo(FetchPolicy.defaults());
    }

    @Test
    void badProxyValuesAreUsageErrors() throws IOException {
        String file = assertionFile().toString();
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"type\": \"LaurelPolicy\", \"conditions\": [{\"minimumLevel\": \"skill\"}]}");
        Path pathway = dir.resolve("pathway.json");
        Files.writeString(pathway, "{\"type\": \"LaurelPathway\", \"id\": \"p\", \"name\": \"P\", \"steps\": "
                + "[{\"achievementId\": \"https://example.org/a\"}]}");
        Map<List<String>, String> cases = Map.of(
                List.of("verify", "--proxy", "http://alice:s3cret@proxy.corp:3128", file), "--proxy must be an http://HOST:PORT URL",
                List.of("verify", "--proxy", "https://proxy.corp:3128", file), "--proxy must be an http://HOST:PORT URL",
                List.of("verify", "--proxy", "not a url", file), "--proxy must be an http://HOST:PORT URL",
                List.of("verify", "--no-proxy", "*.corp", file), "--no-proxy needs --proxy",
                List.of("verify", "--offline", "--proxy", "http://p:1", file), "--proxy and --offline exclude each other",
                List.of("verify", "--proxy", "http://p:1", "--no-proxy", "a*b", file), "--no-proxy:",
                List.of("decide", "--policy", policy.toString(), "--proxy", "ftp://p", file), "--proxy must be",
                List.of("pathway", "--pathway", pathway.toString(), "--proxy", "ftp://p", file), "--proxy must be");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliRun run = CliRun.of(c.getKey().toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", c.getKey()) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", c.getKey())).contains(c.getValue()).doesNotContain("s3cret");
        }
        assertThat(proxy.requestLines()).isEmpty();
    }

    /** A proxy that answers absolute-form GETs from a map (502 otherwise) and connects nowhere. */
    private static final class CannedProxy implements AutoCloseable {
        private final ServerSocket server;
        private final Map<String, String> documents = new ConcurrentHashMap<>();
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        CannedProxy() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::acceptLoop, "cli-test-proxy");
            t.setDaemon(true);
            t.start();
        }

        void serve(String url, String json) {
            documents.put(url, json);
        }

        int port() {
            return server.getLocalPort();
        }

        List<String> requestLines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> serve(s), "cli-test-proxy-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s) {
                s.setSoTimeout(10_000);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (true) {
                    String head = readHead(in);
                    if (head.isEmpty()) {
                        return;
                    }
                    String requestLine = head.substring(0, head.indexOf("\r\n"));
                    lines.add(requestLine);
                    String[] parts = requestLine.split(" ");
                    String json = parts[0].equals("GET") ? documents.get(parts[1]) : null;
                    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
                    String status = json == null ? "502 Bad Gateway" : "200 OK";
                    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/ld+json\r\nContent-Length: "
                            + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                // The client hung up.
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return "";
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
