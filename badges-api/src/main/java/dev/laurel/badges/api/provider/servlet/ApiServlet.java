package dev.laurel.badges.api.provider.servlet;

import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A servlet that answers every request it is mapped to with an {@link ApiHandler}: it turns the servlet request
 * into an {@link ApiRequest} (the body read up to a limit), calls the handler and writes its {@link ApiResponse}.
 * It works in any Servlet 6 container. Register it on a path prefix, most simply {@code /*}:
 *
 * <pre>
 * // plain Servlet API (a ServletContainerInitializer or ServletContextListener):
 * ServletRegistration.Dynamic laurel = servletContext.addServlet("laurel", new ApiServlet(handler));
 * laurel.addMapping("/*");
 *
 * // Spring Boot:
 * &#64;Bean
 * ServletRegistrationBean&lt;ApiServlet&gt; laurel(ApiHandler handler) {
 *     return new ServletRegistrationBean&lt;&gt;(new ApiServlet(handler), "/*");
 * }
 * </pre>
 *
 * <p>With a prefix mapping such as {@code /badges/*}, the prefix becomes part of the request's
 * {@link ApiRequest#baseUri() base URI} (with the context path), and the handler sees the path below it.
 *
 * <p><b>Base URI.</b> Scheme, {@code Host} header and context path, as the client addressed the server: the
 * discovery document's URLs are built from it, so they work on {@code 127.0.0.1} as on a public name. A
 * {@code Host} that is not a host name, an IPv4 address or a bracketed IPv6 address (with an optional port)
 * gets 400 and never reaches the handler. Behind a TLS-terminating proxy, configure the container to honour
 * {@code Forwarded}/{@code X-Forwarded-Proto} so that the scheme is the client's.
 *
 * <p><b>Body limit.</b> At most {@code maxBodyBytes} are kept: a larger {@code Content-Length} gets 413 without
 * the body being kept (a client that sent {@code Expect: 100-continue} is answered before it sends it), a body that
 * turns out larger while it is read gets 413 too, with {@code Connection: close}; the servlet never holds more than
 * the limit plus one byte. Up to 1 MiB past the limit is read and dropped so that the 413 reaches the client.
 *
 * <p><b>Failures.</b> A handler that throws (it should not: see {@link ApiHandler}) gives 500 with an
 * {@code Imsx_StatusInfo} body and no detail; the exception goes to this class's {@link System.Logger}, never
 * to the client. Thread-safe: the container calls it from many threads.
 */
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The body limit when none is given: 4 MiB, room for a baked PNG badge. */
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

    /** The largest limit accepted: the body is held in one array. */
    public static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 16L;

    /** How much of a refused body is read and dropped so that the 413 arrives (see {@link #drain}). */
    private static final long DRAIN_BYTES = 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(ApiServlet.class.getName());

    /**
     * A {@code Host} header (RFC 9110 7.2, RFC 3986 3.2.2): a registered name of letters, digits, dots,
     * hyphens and underscores, or an IPv4 address, or a bracketed IPv6 literal, then an optional port.
     */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,252}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}(?:%25[A-Za-z0-9._~-]+)?])"
                    + "(?::[0-9]{1,5})?");

    /** The handler; not serialised (servlets are never moved between JVMs here). */
    private final transient ApiHandler handler;
    private final long maxBodyBytes;

    /**
     * A servlet with the {@linkplain #DEFAULT_MAX_BODY_BYTES default body limit}.
     *
     * @param handler answers the requests
     * @throws NullPointerException if {@code handler} is null
     */
    public ApiServlet(ApiHandler handler) {
        this(handler, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A servlet with its own body limit.
     *
     * @param handler      answers the requests
     * @param maxBodyBytes the largest body read, in bytes (0 refuses every body)
     * @throws NullPointerException     if {@code handler} is null
     * @throws IllegalArgumentException if {@code maxBodyBytes} is negative or above {@link #MAX_BODY_LIMIT}
     */
    public ApiServlet(ApiHandler handler, long maxBodyBytes) {
        this.handler = Objects.requireNonNull(handler, "handler");
        if (maxBodyBytes < 0 || maxBodyBytes > MAX_BODY_LIMIT) {
            throw new IllegalArgumentException("maxBodyBytes must be between 0 and " + MAX_BODY_LIMIT + ", got "
                    + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The body limit.
     *
     * @return the largest body read, in bytes
     */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Answers one request with the handler.
     *
     * @param req  the request
     * @param resp the response
     * @throws IOException if the client connection fails while the body is read or the answer written
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getHeader("Host");
        if (host == null || host.isEmpty()) {
            // HTTP/1.0 may omit Host (HTTP/1.1 requires it and the container refuses its absence).
            host = hostOf(req.getServerName(), req.getServerPort(), req.getScheme());
        }
        if (!HOST.matcher(host).matches()) {
            write(resp, error(400, StatusInfo.invalidData("the Host header is not a host name or address")));
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > maxBodyBytes) {
            // A client waiting for 100 Continue has sent nothing yet: it is answered at once.
            if (declared - maxBodyBytes <= DRAIN_BYTES && !"100-continue".equalsIgnoreCase(req.getHeader("Expect"))) {
                drain(req.getInputStream());
            }
            write(resp, tooLarge());
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                drain(in);
                write(resp, tooLarge());
                return;
            }
        }
        String[] split = split(req);
        URI base;
        try {
            base = URI.create(req.getScheme().toLowerCase(Locale.ROOT) + "://" + host + split[0]);
        } catch (IllegalArgumentException e) {
            write(resp, error(400, StatusInfo.invalidData("the request's address is not a valid URI")));
            return;
        }
        ApiRequest request = new ApiRequest(req.getMethod(), base, split[1], req.getQueryString(), headers(req), body,
                req.getRemoteAddr());
        ApiResponse response;
        try {
            response = handler.handle(request);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // The handler broke its contract: the client learns only that the server failed.
            LOG.log(System.Logger.Level.ERROR, "handler failed on " + req.getMethod() + " " + split[1], e);
            response = error(500, StatusInfo.internalServerError("the server failed to answer the request"));
        }
        write(resp, response);
    }

    /** Base path (context path and a prefix mapping's servlet path, not decoded) and the path below it. */
    private static String[] split(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        String rest = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        String base = context;
        String servletPath = req.getServletPath();
        if (req.getHttpServletMapping() != null && req.getHttpServletMapping().getMappingMatch() == MappingMatch.PATH
                && !servletPath.isEmpty() && rest.startsWith(servletPath)) {
            base += servletPath;
            rest = rest.substring(servletPath.length());
        }
        if (!rest.startsWith("/")) {
            rest = "/" + rest;
        }
        return new String[] {base, rest};
    }

    private static String hostOf(String name, int port, String scheme) {
        String h = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
        boolean standard = port <= 0 || ("http".equalsIgnoreCase(scheme) && port == 80)
                || ("https".equalsIgnoreCase(scheme) && port == 443);
        return standard ? h : h + ":" + port;
    }

    private static Map<String, List<String>> headers(HttpServletRequest req) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            List<String> values = new ArrayList<>(Collections.list(req.getHeaders(name)));
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values);
        }
        return headers;
    }

    private ApiResponse tooLarge() {
        // The connection is not reused: what is left of the body (past what was drained) is never read.
        return error(413, StatusInfo.invalidData("the request body is larger than " + maxBodyBytes + " bytes"))
                .withHeader("Connection", "close");
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #DRAIN_BYTES}. A connection closed with unread
     * bytes is reset, and the reset can destroy the 413 on its way to the client; a body only somewhat over the
     * limit is therefore consumed (never kept), a larger one is not and the client may see the reset.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[8192];
        long left = DRAIN_BYTES;
        while (left > 0) {
            int n = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    /**
     * A JSON {@code Imsx_StatusInfo} answer.
     *
     * @param status the HTTP status (not always the code minor's own: 413 has none in the API's list)
     * @param info   the status info
     */
    static ApiResponse error(int status, StatusInfo info) {
        return ApiResponse.json(status, WireCodec.standard().write(info));
    }

    private static void write(HttpServletResponse resp, ApiResponse response) throws IOException {
        resp.setStatus(response.status());
        for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
            boolean first = true;
            for (String value : header.getValue()) {
                if (first) {
                    resp.setHeader(header.getKey(), value);
                    first = false;
                } else {
                    resp.addHeader(header.getKey(), value);
                }
            }
        }
        byte[] body = response.body();
        resp.setContentLength(body.length);
        if (body.length > 0) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
