package dev.laurel.badges.verify.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The content codings a fetch accepts: none ({@code identity}) and {@code gzip}. A gzip body is
 * decompressed under the same body limit as an uncompressed one, counted in decompressed bytes, so a
 * small compressed body that expands without bound (a "gzip bomb") is cut at the limit.
 */
final class ContentCoding {

    /** The {@code Accept-Encoding} value sent. */
    static final String ACCEPT_ENCODING = "gzip";

    private ContentCoding() {
    }

    /**
     * Reads the {@code Content-Encoding} values of a response.
     *
     * @param values the header's values, possibly absent
     * @param uri the address, for the message
     * @return whether the body is gzip-compressed
     * @throws FetchException with {@code FETCH_FAILED} for any other coding, or more than one
     */
    static boolean isGzip(List<String> values, URI uri) {
        if (values == null) {
            return false;
        }
        List<String> codings = new ArrayList<>();
        for (String value : values) {
            for (String token : value.split(",")) {
                String coding = token.trim().toLowerCase(Locale.ROOT);
                if (!coding.isEmpty() && !coding.equals("identity")) {
                    codings.add(coding);
                }
            }
        }
        if (codings.isEmpty()) {
            return false;
        }
        if (codings.size() == 1 && (codings.get(0).equals("gzip") || codings.get(0).equals("x-gzip"))) {
            return true;
        }
        throw new FetchException(FetchCode.FETCH_FAILED, "unsupported content coding " + quoted(codings)
                + " from " + uri + " (only gzip is accepted)");
    }

    /**
     * Decompresses a gzip body.
     *
     * @param compressed the body as received
     * @param maxBytes the largest decompressed size accepted
     * @param uri the address, for messages
     * @return the decompressed bytes
     * @throws FetchException with {@code TOO_LARGE} past the limit, {@code FETCH_FAILED} for malformed gzip
     */
    static byte[] gunzip(byte[] compressed, long maxBytes, URI uri) {
        if (compressed.length == 0) {
            // An empty body (a 200 with Content-Length: 0) carries no gzip member; it is empty either way.
            return compressed;
        }
        BoundedBytes out = new BoundedBytes(maxBytes, uri, "decompressed response");
        byte[] buf = new byte[8192];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "malformed gzip body from " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Names the codings when they look like coding names (at most three, 20 characters each); else says so. */
    private static String quoted(List<String> codings) {
        if (codings.size() > 3) {
            return "(" + codings.size() + " codings)";
        }
        for (String coding : codings) {
            if (!coding.matches("[a-z0-9.+-]{1,20}")) {
                return "(not a coding name)";
            }
        }
        return "'" + String.join(", ", codings) + "'";
    }
}
