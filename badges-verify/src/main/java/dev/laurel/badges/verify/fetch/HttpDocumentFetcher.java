package dev.laurel.badges.verify.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Fetches documents over HTTP(S) under a {@link FetchPolicy}, defending the verifier's own network.
 *
 * <p>For every hop (the first request and each redirect, followed here and never by a library):
 * the scheme must be {@code http} or {@code https} ({@code https} only if the policy says so, and never
 * a downgrade from {@code https}); the URI must have a host and no user info; the host is resolved
 * and <em>every</em> address it resolves to must pass the address rules (no loopback, private,
 * link-local, unique-local, multicast, CGNAT, reserved or metadata ranges). The TCP connection then goes
 * to one of those checked addresses, so a DNS answer that changes between check and connect (DNS
 * rebinding) is never used. TLS still verifies the certificate against the host name, and the
 * {@code Host} header carries the name. Bodies are capped while streaming (and after decompression for
 * {@code gzip}), each read has a timeout and the whole fetch a deadline. 404 is {@link FetchCode#NOT_FOUND},
 * 410 {@link FetchCode#GONE}.
 *
 * <p>With a proxy in the policy ({@link FetchPolicy#proxy()}), the name is still resolved and checked
 * here and the proxy is asked for the checked address: {@code CONNECT 93.184.216.34:443} then TLS for the
 * name, or for plain {@code http} {@code GET http://93.184.216.34:80/path} with the name in {@code Host}.
 *
 * <p>Thread-safe. Connections are kept alive and reused for the same checked address, port, host name and
 * proxy (at most {@link FetchPolicy#maxIdleConnections()} idle ones, each for at most
 * {@link FetchPolicy#idleConnectionTimeout()}). Put a {@link CachingDocumentFetcher} in front when the same
 * documents are needed often.
 *
 * <pre>{@code
 * DocumentFetcher fetcher = CachingDocumentFetcher.of(new HttpDocumentFetcher(FetchPolicy.defaults()));
 * FetchedDocument doc = fetcher.fetch(URI.create("https://example.org/issuer.json"), FetchPolicy.DEFAULT_ACCEPT);
 * }</pre>
 */
public final class HttpDocumentFetcher implements DocumentFetcher {

    private final FetchPolicy policy;
    private final HostResolver resolver;
    private final HttpTransport transport;

    /** Creates a fetcher with {@link FetchPolicy#defaults()} and the JVM's default TLS context. */
    public HttpDocumentFetcher() {
        this(FetchPolicy.defaults());
    }

    /**
     * Creates a fetcher with the JVM's default TLS context.
     *
     * @param policy the limits
     * @throws NullPointerException if policy is null
     */
    public HttpDocumentFetcher(FetchPolicy policy) {
        this(policy, () -> DefaultTls.CONTEXT, HostResolver.SYSTEM, SocketConnector.DIRECT);
    }

    /**
     * Creates a fetcher with a TLS context of the caller's (for a private trust store).
     *
     * @param policy the limits
     * @param sslContext the TLS context used for {@code https}
     * @throws NullPointerException if an argument is null
     */
    public HttpDocumentFetcher(FetchPolicy policy, SSLContext sslContext) {
        this(policy, sslContext, HostResolver.SYSTEM, SocketConnector.DIRECT);
    }

    // For tests: staged DNS answers and observable connections.
    HttpDocumentFetcher(FetchPolicy policy, SSLContext sslContext, HostResolver resolver, SocketConnector connector) {
        this(policy, constant(Objects.requireNonNull(sslContext, "sslContext")), resolver, connector);
    }

    private HttpDocumentFetcher(FetchPolicy policy, Supplier<SSLContext> sslContext, HostResolver resolver,
            SocketConnector connector) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.transport = new HttpTransport(policy, sslContext, resolver, Objects.requireNonNull(connector, "connector"));
    }

    private static Supplier<SSLContext> constant(SSLContext context) {
        return () -> context;
    }

    /** The JVM's default TLS context, made on the first {@code https} fetch (it loads the trust store). */
    private static final class DefaultTls {
        static final SSLContext CONTEXT = defaultSslContext();
    }

    /**
     * Returns the policy.
     *
     * @return the policy this fetcher enforces
     */
    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches a document, following at most {@link FetchPolicy#maxRedirects()} redirects, each checked
     * like the first request.
     *
     * @param uri the absolute address; a fragment is ignored
     * @param accept the {@code Accept} value; blank means {@link FetchPolicy#defaultAccept()}
     * @return the document and the address it finally came from
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if accept holds a line break or control character
     * @throws FetchException if the policy refuses an address, or the fetch fails; see {@link FetchCode}
     */
    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        String acceptValue = accept.isBlank() ? policy.defaultAccept() : accept;
        FetchPolicy.requireHeaderValue(acceptValue, "accept");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", acceptValue);
        headers.put("User-Agent", policy.userAgent());
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        try {
            return fetchFollowingRedirects(withoutFragment(uri), headers, deadline);
        } catch (FetchException e) {
            throw e;
        } catch (RuntimeException e) {
            // Nothing a hostile server sends may escape as anything but a typed failure.
            throw new FetchException(FetchCode.FETCH_FAILED, "fetch of " + uri + " failed: " + e, e);
        }
    }

    private FetchedDocument fetchFollowingRedirects(URI first, Map<String, String> headers, long deadline) {
        URI current = first;
        URI previous = null;
        for (int hop = 0; ; hop++) {
            InetSocketAddress[] targets = check(current, previous);
            Http11Exchange.Response response = transport.get(current, targets, headers, deadline);
            int status = response.status();
            if (isRedirect(status)) {
                if (hop >= policy.maxRedirects()) {
                    throw new FetchException(FetchCode.TOO_MANY_REDIRECTS,
                            "more than " + policy.maxRedirects() + " redirects, starting at " + first);
                }
                Optional<String> location = response.header("location");
                if (location.isEmpty()) {
                    throw new FetchException(FetchCode.FETCH_FAILED, "redirect without Location from " + current);
                }
                previous = current;
                current = resolveLocation(current, location.get());
                continue;
            }
            if (status >= 200 && status < 300) {
                Optional<String> type = response.header("content-type");
                return new FetchedDocument(current, type, response.body());
            }
            if (status == 404) {
                throw new FetchException(FetchCode.NOT_FOUND, "404 Not Found: " + current);
            }
            if (status == 410) {
                throw new FetchException(FetchCode.GONE, "410 Gone: " + current);
            }
            throw new FetchException(FetchCode.FETCH_FAILED, "HTTP status " + status + " from " + current);
        }
    }

    /** Applies the scheme, host and address rules; returns the checked addresses to connect to. */
    private InetSocketAddress[] check(URI uri, URI previous) {
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw refused(uri, "not an absolute hierarchical URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(uri, "scheme '" + scheme + "' is not allowed");
        }
        if (scheme.equals("http") && policy.httpsOnly()) {
            throw refused(uri, "plain http is not allowed by the policy");
        }
        if (previous != null && scheme.equals("http") && "https".equalsIgnoreCase(previous.getScheme())) {
            throw refused(uri, "redirect from https down to http");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(uri, "user info in the URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused(uri, "no host");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = Http11Exchange.hostWithoutBrackets(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "cannot resolve " + host + " for " + uri, e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException(FetchCode.FETCH_FAILED, "no address for " + host + " for " + uri);
        }
        InetSocketAddress[] targets = new InetSocketAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            InetAddress a = addresses[i];
            Optional<String> why = AddressRules.refusal(a, policy.allowLoopback());
            if (why.isPresent()) {
                throw refused(uri, host + " resolves to " + a.getHostAddress() + ", a " + why.get());
            }
            // The literal address, so that the socket does not resolve the name again.
            targets[i] = new InetSocketAddress(literal(a), port);
        }
        return targets;
    }

    private static InetAddress literal(InetAddress a) {
        try {
            return InetAddress.getByAddress(a.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of valid length was refused", e);
        }
    }

    private URI resolveLocation(URI current, String location) {
        try {
            URI next = current.resolve(new URI(location.trim()));
            return withoutFragment(next);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchCode.FETCH_FAILED, "malformed redirect Location from " + current, e);
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static FetchException refused(URI uri, String why) {
        return new FetchException(FetchCode.FETCH_REFUSED, "refused to fetch " + uri + ": " + why);
    }

    private static SSLContext defaultSslContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    /**
     * Closes the connections kept for reuse. The fetcher stays usable: later fetches open new ones. Idle
     * connections are otherwise closed when they time out ({@link FetchPolicy#idleConnectionTimeout()}),
     * which is noticed on the next fetch.
     */
    public void closeIdleConnections() {
        transport.pool().closeAll();
    }

    /** Returns the number of idle connections kept now, for tests. */
    int idleConnections() {
        return transport.pool().idleCount();
    }

    /** Returns the policy, for logs (proxy credentials are masked). */
    @Override
    public String toString() {
        return "HttpDocumentFetcher[" + policy + "]";
    }
}
