package dev.laurel.badges.verify.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A bounded, expiring, thread-safe cache in front of another {@link DocumentFetcher}.
 *
 * <p>Concurrent requests for the same address and {@code Accept} value share one fetch (single
 * flight), so verifying ten thousand assertions of one badge class fetches the class and its issuer
 * once. Documents are kept for {@link #DEFAULT_TTL}; failures that will not change soon
 * ({@code NOT_FOUND}, {@code GONE}, {@code FETCH_REFUSED}, {@code TOO_LARGE}, {@code TOO_MANY_REDIRECTS})
 * for the shorter {@link #DEFAULT_FAILURE_TTL}; transient ones ({@code TIMEOUT}, {@code FETCH_FAILED})
 * are never kept. The least recently used entry goes first when the cache is full.
 *
 * <pre>{@code
 * DocumentFetcher fetcher = CachingDocumentFetcher.builder(new HttpDocumentFetcher())
 *         .maxEntries(10_000).ttl(Duration.ofMinutes(5)).build();
 * }</pre>
 */
public final class CachingDocumentFetcher implements DocumentFetcher {

    /** A thousand and twenty-four entries. */
    public static final int DEFAULT_MAX_ENTRIES = 1024;
    /** Ten minutes for a document. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    /** Thirty seconds for a lasting failure. */
    public static final Duration DEFAULT_FAILURE_TTL = Duration.ofSeconds(30);

    private final DocumentFetcher delegate;
    private final int maxEntries;
    private final long ttlMillis;
    private final long failureTtlMillis;
    private final Clock clock;
    private final Object lock = new Object();
    private final LinkedHashMap<Key, Entry> entries;

    private CachingDocumentFetcher(Builder b) {
        this.delegate = b.delegate;
        this.maxEntries = b.maxEntries;
        this.ttlMillis = b.ttl.toMillis();
        this.failureTtlMillis = b.failureTtl.toMillis();
        this.clock = b.clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > CachingDocumentFetcher.this.maxEntries;
            }
        };
    }

    /**
     * Returns a cache with the default limits in front of a fetcher.
     *
     * @param delegate the fetcher that does the work
     * @return the caching fetcher
     * @throws NullPointerException if delegate is null
     */
    public static CachingDocumentFetcher of(DocumentFetcher delegate) {
        return builder(delegate).build();
    }

    /**
     * Returns a builder holding the defaults.
     *
     * @param delegate the fetcher that does the work
     * @return a new builder
     * @throws NullPointerException if delegate is null
     */
    public static Builder builder(DocumentFetcher delegate) {
        return new Builder(delegate);
    }

    /**
     * Fetches through the cache; a cached or shared result is returned without calling the delegate.
     *
     * @param uri the address; a fragment is ignored
     * @param accept the {@code Accept} value, part of the cache key
     * @return the document (the same instance for every caller while cached; treat as read-only)
     * @throws NullPointerException if an argument is null
     * @throws FetchException as the delegate throws it, or a cached lasting failure
     */
    @Override
    public FetchedDocument fetch(URI uri, String accept) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
        Key key = new Key(MapDocumentFetcher.withoutFragment(uri), accept);
        Entry entry;
        boolean owner = false;
        synchronized (lock) {
            entry = entries.get(key);
            if (entry != null && entry.expiresAt <= clock.millis()) {
                entries.remove(key);
                entry = null;
            }
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
                owner = true;
            }
        }
        if (owner) {
            load(key, entry);
        }
        return entry.await();
    }

    private void load(Key key, Entry entry) {
        try {
            FetchedDocument doc = delegate.fetch(key.uri, key.accept);
            entry.expiresAt = clock.millis() + ttlMillis;
            entry.future.complete(doc);
        } catch (FetchException e) {
            if (isLasting(e.fetchCode())) {
                entry.expiresAt = clock.millis() + failureTtlMillis;
            } else {
                forget(key, entry);
            }
            entry.future.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            forget(key, entry);
            entry.future.completeExceptionally(e);
        }
    }

    private void forget(Key key, Entry entry) {
        synchronized (lock) {
            entries.remove(key, entry);
        }
    }

    private static boolean isLasting(FetchCode code) {
        return switch (code) {
            case NOT_FOUND, GONE, FETCH_REFUSED, TOO_LARGE, TOO_MANY_REDIRECTS -> true;
            case TIMEOUT, FETCH_FAILED -> false;
        };
    }

    /**
     * Returns how many entries are held (in flight, cached, or expired but not yet dropped).
     *
     * @return the count
     */
    public int size() {
        synchronized (lock) {
            return entries.size();
        }
    }

    /** Drops every entry; fetches in flight still complete for their callers. */
    public void invalidateAll() {
        synchronized (lock) {
            entries.clear();
        }
    }

    /** Returns the delegate and size, for logs. */
    @Override
    public String toString() {
        return "CachingDocumentFetcher[" + delegate + ", " + size() + " entries]";
    }

    private static final class Key {
        final URI uri;
        final String accept;

        Key(URI uri, String accept) {
            this.uri = uri;
            this.accept = accept;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).uri.equals(uri) && ((Key) o).accept.equals(accept);
        }

        @Override
        public int hashCode() {
            return uri.hashCode() * 31 + accept.hashCode();
        }
    }

    private static final class Entry {
        final CompletableFuture<FetchedDocument> future = new CompletableFuture<>();
        // In flight: never expires; set before the future completes.
        volatile long expiresAt = Long.MAX_VALUE;

        FetchedDocument await() {
            try {
                return future.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof FetchException) {
                    FetchException fe = (FetchException) cause;
                    // A new exception per caller, so that each has its own stack trace.
                    throw new FetchException(fe.fetchCode(), fe.getMessage(), fe);
                }
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
    }

    /** Builds a {@link CachingDocumentFetcher}; each setter checks its argument at once. */
    public static final class Builder {
        private final DocumentFetcher delegate;
        private int maxEntries = DEFAULT_MAX_ENTRIES;
        private Duration ttl = DEFAULT_TTL;
        private Duration failureTtl = DEFAULT_FAILURE_TTL;
        private Clock clock = Clock.systemUTC();

        private Builder(DocumentFetcher delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /**
         * Sets the most entries kept.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxEntries(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1: " + value);
            }
            this.maxEntries = value;
            return this;
        }

        /**
         * Sets how long a document is kept.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder ttl(Duration value) {
            this.ttl = positive(value, "ttl");
            return this;
        }

        /**
         * Sets how long a lasting failure is kept; zero keeps none.
         *
         * @param value a duration, zero or positive
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder failureTtl(Duration value) {
            Objects.requireNonNull(value, "failureTtl");
            if (value.isNegative()) {
                throw new IllegalArgumentException("failureTtl must not be negative: " + value);
            }
            this.failureTtl = value;
            return this;
        }

        /**
         * Sets the clock that expiry is measured with (for tests).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the caching fetcher.
         *
         * @return the fetcher
         */
        public CachingDocumentFetcher build() {
            return new CachingDocumentFetcher(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
