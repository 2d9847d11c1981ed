package dev.laurel.badges.core.taxonomy.policy;

import java.util.Objects;

/**
 * A count over a set of credentials: at least {@link #count()} credentials that {@link #policy()} accepts,
 * for example "at least two abilities aligned to data science, verified". A policy judges one credential at
 * a time; a requirement says how many must pass. {@link Requirements} combines several ("one certification
 * and two abilities").
 *
 * <pre>{@code
 * Requirement abilities = Requirement.atLeast(2, "abilities in data science", Policy.builder()
 *         .levelIn(LevelKind.ABILITY).alignedTo(DATA_SCIENCE).requireVerified().build());
 * }</pre>
 *
 * @param name a short name for reports, e.g. {@code "abilities in data science"}
 * @param count how many accepted credentials are needed, at least one
 * @param policy what each counted credential must satisfy
 */
public record Requirement(String name, int count, Policy policy) {

    /**
     * Creates the requirement.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code count} is below one
     */
    public Requirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /**
     * Returns a requirement of {@code count} credentials accepted by {@code policy}.
     *
     * @param count how many accepted credentials are needed, at least one
     * @param name a short name for reports
     * @param policy what each counted credential must satisfy
     * @return the requirement
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code count} is below one
     */
    public static Requirement atLeast(int count, String name, Policy policy) {
        return new Requirement(name, count, policy);
    }
}
