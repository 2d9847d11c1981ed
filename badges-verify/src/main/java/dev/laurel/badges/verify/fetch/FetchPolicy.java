package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The security limits of an {@link HttpDocumentFetcher}, as one immutable value.
 *
 * <p>The defaults refuse: only {@code http} and {@code https}, never loopback, private, link-local,
 * unique-local, multicast, carrier-grade NAT, reserved or cloud-metadata addresses (checked after the
 * name is resolved, on every redirect hop), bounded time and bounded size. A caller widens a limit on
 * purpose through {@link #builder()}. See {@code docs/FETCHING.md}.
 *
 * <p>No proxy is used unless one is configured here ({@link Builder#proxy(URI)},
 * {@link Builder#proxyFromSystemProperties()}): where a fetch goes is part of the policy, not of ambient
 * JVM settings. Through a proxy the target is still resolved and checked here, and the proxy is asked for
 * the checked address.
 *
 * <pre>{@code
 * FetchPolicy strict = FetchPolicy.builder().httpsOnly(true).maxBodyBytes(512 * 1024).build();
 * FetchPolicy corporate = FetchPolicy.builder().proxy(URI.create("http://proxy.corp:3128"))
 *         .nonProxyHosts("*.corp.example").build();
 * }</pre>
 *
 * @param httpsOnly whether plain {@code http} is refused
 * @param allowLoopback whether loopback addresses (127.0.0.0/8, ::1) may be reached; for tests with a
 *     local server only, never in production
 * @param connectTimeout the longest wait for a TCP connection to one address
 * @param readTimeout the longest wait for any single read while nothing arrives
 * @param totalTimeout the deadline for a whole fetch, redirects included; it stops slow-drip responses
 * @param maxBodyBytes the largest body accepted, enforced while reading, and after decompression for a
 *     {@code gzip} response
 * @param maxRedirects how many redirects are followed at most
 * @param defaultAccept the {@code Accept} value used when the caller passes a blank one
 * @param userAgent the {@code User-Agent} value sent
 * @param proxy the HTTP proxy, {@link FetchProxy#none()} for direct connections
 * @param maxIdleConnections how many idle connections a fetcher keeps for reuse (keep-alive); 0 turns
 *     reuse off ({@code Connection: close})
 * @param idleConnectionTimeout how long an idle connection is kept before it is closed
 */
public record FetchPolicy(
        boolean httpsOnly,
        boolean allowLoopback,
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        String defaultAccept,
        String userAgent,
        FetchProxy proxy,
        int maxIdleConnections,
        Duration idleConnectionTimeout) {

    /** Plain {@code http} is allowed by default: many OB 2.0 hosted badges still use it. */
    public static final boolean DEFAULT_HTTPS_ONLY = false;
    /** Loopback is refused by default. */
    public static final boolean DEFAULT_ALLOW_LOOPBACK = false;
    /** Five seconds to connect to one address. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Ten seconds of silence while reading. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Twenty seconds for the whole fetch, redirects included. */
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(20);
    /** Two MiB of body. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** Five redirects. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** The media types of badge documents: JSON-LD first, then JSON. */
    public static final String DEFAULT_ACCEPT = "application/ld+json, application/json";
    /** The {@code User-Agent} sent by default. */
    public static final String DEFAULT_USER_AGENT = "Laurel-badges-verify/0.1";

    /** Eight idle connections kept for reuse per fetcher. */
    public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 8;
    /** Fifteen seconds before an idle connection is closed. */
    public static final Duration DEFAULT_IDLE_CONNECTION_TIMEOUT = Duration.ofSeconds(15);

    /** The largest body limit a policy accepts: a body is held in one array. */
    public static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 8L;
    /** The largest redirect limit a policy accepts. */
    public static final int MAX_REDIRECT_LIMIT = 20;
    /** The largest number of idle connections a policy accepts. */
    public static final int MAX_IDLE_CONNECTIONS_LIMIT = 256;

    private static final FetchPolicy DEFAULTS = builder().build();

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a duration is not positive, a limit is out of range, or a
     *     header value is blank or holds a line break
     */
    public FetchPolicy {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
            throw new IllegalArgumentException("maxBodyBytes must be in 1.." + MAX_BODY_LIMIT + ": " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECT_LIMIT) {
            throw new IllegalArgumentException("maxRedirects must be in 0.." + MAX_REDIRECT_LIMIT + ": " + maxRedirects);
        }
        requireHeaderValue(defaultAccept, "defaultAccept");
        requireHeaderValue(userAgent, "userAgent");
        Objects.requireNonNull(proxy, "proxy");
        requireIdleConnections(maxIdleConnections);
        requirePositive(idleConnectionTimeout, "idleConnectionTimeout");
    }

    /**
     * Creates a policy without a proxy and with the default connection reuse: the components a policy
     * had before proxies, keep-alive and compression (kept for source and binary compatibility).
     *
     * @param httpsOnly whether plain {@code http} is refused
     * @param allowLoopback whether loopback addresses may be reached (tests only)
     * @param connectTimeout the longest wait for a TCP connection to one address
     * @param readTimeout the longest wait for any single read
     * @param totalTimeout the deadline for a whole fetch
     * @param maxBodyBytes the largest body accepted
     * @param maxRedirects how many redirects are followed at most
     * @param defaultAccept the {@code Accept} value used when the caller passes a blank one
     * @param userAgent the {@code User-Agent} value sent
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public FetchPolicy(boolean httpsOnly, boolean allowLoopback, Duration connectTimeout, Duration readTimeout,
            Duration totalTimeout, long maxBodyBytes, int maxRedirects, String defaultAccept, String userAgent) {
        this(httpsOnly, allowLoopback, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxRedirects,
                defaultAccept, userAgent, FetchProxy.none(), DEFAULT_MAX_IDLE_CONNECTIONS,
                DEFAULT_IDLE_CONNECTION_TIMEOUT);
    }

    /**
     * Returns the default policy.
     *
     * @return the policy with every {@code DEFAULT_*} value
     */
    public static FetchPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this policy's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .httpsOnly(httpsOnly)
                .allowLoopback(allowLoopback)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .totalTimeout(totalTimeout)
                .maxBodyBytes(maxBodyBytes)
                .maxRedirects(maxRedirects)
                .defaultAccept(defaultAccept)
                .userAgent(userAgent)
                .proxy(proxy)
                .maxIdleConnections(maxIdleConnections)
                .idleConnectionTimeout(idleConnectionTimeout);
    }

    static void requireHeaderValue(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException(name + " holds a control or non-Latin-1 character: " + value);
            }
        }
    }

    private static void requireIdleConnections(int value) {
        if (value < 0 || value > MAX_IDLE_CONNECTIONS_LIMIT) {
            throw new IllegalArgumentException("maxIdleConnections must be in 0.." + MAX_IDLE_CONNECTIONS_LIMIT + ": "
                    + value);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** Builds a {@link FetchPolicy}; each setter checks its argument at once. */
    public static final class Builder {
        private boolean httpsOnly = DEFAULT_HTTPS_ONLY;
        private boolean allowLoopback = DEFAULT_ALLOW_LOOPBACK;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private String defaultAccept = DEFAULT_ACCEPT;
        private String userAgent = DEFAULT_USER_AGENT;
        private FetchProxy proxy = FetchProxy.none();
        private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
        private Duration idleConnectionTimeout = DEFAULT_IDLE_CONNECTION_TIMEOUT;

        private Builder() {
        }

        /**
         * Sets whether plain {@code http} is refused.
         *
         * @param value {@code true} to allow only {@code https}
         * @return this builder
         */
        public Builder httpsOnly(boolean value) {
            this.httpsOnly = value;
            return this;
        }

        /**
         * Sets whether loopback addresses may be reached. Only for tests against a local server.
         *
         * @param value {@code true} to allow 127.0.0.0/8 and ::1
         * @return this builder
         */
        public Builder allowLoopback(boolean value) {
            this.allowLoopback = value;
            return this;
        }

        /**
         * Sets the connect timeout.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration value) {
            requirePositive(value, "connectTimeout");
            this.connectTimeout = value;
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder readTimeout(Duration value) {
            requirePositive(value, "readTimeout");
            this.readTimeout = value;
            return this;
        }

        /**
         * Sets the deadline of a whole fetch.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder totalTimeout(Duration value) {
            requirePositive(value, "totalTimeout");
            this.totalTimeout = value;
            return this;
        }

        /**
         * Sets the body size limit.
         *
         * @param value bytes, 1 to {@link #MAX_BODY_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxBodyBytes(long value) {
            if (value < 1 || value > MAX_BODY_LIMIT) {
                throw new IllegalArgumentException("maxBodyBytes must be in 1.." + MAX_BODY_LIMIT + ": " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /**
         * Sets the redirect limit.
         *
         * @param value 0 to {@link #MAX_REDIRECT_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxRedirects(int value) {
            if (value < 0 || value > MAX_REDIRECT_LIMIT) {
                throw new IllegalArgumentException("maxRedirects must be in 0.." + MAX_REDIRECT_LIMIT + ": " + value);
            }
            this.maxRedirects = value;
            return this;
        }

        /**
         * Sets the {@code Accept} value used when a caller passes a blank one.
         *
         * @param value a header value without line breaks
         * @return this builder
         * @throws IllegalArgumentException if blank or holding a control character
         */
        public Builder defaultAccept(String value) {
            requireHeaderValue(value, "defaultAccept");
            this.defaultAccept = value;
            return this;
        }

        /**
         * Sets the {@code User-Agent} value.
         *
         * @param value a header value without line breaks
         * @return this builder
         * @throws IllegalArgumentException if blank or holding a control character
         */
        public Builder userAgent(String value) {
            requireHeaderValue(value, "userAgent");
            this.userAgent = value;
            return this;
        }

        /**
         * Sends {@code http} and {@code https} requests through one HTTP proxy, keeping the non-proxy hosts
         * and credentials already set. The target is still resolved and checked here; see {@link FetchProxy}.
         *
         * @param value an {@code http://HOST[:PORT]} URL (port 80 when absent), without user info
         * @return this builder
         * @throws NullPointerException if value is null
         * @throws IllegalArgumentException if the URL is not of that form
         */
        public Builder proxy(URI value) {
            this.proxy = proxy.withProxy(value);
            return this;
        }

        /**
         * Replaces the whole proxy configuration.
         *
         * @param value the configuration; {@link FetchProxy#none()} for direct connections
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder proxy(FetchProxy value) {
            this.proxy = Objects.requireNonNull(value, "proxy");
            return this;
        }

        /**
         * Replaces the proxy configuration with the JVM's proxy properties as they are now
         * ({@link FetchProxy#fromSystemProperties()}: {@code https.proxyHost}, {@code https.proxyPort},
         * {@code http.proxyHost}, {@code http.proxyPort}, {@code http.nonProxyHosts}).
         *
         * @return this builder
         * @throws IllegalArgumentException if a property is malformed (the message names it)
         */
        public Builder proxyFromSystemProperties() {
            this.proxy = FetchProxy.fromSystemProperties();
            return this;
        }

        /**
         * Sets the hosts reached directly instead of through the proxy (still under every address rule).
         *
         * @param patterns host names or IP literals, with an optional {@code *} at the start or end
         * @return this builder
         * @throws NullPointerException if patterns or one of them is null
         * @throws IllegalArgumentException if a pattern is malformed
         */
        public Builder nonProxyHosts(String... patterns) {
            this.proxy = proxy.withNonProxyHosts(List.of(patterns));
            return this;
        }

        /**
         * Sets the user and password sent to the proxy with HTTP Basic; never shown by {@code toString()}.
         *
         * @param user the user name, without {@code :}
         * @param password the password
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the user is empty or holds {@code :}, or either holds a
         *     control character
         */
        public Builder proxyCredentials(String user, String password) {
            this.proxy = proxy.withCredentials(user, password);
            return this;
        }

        /**
         * Sets how many idle connections a fetcher keeps for reuse.
         *
         * @param value 0 (no reuse: {@code Connection: close}) to {@link #MAX_IDLE_CONNECTIONS_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxIdleConnections(int value) {
            requireIdleConnections(value);
            this.maxIdleConnections = value;
            return this;
        }

        /**
         * Sets how long an idle connection is kept for reuse.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder idleConnectionTimeout(Duration value) {
            requirePositive(value, "idleConnectionTimeout");
            this.idleConnectionTimeout = value;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public FetchPolicy build() {
            return new FetchPolicy(httpsOnly, allowLoopback, connectTimeout, readTimeout, totalTimeout,
                    maxBodyBytes, maxRedirects, defaultAccept, userAgent, proxy, maxIdleConnections,
                    idleConnectionTimeout);
        }
    }
}
