package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.Counting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several {@link Requirement}s that must all be met by one set of credentials, for example "at least one
 * certification and two abilities in data science, all verified". Each requirement is counted on its own
 * over the same backpack, as a pathway's options are: a credential accepted by two requirements' policies
 * counts for both (write policies with disjoint levels, {@code levelIn(..)}, when that matters).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Requirements hiring = Requirements.of(
 *         Requirement.atLeast(1, "certification in data science", Policy.builder()
 *                 .levelIn(LevelKind.CERTIFICATION).alignedTo(DATA_SCIENCE).requireVerified().build()),
 *         Requirement.atLeast(2, "abilities in data science", Policy.builder()
 *                 .levelIn(LevelKind.ABILITY).alignedTo(DATA_SCIENCE).requireVerified().build()));
 * RequirementsReport report = hiring.evaluate(backpack, Instant.now());  // verified credentials only
 * report.verdict();
 * }</pre>
 *
 * @param requirements the requirements, in the order they are reported
 */
public record Requirements(List<Requirement> requirements) {

    /**
     * Creates the set.
     *
     * @throws NullPointerException if {@code requirements} is or holds null
     * @throws IllegalArgumentException if {@code requirements} is empty
     */
    public Requirements {
        requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("requirements must not be empty");
        }
    }

    /**
     * Returns a set of requirements.
     *
     * @param first a requirement
     * @param more more requirements
     * @return the set
     * @throws NullPointerException if an argument is or holds null
     */
    public static Requirements of(Requirement first, Requirement... more) {
        List<Requirement> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        all.addAll(List.of(Objects.requireNonNull(more, "more")));
        return new Requirements(all);
    }

    /**
     * Counts, for each requirement, the verified credentials of the backpack its policy accepts
     * ({@link Counting#VERIFIED_ONLY}, as {@link Policy#evaluate(Backpack, Instant)} does).
     *
     * @param backpack the credentials
     * @param at the instant to judge at
     * @return the outcome of each requirement and the verdict
     * @throws NullPointerException if an argument is null
     */
    public RequirementsReport evaluate(Backpack backpack, Instant at) {
        return evaluate(backpack, at, Counting.VERIFIED_ONLY);
    }

    /**
     * Counts, for each requirement, the credentials {@code counting} admits that its policy accepts. A
     * requirement is met ({@link Verdict#ACCEPT}) with at least its count of accepted credentials; it is
     * {@link Policy#onUnknown()} when the referred ones would make up the count; else it is rejected. The
     * verdict is reject if any requirement is rejected, else refer if any is referred, else accept.
     *
     * @param backpack the credentials
     * @param at the instant to judge at
     * @param counting which credentials are judged
     * @return the outcome of each requirement and the verdict
     * @throws NullPointerException if an argument is null
     */
    public RequirementsReport evaluate(Backpack backpack, Instant at, Counting counting) {
        Objects.requireNonNull(backpack, "backpack");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counting, "counting");
        List<RequirementOutcome> outcomes = new ArrayList<>(requirements.size());
        for (Requirement r : requirements) {
            PolicyReport report = r.policy().evaluate(backpack, at, counting);
            int accepted = report.withVerdict(Verdict.ACCEPT).size();
            int referred = report.withVerdict(Verdict.REFER).size();
            Verdict verdict = accepted >= r.count() ? Verdict.ACCEPT
                    : accepted + referred >= r.count() ? r.policy().onUnknown() : Verdict.REJECT;
            outcomes.add(new RequirementOutcome(r, verdict, accepted, report));
        }
        return new RequirementsReport(at, counting, outcomes);
    }
}
