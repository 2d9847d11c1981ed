package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Odd and malformed HTTP responses, from a raw loopback server (loopback allowed for tests). */
@Timeout(30)
class HttpProtocolTest {

    private RawHttpServer server;
    private final HttpDocumentFetcher fetcher = new HttpDocumentFetcher(FetchPolicy.builder().allowLoopback(true)
            .readTimeout(java.time.Duration.ofSeconds(2)).build());

    @BeforeEach
    void setUp() throws Exception {
        server = new RawHttpServer();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private FetchCode code(String path) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(server.uri(path), "application/json"));
        assertThat(e).as(path).isNotNull();
        return e.fetchCode();
    }

    @Test
    void chunkedWithExtensionsAndTrailersIsRead() {
        server.on("/c", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;ext=1\r\n{\"a\r\n4\r\n\":1}\r\n0\r\nX-Trailer: y\r\n\r\n");
        assertThat(fetcher.fetch(server.uri("/c"), "application/json").text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyReadToCloseIsRead() {
        server.on("/eof", "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"b\":2}");
        assertThat(fetcher.fetch(server.uri("/eof"), "application/json").text()).isEqualTo("{\"b\":2}");
    }

    @Test
    void interimResponsesAreSkipped() {
        server.on("/hint", "HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(fetcher.fetch(server.uri("/hint"), "application/json").text()).isEqualTo("{}");
    }

    @Test
    void aRedirectBodyIsNeverRead() {
        // A redirect claiming a terabyte of body: followed without reading it.
        server.on("/r", "HTTP/1.1 302 Found\r\nLocation: /doc\r\nContent-Length: 1000000000000\r\n\r\n")
                .on("/doc", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(fetcher.fetch(server.uri("/r"), "application/json").text()).isEqualTo("{}");
    }

    @Test
    void anAnnouncedOversizedBodyIsRefusedBeforeReading() {
        server.on("/big", "HTTP/1.1 200 OK\r\nContent-Length: 1000000000000\r\n\r\n{}");
        assertThat(code("/big")).isEqualTo(FetchCode.TOO_LARGE);
    }

    @Test
    void anOversizedChunkIsRefused() {
        server.on("/bigchunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFF\r\n{}");
        assertThat(code("/bigchunk")).isEqualTo(FetchCode.TOO_LARGE);
    }

    @Test
    void aMalformedStatusLineFails() {
        server.on("/bad", "HTTZ/1.1 200 OK\r\n\r\n{}");
        assertThat(code("/bad")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void conflictingContentLengthsFail() {
        server.on("/cl", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x");
        assertThat(code("/cl")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void anUnknownTransferCodingFails() {
        server.on("/gz", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
        assertThat(code("/gz")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void tooManyHeadersFail() {
        StringBuilder sb = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 300; i++) {
            sb.append("X-H").append(i).append(": v\r\n");
        }
        server.on("/h", sb.append("Content-Length: 2\r\n\r\n{}").toString());
        assertThat(code("/h")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void aTruncatedBodyFails() {
        server.on("/short", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}");
        assertThat(code("/short")).isEqualTo(FetchCode.FETCH_FAILED);
    }

    @Test
    void headerFoldingFails() {
        server.on("/fold", "HTTP/1.1 200 OK\r\nX-A: 1\r\n  folded\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(code("/fold")).isEqualTo(FetchCode.FETCH_FAILED);
    }
}
