package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.dataintegrity.ContextSet;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.internal.BudgetedFetcher;
import dev.laurel.badges.verify.internal.HostedOb2;
import dev.laurel.badges.verify.internal.StatusLists;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.JosePolicy;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.DidResolver;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.DocumentCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The {@code Verifier}'s steps, wired once from one settings value, and one guarded run per
 * verification: unpack, read once, dispatch by kind to the OB 3.0 or OB 2.0 steps.
 */
public final class Pipeline {

    /**
     * What the verifier's builder decided, as one value.
     *
     * @param fetcher where documents come from (already cached)
     * @param clock the clock that judges dates
     * @param clockSkew the tolerance for dates
     * @param keyBinding strict or lenient issuer binding
     * @param maxEndorsementDepth how deep embedded endorsements are verified
     * @param maxFetches the most distinct documents one verification fetches
     * @param deadline the longest one verification may take
     * @param json the reader of untrusted JSON
     * @param contexts JSON-LD contexts registered beside the bundled ones
     * @param didResolvers DID methods added to the built-in ones
     * @param maxCredentials the most credentials one presentation may carry (a CLR's count is the reader's limit)
     * @param executor where the credentials inside a presentation or a CLR are verified concurrently, if anywhere
     * @param requireSameLearner whether a CLR's nested subject not shown to be its learner fails the CLR
     */
    public record Settings(DocumentFetcher fetcher, Clock clock, Duration clockSkew, BindingMode keyBinding,
                           int maxEndorsementDepth, int maxFetches, Duration deadline, BadgeJson json,
                           ContextSet contexts, List<DidResolver> didResolvers, int maxCredentials,
                           Optional<Executor> executor, boolean requireSameLearner) {

        /**
         * Creates the settings.
         *
         * @throws NullPointerException if a component is null
         */
        public Settings {
            Objects.requireNonNull(fetcher, "fetcher");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(clockSkew, "clockSkew");
            Objects.requireNonNull(keyBinding, "keyBinding");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(contexts, "contexts");
            didResolvers = List.copyOf(didResolvers);
            Objects.requireNonNull(executor, "executor");
        }
    }

    private final BudgetedFetcher fetcher;
    private final int maxFetches;
    private final Duration deadline;
    private final BadgeJson json;
    private final ImageInput images;
    private final Ob3Steps ob3;
    private final Ob2Steps ob2;
    private final PresentationSteps presentations;
    private final ClrSteps clrs;

    /**
     * Wires the steps once.
     *
     * @param b the settings
     */
    public Pipeline(Settings b) {
        this.fetcher = new BudgetedFetcher(b.fetcher());
        BindingMode keyBinding = b.keyBinding();
        this.maxFetches = b.maxFetches();
        this.deadline = b.deadline();
        this.json = b.json();
        KeyResolver keys = KeyResolver.of(fetcher);
        DataIntegrityVerifier.Builder dataIntegrityBuilder = DataIntegrityVerifier.builder().fetcher(fetcher)
                .clock(b.clock()).clockSkew(b.clockSkew()).keyBinding(keyBinding).contexts(b.contexts());
        for (DidResolver r : b.didResolvers()) {
            keys = keys.withDidResolver(r);
            dataIntegrityBuilder.didResolver(r);
        }
        DataIntegrityVerifier dataIntegrity = dataIntegrityBuilder.build();
        DataIntegrityVerifier authentication = dataIntegrityBuilder.proofPurpose(PresentationSteps.AUTHENTICATION)
                .checkKeyBinding(false).build();
        JosePolicy policy = JosePolicy.defaults().withClock(b.clock()).withClockSkew(b.clockSkew());
        VcJwtVerifier vcJwt = VcJwtVerifier.of(keys).withPolicy(policy).withKeyBinding(keyBinding);
        SignedBadgeVerifier signedBadges = SignedBadgeVerifier.of(fetcher).withPolicy(policy).withKeyBinding(keyBinding);
        StatusLists statusLists = new StatusLists(fetcher, dataIntegrity, vcJwt, json, b.clock(), keyBinding, b.clockSkew());
        DocumentChecks document = new DocumentChecks(json, b.clock(), b.clockSkew());
        this.images = new ImageInput(fetcher);
        this.ob3 = new Ob3Steps(document, vcJwt, dataIntegrity, new StatusStep(statusLists, maxFetches),
                new EndorsementStep(json, b.maxEndorsementDepth()));
        this.ob2 = new Ob2Steps(document, signedBadges, new HostedOb2(fetcher, json), json);
        this.presentations = new PresentationSteps(keys, authentication, keyBinding, policy, b.maxCredentials(),
                b.executor());
        this.clrs = new ClrSteps(b.requireSameLearner(), b.executor());
    }

