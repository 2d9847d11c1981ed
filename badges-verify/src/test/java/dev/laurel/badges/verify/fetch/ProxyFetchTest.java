package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fetching through an HTTP proxy (a real one on loopback, {@link TestProxy}) keeps the address pinning:
 * the target's name is resolved and checked here, the proxy is asked for the checked address only, a
 * refused target never reaches the proxy, and every redirect hop is checked again.
 */
@Timeout(30)
class ProxyFetchTest {

    private static final String NAME = "laurel.test";
    private static TestTls tls;
    private static HttpsServer httpsOrigin;
    private static ExecutorService httpsExecutor;
    private static final AtomicInteger HTTPS_REQUESTS = new AtomicInteger();
    private static final List<String> HTTPS_PROXY_AUTHORIZATIONS = Collections.synchronizedList(new ArrayList<>());

    private TestServer origin;
    private TestServer target;
    private TestProxy proxy;
    private RecordingConnector connector;

    @BeforeAll
    static void startHttpsOrigin() throws Exception {
        tls = TestTls.forName(NAME);
        httpsExecutor = Executors.newCachedThreadPool();
        httpsOrigin = tls.startServer(httpsExecutor);
        httpsOrigin.createContext("/doc", ex -> {
            HTTPS_REQUESTS.incrementAndGet();
            String auth = ex.getRequestHeaders().getFirst("Proxy-Authorization");
            HTTPS_PROXY_AUTHORIZATIONS.add(auth == null ? "none" : auth);
            byte[] body = ("{\"host\":\"" + ex.getRequestHeaders().getFirst("Host") + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    @AfterAll
    static void stopHttpsOrigin() {
        httpsOrigin.stop(0);
        httpsExecutor.shutdownNow();
    }

    @BeforeEach
    void setUp() throws Exception {
        target = new TestServer().on("/", ex -> TestServer.respond(ex, 200, "application/json",
                "{\"secret\":true}".getBytes(StandardCharsets.UTF_8)));
        origin = new TestServer()
                .on("/doc", ex -> TestServer.respond(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                .on("/redirect", ex -> TestServer.redirect(ex, 302, URLDecoder.decode(
                        ex.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8)));
        proxy = new TestProxy();
        connector = new RecordingConnector(proxy.address());
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
        origin.close();
        target.close();
    }

    /** Names the tests use; anything else goes to the system resolver (so {@code localhost} is loopback). */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "allowed.test", NAME, "docs.direct.test", "rebind.test" -> new InetAddress[] {RecordingConnector.PUBLIC};
            case "other.test" -> new InetAddress[] {RecordingConnector.OTHER_PUBLIC};
            case "private.test", "evil.direct.test" -> new InetAddress[] {RecordingConnector.address(10, 0, 0, 1)};
            case "metadata.test" -> new InetAddress[] {RecordingConnector.address(169, 254, 169, 254)};
            default -> HostResolver.SYSTEM.resolve(host);
        };
    }

    private HttpDocumentFetcher fetcher(FetchPolicy policy) {
        return fetcher(policy, ProxyFetchTest::resolve);
    }

    private HttpDocumentFetcher fetcher(FetchPolicy policy, HostResolver resolver) {
        return new HttpDocumentFetcher(policy, tls.clientContext, resolver, connector);
    }

    private FetchPolicy viaProxy() {
        return FetchPolicy.builder().proxy(proxy.uri()).build();
    }

    private String allowed(String path) {
        return "http://allowed.test:" + origin.port() + path;
    }

    private static FetchException failure(HttpDocumentFetcher f, String uri) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> f.fetch(URI.create(uri), FetchPolicy.DEFAULT_ACCEPT));
        assertThat(e).as("fetch of %s", uri).isNotNull();
        return e;
    }

    @Test
    void plainHttpAsksTheProxyForTheCheckedAddressWithTheNameInHost() {
        FetchedDocument doc = fetcher(viaProxy()).fetch(URI.create(allowed("/doc")), FetchPolicy.DEFAULT_ACCEPT);
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(proxy.requestLines()).containsExactly("GET http://93.184.216.34:" + origin.port() + "/doc HTTP/1.1");
        assertThat(proxy.received().get(0).header("host")).isEqualTo("allowed.test:" + origin.port());
        assertThat(origin.lastHeaders).containsEntry("host", "allowed.test:" + origin.port());
        // The only connection went to the proxy: nothing to the target directly.
        assertThat(connector.attempts).containsExactly(proxy.address());
    }

    @Test
    void httpsTunnelsToTheCheckedAddressAndVerifiesTheName() {
        int port = httpsOrigin.getAddress().getPort();
        FetchedDocument doc = fetcher(viaProxy()).fetch(URI.create("https://" + NAME + ":" + port + "/doc"),
                "application/json");
        assertThat(doc.text()).isEqualTo("{\"host\":\"" + NAME + ":" + port + "\"}");
        assertThat(proxy.requestLines()).containsExactly("CONNECT 93.184.216.34:" + port + " HTTP/1.1");
        assertThat(proxy.received().get(0).header("host")).isEqualTo("93.184.216.34:" + port);
        assertThat(connector.attempts).containsExactly(proxy.address());
    }

    @Test
    void httpsThroughTheProxyStillRefusesACertificateForAnotherName() {
        int before = HTTPS_REQUESTS.get();
        FetchException e = failure(fetcher(viaProxy()), "https://allowed.test:" + httpsOrigin.getAddress().getPort() + "/doc");
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(e.getMessage()).contains("TLS");
        assertThat(HTTPS_REQUESTS.get()).isEqualTo(before);
    }

    @Test
    void privateAndLoopbackTargetsAreRefusedBeforeTheProxyIsAsked() {
        HttpDocumentFetcher f = fetcher(viaProxy());
        for (String uri : List.of("http://10.0.0.1/", "http://private.test/", "http://metadata.test/latest/meta-data/",
                "http://169.254.169.254/", "http://localhost:" + target.port() + "/", "http://127.0.0.1:" + target.port() + "/",
                "https://[::1]:" + target.port() + "/", "http://[::ffff:127.0.0.1]:" + target.port() + "/",
                "http://[fd00:ec2::254]/", "file:///etc/passwd")) {
            FetchException e = failure(f, uri);
            assertThat(e.fetchCode()).as(e.getMessage()).isEqualTo(FetchCode.FETCH_REFUSED);
        }
        assertThat(proxy.accepts()).isZero();
        assertThat(connector.attempts).isEmpty();
        assertThat(target.requests()).isZero();
    }

    @Test
    void aRebindingDnsAnswerCannotRedirectTheProxy() {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> {
            if (!host.equals("rebind.test")) {
                return resolve(host);
            }
            return lookups.getAndIncrement() == 0
                    ? new InetAddress[] {RecordingConnector.PUBLIC} : new InetAddress[] {InetAddress.getLoopbackAddress()};
        };
        FetchedDocument doc = fetcher(viaProxy(), rebinding).fetch(
                URI.create("http://rebind.test:" + origin.port() + "/doc"), "application/json");
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(proxy.requestLines()).containsExactly("GET http://93.184.216.34:" + origin.port() + "/doc HTTP/1.1");
        assertThat(String.join("\n", proxy.requestLines())).doesNotContain("rebind.test").doesNotContain("127.0.0.1");
    }

    @Test
    void aRedirectThroughTheProxyIsCheckedAgain() {
        HttpDocumentFetcher f = fetcher(viaProxy());
        for (String location : List.of("http://localhost:" + target.port() + "/", "http://10.0.0.1/",
                "http://metadata.test/", "http://[::1]:" + target.port() + "/", "file:///etc/passwd")) {
            int before = proxy.received().size();
            FetchException e = failure(f, allowed("/redirect?to=" + URLEncoder.encode(location, StandardCharsets.UTF_8)));
            assertThat(e.fetchCode()).as(e.getMessage()).isEqualTo(FetchCode.FETCH_REFUSED);
            // The proxy was asked once, for the allowed server; never for the redirect target.
            assertThat(proxy.received()).hasSize(before + 1);
        }
        assertThat(target.requests()).isZero();
        // Every request the proxy saw is the first hop, to the allowed server's checked address.
        assertThat(proxy.requestLines()).hasSize(5)
                .allSatisfy(line -> assertThat(line).startsWith("GET http://93.184.216.34:" + origin.port() + "/redirect?to="));
    }

    @Test
    void anAllowedRedirectThroughTheProxyIsPinnedToo() {
        String next = "http://other.test:" + origin.port() + "/doc";
        FetchedDocument doc = fetcher(viaProxy()).fetch(
                URI.create(allowed("/redirect?to=" + URLEncoder.encode(next, StandardCharsets.UTF_8))), "application/json");
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(doc.uri()).isEqualTo(URI.create(next));
        assertThat(proxy.requestLines()).hasSize(2);
        assertThat(proxy.requestLines().get(1)).isEqualTo("GET http://93.184.216.35:" + origin.port() + "/doc HTTP/1.1");
        assertThat(proxy.received().get(1).header("host")).isEqualTo("other.test:" + origin.port());
    }

    @Test
    void nonProxyHostsAreReachedDirectlyAndStillChecked() {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder().proxy(proxy.uri()).nonProxyHosts("*.direct.test").build());
        FetchedDocument doc = f.fetch(URI.create("http://docs.direct.test:" + origin.port() + "/doc"), "application/json");
        assertThat(doc.text()).isEqualTo("{}");
        assertThat(proxy.accepts()).isZero();
        assertThat(connector.attempts).containsExactly(new InetSocketAddress(RecordingConnector.PUBLIC, origin.port()));

        FetchException e = failure(f, "http://evil.direct.test:" + origin.port() + "/doc");
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_REFUSED);
        assertThat(connector.attempts).hasSize(1);
        assertThat(proxy.accepts()).isZero();
    }

