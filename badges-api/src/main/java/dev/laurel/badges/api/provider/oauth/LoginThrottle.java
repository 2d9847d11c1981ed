package dev.laurel.badges.api.provider.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing against one account name: after {@value #FREE_FAILURES} failed sign-ins in a row, the
 * next attempt must wait 1 s, then 2, 4 ... up to {@link #MAX_WAIT}; a success clears the name. It keys on the
 * name as typed, whether or not an account has it, so its answers reveal nothing about which names exist; and it
 * delays rather than locks, so a stranger cannot lock a learner out for long. The per-address rate limit of the
 * host covers the other direction (one address, many names). Bounded: at most {@value #MAX_NAMES} names are
 * tracked; beyond that the oldest entries are dropped. Thread-safe. Public so that every sign-in form (the OAuth
 * consent page, the web pages' {@code /login}) throttles the same way.
 */
public final class LoginThrottle {

    /** Failures in a row that cost nothing. */
    public static final int FREE_FAILURES = 5;

    /** The longest wait imposed. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /** How many names are tracked at most. */
    public static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * Creates an empty throttle.
     *
     * @param clock the clock the waits are measured by
     * @throws NullPointerException if clock is null
     */
    public LoginThrottle(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        this.clock = clock;
    }

    /**
     * How long the name must still wait before a password is checked for it.
     *
     * @param name the name as typed
     * @return the wait, or empty when an attempt may be made now
     */
    public Optional<Duration> waitFor(String name) {
        Failures f = failures.get(key(name));
        if (f == null || f.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        Instant until = f.last().plus(wait(f.count()));
        Instant now = clock.instant();
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Records a failed sign-in for the name.
     *
     * @param name the name as typed
     */
    public void failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            evict();
        }
        Instant now = clock.instant();
        failures.merge(key(name), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    /**
     * Clears the name after a successful sign-in.
     *
     * @param name the name as typed
     */
    public void succeeded(String name) {
        failures.remove(key(name));
    }

    static Duration wait(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void evict() {
        // Entries whose wait is over and whose last failure is older than the longest wait are of no use; if that
        // frees nothing, drop an arbitrary half (an attacker filling the map only shortens other names' waits).
        Instant stale = clock.instant().minus(MAX_WAIT);
        failures.values().removeIf(f -> f.last().isBefore(stale));
        Iterator<String> names = failures.keySet().iterator();
        while (failures.size() >= MAX_NAMES / 2 && names.hasNext()) {
            names.next();
            names.remove();
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
