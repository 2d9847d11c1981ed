package dev.laurel.badges.web;

import dev.laurel.badges.api.store.StoredCredential;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The checks of stored credentials, kept for a while: the backpack, badge and account pages show many stored badges on
 * every load, and verifying each one each time (proof, keys, status) is the pages' whole cost. A check is kept for
 * {@link #DEFAULT_TTL} at most, so a revocation or an expiry shows within that time, and is keyed by the entry's
 * owner, equality key and last update, so a replaced credential is checked again at once. "Verify this badge" does not
 * use it: a visitor who asks gets a fresh check.
 *
 * <p>Thread-safe. Bounded: past {@link #MAX_ENTRIES} the expired checks go, then, if that was not enough, all of
 * them (a burst of new badges costs a re-check, never memory).
 */
final class StoredChecks {

    /** How long a check is shown before the badge is verified again. */
    static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    /** The most checks kept. */
    static final int MAX_ENTRIES = 10_000;

    private record Kept(CheckedBadge checked, long expiresAt) {
    }

    private final BadgeChecker checker;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    StoredChecks(BadgeChecker checker, Duration ttl, LongSupplier nanoTime) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    StoredChecks(BadgeChecker checker) {
        this(checker, DEFAULT_TTL, System::nanoTime);
    }

    /** The check of a stored credential: a kept one while it is fresh, else a new one. */
    CheckedBadge check(StoredCredential stored) {
        String key = stored.owner() + '\u0000' + stored.key().value() + '\u0000' + stored.updated().toEpochMilli();
        long now = nanoTime.getAsLong();
        Kept hit = kept.get(key);
        if (hit != null && now - hit.expiresAt() < 0) {
            return hit.checked();
        }
        CheckedBadge checked = checker.check("badge", stored.payload().getBytes(StandardCharsets.UTF_8));
        if (kept.size() >= MAX_ENTRIES) {
            kept.values().removeIf(k -> now - k.expiresAt() >= 0);
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
        }
        kept.put(key, new Kept(checked, now + ttlNanos));
        return checked;
    }

    /** How many checks are kept now. */
    int size() {
        return kept.size();
    }
}
