package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedEntry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy's decisions over a whole backpack, and the best credential among them.
 *
 * <p>By default ({@link Counting#VERIFIED_ONLY}) only credentials whose verification the caller supplied
 * as passed are judged; {@link #ignored()} lists the others, each with its reason, and they never make
 * the verdict. Under {@link Counting#PREVIEW} every credential is judged and {@link #unverified()} still
 * lists the unverified ones.
 *
 * @param at the instant judged at
 * @param decisions one decision per credential judged, in backpack order
 * @param counting which credentials were judged
 * @param unverified every credential in the backpack that does not count as verified, with the reason,
 *     in backpack order (whatever the counting)
 */
public record PolicyReport(Instant at, List<Decision> decisions, Counting counting, List<UnverifiedEntry> unverified) {

    /**
     * Orders decisions best first: accepted before referred before rejected; then the higher formal
     * level (informal levels after formal, unclassified last); then the higher confidence; then the more
     * recent award; then by credential id. The order does not depend on backpack order.
     */
    public static final Comparator<Decision> BEST_FIRST = PolicyReport::compareBestFirst;

    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is or holds null
     */
    public PolicyReport {
        Objects.requireNonNull(at, "at");
        decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
        Objects.requireNonNull(counting, "counting");
        unverified = List.copyOf(Objects.requireNonNull(unverified, "unverified"));
    }

    /**
     * Returns the credentials not judged because they do not count as verified, each with its reason (not
     * checked, failed, revoked): {@link #unverified()} under {@link Counting#VERIFIED_ONLY}, empty under
     * {@link Counting#PREVIEW}.
     *
     * @return the entries, in backpack order
     */
    public List<UnverifiedEntry> ignored() {
        return counting == Counting.VERIFIED_ONLY ? unverified : List.of();
    }

    private static int compareBestFirst(Decision a, Decision b) {
        int c = Integer.compare(verdictRank(a.verdict()), verdictRank(b.verdict()));
        if (c == 0) {
            c = Integer.compare(levelRank(b.entry()), levelRank(a.entry()));
        }
        if (c == 0) {
            c = Double.compare(b.entry().classification().confidence(), a.entry().classification().confidence());
        }
        if (c == 0) {
            c = b.entry().credential().issuedAt().orElse(Instant.MIN)
                    .compareTo(a.entry().credential().issuedAt().orElse(Instant.MIN));
        }
        if (c == 0) {
            c = a.entry().id().orElse("").compareTo(b.entry().id().orElse(""));
        }
        return c;
    }

    private static int verdictRank(Verdict v) {
        return switch (v) {
            case ACCEPT -> 0;
            case REFER -> 1;
            case REJECT -> 2;
        };
    }

    private static int levelRank(BackpackEntry e) {
        return e.kind().map(k -> k.rank().orElse(0)).orElse(-1);
    }

    /**
     * Returns the best decision (see {@link #BEST_FIRST}).
     *
     * @return the best, or empty when nothing was judged
     */
    public Optional<Decision> best() {
        Decision best = null;
        for (Decision d : decisions) {
            if (best == null || BEST_FIRST.compare(d, best) < 0) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the overall verdict: the best decision's, or reject when nothing was judged (an empty
     * backpack, or nothing verified by default).
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return best().map(Decision::verdict).orElse(Verdict.REJECT);
    }

    /**
     * Returns the decisions with a verdict.
     *
     * @param verdict the verdict
     * @return the decisions, in backpack order
     * @throws NullPointerException if {@code verdict} is null
     */
    public List<Decision> withVerdict(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        return decisions.stream().filter(d -> d.verdict() == verdict).toList();
    }
}
