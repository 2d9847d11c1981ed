package dev.laurel.badges.verify.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Sends one {@code GET} to one of a URL's checked addresses, directly or through the policy's proxy, on
 * a new or a kept-alive connection.
 *
 * <p>The TCP connection goes to the checked address, or to the proxy, which is then asked for the checked
 * address and never for the name: {@code CONNECT 93.184.216.34:443} and TLS for the real name (SNI and the
 * JDK's RFC 2818 host name check), or, for plain {@code http}, {@code GET http://93.184.216.34:80/doc} with
 * the real {@code Host} header. The proxy's own name is resolved here, unchecked (it is configuration).
 */
final class HttpTransport {

    private final FetchPolicy policy;
    /** Asked on the first {@code https} connection only: building the JVM's default TLS context loads the
     * trust store, which costs a one-file command-line run about 0.15 s when nothing is fetched. */
    private final Supplier<SSLContext> sslContext;
    private final HostResolver resolver;
    private final SocketConnector connector;
    private final ConnectionPool pool;

    HttpTransport(FetchPolicy policy, Supplier<SSLContext> sslContext, HostResolver resolver, SocketConnector connector) {
        this.policy = policy;
        this.sslContext = sslContext;
        this.resolver = resolver;
        this.connector = connector;
        this.pool = new ConnectionPool(policy.maxIdleConnections(), policy.idleConnectionTimeout().toNanos(),
                System::nanoTime);
    }

    ConnectionPool pool() {
        return pool;
    }

    /**
     * Fetches {@code uri} from the first of its checked addresses that can be reached; the next one is
     * tried only when a connection to the target (not to the proxy) is refused or has no route.
     *
     * @param uri the absolute http(s) URL, without fragment or user info
     * @param targets the checked addresses, with the port
     * @param headers Accept and User-Agent, already checked for line breaks
     * @param deadlineNanos the {@link System#nanoTime()} by which the fetch must be done
     * @return the response
     * @throws FetchException with TIMEOUT, TOO_LARGE or FETCH_FAILED
     */
    Http11Exchange.Response get(URI uri, InetSocketAddress[] targets, Map<String, String> headers, long deadlineNanos) {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        Optional<FetchProxy.Endpoint> proxy = policy.proxy().endpointFor(uri);
        boolean tunnel = proxy.isPresent() && (tls || policy.proxy().tunnelPlainHttp());
        String host = Http11Exchange.hostWithoutBrackets(uri).toLowerCase(Locale.ROOT);
        FetchException last = null;
        for (InetSocketAddress target : targets) {
            try {
                return get(uri, new Route(target, host, tls, proxy, tunnel), headers, deadlineNanos);
            } catch (Unreachable e) {
                last = e.failure;
            }
        }
        throw last;
    }

    private Http11Exchange.Response get(URI uri, Route route, Map<String, String> headers, long deadlineNanos)
            throws Unreachable {
        Optional<HttpConnection> kept = pool.take(route);
        if (kept.isPresent()) {
            try {
                return exchange(kept.get(), uri, headers, deadlineNanos);
            } catch (Stale stale) {
                // The server closed the idle connection before it saw the request: a GET is safe to repeat.
            }
        }
        try {
            return exchange(open(route, uri, headers, deadlineNanos), uri, headers, deadlineNanos);
        } catch (Stale impossible) {
            throw new FetchException(FetchCode.FETCH_FAILED, "connection to " + route.targetAuthority()
                    + " closed before any response to " + uri, impossible.getCause());
        }
    }

    /** One request and response on a connection, which goes back to the pool if it stays usable. */
    private Http11Exchange.Response exchange(HttpConnection connection, URI uri, Map<String, String> headers,
            long deadlineNanos) throws Stale {
        Route route = connection.route();
        Http11Exchange exchange = null;
        boolean keep = false;
        try {
            exchange = new Http11Exchange(connection.socket(), uri, deadlineNanos, readTimeoutMillis());
            exchange.writeHead("GET " + requestTarget(route, uri) + " HTTP/1.1", requestHeaders(route, uri, headers));
            Http11Exchange.Response response = exchange.readResponse(policy.maxBodyBytes());
            keep = pool.enabled() && exchange.reusable();
            if (route.forwards() && response.status() == 407) {
                throw proxyAuthentication(route.proxy().orElseThrow(), uri);
            }
            return response;
        } catch (SocketTimeoutException e) {
            throw timeout(uri, deadlineNanos, e);
        } catch (IOException e) {
            if (connection.reused() && (exchange == null || exchange.bytesRead() == 0)) {
                throw new Stale(e);
            }
            throw ioFailure(uri, e);
        } finally {
            if (keep) {
                pool.release(connection);
            } else {
                connection.close();
            }
        }
    }

    private String requestTarget(Route route, URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        if (route.forwards()) {
            // Absolute form naming the checked address, so the proxy has no name to resolve.
            return "http://" + route.targetAuthority() + path + query;
        }
        return path + query;
    }

    private Map<String, String> requestHeaders(Route route, URI uri, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", uri.getHost() + (uri.getPort() != -1 ? ":" + uri.getPort() : ""));
        all.putAll(headers);
        all.put("Accept-Encoding", ContentCoding.ACCEPT_ENCODING);
        if (!pool.enabled()) {
            all.put("Connection", "close");
        }
        if (route.forwards()) {
            policy.proxy().credentials().ifPresent(c -> all.put("Proxy-Authorization", c.basicAuthorization()));
        }
        return all;
    }

    /** Opens a connection along a route: TCP, then the proxy's tunnel, then TLS, as the route needs. */
    private HttpConnection open(Route route, URI uri, Map<String, String> headers, long deadlineNanos)
            throws Unreachable {
        Socket socket = null;
        boolean done = false;
        try {
            if (route.proxy().isPresent()) {
                socket = connectToProxy(route.proxy().get(), uri, deadlineNanos);
                if (route.tunnel()) {
                    tunnel(socket, route, uri, headers, deadlineNanos);
                }
            } else {
                socket = connectDirectly(route, uri, deadlineNanos);
            }
            if (route.tls()) {
                socket = startTls(socket, route, uri, deadlineNanos);
            }
            done = true;
            return new HttpConnection(socket, route);
        } catch (SocketTimeoutException e) {
            throw timeout(uri, deadlineNanos, e);
        } catch (IOException e) {
            throw ioFailure(uri, e);
        } finally {
            if (!done && socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Nothing more to do with a failed connection.
                }
            }
        }
    }

    private Socket connectDirectly(Route route, URI uri, long deadlineNanos) throws IOException, Unreachable {
        try {
            return connector.connect(route.target(), connectMillis(uri, deadlineNanos));
        } catch (ConnectException | NoRouteToHostException e) {
            throw new Unreachable(ioFailure(uri, e));
        }
    }

    private Socket connectToProxy(FetchProxy.Endpoint proxy, URI uri, long deadlineNanos) throws IOException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(proxy.host());
        } catch (UnknownHostException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "cannot resolve the proxy " + proxy + " for " + uri, e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException(FetchCode.FETCH_FAILED, "no address for the proxy " + proxy + " for " + uri);
        }
        IOException last = null;
        for (InetAddress address : addresses) {
            try {
                return connector.connect(new InetSocketAddress(address, proxy.port()), connectMillis(uri, deadlineNanos));
            } catch (SocketTimeoutException e) {
                throw new FetchException(FetchCode.TIMEOUT, "timed out connecting to the proxy " + proxy + " for " + uri, e);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new FetchException(FetchCode.FETCH_FAILED, "cannot connect to the proxy " + proxy + " for " + uri + ": "
                + last.getMessage(), last);
    }

    /** Asks the proxy for a tunnel to the checked address (never to the name). */
    private void tunnel(Socket socket, Route route, URI uri, Map<String, String> headers, long deadlineNanos)
            throws IOException, Unreachable {
        FetchProxy.Endpoint proxy = route.proxy().orElseThrow();
        String authority = route.targetAuthority();
        Map<String, String> connectHeaders = new LinkedHashMap<>();
        connectHeaders.put("Host", authority);
        connectHeaders.put("User-Agent", headers.getOrDefault("User-Agent", policy.userAgent()));
        policy.proxy().credentials().ifPresent(c -> connectHeaders.put("Proxy-Authorization", c.basicAuthorization()));
        Http11Exchange exchange = new Http11Exchange(socket, uri, deadlineNanos, readTimeoutMillis());
        exchange.writeHead("CONNECT " + authority + " HTTP/1.1", connectHeaders);
        int status;
        try {
            status = exchange.readHead().status();
        } catch (EOFException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "the proxy " + proxy + " closed the connection instead of "
                    + "answering CONNECT " + authority + " for " + uri, e);
        }
        if (status >= 200 && status < 300) {
            if (exchange.hasBufferedBytes()) {
                throw new FetchException(FetchCode.FETCH_FAILED, "the proxy " + proxy + " sent data after accepting "
                        + "CONNECT " + authority + " for " + uri);
            }
            return;
        }
        if (status == 407) {
            throw proxyAuthentication(proxy, uri);
        }
        FetchException refused = new FetchException(FetchCode.FETCH_FAILED, "the proxy " + proxy + " answered "
                + status + " to CONNECT " + authority + " for " + uri);
        if (status == 502 || status == 503 || status == 504) {
            // The proxy could not reach this address: like a refused connection, the next checked one is tried.
            throw new Unreachable(refused);
        }
        throw refused;
    }

    private FetchException proxyAuthentication(FetchProxy.Endpoint proxy, URI uri) {
        return new FetchException(FetchCode.FETCH_FAILED, "the proxy " + proxy + (policy.proxy().credentials().isPresent()
                ? " refused the configured credentials (407)" : " requires authentication (407)") + " for " + uri);
    }

    private Socket startTls(Socket plain, Route route, URI uri, long deadlineNanos) throws IOException {
        String host = route.host();
        SSLSocket ssl = (SSLSocket) sslContext.get().getSocketFactory().createSocket(plain, host, route.target().getPort(), true);
        SSLParameters params = ssl.getSSLParameters();
        // The JDK checks the certificate against the name, although the socket went to a pinned address.
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(host)) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(params);
        ssl.setSoTimeout((int) Math.min(readTimeoutMillis(), Http11Exchange.remainingMillis(deadlineNanos, uri)));
        ssl.startHandshake();
        return ssl;
    }

    private int connectMillis(URI uri, long deadlineNanos) {
        return (int) Math.min(millis(policy.connectTimeout().toMillis()), Http11Exchange.remainingMillis(deadlineNanos, uri));
    }

    private int readTimeoutMillis() {
        return millis(policy.readTimeout().toMillis());
    }

    private static int millis(long value) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, value));
    }

    private static boolean isIpLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static FetchException timeout(URI uri, long deadlineNanos, SocketTimeoutException e) {
        String what = System.nanoTime() - deadlineNanos >= 0 ? "deadline passed" : "timed out";
        return new FetchException(FetchCode.TIMEOUT, what + " while fetching " + uri, e);
    }

    private static FetchException ioFailure(URI uri, IOException e) {
        if (e instanceof SSLException) {
            return new FetchException(FetchCode.FETCH_FAILED, "TLS failure for " + uri + ": " + e.getMessage(), e);
        }
        return new FetchException(FetchCode.FETCH_FAILED, "I/O failure for " + uri + ": " + e.getMessage(), e);
    }

    /** A checked address could not be reached: the caller tries the next one. */
    private static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;
        private final FetchException failure;

        Unreachable(FetchException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** A kept-alive connection failed before any byte of response: it is replaced by a new one, once. */
    private static final class Stale extends Exception {
        private static final long serialVersionUID = 1L;

        Stale(IOException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
