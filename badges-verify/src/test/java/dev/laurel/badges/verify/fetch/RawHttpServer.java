package dev.laurel.badges.verify.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A loopback server that answers each path with canned raw bytes, for malformed and odd responses. */
final class RawHttpServer implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, String> responses = new ConcurrentHashMap<>();
    private final Thread thread;

    RawHttpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "raw-http-test-server");
        thread.setDaemon(true);
        thread.start();
    }

    RawHttpServer on(String path, String rawResponse) {
        responses.put(path, rawResponse);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5_000);
                String head = readHead(s.getInputStream());
                String path = head.split(" ", 3)[1];
                OutputStream out = s.getOutputStream();
                out.write(responses.getOrDefault(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // A closed server or a client that hung up: serve the next one.
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
