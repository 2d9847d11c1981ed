package dev.laurel.badges.verify.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 request and its response over a socket that is already connected (and, for https,
 * already past its TLS handshake) to an address chosen and checked by the caller: see
 * {@link HttpTransport}, which opens, tunnels and reuses connections.
 *
 * <p>Why not {@code java.net.http}: on Java 17 its client resolves the host itself (no resolver hook),
 * forbids a {@code Host} header and checks TLS certificates against the URI host, so it cannot be made
 * to use the address that passed the SSRF check. Only what a document fetch needs is implemented:
 * {@code Content-Length}, chunked or read-to-close bodies, {@code gzip} content coding, and persistent
 * connections when the response's framing allows another request after it.
 */
final class Http11Exchange {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    /** A non-2xx body up to this size is read and dropped so that the connection can be reused. */
    private static final int MAX_DRAINED_BYTES = 16 * 1024;

    /**
     * What came back.
     *
     * @param status the HTTP status code
     * @param headers header values by lower-case name
     * @param body the body (decompressed), empty when it was not read
     */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        /**
         * Returns the first value of a header.
         *
         * @param name the lower-case name
         * @return the value, if present
         */
        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final long deadlineNanos;
    private final int readTimeoutMillis;
    private final URI uri;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int lim;
    private long bytesRead;
    private boolean reusable;