    @Test
    void theJvmProxyPropertiesAreHonouredWhenAskedForAndOnlyThen() {
        Properties saved = (Properties) System.getProperties().clone();
        FetchPolicy fromProperties;
        try {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
            System.setProperty("https.proxyHost", "127.0.0.1");
            System.setProperty("https.proxyPort", String.valueOf(proxy.port()));
            System.setProperty("http.nonProxyHosts", "*.direct.test|localhost");
            fromProperties = FetchPolicy.builder().proxyFromSystemProperties().build();

            // The default policy ignores the properties: a direct connection to the checked address.
            fetcher(FetchPolicy.defaults()).fetch(URI.create(allowed("/doc")), "application/json");
            assertThat(proxy.accepts()).isZero();
            assertThat(connector.attempts).containsExactly(new InetSocketAddress(RecordingConnector.PUBLIC, origin.port()));
        } finally {
            System.setProperties(saved);
        }
        // A snapshot: the properties are gone, the policy still has them.
        assertThat(fromProperties.proxy().nonProxyHosts()).containsExactly("*.direct.test", "localhost");
        connector.attempts.clear();
        HttpDocumentFetcher f = fetcher(fromProperties);
        f.fetch(URI.create(allowed("/doc")), "application/json");
        assertThat(proxy.requestLines()).containsExactly("GET http://93.184.216.34:" + origin.port() + "/doc HTTP/1.1");
        int port = httpsOrigin.getAddress().getPort();
        f.fetch(URI.create("https://" + NAME + ":" + port + "/doc"), "application/json");
        assertThat(proxy.requestLines()).last().isEqualTo("CONNECT 93.184.216.34:" + port + " HTTP/1.1");
        f.fetch(URI.create("http://docs.direct.test:" + origin.port() + "/doc"), "application/json");
        assertThat(proxy.requestLines()).hasSize(2);
        assertThat(connector.attempts).last().isEqualTo(new InetSocketAddress(RecordingConnector.PUBLIC, origin.port()));
    }

