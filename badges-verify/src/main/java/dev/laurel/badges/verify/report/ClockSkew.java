package dev.laurel.badges.verify.report;

import java.time.Duration;

/**
 * The one default tolerance for dates, shared by every date check (validity, VC-JWT claims, a proof's
 * {@code expires}, a status list's own validity): a date this far on the wrong side of the clock still
 * passes, since issuers' and verifiers' clocks drift.
 */
public final class ClockSkew {

    /** Five minutes, the default of the {@code Verifier} and of every verifier it is built from. */
    public static final Duration DEFAULT = Duration.ofMinutes(5);

    private ClockSkew() {
    }
}
