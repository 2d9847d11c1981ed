package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Connections are kept alive and reused only for the same checked address, port and host name, within
 * a bounded, expiring pool; a server that closed an idle connection costs one retry, not a failure.
 * The servers count the connections they accept.
 */
@Timeout(30)
class KeepAliveTest {

    private KeepAliveServer server;
    private RecordingConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = new KeepAliveServer().onJson("/a", "{\"a\":1}").onJson("/b", "{\"b\":2}");
        connector = new RecordingConnector();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private static InetAddress[] resolve(String host) {
        return new InetAddress[] {host.equals("other.test") ? RecordingConnector.OTHER_PUBLIC : RecordingConnector.PUBLIC};
    }

    private HttpDocumentFetcher fetcher(FetchPolicy.Builder policy) throws Exception {
        return new HttpDocumentFetcher(policy.build(), SSLContext.getDefault(), KeepAliveTest::resolve, connector);
    }

    private URI at(String host, KeepAliveServer s, String path) {
        return URI.create("http://" + host + ":" + s.port() + path);
    }

    @Test
    void twoFetchesOfTheSameAddressShareOneConnection() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        assertThat(f.fetch(at("allowed.test", server, "/a"), "application/json").text()).isEqualTo("{\"a\":1}");
        assertThat(f.fetch(at("allowed.test", server, "/b"), "application/json").text()).isEqualTo("{\"b\":2}");
        assertThat(server.accepts()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(2);
        assertThat(connector.attempts).hasSize(1);
        assertThat(f.idleConnections()).isEqualTo(1);
        // Persistent by default in HTTP/1.1: no Connection header; gzip offered.
        assertThat(server.heads()).allSatisfy(head -> assertThat(head).doesNotContainIgnoringCase("connection:")
                .contains("Accept-Encoding: gzip"));
    }

    @Test
    void differentCheckedAddressesNeverShareAConnection() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        f.fetch(at("other.test", server, "/a"), "application/json");
        f.fetch(at("allowed.test", server, "/b"), "application/json");
        // Both stand-ins lead to the same loopback server: only the checked address tells them apart.
        assertThat(server.accepts()).isEqualTo(2);
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC, RecordingConnector.OTHER_PUBLIC);
    }

    @Test
    void aNameWhoseCheckedAddressChangedGetsANewConnection() throws Exception {
        // Same name and port, but the second lookup answers another (checked) address: the kept connection
        // belongs to the first address and must not be used for the second.
        AtomicInteger lookups = new AtomicInteger();
        HttpDocumentFetcher f = new HttpDocumentFetcher(FetchPolicy.defaults(), SSLContext.getDefault(),
                host -> new InetAddress[] {lookups.getAndIncrement() == 0 ? RecordingConnector.PUBLIC
                        : RecordingConnector.OTHER_PUBLIC}, connector);
        f.fetch(at("flip.test", server, "/a"), "application/json");
        f.fetch(at("flip.test", server, "/b"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC, RecordingConnector.OTHER_PUBLIC);
        assertThat(f.idleConnections()).isEqualTo(2);
    }

    @Test
    void differentHostNamesOnOneAddressDoNotShareAConnection() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        f.fetch(at("alias.test", server, "/a"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
    }

    @Test
    void anIdleConnectionExpires() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder().idleConnectionTimeout(Duration.ofMillis(100)));
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        Thread.sleep(250);
        f.fetch(at("allowed.test", server, "/b"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedOnce() throws Exception {
        server.closeAfterEachResponse();
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        Thread.sleep(50);
        assertThat(f.fetch(at("allowed.test", server, "/b"), "application/json").text()).isEqualTo("{\"b\":2}");
        assertThat(server.accepts()).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void connectionCloseFromTheServerIsHonoured() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        server.on("/close", "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2", body);
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/close"), "application/json");
        assertThat(f.idleConnections()).isZero();
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
    }

    @Test
    void anHttp10ResponseIsNotReused() throws Exception {
        server.on("/old", "HTTP/1.0 200 OK\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.UTF_8));
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/old"), "application/json");
        assertThat(f.idleConnections()).isZero();
    }

    @Test
    void reuseCanBeTurnedOff() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder().maxIdleConnections(0));
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        f.fetch(at("allowed.test", server, "/b"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
        assertThat(f.idleConnections()).isZero();
        assertThat(server.heads()).allSatisfy(head -> assertThat(head).contains("Connection: close"));
    }

    @Test
    void thePoolIsBounded() throws Exception {
        List<KeepAliveServer> others = new ArrayList<>();
        try {
            HttpDocumentFetcher f = fetcher(FetchPolicy.builder().maxIdleConnections(2));
            for (int i = 0; i < 4; i++) {
                KeepAliveServer s = new KeepAliveServer().onJson("/a", "{}");
                others.add(s);
                f.fetch(at("allowed.test", s, "/a"), "application/json");
            }
            assertThat(f.idleConnections()).isEqualTo(2);
            // The two most recent are kept: the last server's connection is reused, the first one's is not.
            f.fetch(at("allowed.test", others.get(3), "/a"), "application/json");
            f.fetch(at("allowed.test", others.get(0), "/a"), "application/json");
            assertThat(others.get(3).accepts()).isEqualTo(1);
            assertThat(others.get(0).accepts()).isEqualTo(2);
        } finally {
            for (KeepAliveServer s : others) {
                s.close();
            }
        }
    }

    @Test
    void closeIdleConnectionsEmptiesThePool() throws Exception {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        f.fetch(at("allowed.test", server, "/a"), "application/json");
        f.closeIdleConnections();
        assertThat(f.idleConnections()).isZero();
        f.fetch(at("allowed.test", server, "/b"), "application/json");
        assertThat(server.accepts()).isEqualTo(2);
    }

    @Test
    void aSmallRedirectBodyIsDrainedAndTheConnectionReused() throws Exception {
        server.on("/moved", "HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: 5", "moved".getBytes(StandardCharsets.UTF_8));
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        assertThat(f.fetch(at("allowed.test", server, "/moved"), "application/json").text()).isEqualTo("{\"b\":2}");
        assertThat(server.requests()).isEqualTo(2);
        assertThat(server.accepts()).isEqualTo(1);
    }

    @Test
    void aLargeErrorBodyIsNotReadAndTheConnectionIsClosed() throws Exception {
        server.on("/big404", "HTTP/1.1 404 Not Found\r\nContent-Length: 1000000", new byte[0]);
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder());
        long start = System.nanoTime();
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> f.fetch(at("allowed.test", server, "/big404"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.NOT_FOUND);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000L);
        assertThat(f.idleConnections()).isZero();
    }
}
