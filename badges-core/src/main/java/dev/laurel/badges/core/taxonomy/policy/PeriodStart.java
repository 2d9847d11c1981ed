package dev.laurel.badges.core.taxonomy.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The start of a period that ends at an instant, taken back in UTC. A policy judges a whole backpack at one
 * instant, so the last answer is kept (one immutable holder in a volatile field: threads see a whole one).
 */
final class PeriodStart {

    private record Memo(Instant at, Period period, Instant start) {
    }

    private static volatile Memo last = new Memo(Instant.EPOCH, Period.ZERO, Instant.EPOCH);

    private PeriodStart() {
    }

    static Instant of(Instant at, Period period) {
        Memo m = last;
        if (m.at().equals(at) && m.period().equals(period)) {
            return m.start();
        }
        Instant start = at.atOffset(ZoneOffset.UTC).minus(period).toInstant();
        last = new Memo(at, period, start);
        return start;
    }
}
