package dev.laurel.badges.api.client;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.api.wire.WireException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client's one way to the network: sends a request on {@code java.net.http} with a whole-exchange
 * deadline and a body bound, converts Nimbus requests and responses, and maps answers to typed errors.
 */
final class Transport {

    private final HttpClient http;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final WireCodec codec = WireCodec.standard();

    Transport(HttpClient http, Duration timeout, int maxResponseBytes) {
        this.http = http;
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** An answer, read whole (within the bound). */
    record Answer(int status, HttpHeaders headers, byte[] body, URI uri) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    /**
     * Sends and reads the whole answer. The HttpRequest timeout covers only the wait for the headers, so the
     * body is bounded in time by the future's deadline as well: a provider trickling bytes cannot hold a thread.
     */
    Answer send(HttpRequest request, String operation) {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request,
                info -> new BoundedSubscriber(maxResponseBytes,
                        info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            HttpResponse<byte[]> r = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(r.statusCode(), r.headers(), r.body(), request.uri());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiClientException(ApiClientCode.TIMEOUT,
                    operation + ": no complete answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiClientException(ApiClientCode.INTERRUPTED, operation + ": interrupted", e);
        } catch (ExecutionException e) {
            throw transportFailure(operation, e.getCause());
        }
    }

    private ApiClientException transportFailure(String operation, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return new ApiClientException(ApiClientCode.RESPONSE_TOO_LARGE,
                        operation + ": the answer is larger than " + maxResponseBytes + " bytes", cause);
            }
            if (t instanceof HttpTimeoutException) {
                return new ApiClientException(ApiClientCode.TIMEOUT, operation + ": " + t.getMessage(), cause);
            }
        }
        return new ApiClientException(ApiClientCode.NETWORK,
                operation + ": " + (cause == null ? "failed" : cause.getClass().getSimpleName() + ": " + cause.getMessage()),
                cause);
    }

    // ---- Nimbus ----------------------------------------------------------------------------------------

    /** Sends a request the Nimbus SDK built, and gives its answer back to the SDK to parse. */
    HTTPResponse send(HTTPRequest nimbus, String operation) {
        HttpRequest.Builder b = request(nimbus.getURI());
        for (Map.Entry<String, List<String>> h : nimbus.getHeaderMap().entrySet()) {
            for (String value : h.getValue()) {
                b.header(h.getKey(), value);
            }
        }
        String body = nimbus.getBody();
        b.method(nimbus.getMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Answer a = send(b.build(), operation);
        if (a.status() >= 300 && a.status() < 400) {
            throw redirect(a, operation);
        }
        HTTPResponse r = new HTTPResponse(a.status());
        try {
            for (Map.Entry<String, List<String>> h : a.headers().map().entrySet()) {
                if (h.getKey().equalsIgnoreCase("Content-Type")) {
                    r.setContentType(h.getValue().get(0));
                } else {
                    r.setHeader(h.getKey(), h.getValue().toArray(new String[0]));
                }
            }
        } catch (ParseException e) {
            throw new ApiClientException(ApiClientCode.MALFORMED_RESPONSE, operation + ": bad Content-Type",
                    a.status(), null, null, "", e);
        }
        r.setBody(a.text());
        return r;
    }

    // ---- error mapping ---------------------------------------------------------------------------------

    ApiClientException redirect(Answer a, String operation) {
        return new ApiClientException(ApiClientCode.REDIRECT_REFUSED,
                operation + ": the provider answered " + a.status() + " (a redirect); API calls never follow one",
                a.status(), null, null, "", null);
    }

    /** The error for an answer of the resource server (or discovery) with a status the operation does not accept. */
    ApiClientException apiError(Answer a, String operation) {
        if (a.status() >= 300 && a.status() < 400) {
            return redirect(a, operation);
        }
        StatusInfo info = null;
        try {
            info = a.body().length == 0 ? null : codec.readStatusInfo(a.body());
        } catch (WireException e) {
            // Not an Imsx_StatusInfo (an HTML error page, a proxy's text): the status code still says enough.
        }
        OAuthError oauth = null;
        Optional<String> challenge = a.header("WWW-Authenticate");
        if (a.status() == 401 && challenge.isPresent()) {
            try {
                oauth = oauthError(BearerTokenError.parse(challenge.get()));
            } catch (ParseException | RuntimeException e) {
                // A challenge that is not RFC 6750 Bearer syntax: keep the 401 without it.
            }
        }
        String what = info == null ? "" : info.optionalDescription().map(d -> ": " + clip(d)).orElse("")
                + info.firstCodeMinor().map(v -> " (" + v.json() + ")").orElse("");
        return new ApiClientException(codeFor(a.status()), operation + ": the provider answered " + a.status() + what,
                a.status(), info, oauth, "", null);
    }

    static ApiClientCode codeFor(int status) {
        switch (status) {
            case 400:
                return ApiClientCode.BAD_REQUEST;
            case 401:
                return ApiClientCode.UNAUTHORIZED;
            case 403:
                return ApiClientCode.FORBIDDEN;
            case 404:
                return ApiClientCode.NOT_FOUND;
            case 405:
                return ApiClientCode.METHOD_NOT_ALLOWED;
            case 413:
                return ApiClientCode.PAYLOAD_TOO_LARGE;
            case 429:
                return ApiClientCode.TOO_MANY_REQUESTS;
            default:
                if (status >= 300 && status < 400) {
                    return ApiClientCode.REDIRECT_REFUSED;
                }
                return status >= 500 && status < 600 ? ApiClientCode.SERVER_ERROR : ApiClientCode.UNEXPECTED_STATUS;
        }
    }

    /** The OAuth error of an SDK error object, or null when it has no code (a body that was not an error). */
    static OAuthError oauthError(ErrorObject e) {
        if (e == null || e.getCode() == null || e.getCode().isEmpty()) {
            return null;
        }
        return new OAuthError(e.getCode(), e.getDescription(), e.getURI());
    }

    static ApiClientException malformed(String operation, int status, String what, String pointer, Throwable cause) {
        return new ApiClientException(ApiClientCode.MALFORMED_RESPONSE, operation + ": " + what, status, null, null,
                pointer, cause);
    }

    /** A provider's text in a message: one line, bounded. */
    static String clip(String s) {
        String line = s.replaceAll("[\\p{Cntrl}]", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    // ---- the body bound --------------------------------------------------------------------------------

    /** Marks a body over the bound; never leaves this class. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("response body over the limit");
        }
    }

    /** Collects a body up to a bound and cancels the stream past it, so that nothing more is read. */
    private static final class BoundedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final int max;
        private final long declared;
        private Flow.Subscription subscription;

        BoundedSubscriber(int max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                // The provider said in advance: read nothing.
                s.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if ((long) buffer.size() + b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