    /**
     * Verifies bytes: JSON, a compact JWS/JWT or a baked image; a Verifiable Presentation (JSON or VP-JWT,
     * recognised by content) by the presentation steps, each credential inside under its own budget.
     *
     * @param input the bytes
     * @param recipient the recipient to match, if any (for a presentation, in every credential inside)
     * @param expected what the caller expects of a presentation
     * @return the report
     */
    public VerificationReport verifyBytes(byte[] input, Optional<Recipient> recipient, PresentationSteps.Expected expected) {
        Optional<BadgeDocument> read = readCompactCredential(input);
        if (read.isPresent()) {
            return guarded(checks -> bytes(input, recipient, checks, read, false));
        }
        if (PresentationSteps.isPresentation(input)) {
            return presentations.verify(input, expected, recipient, 
                    // A credential inside is never read as a presentation again: no nesting without end.
                    (bytes, r) -> guarded(checks -> bytes(bytes, r, checks, Optional.empty(), false)),
                    () -> fetcher.open(maxFetches, deadline));
        }
        return guarded(checks -> bytes(input, recipient, checks, Optional.empty(), false));
    }

    /**
     * Reads a compact JWS once, for both questions: is it a presentation, and which credential is it. The
     * document is returned only when {@link PresentationSteps#certainlyNotPresentation} proves from its payload
     * tree that {@link PresentationSteps#isPresentation} would say no; anything else (not a JWS, unreadable,
     * perhaps a presentation) gives empty and goes the usual way, where it is read (again) exactly as before.
     */
    private Optional<BadgeDocument> readCompactCredential(byte[] input) {
        if (!PresentationSteps.mayBeCompactJws(input)) {
            return Optional.empty();
        }
        try {
            BadgeDocument doc = json.read(input);
            return PresentationSteps.certainlyNotPresentation(input, doc) ? Optional.of(doc) : Optional.empty();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return Optional.empty(); // read again under guarded(...), which reports it as before
        }
    }

    /**
     * Verifies a document already read.
     *
     * @param doc the document
     * @param recipient the recipient to match, if any
     * @return the report
     */
    public VerificationReport verifyDocument(BadgeDocument doc, Optional<Recipient> recipient) {
        return guarded(checks -> verify(doc, recipient, checks, 0, false, false));
    }

