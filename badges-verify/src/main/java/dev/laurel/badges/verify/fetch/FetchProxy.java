package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The HTTP proxy an {@link HttpDocumentFetcher} sends its requests through, as one immutable value.
 *
 * <p>The proxy never resolves the target's name: the fetcher resolves it, checks every address against
 * the address rules, and asks the proxy for the checked address ({@code CONNECT 93.184.216.34:443}
 * then TLS for the real name; for plain {@code http} an absolute-form request to the address with the
 * real {@code Host} header). The proxy's own address is the operator's configuration and is not
 * checked: it may be private or loopback. See {@code docs/FETCHING.md}.
 *
 * <pre>{@code
 * FetchProxy proxy = FetchProxy.of(URI.create("http://proxy.corp:3128"))
 *         .withNonProxyHosts(List.of("*.corp.example", "intranet"));
 * FetchPolicy policy = FetchPolicy.builder().proxy(proxy).build();
 * }</pre>
 *
 * @param forHttp the proxy for {@code http} URLs, if any
 * @param forHttps the proxy for {@code https} URLs, if any
 * @param nonProxyHosts host patterns reached directly (still under every address rule): a pattern is a
 *     host name or IP literal, compared without regard to case, with an optional {@code *} at its start
 *     (any prefix) or end (any suffix), as in the JDK's {@code http.nonProxyHosts}
 * @param credentials the user and password sent to the proxy ({@code Proxy-Authorization: Basic}),
 *     if any; never shown by {@link #toString()}
 * @param tunnelPlainHttp whether plain {@code http} also goes through a {@code CONNECT} tunnel to the
 *     checked address (so the origin server sees the request exactly as sent) instead of an
 *     absolute-form request; many proxies allow {@code CONNECT} only to port 443
 */
public record FetchProxy(
        Optional<Endpoint> forHttp,
        Optional<Endpoint> forHttps,
        List<String> nonProxyHosts,
        Optional<Credentials> credentials,
        boolean tunnelPlainHttp) {

    /**
     * The non-proxy hosts the JDK assumes when {@code http.nonProxyHosts} is not set; used by
     * {@link #fromSystemProperties()} in that case.
     */
    public static final List<String> JDK_DEFAULT_NON_PROXY_HOSTS =
            List.of("localhost", "127.*", "[::1]", "0.0.0.0", "[::0]");

    private static final FetchProxy NONE =
            new FetchProxy(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), false);

    /**
     * Creates a proxy configuration.
     *
     * @throws NullPointerException if a component or a pattern is null
     * @throws IllegalArgumentException if a non-proxy host pattern is malformed
     */
    public FetchProxy {
        Objects.requireNonNull(forHttp, "forHttp");
        Objects.requireNonNull(forHttps, "forHttps");
        nonProxyHosts = List.copyOf(nonProxyHosts);
        for (String pattern : nonProxyHosts) {
            HostPatterns.require(pattern);
        }
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Returns the configuration without a proxy: every fetch connects directly. The default.
     *
     * @return no proxy
     */
    public static FetchProxy none() {
        return NONE;
    }

    /**
     * Returns one proxy for both {@code http} and {@code https} URLs, with no non-proxy hosts.
     *
     * @param proxy an {@code http://HOST[:PORT]} URL (port 80 when absent, as the JDK assumes); no user
     *     info (use {@link #withCredentials(String, String)}), no path other than {@code /}, no query
     * @return the configuration
     * @throws NullPointerException if proxy is null
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public static FetchProxy of(URI proxy) {
        return NONE.withProxy(proxy);
    }

    /**
     * Reads the JVM's standard networking properties now: {@code http.proxyHost}/{@code http.proxyPort}
     * (default port 80) for {@code http} URLs, {@code https.proxyHost}/{@code https.proxyPort} (default
     * port 443) for {@code https} URLs, and {@code http.nonProxyHosts} ({@code |}-separated, for both;
     * {@link #JDK_DEFAULT_NON_PROXY_HOSTS} when unset). A later change to the properties does not change
     * the returned value. {@code java.net.useSystemProxies} and the SOCKS properties are not read.
     *
     * @return the configuration; {@link #none()} when neither proxy host is set
     * @throws IllegalArgumentException if a port or pattern is malformed (the message names the property)
     */
    public static FetchProxy fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    /**
     * Reads the standard networking properties, as {@link #fromSystemProperties()} does, from a given
     * set of properties.
     *
     * @param properties the properties
     * @return the configuration; {@link #none()} when neither proxy host is set
     * @throws NullPointerException if properties is null
     * @throws IllegalArgumentException if a port or pattern is malformed (the message names the property)
     */
    public static FetchProxy fromProperties(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Optional<Endpoint> http = endpointFromProperties(properties, "http", 80);
        Optional<Endpoint> https = endpointFromProperties(properties, "https", 443);
        if (http.isEmpty() && https.isEmpty()) {
            return NONE;
        }
        String nonProxy = properties.getProperty("http.nonProxyHosts");
        List<String> patterns = nonProxy == null ? JDK_DEFAULT_NON_PROXY_HOSTS : splitPatterns(nonProxy);
        try {
            return new FetchProxy(http, https, patterns, Optional.empty(), false);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("http.nonProxyHosts: " + e.getMessage(), e);
        }
    }

    /**
     * Splits a list of host patterns separated by {@code |} or {@code ,} (blank entries dropped).
     *
     * @param patterns the list, as {@code http.nonProxyHosts} or {@code NO_PROXY} write it
     * @return the patterns, trimmed
     * @throws NullPointerException if patterns is null
     */
    public static List<String> splitPatterns(String patterns) {
        Objects.requireNonNull(patterns, "patterns");
        List<String> out = new ArrayList<>();
        for (String p : patterns.split("[|,]")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns a copy that uses one proxy for both {@code http} and {@code https} URLs.
     *
     * @param proxy an {@code http://HOST[:PORT]} URL, as for {@link #of(URI)}
     * @return the new configuration
     * @throws NullPointerException if proxy is null
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public FetchProxy withProxy(URI proxy) {
        Endpoint endpoint = Endpoint.of(proxy);
        return new FetchProxy(Optional.of(endpoint), Optional.of(endpoint), nonProxyHosts, credentials,
                tunnelPlainHttp);
    }

    /**
     * Returns a copy with other non-proxy hosts.
     *
     * @param patterns the host patterns reached directly (see the record's description)
     * @return the new configuration
     * @throws NullPointerException if patterns or one of them is null
     * @throws IllegalArgumentException if a pattern is malformed
     */
    public FetchProxy withNonProxyHosts(List<String> patterns) {
        return new FetchProxy(forHttp, forHttps, patterns, credentials, tunnelPlainHttp);
    }

    /**
     * Returns a copy that authenticates to the proxy with HTTP Basic ({@code Proxy-Authorization}). The
     * proxy sees the password (Basic is not encrypted on the way to an {@code http://} proxy).
     *
     * @param user the user name, without {@code :}
     * @param password the password
     * @return the new configuration
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the user is empty or holds {@code :}, or either holds a control
     *     character
     */
    public FetchProxy withCredentials(String user, String password) {
        return new FetchProxy(forHttp, forHttps, nonProxyHosts, Optional.of(new Credentials(user, password)),
                tunnelPlainHttp);
    }

    /**
     * Returns a copy that does or does not tunnel plain {@code http} through {@code CONNECT}.
     *
     * @param value {@code true} to tunnel plain {@code http} too
     * @return the new configuration
     */
    public FetchProxy withTunnelPlainHttp(boolean value) {
        return new FetchProxy(forHttp, forHttps, nonProxyHosts, credentials, value);
    }

    /**
     * Says whether any proxy is configured.
     *
     * @return {@code true} if {@code http} or {@code https} URLs go through a proxy
     */
    public boolean isConfigured() {
        return forHttp.isPresent() || forHttps.isPresent();
    }

    /**
     * Returns the proxy a URL's request goes through: by its scheme, unless its host matches a
     * non-proxy pattern.
     *
     * @param target an absolute {@code http} or {@code https} URL with a host
     * @return the proxy, or empty for a direct connection
     * @throws NullPointerException if target is null
     */
    public Optional<Endpoint> endpointFor(URI target) {
        Objects.requireNonNull(target, "target");
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        Optional<Endpoint> endpoint = switch (scheme) {
            case "http" -> forHttp;
            case "https" -> forHttps;
            default -> Optional.empty();
        };
        if (endpoint.isEmpty() || target.getHost() == null || HostPatterns.matchesAny(nonProxyHosts, target.getHost())) {
            return Optional.empty();
        }
        return endpoint;
    }

    private static Optional<Endpoint> endpointFromProperties(Properties properties, String prefix, int defaultPort) {
        String host = properties.getProperty(prefix + ".proxyHost");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String portText = properties.getProperty(prefix + ".proxyPort");
        int port = defaultPort;
        if (portText != null && !portText.isBlank()) {
            try {
                port = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(prefix + ".proxyPort is not a port number: '" + portText + "'", e);
            }
        }
        try {
            return Optional.of(new Endpoint(host.trim(), port));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + ".proxyHost/" + prefix + ".proxyPort: " + e.getMessage(), e);
        }
    }

    /**
     * Where a proxy listens.
     *
     * @param host a host name or IP literal (IPv6 without brackets); resolved by the fetcher each time it
     *     connects, and never checked against the address rules (it is configuration, not input)
     * @param port the port, 1 to 65535
     */
    public record Endpoint(String host, int port) {

        /**
         * Creates an endpoint.
         *
         * @throws NullPointerException if host is null
         * @throws IllegalArgumentException if the host is empty or holds a character no host name or IP
         *     literal has, or the port is out of range
         */
        public Endpoint {
            Objects.requireNonNull(host, "host");
            if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
                host = host.substring(1, host.length() - 1);
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("the proxy host must not be empty");
            }
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '-' || c == ':' || c == '_' || c == '%';
                if (!ok) {
                    throw new IllegalArgumentException("the proxy host holds a character no host name has: '"
                            + host + "'");
                }
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("the proxy port must be in 1..65535: " + port);
            }
        }

        /**
         * Reads an {@code http://HOST[:PORT]} URL.
         *
         * @param proxy the URL
         * @return the endpoint
         * @throws NullPointerException if proxy is null
         * @throws IllegalArgumentException if the URL is not of that form
         */
        public static Endpoint of(URI proxy) {
            Objects.requireNonNull(proxy, "proxy");
            if (proxy.isOpaque() || proxy.getScheme() == null) {
                throw new IllegalArgumentException("a proxy must be an http://HOST:PORT URL, got a relative or "
                        + "opaque URI");
            }
            String scheme = proxy.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http")) {
                throw new IllegalArgumentException("a proxy must be an http://HOST:PORT URL (TLS to the proxy is not "
                        + "supported), got scheme '" + scheme + "'");
            }
            if (proxy.getRawUserInfo() != null) {
                // Refused rather than used: a URL is printed in logs and error messages, a password must not be.
                throw new IllegalArgumentException("a proxy URL must not carry user info; give the credentials "
                        + "separately (FetchProxy.withCredentials)");
            }
            if (proxy.getHost() == null || proxy.getHost().isEmpty()) {
                throw new IllegalArgumentException("a proxy URL needs a host: " + proxy);
            }
            String path = proxy.getRawPath();
            if ((path != null && !path.isEmpty() && !path.equals("/")) || proxy.getRawQuery() != null
                    || proxy.getRawFragment() != null) {
                throw new IllegalArgumentException("a proxy URL has no path, query or fragment: " + proxy);
            }
            return new Endpoint(proxy.getHost(), proxy.getPort() == -1 ? 80 : proxy.getPort());
        }

        /**
         * Returns {@code host:port} (IPv6 in brackets).
         *
         * @return the authority
         */
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * The user and password sent to a proxy with HTTP Basic. {@link #toString()} never shows the password.
     *
     * @param user the user name, not empty, without {@code :}
     * @param password the password
     */
    public record Credentials(String user, String password) {

        /**
         * Creates credentials.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the user is empty or holds {@code :}, or either holds a
         *     control character
         */
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("a proxy user must be non-empty and without ':'");
            }
            if (hasControl(user) || hasControl(password)) {
                // Not echoed: the value may be a secret.
                throw new IllegalArgumentException("a proxy user or password holds a control character");
            }
        }

        /**
         * Returns the {@code Proxy-Authorization} value.
         *
         * @return {@code Basic} and the Base64 of {@code user:password} in UTF-8
         */
        String basicAuthorization() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        private static boolean hasControl(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == 0x7f) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Returns the user name and a mask in place of the password.
         *
         * @return {@code Credentials[user=NAME, password=****]}
         */
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=****]";
        }
    }
}
