package dev.laurel.badges.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One budget per verification, shared with the threads that verify a CLR's nested credentials. */
class BudgetedFetcherTest {

    private final AtomicInteger served = new AtomicInteger();
    private final BudgetedFetcher fetcher = new BudgetedFetcher((uri, accept) -> {
        served.incrementAndGet();
        return new FetchedDocument(uri, java.util.Optional.of("application/json"), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });

    @Test
    void anotherThreadThatEntersTheBudgetSpendsIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (BudgetedFetcher.Budget budget = fetcher.open(2, Duration.ofMinutes(1))) {
            fetcher.fetch(URI.create("https://a.example/1"), "application/json");
            Future<?> other = pool.submit(() -> {
                try (BudgetedFetcher.Budget scope = fetcher.enter(budget)) {
                    fetcher.fetch(URI.create("https://a.example/2"), "application/json");
                    assertThatThrownBy(() -> fetcher.fetch(URI.create("https://a.example/3"), "application/json"))
                            .isInstanceOf(FetchException.class);
                }
                // Outside the scope the pool thread has no budget again: requests pass through.
                assertThat(fetcher.current()).isEmpty();
                fetcher.fetch(URI.create("https://a.example/4"), "application/json");
            });
            other.get();
            assertThat(budget.exhausted()).contains("more than 2 documents");
            assertThat(fetcher.current()).containsSame(budget);
        } finally {
            pool.shutdownNow();
        }
        assertThat(served.get()).isEqualTo(3);
        assertThat(fetcher.current()).isEmpty();
    }

    @Test
    void enteringOnTheOwningThreadRestoresItsBudget() {
        try (BudgetedFetcher.Budget budget = fetcher.open(5, Duration.ofMinutes(1))) {
            try (BudgetedFetcher.Budget scope = fetcher.enter(budget)) {
                assertThat(fetcher.current()).containsSame(budget);
            }
            assertThat(fetcher.current()).containsSame(budget);
            assertThat(budget.deadlinePassed()).isFalse();
        }
        assertThat(fetcher.current()).isEmpty();
    }

    @Test
    void theDeadlineIsVisibleWithoutSpending() throws Exception {
        try (BudgetedFetcher.Budget budget = fetcher.open(5, Duration.ofNanos(1))) {
            Thread.sleep(2);
            assertThat(budget.deadlinePassed()).isTrue();
        }
    }
}
