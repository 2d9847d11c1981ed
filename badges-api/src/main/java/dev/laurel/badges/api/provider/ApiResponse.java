package dev.laurel.badges.api.provider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response from an {@link ApiHandler}. Immutable: the headers and the body are copied.
 *
 * @param status  the HTTP status code
 * @param headers the headers to send, names as written
 * @param body    the body (empty for none)
 */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** JSON, UTF-8. */
    public static final String JSON = "application/json";

    /** Checks the status and copies the headers and body. */
    public ApiResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * A response with a text body.
     *
     * @param status      the status
     * @param contentType the {@code Content-Type} (a charset of UTF-8 is added to text types without one)
     * @param body        the body, written as UTF-8
     * @return the response
     */
    public static ApiResponse of(int status, String contentType, String body) {
        String type = contentType.contains("charset") ? contentType : contentType + ";charset=UTF-8";
        return new ApiResponse(status, Map.of("Content-Type", List.of(type)), body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A JSON response.
     *
     * @param status the status
     * @param json   the JSON text
     * @return the response
     */
    public static ApiResponse json(int status, String json) {
        return new ApiResponse(status, Map.of("Content-Type", List.of(JSON)), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A response with no body.
     *
     * @param status the status
     * @return the response
     */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Map.of(), new byte[0]);
    }

    /**
     * A {@code 302 Found} redirect.
     *
     * @param location where to
     * @return the response
     */
    public static ApiResponse redirect(URI location) {
        return new ApiResponse(302, Map.of("Location", List.of(location.toString())), new byte[0]);
    }

    /**
     * This response with one more header value.
     *
     * @param name  the header name
     * @param value the value
     * @return a new response
     */
    public ApiResponse withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, values);
        return new ApiResponse(status, copy, body);
    }

    /**
     * The first value of a header, its name matched without regard to case.
     *
     * @param name the header name
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    /**
     * The body, copied.
     *
     * @return the body
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiResponse r && status == r.status && headers.equals(r.headers) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return status + " (" + body.length + " bytes)";
    }
}
