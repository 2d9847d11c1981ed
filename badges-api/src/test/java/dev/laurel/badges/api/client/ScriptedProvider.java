package dev.laurel.badges.api.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A scripted OB 3.0 provider on the JDK's own HTTP server, bound to 127.0.0.1 on a free port: each test puts
 * the answers it needs per {@code METHOD path}, and asserts on the requests recorded. It stands in for {@code
 * laurel serve}, which is written in parallel; the end-to-end test against the real server comes with it.
 */
final class ScriptedProvider implements AutoCloseable {

    /** A request as the server received it. */
    record Recorded(String method, URI uri, Headers headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** The form-encoded body (or the query, for a GET) as a map; the first value of each name. */
        Map<String, String> form() {
            return parseForm(method.equals("GET") ? uri.getRawQuery() : text());
        }

        String path() {
            return uri.getPath();
        }
    }

    /**
     * An answer: status, headers, body; {@code chunked} leaves Content-Length out; {@code delayMillis} waits
     * before the headers, {@code bodyDelayMillis} between the headers and the body's second half.
     */
    record Reply(int status, Map<String, String> headers, byte[] body, boolean chunked, long delayMillis,
            long bodyDelayMillis) {
        Reply(int status, Map<String, String> headers, byte[] body, boolean chunked, long delayMillis) {
            this(status, headers, body, chunked, delayMillis, 0);
        }

        static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8),
                    false, 0);
        }

        static Reply text(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), false, 0);
        }

        static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0], false, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, chunked, delayMillis, bodyDelayMillis);
        }
    }

    /** Answers one route. */
    interface Route {
        Reply answer(Recorded request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();

    ScriptedProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    ScriptedProvider on(String method, String path, Route route) {
        routes.put(method + " " + path, route);
        return this;
    }

    /** The requests to one path, in order. */
    List<Recorded> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .collect(Collectors.toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Recorded r = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(),
                    body);
            requests.add(r);
            Route route = routes.get(r.method() + " " + r.path());
            Reply reply;
            try {
                reply = route == null ? Reply.json(404, "{\"error\":\"no route\"}") : route.answer(r);
            } catch (Exception e) {
                reply = Reply.text(599, "text/plain", "script failed: " + e);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            long length = reply.body().length == 0 ? -1 : reply.chunked() ? 0 : reply.body().length;
            exchange.sendResponseHeaders(reply.status(), length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (reply.bodyDelayMillis() > 0) {
                        int half = reply.body().length / 2;
                        out.write(reply.body(), 0, half);
                        out.flush();
                        Thread.sleep(reply.bodyDelayMillis());
                        out.write(reply.body(), half, reply.body().length - half);
                    } else {
                        out.write(reply.body());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    // The client stopped reading (a body over its limit): expected in those tests.
                }
            }
        }
    }

    static Map<String, String> parseForm(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return values;
        }
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            values.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
