package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gzip} responses are decoded under the body limit counted in decompressed bytes (a gzip bomb is
 * {@code TOO_LARGE}); any other content coding is refused by name.
 */
@Timeout(30)
class ContentCodingTest {

    private KeepAliveServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = new KeepAliveServer();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private HttpDocumentFetcher fetcher(long maxBodyBytes) throws Exception {
        return new HttpDocumentFetcher(FetchPolicy.builder().maxBodyBytes(maxBodyBytes).build(), SSLContext.getDefault(),
                host -> new InetAddress[] {RecordingConnector.PUBLIC}, new RecordingConnector());
    }

    private URI uri(String path) {
        return URI.create("http://gzip.test:" + server.port() + path);
    }

    private void serveGzip(String path, byte[] plain, String coding) throws IOException {
        byte[] gz = gzip(plain);
        server.on(path, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: " + coding
                + "\r\nContent-Length: " + gz.length, gz);
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private FetchException failure(HttpDocumentFetcher f, String path) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(uri(path), "application/json"));
        assertThat(e).as(path).isNotNull();
        return e;
    }

    @Test
    void aGzipBodyIsDecoded() throws Exception {
        serveGzip("/doc", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "gzip");
        FetchedDocument doc = fetcher(FetchPolicy.DEFAULT_MAX_BODY_BYTES).fetch(uri("/doc"), "application/json");
        assertThat(doc.text()).isEqualTo("{\"a\":1}");
        assertThat(doc.contentType()).contains("application/json");
        assertThat(server.heads().get(0)).contains("\r\nAccept-Encoding: gzip\r\n");
    }

    @Test
    void aChunkedGzipBodyAndTheXGzipAliasAreDecoded() throws Exception {
        byte[] gz = gzip("{\"c\":3}".getBytes(StandardCharsets.UTF_8));
        String chunk = Integer.toHexString(gz.length) + "\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(chunk.getBytes(StandardCharsets.ISO_8859_1));
        body.write(gz);
        body.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        server.on("/chunked", "HTTP/1.1 200 OK\r\nContent-Encoding: x-gzip\r\nTransfer-Encoding: chunked", body.toByteArray());
        assertThat(fetcher(1024).fetch(uri("/chunked"), "application/json").text()).isEqualTo("{\"c\":3}");
    }

    @Test
    void aGzipBombIsRefusedAsTooLarge() throws Exception {
        // 16 MiB of zeros in about 16 KiB: far under the limit compressed, sixteen times over it decompressed.
        byte[] bomb = gzip(new byte[16 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024);
        server.on("/bomb", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + bomb.length, bomb);
        long start = System.nanoTime();
        FetchException e = failure(fetcher(1024 * 1024), "/bomb");
        assertThat(e.fetchCode()).isEqualTo(FetchCode.TOO_LARGE);
        assertThat(e.getMessage()).contains("decompressed response").contains("exceeds 1048576 bytes");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000L);
    }

    @Test
    void theLimitCountsDecompressedBytesExactly() throws Exception {
        serveGzip("/exact", new byte[1000], "gzip");
        serveGzip("/over", new byte[1001], "gzip");
        HttpDocumentFetcher f = fetcher(1000);
        assertThat(f.fetch(uri("/exact"), "application/json").body()).hasSize(1000);
        assertThat(failure(f, "/over").fetchCode()).isEqualTo(FetchCode.TOO_LARGE);
    }

    @Test
    void unknownContentCodingsAreRefusedByName() throws Exception {
        server.on("/br", "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.UTF_8));
        server.on("/deflate", "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: 2",
                "{}".getBytes(StandardCharsets.UTF_8));
        server.on("/twice", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip, gzip\r\nContent-Length: 2",
                "{}".getBytes(StandardCharsets.UTF_8));
        server.on("/odd", "HTTP/1.1 200 OK\r\nContent-Encoding: \u001b[31mred\r\nContent-Length: 2",
                "{}".getBytes(StandardCharsets.UTF_8));
        HttpDocumentFetcher f = fetcher(1024);
        FetchException br = failure(f, "/br");
        assertThat(br.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(br.getMessage()).contains("unsupported content coding 'br'");
        assertThat(failure(f, "/deflate").getMessage()).contains("unsupported content coding 'deflate'");
        assertThat(failure(f, "/twice").getMessage()).contains("unsupported content coding 'gzip, gzip'");
        // A coding that is not a coding name is not echoed.
        assertThat(failure(f, "/odd").getMessage()).contains("(not a coding name)").doesNotContain("\u001b");
    }

    @Test
    void anEmptyGzipBodyIsAnEmptyDocument() throws Exception {
        server.on("/empty", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 0", new byte[0]);
        assertThat(fetcher(1024).fetch(uri("/empty"), "application/json").body()).isEmpty();
    }

    @Test
    void identityIsNoCoding() throws Exception {
        server.on("/id", "HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(fetcher(1024).fetch(uri("/id"), "application/json").text()).isEqualTo("{}");
    }

    @Test
    void aMalformedGzipBodyIsAFailedFetch() throws Exception {
        byte[] gz = gzip("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        gz[gz.length / 2] ^= 0x55;
        gz[gz.length - 3] ^= 0x55;
        server.on("/broken", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + gz.length, gz);
        server.on("/notgzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 7",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        HttpDocumentFetcher f = fetcher(1024);
        assertThat(failure(f, "/broken").fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        FetchException notGzip = failure(f, "/notgzip");
        assertThat(notGzip.fetchCode()).isEqualTo(FetchCode.FETCH_FAILED);
        assertThat(notGzip.getMessage()).contains("malformed gzip body");
    }
}
