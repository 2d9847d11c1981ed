package dev.laurel.badges.core.taxonomy.policy;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationState;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.internal.Text;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One condition of a {@link Policy}: a closed set of records, each judging one fact of a credential to
 * {@link ConditionResult#PASS}, {@link ConditionResult#FAIL} or {@link ConditionResult#UNKNOWN} (the
 * credential does not say enough). Switch on {@link #kind()} to write conditions out, e.g. as JSON.
 *
 * <pre>{@code
 * Condition c = new Condition.MinimumLevel(CredentialLevel.skill(), 0.6);
 * ConditionOutcome o = c.evaluate(entry, Instant.now());
 * }</pre>
 */
public sealed interface Condition permits Condition.MinimumLevel, Condition.LevelIn, Condition.AlignedTo,
        Condition.TrustedIssuers, Condition.TrustedBy, Condition.Verified, Condition.IssuerKeyBound,
        Condition.NotExpired, Condition.NotRevoked, Condition.IssuedWithin {

    /**
     * Returns the condition's kind, to switch on.
     *
     * @return the kind
     */
    ConditionKind kind();

    /**
     * Judges a credential at an instant.
     *
     * @param entry the credential with its classification and verification status
     * @param at the instant to judge at
     * @return the outcome
     * @throws NullPointerException if an argument is null
     */
    ConditionOutcome evaluate(BackpackEntry entry, Instant at);

    /**
     * Describes the condition in a few words, e.g. {@code "level at least skill"}.
     *
     * @return the description
     */
    String describe();

    private static void check(double minimumConfidence) {
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new IllegalArgumentException("minimumConfidence must be in [0, 1]: " + minimumConfidence);
        }
    }

    /** Judges the confidence first: a level the classifier is unsure of is for a person to judge. */
    private static Optional<ConditionOutcome> unsure(Condition c, Classification cl, double minimumConfidence) {
        if (cl.level().isEmpty()) {
            return Optional.of(new ConditionOutcome(c, ConditionResult.UNKNOWN, "the credential has no level "
                    + "(unclassified)"));
        }
        if (cl.confidence() < minimumConfidence) {
            return Optional.of(new ConditionOutcome(c, ConditionResult.UNKNOWN, "level " + cl.level().get().id()
                    + " was inferred with confidence " + Text.decimal(cl.confidence()) + ", below "
                    + Text.decimal(minimumConfidence)));
        }
        return Optional.empty();
    }

    /**
     * The credential's level is at or above a level (see {@link CredentialLevel#isAtLeast}): a formal
     * minimum admits only formal levels at or above it. Unknown when the credential is unclassified or
     * its level was inferred with less than {@code minimumConfidence}.
     *
     * @param level the least level
     * @param minimumConfidence the least classification confidence to judge on, in [0, 1]
     */
    record MinimumLevel(CredentialLevel level, double minimumConfidence) implements Condition {

        /**
         * Creates the condition.
         *
         * @throws NullPointerException if {@code level} is null
         * @throws IllegalArgumentException if {@code minimumConfidence} is outside [0, 1]
         */
        public MinimumLevel {
            Objects.requireNonNull(level, "level");
            check(minimumConfidence);
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.MINIMUM_LEVEL;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Classification cl = entry.classification();
            Optional<ConditionOutcome> unsure = unsure(this, cl, minimumConfidence);
            if (unsure.isPresent()) {
                return unsure.get();
            }
            CredentialLevel held = cl.level().get();
            if (held.isAtLeast(level)) {
                return new ConditionOutcome(this, ConditionResult.PASS, "level " + held.id() + " is at least "
                        + level.id());
            }
            String why = held.requiresAssessment() == level.requiresAssessment() ? " is below " : " is not comparable with ";
            return new ConditionOutcome(this, ConditionResult.FAIL, "level " + held.id() + why + level.id());
        }

        @Override
        public String describe() {
            return "level at least " + level.id();
        }
    }

    /**
     * The credential's level is one of a set, e.g. participation or recognition only. Unknown as for
     * {@link MinimumLevel}.
     *
     * @param kinds the accepted levels, at least one
     * @param minimumConfidence the least classification confidence to judge on, in [0, 1]
     */
    record LevelIn(Set<LevelKind> kinds, double minimumConfidence) implements Condition {

        /**
         * Creates the condition.
         *
         * @throws NullPointerException if {@code kinds} is or holds null
         * @throws IllegalArgumentException if {@code kinds} is empty or the confidence is outside [0, 1]
         */
        public LevelIn {
            Objects.requireNonNull(kinds, "kinds");
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("kinds must not be empty");
            }
            kinds = Set.copyOf(EnumSet.copyOf(kinds));
            check(minimumConfidence);
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.LEVEL_IN;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Classification cl = entry.classification();
            Optional<ConditionOutcome> unsure = unsure(this, cl, minimumConfidence);
            if (unsure.isPresent()) {
                return unsure.get();
            }
            LevelKind held = cl.kind().get();
            return kinds.contains(held)
                    ? new ConditionOutcome(this, ConditionResult.PASS, "level " + held.id() + " is accepted")
                    : new ConditionOutcome(this, ConditionResult.FAIL, "level " + held.id() + " is not one of "
                            + ids());
        }

        private String ids() {
            StringBuilder out = new StringBuilder();
            for (LevelKind k : EnumSet.copyOf(kinds)) {
                out.append(out.length() == 0 ? "" : ", ").append(k.id());
            }
            return out.toString();
        }

        @Override
        public String describe() {
            return "level one of " + ids();
        }
    }

    /**
     * The credential's achievement is aligned to a competency (alignment {@code targetUrl} or
     * {@code targetCode}). Unknown when the achievement is not embedded.
     *
     * @param competency the competency's URL or code
     */
    record AlignedTo(String competency) implements Condition {

        /**
         * Creates the condition.
         *
         * @throws NullPointerException if {@code competency} is null
         * @throws IllegalArgumentException if {@code competency} is blank
         */
        public AlignedTo {
            Objects.requireNonNull(competency, "competency");
            if (competency.isBlank()) {
                throw new IllegalArgumentException("competency must not be blank");
            }
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.ALIGNED_TO;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Credential c = entry.credential();
            if (c.definition().isEmpty()) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, "the achievement is not embedded, so "
                        + "its alignments cannot be read");
            }
            return c.isAlignedTo(competency)
                    ? new ConditionOutcome(this, ConditionResult.PASS, "aligned to " + competency)
                    : new ConditionOutcome(this, ConditionResult.FAIL, "not aligned to " + competency);
        }

        @Override
        public String describe() {
            return "aligned to " + competency;
        }
    }

    /**
     * The credential's issuer is on a trust list (ids compared exactly). Unknown when the issuer's id
     * cannot be read (an OB 2.0 badge class given only by IRI). The list is also the static
     * {@link IssuerTrust}.
     *
     * @param issuerIds the trusted issuers' ids, at least one
     */
    record TrustedIssuers(List<String> issuerIds) implements Condition, IssuerTrust {

        /**
         * Creates the condition; duplicates are dropped, order kept.
         *
         * @throws NullPointerException if {@code issuerIds} is or holds null
         * @throws IllegalArgumentException if {@code issuerIds} is empty
         */
        public TrustedIssuers {
            Objects.requireNonNull(issuerIds, "issuerIds");
            issuerIds = List.copyOf(new LinkedHashSet<>(List.copyOf(issuerIds)));
            if (issuerIds.isEmpty()) {
                throw new IllegalArgumentException("issuerIds must not be empty");
            }
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.TRUSTED_ISSUERS;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Optional<String> issuer = entry.credential().issuerId();
            if (issuer.isEmpty()) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, "the issuer is not known");
            }
            TrustAnswer answer = judge(issuer.get());
            return new ConditionOutcome(this, answer.result(), answer.reason());
        }

        /**
         * Judges an issuer by the list.
         *
         * @param issuerId the issuer's id
         * @return trusted when the id is on the list (compared exactly), not trusted otherwise
         */
        @Override
        public TrustAnswer judge(String issuerId) {
            return issuerIds.contains(issuerId) ? TrustAnswer.trusted("issuer " + issuerId + " is trusted")
                    : TrustAnswer.notTrusted("issuer " + issuerId + " is not on the trust list");
        }

        @Override
        public String describe() {
            return "issuer on the trust list";
        }
    }

    /**
     * The credential's issuer is trusted by an {@link IssuerTrust} the caller supplies (a registry
     * lookup). Unknown when the issuer's id cannot be read, or the lookup cannot tell, throws or answers
     * null. Two conditions are equal when their names and lookups are.
     *
     * @param name a short name for the lookup, for descriptions and the JSON form
     *     ({@code {"trustedBy": "NAME"}}), e.g. {@code state-directory}
     * @param trust the lookup
     */
    record TrustedBy(String name, IssuerTrust trust) implements Condition {

        /**
         * Creates the condition.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public TrustedBy {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(trust, "trust");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.TRUSTED_BY;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Optional<String> issuer = entry.credential().issuerId();
            if (issuer.isEmpty()) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, "the issuer is not known");
            }
            TrustAnswer answer;
            try {
                answer = trust.judge(issuer.get());
            } catch (RuntimeException e) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, name + " could not judge issuer "
                        + issuer.get() + " (" + e.getClass().getSimpleName() + ")");
            }
            if (answer == null) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, name + " gave no answer for issuer "
                        + issuer.get());
            }
            return new ConditionOutcome(this, answer.result(), name + ": " + answer.reason());
        }

        @Override
        public String describe() {
            return "issuer trusted by " + name;
        }
    }

    /**
     * The credential was verified and is not revoked, by the status the caller supplied. Unknown when
     * the status is unknown.
     */
    record Verified() implements Condition {

        @Override
        public ConditionKind kind() {
            return ConditionKind.VERIFIED;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            if (entry.isRevoked()) {
                return new ConditionOutcome(this, ConditionResult.FAIL, "revoked");
            }
            VerificationState state = entry.verification().state();
            switch (state) {
                case VERIFIED:
                    return new ConditionOutcome(this, ConditionResult.PASS, "verified");
                case NOT_VERIFIED:
                    return new ConditionOutcome(this, ConditionResult.FAIL, "verification failed");
                default:
                    return new ConditionOutcome(this, ConditionResult.UNKNOWN, "not verified yet");
            }
        }

        @Override
        public String describe() {
            return "verified";
        }
    }

    /**
     * The key that verified the credential is shown to be its issuer's. Fails when the verifier reported
     * it unconfirmed (a warning in verification), unknown when it did not report.
     */
    record IssuerKeyBound() implements Condition {

        @Override
        public ConditionKind kind() {
            return ConditionKind.ISSUER_KEY_BOUND;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            switch (entry.verification().keyBinding()) {
                case CONFIRMED:
                    return new ConditionOutcome(this, ConditionResult.PASS, "the key is the issuer's");
                case UNCONFIRMED:
                    return new ConditionOutcome(this, ConditionResult.FAIL, "nothing confirms the key is the "
                            + "issuer's");
                default:
                    return new ConditionOutcome(this, ConditionResult.UNKNOWN, "key binding not reported");
            }
        }

        @Override
        public String describe() {
            return "signed with the issuer's key";
        }
    }

    /** The credential is valid at the instant: not expired, and not dated to start later. */
    record NotExpired() implements Condition {

        @Override
        public ConditionKind kind() {
            return ConditionKind.NOT_EXPIRED;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Credential c = entry.credential();
            if (c.isExpiredAt(at)) {
                return new ConditionOutcome(this, ConditionResult.FAIL, "expired at " + Text.instant(c.expiresAt().get()));
            }
            if (c.isNotYetValidAt(at)) {
                return new ConditionOutcome(this, ConditionResult.FAIL, "not valid until " + Text.instant(c.validFrom().get()));
            }
            return new ConditionOutcome(this, ConditionResult.PASS, c.expiresAt().isPresent()
                    ? "valid until " + Text.instant(c.expiresAt().get()) : "does not expire");
        }

        @Override
        public String describe() {
            return "not expired";
        }
    }

    /**
     * The credential is not revoked. Fails when revoked (by a status check or by the document), unknown
     * when its status was never checked.
     */
    record NotRevoked() implements Condition {

        @Override
        public ConditionKind kind() {
            return ConditionKind.NOT_REVOKED;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            if (entry.isRevoked()) {
                return new ConditionOutcome(this, ConditionResult.FAIL, "revoked");
            }
            if (entry.verification().state() == VerificationState.UNKNOWN) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, "revocation not checked");
            }
            return new ConditionOutcome(this, ConditionResult.PASS, "not revoked");
        }

        @Override
        public String describe() {
            return "not revoked";
        }
    }

    /**
     * The credential was awarded within a period before the instant (the period is taken back from the
     * instant in UTC), and not after it. Unknown when no award date is stated.
     *
     * @param period the period, e.g. {@code Period.ofYears(3)}; not negative
     */
    record IssuedWithin(Period period) implements Condition {

        /**
         * Creates the condition.
         *
         * @throws NullPointerException if {@code period} is null
         * @throws IllegalArgumentException if {@code period} is negative
         */
        public IssuedWithin {
            Objects.requireNonNull(period, "period");
            if (period.isNegative()) {
                throw new IllegalArgumentException("period must not be negative: " + period);
            }
        }

        @Override
        public ConditionKind kind() {
            return ConditionKind.ISSUED_WITHIN;
        }

        @Override
        public ConditionOutcome evaluate(BackpackEntry entry, Instant at) {
            Objects.requireNonNull(at, "at");
            Optional<Instant> issued = entry.credential().issuedAt();
            if (issued.isEmpty()) {
                return new ConditionOutcome(this, ConditionResult.UNKNOWN, "no issue date");
            }
            if (issued.get().isAfter(at)) {
                return new ConditionOutcome(this, ConditionResult.FAIL, "issued " + Text.instant(issued.get())
                        + ", after the time of judgement");
            }
            Instant earliest = PeriodStart.of(at, period);
            return issued.get().isBefore(earliest)
                    ? new ConditionOutcome(this, ConditionResult.FAIL, "issued " + Text.instant(issued.get())
                            + ", before " + Text.instant(earliest))
                    : new ConditionOutcome(this, ConditionResult.PASS, "issued " + Text.instant(issued.get()));
        }

        @Override
        public String describe() {
            return "issued within " + period;
        }
    }
}
