package dev.laurel.badges.verify.dataintegrity;

import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
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
 * @param maxValues the most JSON values (objects, arrays and scalars) one document may hold: JSON-LD
 *     expansion and RDF conversion run before the canonicalisation budget applies and cost about
 *     0.1 ms a value, so a 4 MiB document of tiny objects would otherwise take seconds
 */
public record DataIntegrityLimits(Duration canonicalizationTime, long canonicalizationSteps, int maxDepth, int maxProofs,
        int maxValues) {

    /** The default time limit: 1 second. */
    public static final Duration DEFAULT_CANONICALIZATION_TIME = Duration.ofSeconds(1);
    /** The default step limit: 100,000. */
    public static final long DEFAULT_CANONICALIZATION_STEPS = 100_000;
    /** The default nesting limit: 64. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The default proof limit: 16. */
    public static final int DEFAULT_MAX_PROOFS = 16;
    /** The default value limit: 20,000 (the richest official OB 3.0 example holds about 300). */
    public static final int DEFAULT_MAX_VALUES = Canonicalizer.DEFAULT_MAX_VALUES;

    /** The defaults. */
    public static final DataIntegrityLimits DEFAULTS = new DataIntegrityLimits(DEFAULT_CANONICALIZATION_TIME,
            DEFAULT_CANONICALIZATION_STEPS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_PROOFS, DEFAULT_MAX_VALUES);

    /**
     * Creates limits with the default value limit.
     *
     * @param canonicalizationTime the longest canonicalisation
     * @param canonicalizationSteps the most RDFC-1.0 steps
     * @param maxDepth the deepest nesting
     * @param maxProofs the most proofs
     * @throws NullPointerException if {@code canonicalizationTime} is null
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DataIntegrityLimits(Duration canonicalizationTime, long canonicalizationSteps, int maxDepth, int maxProofs) {
        this(canonicalizationTime, canonicalizationSteps, maxDepth, maxProofs, DEFAULT_MAX_VALUES);
    }

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
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues: must be positive, was " + maxValues);
        }
    }
}