    /**
     * Runs one verification under its fetch budget and deadline. Untrusted input never throws: a defect in
     * a step or in a library (an exception, or an {@code Error} such as an {@code AssertionError}) ends as a
     * failed {@code verifier.error} check whose message names no exception class and quotes no input. Only a
     * {@link VirtualMachineError} (out of memory, stack overflow) is let through: the JVM itself is then in
     * trouble. A budget or deadline that ran out adds a failed {@code verifier.limits} check.
     */
    private VerificationReport guarded(Function<List<Check>, VerificationReport> pipeline) {
        List<Check> checks = new ArrayList<>();
        VerificationReport report;
        String exhausted;
        try (BudgetedFetcher.Budget budget = fetcher.open(maxFetches, deadline)) {
            report = pipeline.apply(checks);
            exhausted = budget.exhausted();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            List<Check> all = new ArrayList<>(checks);
            all.add(new Check(VerifierCheck.ERROR, Outcome.FAILED, "", "verification stopped by an internal error; this is a"
                    + " defect in Laurel or a library it uses, not a verdict on the badge"));
            return new VerificationReport(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), all,
                    Optional.empty());
        }
        if (exhausted == null) {
            return report;
        }
        List<Check> all = new ArrayList<>(report.checks());
        all.add(new Check(VerifierCheck.LIMITS, Outcome.FAILED, "", "verification stopped fetching: " + exhausted));
        return report.withChecks(all);
    }

    private VerificationReport bytes(byte[] input, Optional<Recipient> recipient, List<Check> checks,
                                     Optional<BadgeDocument> read, boolean inClr) {
        ImageInput.Unpacked unpacked = images.unpack(input, checks);
        if (unpacked.ended().isPresent()) {
            return unpacked.ended().get();
        }
        BadgeDocument doc;
        try {
            // The input itself (not an image's content) may have been read already, by readCompactCredential.
            doc = read.isPresent() && unpacked.badge() == input ? read.get() : json.read(unpacked.badge());
        } catch (BadgeJsonException e) {
            checks.add(Check.failed(DocumentCheck.READABLE, "", e.getMessage(), e.code()));
            return new VerificationReport(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks,
                    Optional.empty());
        }
        return verify(doc, recipient, checks, 0, ImageInput.servedAtItsOwnUrl(doc, unpacked.bakedUrl()), inClr);
    }

    /**
     * The pipeline: the document's kind decides which steps run; OB 3.0 endorsements and a CLR's nested
     * credentials ({@code inClr}) come back here.
     */
    private VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                      int depth, boolean alreadyFetched, boolean inClr) {
        if (!doc.isBadge()) {
            checks.add(new Check(DocumentCheck.KIND, Outcome.FAILED, "", "not an Open Badge: " + doc.description()));
            return new VerificationReport(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        if (inClr && doc.kind() != DocumentKind.OB3_CREDENTIAL) {
            // CLR 2.0 nests AchievementCredentials; anything else (a CLR in a CLR, an OB 2.0 assertion that would
            // be fetched) is not verified as one: no nesting without end, no fetches the CLR did not ask for.
            checks.add(new Check(DocumentCheck.KIND, Outcome.FAILED, "", "a credential nested in a CLR must be an OB 3.0"
                    + " OpenBadgeCredential (AchievementCredential), not a " + doc.kind().displayName()));
            return new VerificationReport(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        if (!doc.kind().isAwarded()) {
            checks.add(new Check(DocumentCheck.KIND, Outcome.FAILED, "", "a " + doc.kind().displayName()
                    + " is a definition, not an awarded badge that can be verified"));
            return new VerificationReport(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        if (doc.kind() == DocumentKind.CLR_CREDENTIAL) {
            checks.add(new Check(DocumentCheck.KIND, Outcome.PASSED, "", "a CLR 2.0 ClrCredential"));
            VerificationReport own = ob3.verify(doc, recipient, checks, depth, this::endorsement);
            return clrs.verify(doc, own, nestedInClr(fetcher.current()));
        }
        checks.add(new Check(DocumentCheck.KIND, Outcome.PASSED, "", "an OB " + doc.version().orElseThrow().label() + " "
                + doc.kind().displayName()));
        if (doc.version().orElseThrow() == BadgeVersion.V3_0) {
            return ob3.verify(doc, recipient, checks, depth, this::endorsement);
        }
        return ob2.verify(doc, recipient, checks, alreadyFetched);
    }

    private VerificationReport endorsement(BadgeDocument endorsement, int level) {
        return verify(endorsement, Optional.empty(), new ArrayList<>(), level, false, false);
    }

    /**
     * Verifies one nested credential of a CLR as a badge of its own, on whichever thread runs it, spending the
     * CLR's budget: one CLR is one verification, so its nested credentials share its fetch budget and deadline.
     * A nested credential that starts after the deadline is not verified at all (bounded CPU as well as fetches).
     */
    private Function<JsonNode, VerificationReport> nestedInClr(Optional<BudgetedFetcher.Budget> budget) {
        return item -> {
            if (budget.isEmpty()) {
                return nestedInClr(item);
            }
            try (BudgetedFetcher.Budget scope = fetcher.enter(budget.get())) {
                if (budget.get().deadlinePassed()) {
                    return new VerificationReport(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(),
                            List.of(Check.failed(VerifierCheck.LIMITS, "", "not verified: the CLR's verification"
                                    + " passed its deadline of " + deadline.toMillis() + " ms")), Optional.empty());
                }
                return nestedInClr(item);
            }
        };
    }

    /**
     * One nested credential. A credential object is read from a copy of its tree (the CLR was parsed under the
     * reader's limits already): writing it out and parsing it again cost about a twentieth of a CLR's
     * verification. The copy is the nested verification's own, so no step can change the CLR's tree, which other
     * threads read. A VC-JWT string or an enveloped credential goes through the bytes path.
     */
    private VerificationReport nestedInClr(JsonNode item) {
        if (item instanceof ObjectNode object && !Json.hasType(object.get("type"), "EnvelopedVerifiableCredential")) {
            ObjectNode own = object.deepCopy();
            return guarded(checks -> {
                BadgeDocument doc;
                try {
                    doc = json.read(own);
                } catch (BadgeJsonException e) {
                    checks.add(Check.failed(DocumentCheck.READABLE, "", e.getMessage(), e.code()));
                    return new VerificationReport(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks,
                            Optional.empty());
                }
                return verify(doc, Optional.empty(), checks, 0, false, true);
            });
        }
        return NestedCredentials.credential(item, Optional.empty(),
                (bytes, r) -> guarded(checks -> bytes(bytes, r, checks, Optional.empty(), true)));
    }
}
