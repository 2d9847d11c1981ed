package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ordinary behaviour of the HTTP fetcher against a loopback server (loopback allowed for tests). */
@Timeout(30)
class HttpDocumentFetcherTest {

    private TestServer server;
    private HttpDocumentFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer()
                .on("/doc", ex -> TestServer.respond(ex, 200, "application/ld+json",
                        "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .on("/chunked", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "application/json");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write("0123456789".getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    }
                })
                .on("/missing", ex -> TestServer.respond(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)))
                .on("/revoked", ex -> TestServer.respond(ex, 410, "application/json",
                        "{\"revoked\":true}".getBytes(StandardCharsets.UTF_8)))
                .on("/error", ex -> TestServer.respond(ex, 500, "text/plain", new byte[0]))
                .on("/relative", ex -> TestServer.redirect(ex, 301, "doc#frag"))
                .on("/absolute", ex -> TestServer.redirect(ex, 308, server.uri("/doc").toString()))
                .on("/nolocation", ex -> ex.sendResponseHeaders(302, -1));
        fetcher = new HttpDocumentFetcher(FetchPolicy.builder().allowLoopback(true).build());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void fetchesADocumentWithItsContentType() {
        FetchedDocument doc = fetcher.fetch(server.uri("/doc"), "application/ld+json");
        assertThat(doc.text()).isEqualTo("{\"a\":1}");
        assertThat(doc.contentType()).contains("application/ld+json");
        assertThat(doc.uri()).isEqualTo(server.uri("/doc"));
    }

    @Test
    void sendsTheCallersAcceptHeaderAndTheHostHeader() {
        fetcher.fetch(server.uri("/doc"), "application/vc+ld+json");
        assertThat(server.lastHeaders).containsEntry("accept", "application/vc+ld+json")
                .containsEntry("host", "127.0.0.1:" + server.port())
                .containsEntry("user-agent", FetchPolicy.DEFAULT_USER_AGENT);
    }

    @Test
    void blankAcceptUsesThePolicyDefault() {
        fetcher.fetch(server.uri("/doc"), " ");
        assertThat(server.lastHeaders).containsEntry("accept", FetchPolicy.DEFAULT_ACCEPT);
    }

    @Test
    void acceptWithALineBreakIsACallerMistake() {
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/doc"), "a/b\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isZero();
    }

    @Test
    void readsAChunkedBody() {
        assertThat(fetcher.fetch(server.uri("/chunked"), "application/json").body()).hasSize(1000);
    }

    @Test
    void aFragmentIsNotSent() {
        assertThat(fetcher.fetch(URI.create(server.uri("/doc") + "#key-1"), "application/json").text())
                .isEqualTo("{\"a\":1}");
    }

    @Test
    void notFoundIsNotFound() {
        assertThat(code("/missing")).isEqualTo(FetchCode.NOT_FOUND);
    }

    @Test
    void goneIsGone() {
        assertThat(code("/revoked")).isEqualTo(FetchCode.GONE);
    }

    @Test
    void serverErrorIsAFailedFetch() {
        assertThat(code("/error")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void followsARelativeRedirectAndReportsTheFinalAddress() {
        FetchedDocument doc = fetcher.fetch(server.uri("/relative"), "application/json");
        assertThat(doc.text()).isEqualTo("{\"a\":1}");
        assertThat(doc.uri()).isEqualTo(server.uri("/doc"));
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void followsAnAbsoluteRedirect() {
        assertThat(fetcher.fetch(server.uri("/absolute"), "application/json").text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void redirectWithoutLocationFails() {
        assertThat(code("/nolocation")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void zeroRedirectsAllowedStopsAtTheFirst() {
        HttpDocumentFetcher strict = new HttpDocumentFetcher(
                FetchPolicy.builder().allowLoopback(true).maxRedirects(0).build());
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> strict.fetch(server.uri("/absolute"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.TOO_MANY_REDIRECTS);
    }

    @Test
    void httpsToAPlainHttpServerFailsInTheHandshake() {
        URI https = URI.create("https://127.0.0.1:" + server.port() + "/doc");
        HttpDocumentFetcher quick = new HttpDocumentFetcher(FetchPolicy.builder().allowLoopback(true)
                .readTimeout(java.time.Duration.ofMillis(500)).build());
        FetchException e = catchThrowableOfType(FetchException.class, () -> quick.fetch(https, "application/json"));
        assertThat(e.fetchCode()).isIn(FetchCode.FETCH_FAILED, FetchCode.TIMEOUT);
    }

    @Test
    void connectionRefusedIsAFailedFetch() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void relativeUriIsRefused() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(URI.create("/doc"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED);
    }

    private FetchCode code(String path) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(server.uri(path), "application/json"));
        assertThat(e).isNotNull();
        return e.fetchCode();
    }
}
