package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.UnverifiedEntry;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an employer or registrar accepts, written in a few lines and applied to credentials: every
 * condition must pass to {@link Verdict#ACCEPT}; one that fails makes it {@link Verdict#REJECT}; one that
 * cannot be judged (unknown verification status, an unclassified or unsure level, no issue date...)
 * makes it {@link #onUnknown()}, by default {@link Verdict#REFER} to a person. A policy without
 * conditions accepts everything.
 *
 * <p>Immutable and thread-safe; the same credential, status and instant always give an equal decision.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .minimumLevel(CredentialLevel.skill())
 *         .alignedTo("https://example.org/competencies/data-analysis")
 *         .trustedIssuers(List.of("https://university.example.org/issuer"))
 *         .requireVerified()
 *         .notExpired()
 *         .issuedWithin(Period.ofYears(3))
 *         .onUnknown(Verdict.REFER)
 *         .build();
 * Decision d = policy.evaluate(entry, Instant.now());
 * PolicyReport report = policy.evaluate(backpack, clock);        // verified credentials only
 * report.ignored();                                              // the others, with the reason
 * PolicyReport preview = policy.evaluate(backpack, Instant.now(), Counting.PREVIEW);
 * }</pre>
 *
 * @param conditions the conditions, in the order they are reported
 * @param onUnknown the verdict when no condition fails but one is unknown: refer or reject
 */
public record Policy(List<Condition> conditions, Verdict onUnknown) {

    /** The least classification confidence {@link Builder#minimumLevel(CredentialLevel)} judges on. */
    public static final double DEFAULT_MINIMUM_CONFIDENCE = 0.6;

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if a component is or holds null
     * @throws IllegalArgumentException if {@code onUnknown} is {@link Verdict#ACCEPT}: a policy never
     *     accepts what it could not check
     */
    public Policy {
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        Objects.requireNonNull(onUnknown, "onUnknown");
        if (onUnknown == Verdict.ACCEPT) {
            throw new IllegalArgumentException("onUnknown must be REFER or REJECT: a policy never accepts what it "
                    + "could not check");
        }
    }

    /**
     * Returns a builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides about a backpack entry at an instant. The entry is judged whatever its verification status
     * (a single credential is the caller's choice, not a backpack to filter): add
     * {@link Builder#requireVerified()} to make the status a condition.
     *
     * @param entry the credential with its classification and verification status
     * @param at the instant to judge at
     * @return the decision
     * @throws NullPointerException if an argument is null
     */
    public Decision evaluate(BackpackEntry entry, Instant at) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(at, "at");
        List<ConditionOutcome> outcomes = new ArrayList<>(conditions.size());
        boolean failed = false;
        boolean unknown = false;
        for (Condition c : conditions) {
            ConditionOutcome o = c.evaluate(entry, at);
            outcomes.add(o);
            failed |= o.result() == ConditionResult.FAIL;
            unknown |= o.result() == ConditionResult.UNKNOWN;
        }
        Verdict verdict = failed ? Verdict.REJECT : unknown ? onUnknown : Verdict.ACCEPT;
        return new Decision(verdict, entry, outcomes, at);
    }

    /**
     * Decides about a backpack entry at the clock's instant.
     *
     * @param entry the credential
     * @param clock the clock to read the instant from
     * @return the decision
     * @throws NullPointerException if an argument is null
     */
    public Decision evaluate(BackpackEntry entry, Clock clock) {
        return evaluate(entry, Objects.requireNonNull(clock, "clock").instant());
    }

    /**
     * Decides about a credential outside a backpack: it is classified with
     * {@link Classifier#standard()} and judged with the given verification status.
     *
     * @param credential the credential
     * @param verification what is known of its verification
     * @param at the instant to judge at
     * @return the decision
     * @throws NullPointerException if an argument is null
     */
    public Decision evaluate(Credential credential, VerificationStatus verification, Instant at) {
        Objects.requireNonNull(credential, "credential");
        BackpackEntry entry = new BackpackEntry(credential, Classifier.standard().classify(credential),
                Visibility.PRIVATE, Objects.requireNonNull(verification, "verification"));
        return evaluate(entry, at);
    }

    /**
     * Decides about the credentials in a backpack whose verification the caller supplied as passed
     * ({@link Counting#VERIFIED_ONLY}, the default): a credential never verified
     * ({@link VerificationStatus#UNKNOWN}), one whose verification failed and a revoked one are not judged
     * and are listed in {@link PolicyReport#ignored()} with the reason. For a preview that judges every
     * credential, pass {@link Counting#PREVIEW} to {@link #evaluate(Backpack, Instant, Counting)}.
     *
     * @param backpack the backpack
     * @param at the instant to judge at
     * @return the decisions, the best one and the credentials ignored
     * @throws NullPointerException if an argument is null
     */
    public PolicyReport evaluate(Backpack backpack, Instant at) {
        return evaluate(backpack, at, Counting.VERIFIED_ONLY);
    }

    /**
     * Decides about the verified credentials in a backpack at the clock's instant, as
     * {@link #evaluate(Backpack, Instant)} does.
     *
     * @param backpack the backpack
     * @param clock the clock to read the instant from
     * @return the decisions, the best one and the credentials ignored
     * @throws NullPointerException if an argument is null
     */
    public PolicyReport evaluate(Backpack backpack, Clock clock) {
        return evaluate(backpack, Objects.requireNonNull(clock, "clock").instant());
    }

    /**
     * Decides about the credentials in a backpack that {@code counting} admits: with
     * {@link Counting#VERIFIED_ONLY} (what the other backpack methods do), only those whose verification
     * the caller supplied as passed, the others listed in {@link PolicyReport#ignored()} and judged not at
     * all; with {@link Counting#PREVIEW}, every one (a {@link Condition.Verified} condition still judges
     * each one's status), the unverified still listed in {@link PolicyReport#unverified()}.
     *
     * @param backpack the backpack
     * @param at the instant to judge at
     * @param counting which credentials are judged
     * @return the decisions, the best one and the unverified credentials
     * @throws NullPointerException if an argument is null
     */
    public PolicyReport evaluate(Backpack backpack, Instant at, Counting counting) {
        Objects.requireNonNull(backpack, "backpack");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counting, "counting");
        List<Decision> decisions = new ArrayList<>(backpack.size());
        List<UnverifiedEntry> unverified = new ArrayList<>();
        for (BackpackEntry e : backpack.entries()) {
            Optional<UnverifiedEntry> u = UnverifiedEntry.of(e);
            u.ifPresent(unverified::add);
            if (u.isEmpty() || counting == Counting.PREVIEW) {
                decisions.add(evaluate(e, at));
            }
        }
        return new PolicyReport(at, decisions, counting, unverified);
    }

    /** Builds a {@link Policy}; each method adds one condition. Not thread-safe. */
    public static final class Builder {
        private final List<Condition> conditions = new ArrayList<>();
        private Verdict onUnknown = Verdict.REFER;

        private Builder() {
        }

        /**
         * Adds a condition.
         *
         * @param condition the condition
         * @return this builder
         * @throws NullPointerException if {@code condition} is null
         */
        public Builder condition(Condition condition) {
            conditions.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /**
         * Requires a level at or above {@code level}, judged when the classification confidence is at least
         * {@link #DEFAULT_MINIMUM_CONFIDENCE}.
         *
         * @param level the least level
         * @return this builder
         * @throws NullPointerException if {@code level} is null
         */
        public Builder minimumLevel(CredentialLevel level) {
            return condition(new Condition.MinimumLevel(level, DEFAULT_MINIMUM_CONFIDENCE));
        }

        /**
         * Requires a level at or above {@code level}, judged when the classification confidence is at least
         * {@code minimumConfidence}.
         *
         * @param level the least level
         * @param minimumConfidence the least confidence, in [0, 1]
         * @return this builder
         * @throws NullPointerException if {@code level} is null
         * @throws IllegalArgumentException if {@code minimumConfidence} is outside [0, 1]
         */
        public Builder minimumLevel(CredentialLevel level, double minimumConfidence) {
            return condition(new Condition.MinimumLevel(level, minimumConfidence));
        }

        /**
         * Requires one of the given levels, judged at {@link #DEFAULT_MINIMUM_CONFIDENCE}.
         *
         * @param first a level
         * @param more more levels
         * @return this builder
         * @throws NullPointerException if an argument is or holds null
         */
        public Builder levelIn(LevelKind first, LevelKind... more) {
            return condition(new Condition.LevelIn(EnumSet.of(first, more), DEFAULT_MINIMUM_CONFIDENCE));
        }

        /**
         * Requires an alignment to a competency.
         *
         * @param competency the competency's URL or code
         * @return this builder
         * @throws NullPointerException if {@code competency} is null
         * @throws IllegalArgumentException if {@code competency} is blank
         */
        public Builder alignedTo(String competency) {
            return condition(new Condition.AlignedTo(competency));
        }

        /**
         * Requires an issuer on a trust list.
         *
         * @param issuerIds the trusted issuers' ids
         * @return this builder
         * @throws NullPointerException if {@code issuerIds} is or holds null
         * @throws IllegalArgumentException if {@code issuerIds} is empty
         */
        public Builder trustedIssuers(Collection<String> issuerIds) {
            return condition(new Condition.TrustedIssuers(List.copyOf(
                    Objects.requireNonNull(issuerIds, "issuerIds"))));
        }

        /**
         * Requires an issuer that a caller-supplied lookup trusts (a registry, a directory...).
         *
         * @param name a short name for the lookup, for descriptions and the JSON form
         * @param trust the lookup
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder trustedBy(String name, IssuerTrust trust) {
            return condition(new Condition.TrustedBy(name, trust));
        }

        /**
         * Requires a verified, unrevoked credential (by the caller-supplied status).
         *
         * @return this builder
         */
        public Builder requireVerified() {
            return condition(new Condition.Verified());
        }

        /**
         * Requires that the verifying key be shown to be the issuer's.
         *
         * @return this builder
         */
        public Builder requireIssuerKeyBinding() {
            return condition(new Condition.IssuerKeyBound());
        }

        /**
         * Requires a credential valid at the instant of judgement.
         *
         * @return this builder
         */
        public Builder notExpired() {
            return condition(new Condition.NotExpired());
        }

        /**
         * Requires a credential not revoked (and its status checked).
         *
         * @return this builder
         */
        public Builder notRevoked() {
            return condition(new Condition.NotRevoked());
        }

        /**
         * Requires an award within a period before the instant of judgement.
         *
         * @param period the period, e.g. {@code Period.ofYears(3)}
         * @return this builder
         * @throws NullPointerException if {@code period} is null
         * @throws IllegalArgumentException if {@code period} is negative
         */
        public Builder issuedWithin(Period period) {
            return condition(new Condition.IssuedWithin(period));
        }

        /**
         * Sets the verdict when no condition fails but one is unknown.
         *
         * @param verdict {@link Verdict#REFER} (the default) or {@link Verdict#REJECT}
         * @return this builder
         * @throws NullPointerException if {@code verdict} is null
         * @throws IllegalArgumentException if {@code verdict} is {@link Verdict#ACCEPT}
         */
        public Builder onUnknown(Verdict verdict) {
            Objects.requireNonNull(verdict, "verdict");
            if (verdict == Verdict.ACCEPT) {
                throw new IllegalArgumentException("onUnknown must be REFER or REJECT: a policy never accepts what "
                        + "it could not check");
            }
            this.onUnknown = verdict;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public Policy build() {
            return new Policy(conditions, onUnknown);
        }
    }
}
