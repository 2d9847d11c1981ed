package dev.laurel.badges.server;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address. Buckets that have refilled completely carry no information and are
 * dropped when the map grows past {@link #SWEEP_AT}, so a scan from many addresses cannot grow it without bound
 * for long. Thread-safe.
 */
final class TokenBuckets {

    /** Above this many addresses, full buckets are swept out. */
    static final int SWEEP_AT = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a token for the address.
     *
     * @return 0 when the request may go on, else the whole seconds (at least 1) until a token is there
     */
    long acquire(String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_AT) {
            sweep(now);
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(limit.burst(), now));
        synchronized (bucket) {
            bucket.refill(now, limit);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double seconds = (1 - bucket.tokens) / limit.requestsPerSecond();
            return Math.max(1, (long) Math.ceil(seconds));
        }
    }

    private void sweep(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                b.refill(now, limit);
                if (b.tokens >= limit.burst()) {
                    it.remove();
                }
            }
        }
    }

    int size() {
        return buckets.size();
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        void refill(long now, RateLimit limit) {
            double elapsed = (now - last) / 1e9;
            if (elapsed > 0) {
                tokens = Math.min(limit.burst(), tokens + elapsed * limit.requestsPerSecond());
                last = now;
            }
        }
    }
}
