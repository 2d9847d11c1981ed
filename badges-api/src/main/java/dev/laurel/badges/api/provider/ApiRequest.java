package dev.laurel.badges.api.provider;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request, as the adapter (servlet, Jetty, a test) read it. Immutable: the headers and the body are
 * copied.
 *
 * @param method        the HTTP method, upper case
 * @param baseUri       scheme, host and port (and context path, if any) as the client addressed the server,
 *                      without a trailing slash: the discovery document builds its URLs from it
 * @param path          the path below {@code baseUri}, starting with {@code /}, not decoded
 * @param rawQuery      the query string without {@code ?}, not decoded; empty when there is none
 * @param headers       the headers, names in lower case
 * @param body          the body (empty when there is none), already bounded by the adapter
 * @param remoteAddress the client's address, for rate limits and the access log
 */
public record ApiRequest(String method, URI baseUri, String path, String rawQuery, Map<String, List<String>> headers,
                         byte[] body, String remoteAddress) {

    /** Checks the components, lower-cases the header names and copies everything mutable. */
    public ApiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) ->
                lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
        lower.replaceAll((k, v) -> List.copyOf(v));
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body.clone();
        remoteAddress = remoteAddress == null ? "" : remoteAddress;
    }

    /**
     * A request with no headers, query or body, for building in tests and adapters.
     *
     * @param method  the HTTP method
     * @param baseUri the base URI
     * @param path    the path (may carry a query after {@code ?})
     * @return the request
     */
    public static ApiRequest of(String method, URI baseUri, String path) {
        int q = path.indexOf('?');
        return q < 0
                ? new ApiRequest(method, baseUri, path, "", Map.of(), new byte[0], "")
                : new ApiRequest(method, baseUri, path.substring(0, q), path.substring(q + 1), Map.of(), new byte[0], "");
    }

    /**
     * This request with one more header value.
     *
     * @param name  the header name
     * @param value its value
     * @return a new request
     */
    public ApiRequest withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
        values.add(value);
        copy.put(name.toLowerCase(Locale.ROOT), values);
        return new ApiRequest(method, baseUri, path, rawQuery, copy, body, remoteAddress);
    }

    /**
     * This request with a body.
     *
     * @param contentType the {@code Content-Type}
     * @param content     the body
     * @return a new request
     */
    public ApiRequest withBody(String contentType, byte[] content) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.put("content-type", List.of(contentType));
        return new ApiRequest(method, baseUri, path, rawQuery, copy, content, remoteAddress);
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
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return its first value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The query parameters, decoded ({@code application/x-www-form-urlencoded}, UTF-8), in order.
     *
     * @return name to values
     */
    public Map<String, List<String>> queryParameters() {
        return decodeForm(rawQuery);
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name
     * @return its first decoded value, or empty
     */
    public Optional<String> queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The full URI of the request: base, path and query.
     *
     * @return the URI
     */
    public URI uri() {
        return URI.create(baseUri + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /**
     * Decodes an {@code application/x-www-form-urlencoded} string (a query or a form body).
     *
     * @param form the encoded form
     * @return name to values, in order
     */
    public static Map<String, List<String>> decodeForm(String form) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return Map.of();
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return s;  // left as written: the handler reports the value it cannot use
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiRequest r && method.equals(r.method) && baseUri.equals(r.baseUri) && path.equals(r.path)
                && rawQuery.equals(r.rawQuery) && headers.equals(r.headers) && Arrays.equals(body, r.body)
                && remoteAddress.equals(r.remoteAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, baseUri, path, rawQuery, headers, Arrays.hashCode(body), remoteAddress);
    }

    @Override
    public String toString() {
        return method + " " + baseUri + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " (" + body.length + " bytes)";
    }
}
