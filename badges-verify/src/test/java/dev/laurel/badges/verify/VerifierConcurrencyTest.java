package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared Verifier, many threads: every verification gives the single-threaded answer. */
class VerifierConcurrencyTest {

    static final int THREADS = 8;
    static final int PER_THREAD = 200;

    @Test
    void oneVerifierEightThreadsTwoHundredVerificationsEachAllVerify() throws Exception {
        LaurelKey keys = VerifierFixtures.keys(1);
        // Four kinds of input, so threads share the caches of every path at once.
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(VerifierFixtures.text(VerifierFixtures.signDi(VerifierFixtures.credential(keys), keys)).getBytes(StandardCharsets.UTF_8));
        inputs.add(VerifierFixtures.signJwt(VerifierFixtures.credential(keys), keys).getBytes(StandardCharsets.UTF_8));
        ObjectNode hosted = VerifierOb2Test.assertion();
        inputs.add(VerifierFixtures.text(hosted).getBytes(StandardCharsets.UTF_8));
        inputs.add(Baker.standard().bake(VerifierFixtures.blankPng(),
                BadgePayload.ob2Url(VerifierOb2Test.ASSERTION)));
        MapDocumentFetcher fetcher = VerifierOb2Test.sameOrigin(hosted).build();
        Verifier verifier = VerifierFixtures.verifier(fetcher);
        for (byte[] input : inputs) {
            assertThat(verifier.verify(input).verified()).as("single-threaded baseline").isTrue();
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        VerificationReport report = verifier.verify(inputs.get((i + offset) % inputs.size()));
                        if (!report.verified()) {
                            failures.add(report.failures().toString());
                        }
                    }
                    return failures;
                }));
            }
            start.countDown();
            int done = 0;
            for (Future<List<String>> result : results) {
                assertThat(result.get(5, TimeUnit.MINUTES)).isEmpty();
                done += PER_THREAD;
            }
            assertThat(done).isEqualTo(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
