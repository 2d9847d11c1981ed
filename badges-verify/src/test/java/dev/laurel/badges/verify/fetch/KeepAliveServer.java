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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that keeps connections open between requests (unless told not to), answers each
 * path with canned bytes, and counts the connections it accepted and the requests it served: what a
 * keep-alive test needs to see.
 */
final class KeepAliveServer implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
    private final List<String> heads = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger accepts = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closeAfterEachResponse;

    KeepAliveServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "keep-alive-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers a path with a head (status line and headers, without the blank line) and a body. */
    KeepAliveServer on(String path, String head, byte[] body) {
        byte[] h = (head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        responses.put(path, all);
        return this;
    }

    /** Answers a path with a JSON body and its {@code Content-Length}. */
    KeepAliveServer onJson(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return on(path, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length, body);
    }

    /** Closes each connection after its first response, without saying so in a header. */
    KeepAliveServer closeAfterEachResponse() {
        this.closeAfterEachResponse = true;
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    int accepts() {
        return accepts.get();
    }

    int requests() {
        return requests.get();
    }

    /** The request heads received, in order. */
    List<String> heads() {
        synchronized (heads) {
            return List.copyOf(heads);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepts.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "keep-alive-test-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                requests.incrementAndGet();
                heads.add(head);
                String path = head.split(" ", 3)[1];
                out.write(responses.getOrDefault(path,
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
                out.flush();
                if (closeAfterEachResponse) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client hung up.
        }
    }

    /** Reads up to the blank line; empty when the peer closed first. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return "";
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 64 * 1024) {
                throw new IOException("request head too large");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // Closing anyway.
                }
            }
        }
    }
}
