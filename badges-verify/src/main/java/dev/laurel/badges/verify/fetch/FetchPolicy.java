package dev.laurel.badges.verify.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The security limits of an {@link HttpDocumentFetcher}, as one immutable value.
 *
 * <p>The defaults refuse: only {@code http} and {@code https}, never loopback, private, link-local,
 * unique-local, multicast, carrier-grade NAT, reserved or cloud-metadata addresses (checked after the
 * name is resolved, on every redirect hop), bounded time and bounded size. A caller widens a limit on
 * purpose through {@link #builder()}. See {@code docs/FETCHING.md}.
 *
 * <pre>{@code
 * FetchPolicy strict = FetchPolicy.builder().httpsOnly(true).maxBodyBytes(512 * 1024).build();
 * }</pre>
 *
 * @param httpsOnly whether plain {@code http} is refused
 * @param allowLoopback whether loopback addresses (127.0.0.0/8, ::1) may be reached; for tests with a
 *     local server only, never in production
 * @param connectTimeout the longest wait for a TCP connection to one address
 * @param readTimeout the longest wait for any single read while nothing arrives
 * @param totalTimeout the deadline for a whole fetch, redirects included; it stops slow-drip responses
 * @param maxBodyBytes the largest body accepted, enforced while reading
 * @param maxRedirects how many redirects are followed at most
 * @param defaultAccept the {@code Accept} value used when the caller passes a blank one
 * @param userAgent the {@code User-Agent} value sent
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
        String userAgent) {

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

    /** The largest body limit a policy accepts: a body is held in one array. */
    public static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 8L;
    /** The largest redirect limit a policy accepts. */
    public static final int MAX_REDIRECT_LIMIT = 20;

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
                .userAgent(userAgent);
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
         * Builds the policy.
         *
         * @return the policy
         */
        public FetchPolicy build() {
            return new FetchPolicy(httpsOnly, allowLoopback, connectTimeout, readTimeout, totalTimeout,
                    maxBodyBytes, maxRedirects, defaultAccept, userAgent);
        }
    }
}
