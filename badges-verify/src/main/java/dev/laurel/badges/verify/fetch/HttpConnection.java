package dev.laurel.badges.verify.fetch;

import java.io.IOException;
import java.net.Socket;

/** An open connection along a {@link Route}, used by one exchange at a time. */
final class HttpConnection {

    private final Socket socket;
    private final Route route;
    private boolean reused;
    private long idleSinceNanos;

    HttpConnection(Socket socket, Route route) {
        this.socket = socket;
        this.route = route;
    }

    Socket socket() {
        return socket;
    }

    Route route() {
        return route;
    }

    /** Whether this connection carried an earlier request (the server may have closed it since). */
    boolean reused() {
        return reused;
    }

    void markIdle(long nowNanos) {
        idleSinceNanos = nowNanos;
        reused = true;
    }

    long idleSinceNanos() {
        return idleSinceNanos;
    }

    /** Closes the socket, ignoring failures: nothing more can be done with it. */
    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already unusable.
        }
    }
}
