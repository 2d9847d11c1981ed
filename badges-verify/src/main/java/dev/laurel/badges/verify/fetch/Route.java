package dev.laurel.badges.verify.fetch;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How one request reaches one checked address; also the key under which its connection is kept for
 * reuse, so that a connection is only ever reused for the same checked address, port, host name, scheme
 * and proxy.
 *
 * @param target the checked address and port (a literal address, never a name)
 * @param host the URL's host in lower case, without IPv6 brackets: the TLS name (SNI and certificate
 *     check) and the {@code Host} header's name
 * @param tls whether the request is {@code https}
 * @param proxy the proxy the connection goes through, if any
 * @param tunnel whether the proxy is asked for a {@code CONNECT} tunnel to the target (always for
 *     {@code https}); otherwise requests are sent to the proxy in absolute form
 */
record Route(InetSocketAddress target, String host, boolean tls, Optional<FetchProxy.Endpoint> proxy, boolean tunnel) {

    Route {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(proxy, "proxy");
        if (target.isUnresolved()) {
            throw new IllegalArgumentException("a route goes to a resolved, checked address");
        }
        if (tunnel && proxy.isEmpty()) {
            throw new IllegalArgumentException("a tunnel needs a proxy");
        }
    }

    /**
     * Says whether requests go to the proxy in absolute form ({@code GET http://93.184.216.34:80/doc}).
     *
     * @return whether this route forwards through a proxy without a tunnel
     */
    boolean forwards() {
        return proxy.isPresent() && !tunnel;
    }

    /**
     * Returns the target as a URL authority: the literal address (IPv6 in brackets) and the port.
     *
     * @return e.g. {@code 93.184.216.34:443} or {@code [2606:2800:220:1::1]:443}
     */
    String targetAuthority() {
        String literal = target.getAddress().getHostAddress();
        if (target.getAddress() instanceof Inet6Address) {
            int scope = literal.indexOf('%');
            literal = "[" + (scope < 0 ? literal : literal.substring(0, scope)) + "]";
        }
        return literal + ":" + target.getPort();
    }
}
