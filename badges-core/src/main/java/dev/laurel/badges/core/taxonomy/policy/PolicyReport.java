package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy's decisions over a whole backpack, and the best credential among them.
 *
 * @param at the instant judged at
 * @param decisions one decision per credential counted, in backpack order
 * @param ignored the credentials not judged because their verification was not supplied as passed
 *     ({@link dev.laurel.badges.core.taxonomy.backpack.Counting#VERIFIED_ONLY}), in backpack order
 */
public record PolicyReport(Instant at, List<Decision> decisions, List<BackpackEntry> ignored) {

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
        ignored = List.copyOf(Objects.requireNonNull(ignored, "ignored"));
    }

    /**
     * Creates a report that ignored no credential.
     *
     * @param at the instant judged at
     * @param decisions one decision per credential
     * @throws NullPointerException if a component is or holds null
     */
    public PolicyReport(Instant at, List<Decision> decisions) {
        this(at, decisions, List.of());
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
     * @return the best, or empty for an empty backpack
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
     * Returns the overall verdict: the best decision's, or reject for an empty backpack.
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
