package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.verify.internal.RecipientMatcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClrCheck;
import dev.laurel.badges.verify.report.ClrContents;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The CLR 2.0 steps, after the CLR's own OB 3.0 checks (its proof and issuer binding, dates, status, validity,
 * endorsements, recipient): each nested credential of {@code credentialSubject.verifiableCredential} verified as
 * a badge of its own through the caller's function (the pipeline, under the CLR's fetch budget and deadline),
 * one {@code clr.nested} check per credential at its JSON Pointer, and one {@code clr.subject} check that its
 * subject is the CLR's learner. As 1EdTech's reference validator decides, one nested credential that fails
 * fails the CLR; the report still carries every nested report, so an application can use those that verify.
 *
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#clrcredential">CLR 2.0, ClrCredential</a>
 */
public final class ClrSteps {

    /** Where the nested credentials are. */
    public static final String NESTED = "/credentialSubject/verifiableCredential";

    private final boolean requireSameLearner;
    private final Optional<Executor> executor;

    /**
     * Creates the steps. How many nested credentials a CLR may carry is the reader's business
     * ({@code JsonLimits.maxNestedCredentials}): a CLR with more is not read at all.
     *
     * @param requireSameLearner whether a nested subject that is not shown to be the CLR's learner fails the CLR
     *     (otherwise a warning says why)
     * @param executor where nested credentials are verified concurrently, if anywhere
     */
    public ClrSteps(boolean requireSameLearner, Optional<Executor> executor) {
        this.requireSameLearner = requireSameLearner;
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Verifies the nested credentials of a CLR and adds them to the CLR's own report.
     *
     * @param doc the CLR
     * @param own the report of the CLR's own checks
     * @param nested verifies one entry of {@code verifiableCredential} (never throws for bad input)
     * @return the CLR's report, with its nested reports
     */
    public VerificationReport verify(BadgeDocument doc, VerificationReport own,
                                     Function<JsonNode, VerificationReport> nested) {
        List<Check> checks = new ArrayList<>(own.checks());
        Optional<ClrSubject> learner = doc.model(ClrCredential.class).flatMap(ClrCredential::credentialSubject);
        ClrContents none = new ClrContents(learner.flatMap(ClrSubject::id), List.of());
        JsonNode entries = doc.json().at(NESTED);
        List<JsonNode> items = Json.items(entries);
        if (items.isEmpty()) {
            checks.add(Check.failed(ClrCheck.NESTED, NESTED, "the CLR holds no nested credential"));
            return own.withChecks(checks).withClr(none);
        }
        List<VerificationReport> reports = NestedCredentials.verifyAll(items, nested, executor);
        List<NestedReport> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            String path = entries.isArray() ? NESTED + "/" + i : NESTED;
            VerificationReport report = reports.get(i);
            out.add(new NestedReport(path, report));
            checks.add(NestedCredentials.outcome(ClrCheck.NESTED, path, "nested credential " + path, report));
            checks.add(sameLearner(learner, report, path));
        }
        return own.withChecks(checks).withClr(new ClrContents(learner.flatMap(ClrSubject::id), out));
    }

    /**
     * Recipient sameness: the nested credential's subject should name the CLR's learner. Learners are named by
     * different identifiers at different issuers, and 1EdTech's reference validator does not compare them, so a
     * subject not shown to be the learner is a warning that says why, and a failure only when the caller asked.
     */
    private Check sameLearner(Optional<ClrSubject> learner, VerificationReport report, String path) {
        String at = path + "/credentialSubject";
        Optional<AchievementSubject> subject = report.document().flatMap(d -> d.model(OpenBadgeCredential.class))
                .flatMap(OpenBadgeCredential::credentialSubject);
        if (subject.isEmpty()) {
            return Check.skipped(ClrCheck.SUBJECT, at, "not compared: the nested credential has no subject that"
                    + " could be read");
        }
        if (learner.isEmpty()) {
            return new Check(ClrCheck.SUBJECT, unproven(), at, "not compared: the CLR has no subject naming its"
                    + " learner");
        }
        Optional<String> learnerId = learner.get().id();
        List<IdentityObject> learnerIds = learner.get().identifier();
        RecipientMatcher.Learner same = RecipientMatcher.sameLearner(learnerId, learnerIds, subject.get().id(),
                subject.get().identifier());
        Outcome outcome = switch (same.verdict()) {
            case SAME -> Outcome.PASSED;
            case DIFFERENT, UNDECIDED -> unproven();
        };
        String message = switch (same.verdict()) {
            case SAME -> "the subject is the CLR's learner: " + same.reason();
            case DIFFERENT -> "the subject is not the CLR's learner: " + same.reason();
            case UNDECIDED -> "cannot tell whether the subject is the CLR's learner: " + same.reason();
        };
        return new Check(ClrCheck.SUBJECT, outcome, at, message);
    }

    private Outcome unproven() {
        return requireSameLearner ? Outcome.FAILED : Outcome.WARNING;
    }
}
