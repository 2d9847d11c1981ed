package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 GET over a socket connected to an address chosen (and checked) by the caller.
 *
 * <p>Why not {@code java.net.http}: on Java 17 its client resolves the host itself (no resolver hook),
 * forbids a {@code Host} header and checks TLS certificates against the URI host, so it cannot be made
 * to use the address that passed the SSRF check. Here the TCP connection goes to the checked address
 * while TLS (SNI and the JDK's own RFC 2818 host name check) and the {@code Host} header use the name.
 * Only what a document fetch needs is implemented: {@code Connection: close}, identity encoding,
 * {@code Content-Length}, chunked or read-to-close bodies.
 */
final class Http11Exchange {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;

    /**
     * What came back.
     *
     * @param status the HTTP status code
     * @param headers header values by lower-case name
     * @param body the body, empty when it was not read
     */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        /**
         * Returns the first value of a header.
         *
         * @param name the lower-case name
         * @return the value, if present
         */
        public Optional<String> header(String name) {
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

    private Http11Exchange(Socket socket, URI uri, long deadlineNanos, int readTimeoutMillis) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.uri = uri;
        this.deadlineNanos = deadlineNanos;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /**
     * Performs a GET.
     *
     * @param uri the absolute http(s) URI, without fragment or user info
     * @param address the checked address and port to connect to
     * @param connector opens the TCP connection
     * @param sslContext the TLS context for https
     * @param requestHeaders extra headers (Accept, User-Agent), already checked for line breaks
     * @param connectTimeoutMillis the connect timeout
     * @param readTimeoutMillis the per-read timeout
     * @param deadlineNanos the {@link System#nanoTime()} by which everything must be done
     * @param maxBodyBytes the body limit
     * @param readBody whether the body of a 2xx response is wanted
     * @return the response
     * @throws FetchException with TIMEOUT, TOO_LARGE or FETCH_FAILED
     */
    public static Response get(URI uri, InetSocketAddress address, SocketConnector connector, SSLContext sslContext,
            Map<String, String> requestHeaders, int connectTimeoutMillis, int readTimeoutMillis, long deadlineNanos,
            long maxBodyBytes, boolean readBody) {
        int connectMillis = (int) Math.min(connectTimeoutMillis, remainingMillis(deadlineNanos, uri));
        Socket socket = null;
        try {
            socket = connector.connect(address, connectMillis);
            boolean tls = "https".equalsIgnoreCase(uri.getScheme());
            String host = hostWithoutBrackets(uri);
            if (tls) {
                socket = startTls(socket, sslContext, host, address.getPort(), deadlineNanos, readTimeoutMillis, uri);
            }
            Http11Exchange exchange = new Http11Exchange(socket, uri, deadlineNanos, readTimeoutMillis);
            exchange.writeRequest(socket.getOutputStream(), requestHeaders);
            return exchange.readResponse(maxBodyBytes, readBody);
        } catch (SocketTimeoutException e) {
            throw timeout(uri, deadlineNanos, e);
        } catch (javax.net.ssl.SSLException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "TLS failure for " + uri + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "I/O failure for " + uri + ": " + e.getMessage(), e);
        } finally {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Nothing more to do with a closed exchange.
                }
            }
        }
    }

    private static Socket startTls(Socket plain, SSLContext sslContext, String host, int port, long deadlineNanos,
            int readTimeoutMillis, URI uri) throws IOException {
        SSLSocket ssl = (SSLSocket) sslContext.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        // The JDK checks the certificate against the name, although the socket went to a pinned address.
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(host)) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(params);
        ssl.setSoTimeout((int) Math.min(readTimeoutMillis, remainingMillis(deadlineNanos, uri)));
        ssl.startHandshake();
        return ssl;
    }

    private void writeRequest(OutputStream out, Map<String, String> requestHeaders) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        sb.append("GET ").append(path);
        if (uri.getRawQuery() != null) {
            sb.append('?').append(uri.getRawQuery());
        }
        sb.append(" HTTP/1.1\r\nHost: ").append(uri.getHost());
        if (uri.getPort() != -1) {
            sb.append(':').append(uri.getPort());
        }
        sb.append("\r\n");
        for (Map.Entry<String, String> h : requestHeaders.entrySet()) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        sb.append("Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private Response readResponse(long maxBodyBytes, boolean readBody) throws IOException {
        int status;
        Map<String, List<String>> headers;
        do {
            String statusLine = readLine();
            status = parseStatus(statusLine);
            headers = readHeaders();
        } while (status >= 100 && status < 200);
        // Only a 2xx body is wanted: a redirect or error body is never read, whatever its size.
        if (!readBody || status < 200 || status >= 300 || status == 204) {
            return new Response(status, headers, new byte[0]);
        }
        return new Response(status, headers, readBody(headers, maxBodyBytes));
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
                throw tooLarge(maxBodyBytes);
            }
            byte[] body = new byte[(int) length];
            readFully(body, 0, body.length);
            return body;
        }
        GrowableBytes out = new GrowableBytes(maxBodyBytes, uri);
        while (true) {
            if (pos == lim && !fill()) {
                return out.toByteArray();
            }
            out.write(buf, pos, lim - pos);
            pos = lim;
        }
    }

    private byte[] readChunked(long maxBodyBytes) throws IOException {
        GrowableBytes out = new GrowableBytes(maxBodyBytes, uri);
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
                throw tooLarge(maxBodyBytes);
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
        return true;
    }

    private static long remainingMillis(long deadlineNanos, URI uri) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remaining <= 0) {
            throw new FetchException(FetchCode.TIMEOUT, "deadline passed while fetching " + uri);
        }
        return remaining;
    }

    private static FetchException timeout(URI uri, long deadlineNanos, SocketTimeoutException e) {
        String what = System.nanoTime() - deadlineNanos >= 0 ? "deadline passed" : "timed out";
        return new FetchException(FetchCode.TIMEOUT, what + " while fetching " + uri, e);
    }

    private FetchException failed(String why) {
        return new FetchException(FetchCode.FETCH_FAILED, "bad HTTP response from " + uri + ": " + why);
    }

    private FetchException tooLarge(long max) {
        return new FetchException(FetchCode.TOO_LARGE, "response from " + uri + " exceeds " + max + " bytes");
    }

    /**
     * Returns the host of a URI without IPv6 brackets.
     *
     * @param uri the URI
     * @return the host
     */
    public static String hostWithoutBrackets(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static boolean isIpLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A byte buffer that refuses to grow past the body limit. */
    private static final class GrowableBytes {
        private final long max;
        private final URI uri;
        private byte[] data = new byte[4096];
        private int size;

        GrowableBytes(long max, URI uri) {
            this.max = max;
            this.uri = uri;
        }

        int size() {
            return size;
        }

        void write(byte[] src, int off, int len) {
            if (size + (long) len > max) {
                throw new FetchException(FetchCode.TOO_LARGE, "response from " + uri + " exceeds " + max + " bytes");
            }
            if (size + len > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(max, Math.max(size + (long) len, data.length * 2L)));
            }
            System.arraycopy(src, off, data, size, len);
            size += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
