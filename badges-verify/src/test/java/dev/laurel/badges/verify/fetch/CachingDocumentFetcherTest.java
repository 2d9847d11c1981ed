package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CachingDocumentFetcherTest {

    private static final URI CLASS = URI.create("https://example.org/badge-class.json");
    private static final URI ISSUER = URI.create("https://example.org/issuer.json");

    /** Counts calls per address; slow, so that concurrent callers really overlap. */
    static final class CountingFetcher implements DocumentFetcher {
        final Map<URI, AtomicInteger> calls = new ConcurrentHashMap<>();
        final AtomicInteger total = new AtomicInteger();
        volatile FetchCode failWith;

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            calls.computeIfAbsent(uri, k -> new AtomicInteger()).incrementAndGet();
            total.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failWith != null) {
                throw new FetchException(failWith, "staged failure for " + uri);
            }
            return new FetchedDocument(uri, Optional.empty(), uri.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        void advance(Duration d) {
            millis.addAndGet(d.toMillis());
        }
    }

    @Test
    void tenThousandVerificationsOnManyThreadsFetchClassAndIssuerOnce() throws Exception {
        CountingFetcher counting = new CountingFetcher();
        CachingDocumentFetcher cache = CachingDocumentFetcher.of(counting);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 10_000; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    assertThat(cache.fetch(CLASS, "application/json").text()).isEqualTo(CLASS.toString());
                    assertThat(cache.fetch(ISSUER, "application/json").text()).isEqualTo(ISSUER.toString());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.calls.get(CLASS)).hasValue(1);
        assertThat(counting.calls.get(ISSUER)).hasValue(1);
        assertThat(counting.total).hasValue(2);
    }

    @Test
    void concurrentFailuresAreSharedByTheWaitingCallers() throws Exception {
        CountingFetcher counting = new CountingFetcher();
        counting.failWith = FetchCode.TIMEOUT;
        CachingDocumentFetcher cache = CachingDocumentFetcher.of(counting);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FetchCode>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return catchThrowableOfType(FetchException.class,
                            () -> cache.fetch(CLASS, "application/json")).fetchCode();
                }));
            }
            start.countDown();
            for (Future<FetchCode> f : futures) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(FetchCode.TIMEOUT);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.total.get()).isBetween(1, 8);
        // A transient failure is not kept: the next call fetches again.
        int before = counting.total.get();
        catchThrowableOfType(FetchException.class, () -> cache.fetch(CLASS, "application/json"));
        assertThat(counting.total.get()).isEqualTo(before + 1);
    }

    @Test
    void documentsExpireAfterTheTtl() {
        CountingFetcher counting = new CountingFetcher();
        ManualClock clock = new ManualClock();
        CachingDocumentFetcher cache = CachingDocumentFetcher.builder(counting).ttl(Duration.ofMinutes(1))
                .clock(clock).build();
        FetchedDocument first = cache.fetch(CLASS, "a");
        assertThat(cache.fetch(CLASS, "a")).isSameAs(first);
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.fetch(CLASS, "a")).isSameAs(first);
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.fetch(CLASS, "a")).isNotSameAs(first);
        assertThat(counting.total).hasValue(2);
    }

    @Test
    void lastingFailuresAreKeptBriefly() {
        CountingFetcher counting = new CountingFetcher();
        counting.failWith = FetchCode.NOT_FOUND;
        ManualClock clock = new ManualClock();
        CachingDocumentFetcher cache = CachingDocumentFetcher.builder(counting).failureTtl(Duration.ofSeconds(30))
                .clock(clock).build();
        for (int i = 0; i < 3; i++) {
            assertThat(catchThrowableOfType(FetchException.class, () -> cache.fetch(CLASS, "a")).fetchCode())
                    .isEqualTo(FetchCode.NOT_FOUND);
        }
        assertThat(counting.total).hasValue(1);
        clock.advance(Duration.ofSeconds(31));
        counting.failWith = null;
        assertThat(cache.fetch(CLASS, "a").text()).isEqualTo(CLASS.toString());
        assertThat(counting.total).hasValue(2);
    }

    @Test
    void theAcceptValueIsPartOfTheKeyButTheFragmentIsNot() {
        CountingFetcher counting = new CountingFetcher();
        CachingDocumentFetcher cache = CachingDocumentFetcher.of(counting);
        cache.fetch(CLASS, "application/json");
        cache.fetch(URI.create(CLASS + "#frag"), "application/json");
        cache.fetch(CLASS, "application/ld+json");
        assertThat(counting.total).hasValue(2);
    }

    @Test
    void staysWithinItsBoundDroppingTheLeastRecentlyUsed() {
        CountingFetcher counting = new CountingFetcher();
        CachingDocumentFetcher cache = CachingDocumentFetcher.builder(counting).maxEntries(2).build();
        URI a = URI.create("https://a.example/");
        URI b = URI.create("https://b.example/");
        URI c = URI.create("https://c.example/");
        cache.fetch(a, "x");
        cache.fetch(b, "x");
        cache.fetch(a, "x");
        cache.fetch(c, "x");
        assertThat(cache.size()).isEqualTo(2);
        cache.fetch(a, "x");
        assertThat(counting.calls.get(a)).hasValue(1);
        cache.fetch(b, "x");
        assertThat(counting.calls.get(b)).hasValue(2);
    }

    @Test
    void invalidateAllForgetsEverything() {
        CountingFetcher counting = new CountingFetcher();
        CachingDocumentFetcher cache = CachingDocumentFetcher.of(counting);
        cache.fetch(CLASS, "x");
        cache.invalidateAll();
        assertThat(cache.size()).isZero();
        cache.fetch(CLASS, "x");
        assertThat(counting.total).hasValue(2);
    }
}
