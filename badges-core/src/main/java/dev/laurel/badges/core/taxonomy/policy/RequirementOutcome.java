package dev.laurel.badges.core.taxonomy.policy;

import java.util.List;
import java.util.Objects;

/**
 * How one {@link Requirement} fared over a set of credentials.
 *
 * @param requirement the requirement
 * @param verdict accept when met, refer or reject otherwise (see {@link Requirements#evaluate})
 * @param accepted how many credentials its policy accepted
 * @param report the policy's decision about each credential judged, and the credentials left out
 */
public record RequirementOutcome(Requirement requirement, Verdict verdict, int accepted, PolicyReport report) {

    /**
     * Creates the outcome.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code accepted} is negative
     */
    public RequirementOutcome {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(report, "report");
        if (accepted < 0) {
            throw new IllegalArgumentException("accepted must not be negative, was " + accepted);
        }
    }

    /**
     * Returns the decisions that accepted a credential, the ones counted.
     *
     * @return the accepting decisions, in backpack order
     */
    public List<Decision> counted() {
        return report.withVerdict(Verdict.ACCEPT);
    }

    /**
     * Tells how many more accepted credentials the requirement needs.
     *
     * @return zero when met, else the shortfall
     */
    public int missing() {
        return Math.max(0, requirement.count() - accepted);
    }
}