    @Test
    void proxyCredentialsAreSentToTheProxyAndNeverShown() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret-pw".getBytes(StandardCharsets.UTF_8));
        proxy.requireAuthorization(basic);
        FetchPolicy policy = FetchPolicy.builder().proxy(proxy.uri()).proxyCredentials("alice", "s3cret-pw").build();
        HttpDocumentFetcher f = fetcher(policy);
        assertThat(f.fetch(URI.create(allowed("/doc")), "application/json").text()).isEqualTo("{}");
        int port = httpsOrigin.getAddress().getPort();
        assertThat(f.fetch(URI.create("https://" + NAME + ":" + port + "/doc"), "application/json").text()).contains(NAME);
        assertThat(proxy.received()).hasSize(2).allSatisfy(r -> assertThat(r.header("proxy-authorization")).isEqualTo(basic));
        // Inside the tunnel the origin gets the request alone: the proxy's credentials are for the proxy.
        assertThat(HTTPS_PROXY_AUTHORIZATIONS).last().isEqualTo("none");
        assertThat(policy.toString()).doesNotContain("s3cret-pw");
        assertThat(f.toString()).doesNotContain("s3cret-pw").contains("****");
    }

    @Test
    void aProxyAskingForCredentialsIsAClearFailure() {
        proxy.requireAuthorization("Basic nobody-has-this");
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder().proxy(proxy.uri()).proxyCredentials("alice", "wrong").build());
        FetchException e = failure(f, "https://" + NAME + ":" + httpsOrigin.getAddress().getPort() + "/doc");
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(e.getMessage()).contains("refused the configured credentials (407)").doesNotContain("wrong");
        FetchException none = failure(fetcher(viaProxy()), "https://" + NAME + ":" + httpsOrigin.getAddress().getPort() + "/doc");
        assertThat(none.getMessage()).contains("requires authentication (407)");
        // Plain http: the 407 comes as the answer to the forwarded request, and says the same.
        FetchException plain = failure(fetcher(viaProxy()), allowed("/doc"));
        assertThat(plain.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(plain.getMessage()).contains("the proxy 127.0.0.1:" + proxy.port() + " requires authentication (407)");
        assertThat(origin.requests()).isZero();
    }

    @Test
    void aProxyRefusingTheTunnelIsAFailedFetch() {
        proxy.answerConnectWith(403);
        FetchException e = failure(fetcher(viaProxy()), "https://" + NAME + ":" + httpsOrigin.getAddress().getPort() + "/doc");
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(e.getMessage()).contains("answered 403 to CONNECT 93.184.216.34:");
    }

    @Test
    void whenTheProxyCannotReachOneCheckedAddressTheNextIsTried() {
        // The test proxy answers 502 for 93.184.216.36, as a proxy does for an address it cannot reach.
        HostResolver two = host -> host.equals(NAME)
                ? new InetAddress[] {RecordingConnector.address(93, 184, 216, 36), RecordingConnector.PUBLIC} : resolve(host);
        int port = httpsOrigin.getAddress().getPort();
        FetchedDocument doc = fetcher(viaProxy(), two).fetch(URI.create("https://" + NAME + ":" + port + "/doc"),
                "application/json");
        assertThat(doc.text()).contains(NAME);
        assertThat(proxy.requestLines()).containsExactly("CONNECT 93.184.216.36:" + port + " HTTP/1.1",
                "CONNECT 93.184.216.34:" + port + " HTTP/1.1");
    }

    @Test
    void anUnreachableProxyFailsOnceWithoutTryingEveryAddress() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        InetSocketAddress dead = new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort);
        connector = new RecordingConnector(dead);
        HostResolver two = host -> host.equals("allowed.test")
                ? new InetAddress[] {RecordingConnector.PUBLIC, RecordingConnector.OTHER_PUBLIC} : resolve(host);
        FetchException e = failure(fetcher(FetchPolicy.builder().proxy(URI.create("http://127.0.0.1:" + closedPort)).build(),
                two), allowed("/doc"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(e.getMessage()).contains("cannot connect to the proxy 127.0.0.1:" + closedPort);
        assertThat(connector.attempts).containsExactly(dead);
    }

    @Test
    void plainHttpCanBeTunnelledToo() {
        HttpDocumentFetcher f = fetcher(FetchPolicy.builder()
                .proxy(FetchProxy.of(proxy.uri()).withTunnelPlainHttp(true)).build());
        assertThat(f.fetch(URI.create(allowed("/doc")), "application/json").text()).isEqualTo("{}");
        assertThat(proxy.requestLines()).containsExactly("CONNECT 93.184.216.34:" + origin.port() + " HTTP/1.1");
        assertThat(origin.lastHeaders).containsEntry("host", "allowed.test:" + origin.port());
    }

    @Test
    void aTunnelIsKeptAliveForTheNextFetchOfTheSameAddress() {
        int port = httpsOrigin.getAddress().getPort();
        HttpDocumentFetcher f = fetcher(viaProxy());
        f.fetch(URI.create("https://" + NAME + ":" + port + "/doc"), "application/json");
        f.fetch(URI.create("https://" + NAME + ":" + port + "/doc?again"), "application/json");
        assertThat(proxy.accepts()).isEqualTo(1);
        assertThat(proxy.requestLines()).containsExactly("CONNECT 93.184.216.34:" + port + " HTTP/1.1");
    }
}
