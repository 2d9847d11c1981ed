package dev.laurel.badges.spark;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.HttpDocumentFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.util.LongAccumulator;

/**
 * The one {@link Verifier} of this JVM per {@link VerifyConfig}: made the first time a task asks for it, then
 * shared by every task (and thread) of the executor, so its document cache is shared too. An issuer profile, a
 * DID document or a status list named by a million credentials is fetched once per executor (per
 * {@link #CACHE_TTL}), not once per credential.
 *
 * <p>Fetches are counted below the cache: only the documents really fetched (or refused) count. Each count goes
 * to the JVM's total ({@link #fetches(VerifyConfig)}) and, while a task runs on the thread, to that task's Spark
 * accumulators ({@link #countInto}), which the driver sums.
 */
public final class ExecutorVerifiers {

    /** How many documents each executor keeps: issuers, keys, DID documents, status lists, contexts. */
    public static final int CACHE_ENTRIES = 16_384;

    /** How long a fetched document is kept: a re-verification run sees a revocation published this long ago. */
    public static final Duration CACHE_TTL = Duration.ofMinutes(30);

    /**
     * How many configurations' verifiers one JVM keeps: a long-lived executor serving many jobs (each with its own
     * {@code --now}) drops them all and starts again past this, rather than growing without end.
     */
    public static final int MAX_CONFIGURATIONS = 16;

    private static final Map<VerifyConfig, Entry> VERIFIERS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Counters> TASK = new ThreadLocal<>();

    private ExecutorVerifiers() {
    }

    /** One configuration's verifier and its fetch counts in this JVM. */
    private record Entry(Verifier verifier, LongAdder fetches, LongAdder failures) {
    }

    /**
     * The task's accumulators that fetches on this thread are added to.
     *
     * @param fetches documents fetched (or refused) below the cache
     * @param failures of those, the ones that failed (refused, not found, unreachable)
     */
    record Counters(LongAccumulator fetches, LongAccumulator failures) implements java.io.Serializable {
    }

    /**
     * Returns this JVM's verifier for a configuration, building it on first use.
     *
     * @param config the configuration
     * @return the shared verifier
     * @throws NullPointerException if config is null
     * @throws IllegalArgumentException if a context in the configuration is refused by the library
     */
    public static Verifier verifier(VerifyConfig config) {
        Entry known = VERIFIERS.get(config);
        if (known != null) {
            return known.verifier();
        }
        if (VERIFIERS.size() >= MAX_CONFIGURATIONS) {
            VERIFIERS.clear();
        }
        return VERIFIERS.computeIfAbsent(config, ExecutorVerifiers::build).verifier();
    }

    /**
     * How many documents this JVM has fetched (below the cache) for a configuration.
     *
     * @param config the configuration
     * @return the count, 0 if its verifier was never built here
     */
    public static long fetches(VerifyConfig config) {
        Entry e = VERIFIERS.get(config);
        return e == null ? 0 : e.fetches().sum();
    }

    /**
     * Runs work with this thread's fetches also counted into a task's accumulators.
     *
     * @param counters the task's accumulators
     * @param work the work
     * @param <T> what it returns
     * @return what the work returned
     */
    static <T> T countInto(Counters counters, java.util.function.Supplier<T> work) {
        Counters before = TASK.get();
        TASK.set(counters);
        try {
            return work.get();
        } finally {
            if (before == null) {
                TASK.remove();
            } else {
                TASK.set(before);
            }
        }
    }

    private static Entry build(VerifyConfig config) {
        LongAdder fetches = new LongAdder();
        LongAdder failures = new LongAdder();
        DocumentFetcher counted = new CountingFetcher(mapThenNetwork(config), fetches, failures);
        DocumentFetcher cached = CachingDocumentFetcher.builder(counted).maxEntries(CACHE_ENTRIES).ttl(CACHE_TTL)
                .build();
        Clock clock = config.now().map(n -> Clock.fixed(n, ZoneOffset.UTC)).orElse(Clock.systemUTC());
        Verifier.Builder b = Verifier.builder().fetcher(cached).clock(clock).keyBinding(config.keyBinding());
        config.contexts().forEach((url, json) -> b.context(URI.create(url), json));
        return new Entry(b.build(), fetches, failures);
    }

    /**
     * The URL map first (a fragment ignored), then the safe HTTP fetcher, or a refusal when offline: the
     * behaviour (and the messages) of {@code laurel verify --url-map FILE [--offline]}.
     */
    private static DocumentFetcher mapThenNetwork(VerifyConfig config) {
        Optional<DocumentFetcher> network = config.offline() ? Optional.empty()
                : Optional.of(new HttpDocumentFetcher(FetchPolicy.defaults()));
        Map<String, String> map = config.urlMap();
        return (uri, accept) -> {
            String key = VerifyConfig.withoutFragment(uri.toString());
            String doc = map.get(key);
            if (doc != null) {
                return new FetchedDocument(uri, Optional.of("application/json"), doc.getBytes(StandardCharsets.UTF_8));
            }
            if (network.isEmpty()) {
                throw new FetchException(FetchCode.FETCH_REFUSED, "offline: " + key + " is not in the URL map");
            }
            return network.get().fetch(uri, accept);
        };
    }

    /** Counts every fetch that reaches it, in the JVM's totals and the running task's accumulators. */
    private static final class CountingFetcher implements DocumentFetcher {
        private final DocumentFetcher delegate;
        private final LongAdder fetches;
        private final LongAdder failures;

        CountingFetcher(DocumentFetcher delegate, LongAdder fetches, LongAdder failures) {
            this.delegate = delegate;
            this.fetches = fetches;
            this.failures = failures;
        }

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            fetches.increment();
            Counters task = TASK.get();
            if (task != null) {
                task.fetches().add(1);
            }
            try {
                return delegate.fetch(uri, accept);
            } catch (RuntimeException e) {
                failures.increment();
                if (task != null) {
                    task.failures().add(1);
                }
                throw e;
            }
        }
    }
}
