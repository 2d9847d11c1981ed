package dev.laurel.badges.verify.fetch;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Idle connections kept for reuse (HTTP keep-alive), keyed by their {@link Route}: a connection is only
 * handed out again for the same checked address, port, host name, scheme and proxy. Bounded (the least
 * recently used idle connection is closed first) and expiring (an idle connection older than the idle
 * timeout is closed when next seen). No background thread: expiry happens on {@link #take} and
 * {@link #release}. Thread-safe.
 */
final class ConnectionPool {

    private final int maxIdle;
    private final long idleTimeoutNanos;
    private final LongSupplier nanoClock;
    /** Most recently released first. */
    private final ArrayDeque<HttpConnection> idle = new ArrayDeque<>();

    ConnectionPool(int maxIdle, long idleTimeoutNanos, LongSupplier nanoClock) {
        this.maxIdle = maxIdle;
        this.idleTimeoutNanos = idleTimeoutNanos;
        this.nanoClock = nanoClock;
    }

    /** Whether connections are kept at all. */
    boolean enabled() {
        return maxIdle > 0;
    }

    /**
     * Takes the most recently released idle connection for a route, if one has not expired.
     *
     * @param route the route
     * @return the connection, now owned by the caller
     */
    Optional<HttpConnection> take(Route route) {
        List<HttpConnection> expired = new ArrayList<>();
        HttpConnection found = null;
        synchronized (idle) {
            long now = nanoClock.getAsLong();
            for (Iterator<HttpConnection> it = idle.iterator(); it.hasNext(); ) {
                HttpConnection c = it.next();
                if (now - c.idleSinceNanos() >= idleTimeoutNanos) {
                    it.remove();
                    expired.add(c);
                } else if (found == null && c.route().equals(route)) {
                    it.remove();
                    found = c;
                }
            }
        }
        expired.forEach(HttpConnection::close);
        return Optional.ofNullable(found);
    }

    /**
     * Keeps a connection whose last exchange left it reusable, or closes it when reuse is off.
     *
     * @param connection the connection, no longer used by the caller
     */
    void release(HttpConnection connection) {
        if (!enabled()) {
            connection.close();
            return;
        }
        List<HttpConnection> closing = new ArrayList<>();
        synchronized (idle) {
            long now = nanoClock.getAsLong();
            connection.markIdle(now);
            idle.addFirst(connection);
            for (Iterator<HttpConnection> it = idle.iterator(); it.hasNext(); ) {
                HttpConnection c = it.next();
                if (now - c.idleSinceNanos() >= idleTimeoutNanos) {
                    it.remove();
                    closing.add(c);
                }
            }
            while (idle.size() > maxIdle) {
                closing.add(idle.removeLast());
            }
        }
        closing.forEach(HttpConnection::close);
    }

    /** Returns how many idle connections are kept now. */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** Closes every idle connection. */
    void closeAll() {
        List<HttpConnection> closing;
        synchronized (idle) {
            closing = new ArrayList<>(idle);
            idle.clear();
        }
        closing.forEach(HttpConnection::close);
    }
}
