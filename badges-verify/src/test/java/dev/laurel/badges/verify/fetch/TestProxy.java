package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on a loopback port, for tests: {@code CONNECT} tunnels and absolute-form requests.
 *
 * <p>It records every request line and its headers, and reaches only the stand-in public addresses
 * ({@link RecordingConnector#PUBLIC}, {@link RecordingConnector#OTHER_PUBLIC}), which it routes to the
 * same port on loopback; anything else, a name
 * in particular, is answered 502 and never connected to. So a test sees exactly what a proxy would be
 * asked for, and nothing leaves the machine. Absolute-form requests are forwarded with the client's
 * headers ({@code Host} included) and {@code Connection: close} upstream; the client connection stays
 * open for further requests.
 */
final class TestProxy implements AutoCloseable {

    /** One request the proxy received. */
    record Received(String requestLine, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final ServerSocket server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger accepts = new AtomicInteger();
    private volatile String requiredAuthorization;
    private volatile int connectStatus = 200;

    TestProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "test-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers 407 unless {@code Proxy-Authorization} has this value. */
    TestProxy requireAuthorization(String value) {
        this.requiredAuthorization = value;
        return this;
    }

    /** Answers every {@code CONNECT} with this status (200 opens the tunnel). */
    TestProxy answerConnectWith(int status) {
        this.connectStatus = status;
        return this;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    int port() {
        return server.getLocalPort();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    int accepts() {
        return accepts.get();
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<String> requestLines() {
        return received().stream().map(Received::requestLine).toList();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepts.incrementAndGet();
                open.add(client);
                Thread t = new Thread(() -> serve(client), "test-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = KeepAliveServer.readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String[] lines = head.split("\r\n");
                Map<String, String> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                lines[i].substring(colon + 1).trim());
                    }
                }
                received.add(new Received(lines[0], headers));
                String[] parts = lines[0].split(" ");
                if (requiredAuthorization != null && !requiredAuthorization.equals(headers.get("proxy-authorization"))) {
                    answer(out, 407, "Proxy-Authenticate: Basic realm=\"test\"\r\n");
                    return;
                }
                if (parts[0].equals("CONNECT")) {
                    tunnel(client, out, parts[1]);
                    return;
                }
                if (!forward(out, parts[0], URI.create(parts[1]), headers)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client or the upstream hung up: the test decides what that means.
        }
    }

    /** Where an authority may go: only the stand-in public address, on loopback. */
    private static InetSocketAddress route(String host, int port) throws IOException {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return null; // A name: this proxy never resolves one.
        }
        InetAddress address = InetAddress.getByName(literal);
        return address.equals(RecordingConnector.PUBLIC) || address.equals(RecordingConnector.OTHER_PUBLIC)
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port) : null;
    }

    private void tunnel(Socket client, OutputStream out, String authority) throws IOException {
        int colon = authority.lastIndexOf(':');
        InetSocketAddress upstreamAddress = route(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        if (upstreamAddress == null) {
            answer(out, 502, "");
            return;
        }
        if (connectStatus != 200) {
            answer(out, connectStatus, "");
            return;
        }
        try (Socket upstream = new Socket()) {
            upstream.connect(upstreamAddress, 2_000);
            open.add(upstream);
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread back = new Thread(() -> pump(upstream, client), "test-proxy-pump");
            back.setDaemon(true);
            back.start();
            pump(client, upstream);
            try {
                back.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Forwards one absolute-form request; returns whether the client connection may carry another. */
    private boolean forward(OutputStream out, String method, URI target, Map<String, String> headers) throws IOException {
        InetSocketAddress upstreamAddress = target.getHost() == null ? null : route(target.getHost(), target.getPort());
        if (upstreamAddress == null) {
            answer(out, 502, "");
            return true;
        }
        try (Socket upstream = new Socket()) {
            upstream.connect(upstreamAddress, 2_000);
            upstream.setSoTimeout(10_000);
            StringBuilder sb = new StringBuilder(method).append(' ').append(target.getRawPath())
                    .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n");
            headers.forEach((k, v) -> {
                if (!k.startsWith("proxy-") && !k.equals("connection")) {
                    sb.append(k).append(": ").append(v).append("\r\n");
                }
            });
            sb.append("connection: close\r\n\r\n");
            upstream.getOutputStream().write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            upstream.getOutputStream().flush();
            upstream.getInputStream().transferTo(out);
            out.flush();
            return true;
        }
    }

    private static void answer(OutputStream out, int status, String extraHeaders) throws IOException {
        out.write(("HTTP/1.1 " + status + " Test\r\n" + extraHeaders + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void pump(Socket from, Socket to) {
        try {
            byte[] buf = new byte[8192];
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // One side closed.
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // Already closed.
            }
        }
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
