package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * TLS over a pinned connection: the socket goes to the checked address (here a public stand-in routed
 * to a loopback HTTPS server), while SNI and the certificate host name check use the URL's name.
 */
@Timeout(30)
class HttpsPinningTest {

    private static final String NAME = "laurel.test";
    private static HttpsServer server;
    private static ExecutorService executor;
    private static SSLContext clientContext;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        X509Certificate cert = TestTls.selfSigned(pair, NAME);

        KeyStore serverStore = KeyStore.getInstance("PKCS12");
        serverStore.load(null, null);
        serverStore.setKeyEntry("server", pair.getPrivate(), "pw".toCharArray(), new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(serverStore, "pw".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/doc", ex -> {
            REQUESTS.incrementAndGet();
            byte[] body = ("{\"host\":\"" + ex.getRequestHeaders().getFirst("Host") + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static HttpDocumentFetcher fetcher(RecordingConnector connector) {
        return new HttpDocumentFetcher(FetchPolicy.defaults(), clientContext,
                host -> new InetAddress[] {RecordingConnector.PUBLIC}, connector);
    }

    @Test
    void tlsVerifiesTheNameWhileTheSocketUsesTheCheckedAddress() {
        RecordingConnector connector = new RecordingConnector();
        int port = server.getAddress().getPort();
        FetchedDocument doc = fetcher(connector).fetch(URI.create("https://" + NAME + ":" + port + "/doc"),
                "application/json");
        assertThat(doc.text()).isEqualTo("{\"host\":\"" + NAME + ":" + port + "\"}");
        assertThat(connector.addresses()).containsExactly(RecordingConnector.PUBLIC);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        RecordingConnector connector = new RecordingConnector();
        int before = REQUESTS.get();
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher(connector)
                .fetch(URI.create("https://other.test:" + server.getAddress().getPort() + "/doc"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(e.getMessage()).contains("TLS");
        assertThat(REQUESTS.get()).isEqualTo(before);
    }

    @Test
    void anUntrustedCertificateIsRefused() throws Exception {
        RecordingConnector connector = new RecordingConnector();
        HttpDocumentFetcher defaultTrust = new HttpDocumentFetcher(FetchPolicy.defaults(), SSLContext.getDefault(),
                host -> new InetAddress[] {RecordingConnector.PUBLIC}, connector);
        FetchException e = catchThrowableOfType(FetchException.class, () -> defaultTrust
                .fetch(URI.create("https://" + NAME + ":" + server.getAddress().getPort() + "/doc"), "application/json"));
        assertThat(e.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
    }
}
