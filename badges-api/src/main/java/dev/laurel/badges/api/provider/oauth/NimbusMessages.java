package dev.laurel.badges.api.provider.oauth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Carries requests and responses between Laurel's {@link ApiRequest}/{@link ApiResponse} and the Nimbus SDK's. */
final class NimbusMessages {

    private NimbusMessages() {}

    /**
     * The request as the SDK's {@link HTTPRequest}.
     *
     * @param request the request
     * @return the SDK's request
     * @throws ParseException (with an {@code invalid_request} error object) for a method the SDK does not know,
     *     a URI that does not parse, or a malformed {@code Content-Type}
     */
    static HTTPRequest toNimbus(ApiRequest request) throws ParseException {
        HTTPRequest.Method method;
        URI uri;
        try {
            method = HTTPRequest.Method.valueOf(request.method());
            uri = request.uri();
        } catch (IllegalArgumentException e) {
            throw new ParseException("unsupported request: " + e.getMessage(),
                    OAuth2Error.INVALID_REQUEST.setDescription("Unsupported method or malformed URI"));
        }
        HTTPRequest http = new HTTPRequest(method, uri);
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            if (h.getValue().isEmpty()) {
                continue;
            }
            if (h.getKey().equals("content-type")) {
                http.setContentType(h.getValue().get(0));
            } else {
                http.setHeader(h.getKey(), h.getValue().toArray(new String[0]));
            }
        }
        byte[] body = request.body();
        if (body.length > 0) {
            http.setBody(new String(body, StandardCharsets.UTF_8));
        }
        http.setClientIPAddress(request.remoteAddress());
        return http;
    }

    /**
     * The SDK's response as an {@link ApiResponse}.
     *
     * @param http the SDK's response
     * @return the response
     */
    static ApiResponse fromNimbus(HTTPResponse http) {
        Map<String, List<String>> headers = new LinkedHashMap<>(http.getHeaderMap());
        String body = http.getBody();
        return new ApiResponse(http.getStatusCode(), headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An OAuth 2.0 error object as a JSON response (RFC 6749 5.2), with {@code Cache-Control: no-store}.
     *
     * @param error the error (its HTTP status is used)
     * @return the response
     */
    static ApiResponse error(ErrorObject error) {
        return fromNimbus(new TokenErrorResponse(error).toHTTPResponse());
    }

    /**
     * A response with the caching headers every OAuth 2.0 answer carrying secrets needs (RFC 6749 5.1), added
     * unless present.
     *
     * @param response the response
     * @return the response with {@code Cache-Control: no-store} and {@code Pragma: no-cache}
     */
    static ApiResponse noStore(ApiResponse response) {
        ApiResponse r = response;
        if (r.header("Cache-Control").isEmpty()) {
            r = r.withHeader("Cache-Control", "no-store");
        }
        if (r.header("Pragma").isEmpty()) {
            r = r.withHeader("Pragma", "no-cache");
        }
        return r;
    }

    /**
     * The single value of a parameter.
     *
     * @param params the parameters
     * @param name   the name
     * @return the value, or null when absent, empty or repeated (RFC 6749 3.1: parameters must not repeat)
     */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.size() != 1 || values.get(0) == null || values.get(0).isEmpty()) {
            return null;
        }
        return values.get(0);
    }

    /**
     * An error object with a description reduced to the characters RFC 6749 5.2 allows in
     * {@code error_description} (printable ASCII without {@code "} and {@code \}); others become {@code ?}. The
     * SDK refuses the others with an exception, and descriptions may quote the client's input.
     *
     * @param error       the error
     * @param description the description
     * @return the error with the description
     */
    static ErrorObject describe(ErrorObject error, String description) {
        StringBuilder b = new StringBuilder(description.length());
        description.codePoints().forEach(c -> b.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? (char) c : '?'));
        return error.setDescription(b.toString());
    }

    /** Lower-cased, for comparing host names. */
    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
