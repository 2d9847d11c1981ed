package dev.laurel.badges.verify.dataintegrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads the test vectors and builds offline fetchers for tests. */
public final class TestFiles {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private TestFiles() {}

    public static String text(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/vectors/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String path) {
        try {
            return (ObjectNode) MAPPER.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.trim());
    }

    /** A fetcher answering from a map of URL to JSON text; anything else is NOT_FOUND. */
    public static DocumentFetcher mapFetcher(Map<String, String> documents) {
        return (uri, accept) -> {
            String body = documents.get(uri.toString());
            if (body == null) {
                throw new FetchException(FetchCode.NOT_FOUND, "not in the test map: " + uri);
            }
            return new FetchedDocument(uri, Optional.of("application/json"), body.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A fetcher that counts calls and refuses them all. */
    public static final class CountingRefuser implements DocumentFetcher {
        public final AtomicInteger calls = new AtomicInteger();

        public CountingRefuser() {
            // Counts from zero.
        }

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            calls.incrementAndGet();
            throw new FetchException(FetchCode.FETCH_REFUSED, "refused " + uri);
        }
    }

    /** A fetcher that fails the test if it is ever called. */
    public static DocumentFetcher forbidden() {
        return (uri, accept) -> {
            throw new AssertionError("the fetcher must not be called, but was asked for " + uri);
        };
    }
}
