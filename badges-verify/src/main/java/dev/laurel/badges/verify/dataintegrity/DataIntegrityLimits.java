package dev.laurel.badges.verify.dataintegrity;

import java.time.Duration;
import java.util.Objects;

/**
 * The security limits of Data Integrity processing, one immutable value.
 *
 * @param canonicalizationTime the longest RDFC-1.0 canonicalisation of one document may run
 * @param canonicalizationSteps the most RDFC-1.0 steps for one document; a typical credential needs a few
 *     hundred, a "poison graph" of interlinked blank nodes millions
 * @param maxDepth the deepest JSON nesting accepted
 * @param maxProofs the most proofs one document may carry
 */
public record DataIntegrityLimits(Duration canonicalizationTime, long canonicalizationSteps, int maxDepth, int maxProofs) {

    /** The default time limit: 1 second. */
    public static final Duration DEFAULT_CANONICALIZATION_TIME = Duration.ofSeconds(1);
    /** The default step limit: 100,000. */
    public static final long DEFAULT_CANONICALIZATION_STEPS = 100_000;
    /** The default nesting limit: 64. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default proof limit: 16. */
    public static final int DEFAULT_MAX_PROOFS = 16;

    /** The defaults. */
    public static final DataIntegrityLimits DEFAULTS = new DataIntegrityLimits(DEFAULT_CANONICALIZATION_TIME,
            DEFAULT_CANONICALIZATION_STEPS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_PROOFS);

    /**
     * Creates limits.
     *
     * @throws NullPointerException if {@code canonicalizationTime} is null
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DataIntegrityLimits {
        Objects.requireNonNull(canonicalizationTime, "canonicalizationTime");
        if (canonicalizationTime.isNegative() || canonicalizationTime.isZero()) {
            throw new IllegalArgumentException("canonicalizationTime: must be positive, was " + canonicalizationTime);
        }
        if (canonicalizationSteps < 1) {
            throw new IllegalArgumentException("canonicalizationSteps: must be positive, was " + canonicalizationSteps);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth: must be positive, was " + maxDepth);
        }
        if (maxProofs < 1) {
            throw new IllegalArgumentException("maxProofs: must be positive, was " + maxProofs);
        }
    }
}
