package dev.laurel.badges.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * The access log: one JSON object per request, on one line, handed to a sink. Fields: {@code time} (ISO 8601
 * instant the request began), {@code remote} (client address), {@code method}, {@code path} (never the query,
 * which can carry codes and tokens), {@code status}, {@code bytes} (response body bytes written) and
 * {@code durationMs}. Jetty calls it for every request, including those it refused before a handler ran.
 */
final class JsonAccessLog implements RequestLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(JsonAccessLog.class.getName());

    private final Consumer<String> sink;

    JsonAccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void log(Request request, Response response) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString());
        line.put("remote", String.valueOf(Request.getRemoteAddr(request)));
        line.put("method", request.getMethod());
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        line.put("path", path == null ? "" : path);
        line.put("status", response.getStatus());
        line.put("bytes", Response.getContentBytesWritten(response));
        line.put("durationMs", NanoTime.millisSince(request.getBeginNanoTime()));
        try {
            sink.accept(JSON.writeValueAsString(line));
        } catch (JsonProcessingException | RuntimeException e) {
            // A failing sink must not fail the request that was already answered.
            LOG.log(System.Logger.Level.WARNING, "access log sink failed", e);
        }
    }
}
