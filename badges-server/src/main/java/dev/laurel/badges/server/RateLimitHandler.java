package dev.laurel.badges.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 429 with {@code Retry-After} when the client's address has no token left; otherwise passes the request
 * on. Runs before the servlet, so a refused request's body is never read into memory.
 */
final class RateLimitHandler extends Handler.Wrapper {

    private final TokenBuckets buckets;

    RateLimitHandler(TokenBuckets buckets, Handler next) {
        super(next);
        this.buckets = buckets;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long wait = buckets.acquire(String.valueOf(Request.getRemoteAddr(request)));
        if (wait == 0) {
            return super.handle(request, response, callback);
        }
        response.setStatus(429);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(StatusBodies.forStatus(429,
                "too many requests from this address: retry after " + wait + " s")), callback);
        return true;
    }
}