    /**
     * Starts an exchange.
     *
     * @param socket the connected socket
     * @param uri the address fetched, for messages
     * @param deadlineNanos the {@link System#nanoTime()} by which everything must be done
     * @param readTimeoutMillis the per-read timeout
     * @throws IOException if the socket has no input stream
     */
    Http11Exchange(Socket socket, URI uri, long deadlineNanos, int readTimeoutMillis) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.uri = uri;
        this.deadlineNanos = deadlineNanos;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /**
     * Writes a request head (no body).
     *
     * @param requestLine e.g. {@code GET /doc HTTP/1.1}, without line break
     * @param headers the header fields in order, values already checked for line breaks
     * @throws IOException if writing fails
     */
    void writeHead(String requestLine, Map<String, String> headers) throws IOException {
        StringBuilder sb = new StringBuilder(256).append(requestLine).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        sb.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /**
     * Reads a status line and headers, skipping interim (1xx) responses; never a body.
     *
     * @return the status and headers, with an empty body
     * @throws IOException if reading fails or the peer closes before any byte ({@link EOFException})
     */
    Response readHead() throws IOException {
        int status;
        Map<String, List<String>> headers;
        boolean http10;
        do {
            String statusLine = readLine();
            status = parseStatus(statusLine);
            http10 = statusLine.startsWith("HTTP/1.0");
            headers = readHeaders();
        } while (status >= 100 && status < 200);
        reusable = !http10 && !closes(headers.get("connection")) && !closes(headers.get("proxy-connection"));
        return new Response(status, headers, new byte[0]);
    }

    /**
     * Reads a response to a {@code GET}: the head, and the body of a 2xx response (decompressed when
     * {@code gzip}). A non-2xx body is never read beyond {@code 16 KiB}: a small one is drained so the
     * connection can be reused, a larger one makes the connection unusable.
     *
     * @param maxBodyBytes the body limit, for the compressed and the decompressed body alike
     * @return the response
     * @throws IOException if reading fails
     * @throws FetchException with TIMEOUT, TOO_LARGE or FETCH_FAILED
     */
    Response readResponse(long maxBodyBytes) throws IOException {
        Response head = readHead();
        int status = head.status();
        Map<String, List<String>> headers = head.headers();
        if (status == 204 || status == 304) {
            return head;
        }
        if (status < 200 || status >= 300) {
            drainSmallBody(headers);
            return head;
        }
        boolean gzip = ContentCoding.isGzip(headers.get("content-encoding"), uri);
        byte[] body = readBody(headers, maxBodyBytes);
        if (pos != lim) {
            reusable = false;
        }
        return new Response(status, headers, gzip ? ContentCoding.gunzip(body, maxBodyBytes, uri) : body);
    }

    /**
     * Says whether the connection may carry another request: HTTP/1.1, no {@code Connection: close}, the
     * whole response read with its framing known, and nothing left over.
     *
     * @return whether the connection may be reused
     */
    boolean reusable() {
        return reusable && pos == lim;
    }

    /**
     * Returns how many bytes of response were read, to tell a connection the server closed while idle
     * (nothing read) from a failure inside a response.
     *
     * @return the bytes read so far
     */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * Says whether bytes were read past the last response (a peer that sends before it is asked).
     *
     * @return whether bytes are buffered
     */
    boolean hasBufferedBytes() {
        return pos != lim;
    }

    private static boolean closes(List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String token : value.split(",")) {
                if (token.trim().equalsIgnoreCase("close")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void drainSmallBody(Map<String, List<String>> headers) throws IOException {
        List<String> cl = headers.get("content-length");
        if (headers.containsKey("transfer-encoding") || cl == null || cl.size() != 1) {
            reusable = false;
            return;
        }
        long length = parseContentLength(cl.get(0));
        if (length > MAX_DRAINED_BYTES) {
            reusable = false;
            return;
        }
        readFully(new byte[(int) length], 0, (int) length);
    }

    private int parseStatus(String line) {
        if (line.length() < 12 || !line.startsWith("HTTP/1.") || line.charAt(8) != ' ') {
            throw failed("malformed status line");
        }
        int status = 0;
        for (int i = 9; i < 12; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw failed("malformed status code");
            }
            status = status * 10 + (c - '0');
        }
        if (line.length() > 12 && line.charAt(12) != ' ') {
            throw failed("malformed status line");
        }
        return status;
    }

    private Map<String, List<String>> readHeaders() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int total = 0;
        int count = 0;
        while (true) {
            String line = readLine();
            if (line.isEmpty()) {
                return headers;
            }
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES || ++count > MAX_HEADERS) {
                throw failed("response headers too large");
            }
            char first = line.charAt(0);
            if (first == ' ' || first == '\t') {
                throw failed("obsolete header line folding");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw failed("malformed header line");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        }
    }

    private byte[] readBody(Map<String, List<String>> headers, long maxBodyBytes) throws IOException {
        List<String> te = headers.get("transfer-encoding");
        if (te != null) {
            if (te.size() != 1 || !te.get(0).equalsIgnoreCase("chunked")) {
                throw failed("unsupported transfer encoding " + te);
            }
            return readChunked(maxBodyBytes);
        }
        List<String> cl = headers.get("content-length");
        if (cl != null) {
            long length = -1;
            for (String v : cl) {
                long parsed = parseContentLength(v);
                if (length != -1 && parsed != length) {
                    throw failed("conflicting Content-Length headers");
                }
                length = parsed;
            }
            if (length > maxBodyBytes) {
                throw BoundedBytes.tooLarge(maxBodyBytes, uri, "response");
            }
            byte[] body = new byte[(int) length];
            readFully(body, 0, body.length);
            return body;
        }
        // Read to close: the connection ends with the body and cannot be reused.
        reusable = false;
        BoundedBytes out = new BoundedBytes(maxBodyBytes, uri, "response");
        while (true) {
            if (pos == lim && !fill()) {
                return out.toByteArray();
            }
            out.write(buf, pos, lim - pos);
            pos = lim;
        }
    }

    private byte[] readChunked(long maxBodyBytes) throws IOException {
        BoundedBytes out = new BoundedBytes(maxBodyBytes, uri, "response");
        while (true) {
            String line = readLine();
            int semi = line.indexOf(';');
            String hex = (semi < 0 ? line : line.substring(0, semi)).trim();
            if (hex.isEmpty() || hex.length() > 8) {
                throw failed("malformed chunk size");
            }
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw failed("malformed chunk size");
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // Trailers are ignored.
                }
                return out.toByteArray();
            }
            if (out.size() + size > maxBodyBytes) {
                throw BoundedBytes.tooLarge(maxBodyBytes, uri, "response");
            }
            long left = size;
            while (left > 0) {
                if (pos == lim && !fill()) {
                    throw failed("connection closed inside a chunk");
                }
                int n = (int) Math.min(left, lim - pos);
                out.write(buf, pos, n);
                pos += n;
                left -= n;
            }
            if (!readLine().isEmpty()) {
                throw failed("missing line break after a chunk");
            }
        }
    }

    private long parseContentLength(String v) {
        if (v.isEmpty() || v.length() > 18) {
            throw failed("malformed Content-Length");
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw failed("malformed Content-Length");
            }
        }
        return Long.parseLong(v);
    }

    private void readFully(byte[] dst, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == lim && !fill()) {
                throw failed("connection closed before the whole body arrived");
            }
            int n = Math.min(len, lim - pos);
            System.arraycopy(buf, pos, dst, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            if (pos == lim && !fill()) {
                if (bytesRead == 0) {
                    // Typical of a kept-alive connection the server closed while it was idle.
                    throw new EOFException("connection closed before any response");
                }
                throw failed("connection closed inside the response head");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                int n = sb.length();
                if (n > 0 && sb.charAt(n - 1) == '\r') {
                    sb.setLength(n - 1);
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw failed("response line too long");
            }
            sb.append((char) (b & 0xff));
        }
    }

    private boolean fill() throws IOException {
        long remaining = remainingMillis(deadlineNanos, uri);
        socket.setSoTimeout((int) Math.min(readTimeoutMillis, remaining));
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        lim = n;
        bytesRead += n;
        return true;
    }

    /**
     * Returns the time left before a deadline.
     *
     * @param deadlineNanos the {@link System#nanoTime()} deadline
     * @param uri the address, for the message
     * @return the milliseconds left, at least 1
     * @throws FetchException with TIMEOUT if the deadline has passed
     */
    static long remainingMillis(long deadlineNanos, URI uri) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remaining <= 0) {
            throw new FetchException(FetchCode.TIMEOUT, "deadline passed while fetching " + uri);
        }
        return remaining;
    }

    private FetchException failed(String why) {
        return new FetchException(FetchCode.FETCH_FAILED, "bad HTTP response from " + uri + ": " + why);
    }

    /**
     * Returns the host of a URI without IPv6 brackets.
     *
     * @param uri the URI
     * @return the host
     */
    static String hostWithoutBrackets(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }
}
