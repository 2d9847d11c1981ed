package dev.laurel.badges.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.EqualityKey;
import dev.laurel.badges.api.store.StoredCredential;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stored badges' checks are kept for a while, per entry version, and bounded. */
class StoredChecksTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final BadgeChecker counting = (name, bytes) -> {
        // Each check is told apart by its (made-up) report line: the call that produced it.
        return new CheckedBadge(Optional.empty(), false, Optional.of("check " + calls.incrementAndGet()));
    };
    private final StoredChecks checks = new StoredChecks(counting, Duration.ofMinutes(5), nanos::get);

    private static StoredCredential stored(String owner, String id, Instant updated) {
        return new StoredCredential(owner, EqualityKey.of("https://issuer.example", id), CredentialFormat.JSON, "{}",
                Optional.empty(), Instant.EPOCH, updated, 1);
    }

    @Test
    void aCheckIsKeptUntilItExpires() {
        StoredCredential c = stored("ada", "urn:x:1", Instant.EPOCH);
        assertThat(checks.check(c).reportLine()).contains("check 1");
        nanos.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        assertThat(checks.check(c).reportLine()).contains("check 1");
        assertThat(calls).hasValue(1);
        nanos.addAndGet(1);
        assertThat(checks.check(c).reportLine()).contains("check 2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aReplacedEntryOrAnotherOwnersIsCheckedAgain() {
        checks.check(stored("ada", "urn:x:1", Instant.EPOCH));
        checks.check(stored("ada", "urn:x:1", Instant.EPOCH.plusMillis(1)));
        checks.check(stored("bob", "urn:x:1", Instant.EPOCH));
        assertThat(calls).hasValue(3);
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i <= StoredChecks.MAX_ENTRIES; i++) {
            checks.check(stored("ada", "urn:x:" + i, Instant.EPOCH));
        }
        assertThat(checks.size()).isLessThanOrEqualTo(StoredChecks.MAX_ENTRIES);
        assertThat(calls).hasValue(StoredChecks.MAX_ENTRIES + 1);
    }
}
