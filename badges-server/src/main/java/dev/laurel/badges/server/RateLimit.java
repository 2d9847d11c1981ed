package dev.laurel.badges.server;

/**
 * A per-client-address token bucket: each address may make {@code burst} requests at once and then
 * {@code requestsPerSecond} on average. A request over it gets 429 with {@code Retry-After}.
 *
 * @param requestsPerSecond the refill rate, in requests per second (greater than 0)
 * @param burst             the bucket's size: how many requests an idle address may make at once (at least 1)
 */
public record RateLimit(double requestsPerSecond, int burst) {

    /** The default: 100 requests a second per address, bursts of 200. */
    public static final RateLimit DEFAULT = new RateLimit(100, 200);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the rate is not a positive finite number or the burst is below 1
     */
    public RateLimit {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("requestsPerSecond must be a positive number, got " + requestsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
    }

    /**
     * A limit of {@code n} requests a second per address with bursts of {@code 2n}.
     *
     * @param n requests per second (at least 1)
     * @return the limit
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public static RateLimit perSecond(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the rate must be at least 1 request a second, got " + n);
        }
        return new RateLimit(n, n > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * n);
    }
}
