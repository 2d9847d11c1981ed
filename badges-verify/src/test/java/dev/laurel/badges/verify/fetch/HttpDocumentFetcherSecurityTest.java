package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on the HTTP fetcher: SSRF by address, by name and by redirect, other schemes, oversized and
 * slow responses. Every refused case also proves that no connection was attempted to the target.
 */
@Timeout(30)
class HttpDocumentFetcherSecurityTest {

    private static final String ALLOWED_HOST = "allowed.test";

    private TestServer allowed;
    private TestServer target;
    private RecordingConnector connector;
    private HttpDocumentFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        target = new TestServer().on("/", ex -> TestServer.respond(ex, 200, "application/json",
                "{\"secret\":true}".getBytes(StandardCharsets.UTF_8)));
        allowed = new TestServer()
                .on("/doc", ex -> TestServer.respond(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                .on("/redirect", ex -> TestServer.redirect(ex, 302,
                        URLDecoder.decode(ex.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8)));
        connector = new RecordingConnector();
        HostResolver resolver = host -> host.equals(ALLOWED_HOST)
                ? new InetAddress[] {RecordingConnector.PUBLIC} : HostResolver.SYSTEM.resolve(host);
        fetcher = new HttpDocumentFetcher(FetchPolicy.defaults(), SSLContext.getDefault(), resolver, connector);
    }

    @AfterEach
    void tearDown() throws Exception {
        allowed.close();
        target.close();
    }

    private FetchException refused(String uri) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create(uri), FetchPolicy.DEFAULT_ACCEPT));
        assertThat(e).as("fetch of %s", uri).isNotNull();
        return e;
    }

    private void assertRefusedWithoutConnection(String uri) {
        FetchException e = refused(uri);
        assertThat(e.fetchCode()).as(e.getMessage()).isEqualTo(FetchCode.FETCH_REFUSED);
        assertThat(connector.attempts).isEmpty();
        assertThat(target.requests()).isZero();
    }

    private void assertRedirectRefused(String location) {
        String uri = "http://" + ALLOWED_HOST + ":" + allowed.port() + "/redirect?to=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
        FetchException e = refused(uri);
        assertThat(e.fetchCode()).as(e.getMessage()).isEqualTo(FetchCode.FETCH_REFUSED);
        // The only connection went to the allowed server, which answered with the redirect.
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC);
        assertThat(allowed.requests()).isEqualTo(1);
        assertThat(target.requests()).isZero();
    }

    @Test
    void theAllowedStandInServerIsReachable() {
        FetchedDocument doc = fetcher.fetch(URI.create("http://" + ALLOWED_HOST + ":" + allowed.port() + "/doc"),
                FetchPolicy.DEFAULT_ACCEPT);
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC);
    }

    @Test
    void ssrfToIpv4LoopbackIsRefused() {
        assertRefusedWithoutConnection("http://127.0.0.1:" + target.port() + "/");
    }

    @Test
    void ssrfToIpv6LoopbackIsRefused() {
        assertRefusedWithoutConnection("http://[::1]:" + target.port() + "/");
    }

    @Test
    void ssrfToPrivateAddressIsRefused() {
        assertRefusedWithoutConnection("http://10.0.0.1/");
    }

    @Test
    void ssrfToCloudMetadataIsRefused() {
        assertRefusedWithoutConnection("http://169.254.169.254/latest/meta-data/");
        assertThat(refused("http://169.254.169.254/").getMessage()).contains("metadata");
    }

    @Test
    void ssrfToIpv6CloudMetadataIsRefused() {
        assertRefusedWithoutConnection("http://[fd00:ec2::254]/latest/meta-data/");
    }

    @Test
    void ssrfToIpv4MappedLoopbackIsRefused() {
        assertRefusedWithoutConnection("http://[::ffff:127.0.0.1]:" + target.port() + "/");
    }

    @Test
    void ssrfToIpv4TranslatedLoopbackIsRefused() {
        assertRefusedWithoutConnection("http://[::ffff:0:7f00:1]:" + target.port() + "/");
    }

    @Test
    void ssrfToNat64EmbeddedLoopbackIsRefused() {
        assertRefusedWithoutConnection("http://[64:ff9b::127.0.0.1]:" + target.port() + "/");
    }

    @Test
    void ssrfToTeredoClientLoopbackIsRefused() {
        assertRefusedWithoutConnection("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:" + target.port() + "/");
    }

    @Test
    void redirectToIpv4TranslatedCloudMetadataIsRefused() {
        assertRedirectRefused("http://[::ffff:0:169.254.169.254]/latest/meta-data/");
    }

    @Test
    void ssrfToHostNameResolvingToLoopbackIsRefused() {
        assertRefusedWithoutConnection("http://localhost:" + target.port() + "/");
    }

    @Test
    void ssrfToDecimalEncodedLoopbackIsRefused() {
        // Whatever the resolver makes of 2130706433 (127.0.0.1), the resolved address is checked.
        FetchException e = refused("http://2130706433:" + target.port() + "/");
        assertThat(e.fetchCode()).isIn(FetchCode.FETCH_REFUSED, FetchCode.FETCH_FAILED);
        assertThat(connector.attempts).isEmpty();
        assertThat(target.requests()).isZero();
    }

    @Test
    void hostResolvingToOnePrivateAmongPublicAddressesIsRefused() {
        HostResolver mixed = host -> new InetAddress[] {RecordingConnector.PUBLIC, RecordingConnector.address(10, 0, 0, 1)};
        HttpDocumentFetcher f = new HttpDocumentFetcher(FetchPolicy.defaults(), sslContext(), mixed, connector);
        assertThatThrownBy(() -> f.fetch(URI.create("http://mixed.test/"), "application/json"))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED));
        assertThat(connector.attempts).isEmpty();
    }

    @Test
    void dnsRebindingAfterTheCheckIsNotFollowed() {
        // First answer public, every later answer loopback: the connection must use the checked answer.
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> lookups.getAndIncrement() == 0
                ? new InetAddress[] {RecordingConnector.PUBLIC} : new InetAddress[] {InetAddress.getLoopbackAddress()};
        HttpDocumentFetcher f = new HttpDocumentFetcher(FetchPolicy.defaults(), sslContext(), rebinding, connector);
        FetchedDocument doc = f.fetch(URI.create("http://rebind.test:" + allowed.port() + "/doc"), "application/json");
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC);
    }

    @Test
    void fileSchemeIsRefusedWithoutIo() {
        assertRefusedWithoutConnection("file:///etc/passwd");
    }

    @Test
    void jarSchemeIsRefusedWithoutIo() {
        assertRefusedWithoutConnection("jar:file:///tmp/x.jar!/a.json");
    }

    @Test
    void ftpSchemeIsRefusedWithoutIo() {
        assertRefusedWithoutConnection("ftp://example.org/badge.json");
    }

    @Test
    void dataSchemeIsRefusedWithoutIo() {
        assertRefusedWithoutConnection("data:application/json,%7B%7D");
    }

    @Test
    void userInfoIsRefused() {
        assertRefusedWithoutConnection("http://user:pass@" + ALLOWED_HOST + ":" + allowed.port() + "/doc");
        assertThat(allowed.requests()).isZero();
    }

    @Test
    void plainHttpIsRefusedWhenHttpsOnly() throws Exception {
        HttpDocumentFetcher f = new HttpDocumentFetcher(FetchPolicy.builder().httpsOnly(true).build(),
                sslContext(), host -> new InetAddress[] {RecordingConnector.PUBLIC}, connector);
        assertThatThrownBy(() -> f.fetch(URI.create("http://" + ALLOWED_HOST + ":" + allowed.port() + "/doc"), ""))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED));
        assertThat(connector.attempts).isEmpty();
    }

    @Test
    void redirectToIpv4LoopbackIsRefused() {
        assertRedirectRefused("http://127.0.0.1:" + target.port() + "/");
    }

    @Test
    void redirectToIpv6LoopbackIsRefused() {
        assertRedirectRefused("http://[::1]:" + target.port() + "/");
    }

    @Test
    void redirectToPrivateAddressIsRefused() {
        assertRedirectRefused("http://10.0.0.1/");
    }

    @Test
    void redirectToCloudMetadataIsRefused() {
        assertRedirectRefused("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
    }

    @Test
    void redirectToHostNameResolvingToLoopbackIsRefused() {
        assertRedirectRefused("http://localhost:" + target.port() + "/");
    }

    @Test
    void redirectToFileSchemeIsRefused() {
        assertRedirectRefused("file:///etc/passwd");
    }

    @Test
    void redirectLoopStopsAtTheLimit() throws Exception {
        try (TestServer loop = new TestServer()) {
            loop.on("/loop", ex -> TestServer.redirect(ex, 302, "/loop"));
            FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(
                    URI.create("http://" + ALLOWED_HOST + ":" + loop.port() + "/loop"), "application/json"));
            assertThat(e.fetchCode()).isEqualTo(FetchCode.TOO_MANY_REDIRECTS);
            assertThat(loop.requests()).isEqualTo(FetchPolicy.DEFAULT_MAX_REDIRECTS + 1);
        }
    }

    @Test
    void oversizedResponseWithContentLengthIsCutOff() throws Exception {
        byte[] big = new byte[(int) FetchPolicy.DEFAULT_MAX_BODY_BYTES + 1];
        try (TestServer server = new TestServer()) {
            server.on("/big", ex -> TestServer.respond(ex, 200, "application/json", big));
            FetchException e = catchThrowableOfType(FetchException.class, () -> loopbackFetcher(FetchPolicy.builder())
                    .fetch(server.uri("/big"), "application/json"));
            assertThat(e.fetchCode()).isEqualTo(FetchCode.TOO_LARGE);
        }
    }

    @Test
    void oversizedStreamedResponseIsCutOffWhileReading() throws Exception {
        AtomicInteger written = new AtomicInteger();
        try (TestServer server = new TestServer()) {
            // Chunked, no length: the limit can only be enforced while streaming. The server would send 64 MiB.
            server.on("/stream", ex -> {
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 1024; i++) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException closedByClient) {
                    // Expected: the client hangs up at the limit.
                }
            });
            long max = 256 * 1024;
            FetchException e = catchThrowableOfType(FetchException.class, () -> loopbackFetcher(
                    FetchPolicy.builder().maxBodyBytes(max)).fetch(server.uri("/stream"), "application/json"));
            assertThat(e.fetchCode()).isEqualTo(FetchCode.TOO_LARGE);
        }
        assertThat(written.get()).isLessThan(64 * 1024 * 1024);
    }

    @Test
    void slowDripResponseIsCutOffAtTheDeadline() throws Exception {
        try (TestServer server = new TestServer()) {
            // One byte every 50 ms: no single read ever times out, only the total deadline stops it.
            server.on("/drip", ex -> {
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 400; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException stopped) {
                    // The client hung up, or the server is shutting down.
                }
            });
            HttpDocumentFetcher f = loopbackFetcher(FetchPolicy.builder().totalTimeout(Duration.ofMillis(800)));
            long start = System.nanoTime();
            FetchException e = catchThrowableOfType(FetchException.class,
                    () -> f.fetch(server.uri("/drip"), "application/json"));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(e.fetchCode()).isEqualTo(FetchCode.TIMEOUT);
            assertThat(elapsedMillis).isBetween(700L, 5_000L);
        }
    }

    @Test
    void stalledResponseHitsTheReadTimeout() throws Exception {
        try (TestServer server = new TestServer()) {
            server.on("/stall", ex -> {
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().flush();
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
            HttpDocumentFetcher f = loopbackFetcher(FetchPolicy.builder().readTimeout(Duration.ofMillis(300)));
            long start = System.nanoTime();
            FetchException e = catchThrowableOfType(FetchException.class,
                    () -> f.fetch(server.uri("/stall"), "application/json"));
            assertThat(e.fetchCode()).isEqualTo(FetchCode.TIMEOUT);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000L);
        }
    }

    @Test
    void loopbackIsRefusedByTheDefaultPolicyEvenForTheTestServer() {
        HttpDocumentFetcher f = new HttpDocumentFetcher();
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> f.fetch(target.uri("/"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED);
        assertThat(target.requests()).isZero();
    }

    private static HttpDocumentFetcher loopbackFetcher(FetchPolicy.Builder policy) {
        return new HttpDocumentFetcher(policy.allowLoopback(true).build());
    }

    private static SSLContext sslContext() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
