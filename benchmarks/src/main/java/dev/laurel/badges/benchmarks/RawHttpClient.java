package dev.laurel.badges.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one kept-alive socket, for the load generator only: it writes a POST and reads
 * the status line, the headers and a {@code Content-Length} body, nothing else (no chunked bodies, redirects or
 * TLS). It costs the generator far less CPU per request than {@code java.net.http}, which on a 2-core machine
 * otherwise takes about as much CPU as the server it measures. Not thread-safe: one per load thread.
 */
final class RawHttpClient implements AutoCloseable {

    /** One answer: the status and the body as text. */
    record Response(int status, String body) {
    }

    private final URI uri;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    RawHttpClient(URI uri) {
        this.uri = uri;
    }

    /**
     * Posts a body and reads the answer, connecting (again) when needed.
     *
     * @param pathAndQuery the request target
     * @param contentType  the body's media type
     * @param body         the body
     * @return the answer
     * @throws IOException if the exchange fails or the answer is not a plain HTTP/1.1 answer with a length
     */
    Response post(String pathAndQuery, String contentType, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
        String head = "POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Response read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean closeAfter = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            } else if (lower.startsWith("transfer-encoding:")) {
                throw new IOException("a " + h + " answer: this client reads Content-Length bodies only");
            }
        }
        if (length < 0) {
            throw new IOException("an answer without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length != length) {
            throw new IOException("the connection closed inside the body");
        }
        if (closeAfter) {
            close();
        }
        return new Response(code, new String(body, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed inside the head");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket the server may have closed already: nothing left to do.
            }
            socket = null;
        }
    }
}
