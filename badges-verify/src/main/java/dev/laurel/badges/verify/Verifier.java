package dev.laurel.badges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.HttpDocumentFetcher;
import dev.laurel.badges.verify.internal.BudgetedFetcher;
import dev.laurel.badges.verify.internal.HostedOb2;
import dev.laurel.badges.verify.internal.RecipientMatcher;
import dev.laurel.badges.verify.internal.StatusLists;
import dev.laurel.badges.verify.jose.JosePolicy;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyResolver;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of badges-verify: answers "is this badge real, unaltered, unexpired, unrevoked, valid
 * and issued to this person?" for any Open Badge, with every step as a {@link Check}.
 *
 * <p>Accepts JSON, a compact JWS/JWT, a baked PNG or SVG (a hosted URL inside is followed through the
 * fetcher), or a document already read. Handles OB 2.0 hosted and signed badges, OB 3.0 VC-JWT and
 * embedded Data Integrity proofs (eddsa-rdfc-2022, Ed25519Signature2020), issuer key binding (strict
 * by default: see {@link BindingMode}), validity dates, status lists, embedded endorsements and
 * recipient matching. A badge is verified only if it is also valid: schema and specification problems
 * fail it.
 *
 * <p>Work per verification is bounded: at most {@link Builder#maxFetches} distinct documents (default
 * 16) and an overall {@link Builder#deadline} (default 30 s), endorsements included; no network check
 * runs once a check has failed.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().build();           // safe HTTP fetching, with a cache
 * VerificationReport report = verifier.verify(bytes, Recipient.parse("email:alice@example.org"));
 * if (report.verified()) { ... }
 * report.checks().forEach(c -> System.out.println(c.id() + " " + c.outcome() + " " + c.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Untrusted input never throws; it yields a report.
 */
public final class Verifier {


    /** The id of the check that reports a defect: verification stopped by an unexpected exception or error. */
    static final String UNEXPECTED = "verifier.error";

    /** The id of the check that reports a verification stopped by its fetch budget or deadline. */
    static final String LIMITS = "verifier.limits";

    /** The id of the check on each embedded endorsement. */
    private static final String ENDORSEMENT = "endorsement.verified";

    private final BudgetedFetcher fetcher;
    private final Clock clock;
    private final Duration clockSkew;
    private final BindingMode keyBinding;
    private final int maxEndorsementDepth;
    private final int maxFetches;
    private final Duration deadline;
    private final BadgeJson json;
    private final DataIntegrityVerifier dataIntegrity;
    private final VcJwtVerifier vcJwt;
    private final SignedBadgeVerifier signedBadges;
    private final StatusLists statusLists;
    private final HostedOb2 hosted;

    private Verifier(Builder b) {
        DocumentFetcher cached = b.fetcher instanceof CachingDocumentFetcher ? b.fetcher : CachingDocumentFetcher.of(b.fetcher);
        this.fetcher = new BudgetedFetcher(cached);
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.keyBinding = b.keyBinding;
        this.maxEndorsementDepth = b.maxEndorsementDepth;
        this.maxFetches = b.maxFetches;
        this.deadline = b.deadline;
        this.json = b.json;
        KeyResolver keys = KeyResolver.of(fetcher);
        this.dataIntegrity = DataIntegrityVerifier.builder().fetcher(fetcher).clock(clock).clockSkew(clockSkew)
                .keyBinding(keyBinding).build();
        JosePolicy policy = JosePolicy.defaults().withClock(clock).withClockSkew(clockSkew);
        this.vcJwt = VcJwtVerifier.of(keys).withPolicy(policy).withKeyBinding(keyBinding);
        this.signedBadges = SignedBadgeVerifier.of(fetcher).withPolicy(policy).withKeyBinding(keyBinding);
        this.statusLists = new StatusLists(fetcher, dataIntegrity, vcJwt, json, clock, keyBinding, clockSkew);
        this.hosted = new HostedOb2(fetcher, json);
    }

    /**
     * Returns how this verifier judges an unconfirmed issuer binding.
     *
     * @return {@link BindingMode#STRICT} unless the builder said otherwise
     */
    public BindingMode keyBinding() {
        return keyBinding;
    }

    /**
     * Returns a builder; its defaults fetch over HTTP(S) under {@link FetchPolicy#defaults()} with a cache.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a verifier that makes no network call at all: any document it would need to fetch fails
     * its check.
     *
     * @return the verifier
     */
    public static Verifier offline() {
        return builder().fetcher(DocumentFetcher.refusing()).build();
    }

    /**
     * Verifies a badge: JSON, a compact JWS/JWT, or a baked PNG/SVG.
     *
     * @param input the bytes
     * @return the report
     * @throws NullPointerException if {@code input} is null
     */
    public VerificationReport verify(byte[] input) {
        return verify(input, Optional.empty());
    }

    /**
     * Verifies a badge and that it was issued to a known recipient.
     *
     * @param input the bytes
     * @param recipient the recipient the caller knows
     * @return the report; a mismatch fails {@code recipient.match}
     */
    public VerificationReport verify(byte[] input, Recipient recipient) {
        return verify(input, Optional.of(recipient));
    }

    /**
     * Verifies a badge given as text (JSON or a compact JWS/JWT).
     *
     * @param input the text
     * @return the report
     */
    public VerificationReport verify(String input) {
        Objects.requireNonNull(input, "input");
        return verify(input.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    /**
     * Verifies a badge, optionally against a known recipient.
     *
     * @param input JSON, a compact JWS/JWT or a baked image
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(byte[] input, Optional<Recipient> recipient) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(recipient, "recipient");
        List<Check> checks = new ArrayList<>();
        try (BudgetedFetcher.Budget budget = fetcher.open(maxFetches, deadline)) {
            return bounded(verifyBytes(input, recipient, checks), budget);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return unexpected(checks);
        }
    }

    /**
     * Untrusted input never throws: a defect in a step or in a library (an exception, or an
     * {@code Error} such as an {@code AssertionError} or an {@code ExceptionInInitializerError}) still
     * ends as a failed check. Only a {@link VirtualMachineError} (out of memory, stack overflow) is let
     * through: the JVM itself is then in trouble. The message names no exception class and quotes no input.
     */
    private static VerificationReport unexpected(List<Check> checks) {
        List<Check> all = new ArrayList<>(checks);
        all.add(new Check(UNEXPECTED, Outcome.FAILED, "verification stopped by an internal error; this is a defect"
                + " in Laurel or a library it uses, not a verdict on the badge", ""));
        return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), all, Optional.empty());
    }

    /** Adds {@code verifier.limits} when the fetch budget or the deadline ran out on the way. */
    private static VerificationReport bounded(VerificationReport report, BudgetedFetcher.Budget budget) {
        if (budget.exhausted() == null) {
            return report;
        }
        List<Check> all = new ArrayList<>(report.checks());
        all.add(new Check(LIMITS, Outcome.FAILED, "verification stopped fetching: " + budget.exhausted(), ""));
        return new VerificationReport(report.kind(), report.proofFormat(), report.issuer(), all, report.document());
    }

    private VerificationReport verifyBytes(byte[] input, Optional<Recipient> recipient, List<Check> checks) {
        byte[] badge = input;
        Optional<String> bakedUrl = Optional.empty();
        Optional<ImageFormat> image = ImageFormat.detect(input);
        if (image.isPresent()) {
            Optional<BakedBadge> baked;
            try {
                baked = Baker.standard().extract(input);
            } catch (BakeException e) {
                checks.add(new Check("input.image", Outcome.FAILED, "cannot read the " + image.get() + " image: "
                        + e.getMessage() + " [" + e.code().name() + "]", ""));
                return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
            }
            if (baked.isEmpty()) {
                checks.add(new Check("input.image", Outcome.FAILED, "the " + image.get() + " image carries no badge", ""));
                return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
            }
            String text = baked.get().text().strip();
            if (baked.get().kind() == BadgePayload.Kind.URL) {
                checks.add(new Check("input.image", Outcome.PASSED, "the " + image.get()
                        + " image carries the URL of a hosted assertion: " + text, ""));
                try {
                    FetchedDocument doc = fetcher.fetch(URI.create(text), "application/ld+json, application/json");
                    badge = doc.body();
                    bakedUrl = Optional.of(text);
                } catch (FetchException e) {
                    // OB 2.0 "Revoking Hosted Assertions": 410 Gone means revoked.
                    checks.add(e.fetchCode() == FetchCode.GONE
                            ? new Check("status.revoked", Outcome.FAILED, "the issuer answers 410 Gone for " + text
                            + ": the assertion is revoked", "")
                            : new Check("hosted.fetch", Outcome.FAILED, "cannot fetch " + text + ": " + e.getMessage()
                            + " [" + e.code().name() + "]", ""));
                    return report(DocumentKind.OB2_ASSERTION, ProofFormat.HOSTED, Optional.empty(), checks, Optional.empty());
                } catch (IllegalArgumentException e) {
                    checks.add(new Check("hosted.fetch", Outcome.FAILED, "cannot fetch " + text + ": not a URL", ""));
                    return report(DocumentKind.OB2_ASSERTION, ProofFormat.HOSTED, Optional.empty(), checks, Optional.empty());
                }
            } else {
                checks.add(new Check("input.image", Outcome.PASSED, "extracted an OB " + baked.get().version().label()
                        + " badge from the " + image.get() + " image", ""));
                badge = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        BadgeDocument doc;
        try {
            doc = json.read(badge);
        } catch (BadgeJsonException e) {
            checks.add(new Check("input.readable", Outcome.FAILED, e.getMessage() + " [" + e.code().name() + "]", ""));
            return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
        }
        // What the URL served counts as the hosted assertion only if it says it lives there; otherwise it is
        // treated like a given copy, fetched again from its own id and compared.
        boolean hostedAtUrl = bakedUrl.isPresent() && doc.kind() == DocumentKind.OB2_ASSERTION && doc.jws().isEmpty()
                && doc.model(Assertion.class).flatMap(Assertion::id).map(Verifier::withoutFragment)
                .equals(bakedUrl.map(Verifier::withoutFragment));
        return verify(doc, recipient, checks, 0, hostedAtUrl);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Verifies a document already read by {@link BadgeJson}.
     *
     * @param doc the document
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(recipient, "recipient");
        List<Check> checks = new ArrayList<>();
        try (BudgetedFetcher.Budget budget = fetcher.open(maxFetches, deadline)) {
            return bounded(verify(doc, recipient, checks, 0, false), budget);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return unexpected(checks);
        }
    }

    private VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                      int depth, boolean alreadyFetched) {
        if (!doc.isBadge()) {
            checks.add(new Check("document.kind", Outcome.FAILED, "not an Open Badge: " + doc.description(), ""));
            return report(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        if (!doc.kind().isAwarded()) {
            checks.add(new Check("document.kind", Outcome.FAILED, "a " + doc.kind().displayName()
                    + " is a definition, not an awarded badge that can be verified", ""));
            return report(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        checks.add(new Check("document.kind", Outcome.PASSED, "an OB " + doc.version().orElseThrow().label() + " "
                + doc.kind().displayName(), ""));
        if (doc.version().orElseThrow() == BadgeVersion.V3_0) {
            return verifyOb3(doc, recipient, checks, depth);
        }
        return verifyOb2(doc, recipient, checks, alreadyFetched);
    }

    // ------------------------------------------------------------------ OB 3.0

    private VerificationReport verifyOb3(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                         int depth) {
        validity(doc, checks);
        olderContexts(doc, checks);
        Optional<OpenBadgeCredential> credential = doc.model(OpenBadgeCredential.class);
        Optional<EndorsementCredential> endorsement = doc.model(EndorsementCredential.class);
        Optional<String> issuer = credential.flatMap(OpenBadgeCredential::issuer)
                .or(() -> endorsement.flatMap(EndorsementCredential::issuer)).flatMap(Ref::id);
        ProofFormat format;
        if (doc.jws().isPresent()) {
            format = ProofFormat.VC_JWT;
            VcJwtResult result = vcJwt.verify(doc.jws().get().compact());
            checks.addAll(result.checks());
        } else if (doc.json().has("proof")) {
            format = ProofFormat.DATA_INTEGRITY;
            DataIntegrityReport result = dataIntegrity.verify(doc.json());
            checks.addAll(result.allChecks());
        } else {
            format = ProofFormat.NONE;
            checks.add(new Check("proof.present", Outcome.FAILED,
                    "no proof: the credential is neither a VC-JWT nor carries an embedded proof", ""));
        }
        Optional<Timestamp> from = credential.flatMap(OpenBadgeCredential::effectiveValidFrom)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidFrom));
        Optional<Timestamp> until = credential.flatMap(OpenBadgeCredential::effectiveValidUntil)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidUntil));
        dates(from, until, doc.json().has("validFrom") ? "/validFrom" : "/issuanceDate",
                doc.json().has("validUntil") ? "/validUntil" : "/expirationDate", checks);
        // Bounded work: once a check has failed the credential is not verified, so nothing more is fetched.
        boolean failed = checks.stream().anyMatch(c -> c.outcome() == Outcome.FAILED);
        status(doc.json().get("credentialStatus"), credential.flatMap(OpenBadgeCredential::id)
                .or(() -> endorsement.flatMap(EndorsementCredential::id)), issuer, failed, checks);
        List<CredentialSchema> schemas = credential.map(OpenBadgeCredential::credentialSchema)
                .orElseGet(() -> endorsement.map(EndorsementCredential::credentialSchema).orElse(List.of()));
        for (int i = 0; i < schemas.size(); i++) {
            checks.add(schema(schemas.get(i), "/credentialSchema/" + i, doc.kind()));
        }
        if (doc.json().has("refreshService")) {
            checks.add(new Check("refresh", Outcome.SKIPPED,
                    "refreshService present; Laurel does not refresh credentials (no call the caller did not ask for)",
                    "/refreshService"));
        }
        if (failed) {
            checks.add(new Check(ENDORSEMENT, Outcome.SKIPPED, "not checked: an earlier check failed", ""));
        } else {
            endorsements(credential, endorsement, checks, depth);
        }
        recipient.ifPresent(r -> checks.add(credential.isPresent()
                ? RecipientMatcher.ob3(credential.get().credentialSubject(), r)
                : new Check(RecipientMatcher.CHECK, Outcome.FAILED, "an endorsement has no recipient to match", "")));
        return report(doc.kind(), format, issuer, checks, Optional.of(doc));
    }

    /**
     * Checks each {@code credentialStatus} entry, at most {@link Builder#maxFetches} of them: each may
     * need a fetch, and a credential with thousands of entries must cost no more than the budget.
     */
    private void status(JsonNode status, Optional<String> id, Optional<String> issuer, boolean failed,
                        List<Check> checks) {
        List<JsonNode> entries = new ArrayList<>();
        if (status != null && status.isObject()) {
            entries.add(status);
        } else if (status != null && status.isArray()) {
            status.forEach(entries::add);
        }
        if (entries.isEmpty()) {
            checks.add(new Check(StatusLists.CHECK, Outcome.SKIPPED, "no credentialStatus: nothing to check", ""));
            return;
        }
        if (failed) {
            checks.add(new Check(StatusLists.CHECK, Outcome.SKIPPED, "not checked: an earlier check failed, so no "
                    + "status list is fetched", "/credentialStatus"));
            return;
        }
        if (entries.size() > maxFetches) {
            checks.add(new Check(StatusLists.CHECK, Outcome.FAILED, "credentialStatus has " + entries.size()
                    + " entries, more than the " + maxFetches + " a verification checks", "/credentialStatus"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Check c = statusLists.check(entries.get(i), id, issuer);
            // Each entry reports under its own pointer when there are several.
            checks.add(status.isArray() ? new Check(c.id(), c.outcome(), c.message(),
                    c.path().replaceFirst("^/credentialStatus", "/credentialStatus/" + i)) : c);
        }
    }

    private static Check schema(CredentialSchema schema, String path, DocumentKind kind) {
        String id = schema.id().orElse("");
        String type = schema.type().orElse("");
        if (!type.equals("1EdTechJsonSchemaValidator2019")) {
            return new Check("schema.credential-schema", Outcome.WARNING, "credentialSchema of type \"" + type
                    + "\" is not a validator Laurel runs; not checked", path);
        }
        if (id.equals(BadgeJson.OB3_SCHEMA_ID) && kind == DocumentKind.OB3_CREDENTIAL) {
            return new Check("schema.credential-schema", Outcome.PASSED,
                    "checked against the bundled official OB 3.0 schema (see document.valid)", path);
        }
        return new Check("schema.credential-schema", Outcome.WARNING, "schema " + id
                + " is not bundled with Laurel and is never fetched; not checked", path);
    }

    /**
     * OB 3.0 step 6: every embedded endorsement (object or VC-JWT) must itself verify, by these same rules,
     * so the endorsements an endorsement's embedded issuer profile carries are verified too, down to
     * {@code maxEndorsementDepth}. The {@value #ENDORSEMENT} checks of an endorsement's own endorsements are
     * repeated in this report under their JSON Pointer (for a VC-JWT endorsement, the pointer of the JWT),
     * so that a deeper endorsement left unverified shows as a warning at the top.
     */
    private void endorsements(Optional<OpenBadgeCredential> credential, Optional<EndorsementCredential> endorsement,
                              List<Check> checks, int depth) {
        List<String> paths = new ArrayList<>();
        List<Object> found = new ArrayList<>();
        credential.ifPresent(c -> {
            collect(c.endorsement(), c.endorsementJwt(), "", paths, found);
            c.achievement().ifPresent(a -> collect(a.endorsement(), a.endorsementJwt(),
                    "/credentialSubject/achievement", paths, found));
            c.issuer().flatMap(Ref::embedded).ifPresent(p -> collect(p.endorsement(), p.endorsementJwt(),
                    "/issuer", paths, found));
        });
        endorsement.flatMap(EndorsementCredential::issuer).flatMap(Ref::embedded).ifPresent(p ->
                collect(p.endorsement(), p.endorsementJwt(), "/issuer", paths, found));
        for (int i = 0; i < found.size(); i++) {
            if (depth >= maxEndorsementDepth) {
                checks.add(new Check(ENDORSEMENT, Outcome.WARNING,
                        "endorsements nested deeper than " + maxEndorsementDepth + " are not verified", paths.get(i)));
                continue;
            }
            Object item = found.get(i);
            VerificationReport sub;
            try {
                BadgeDocument read = item instanceof String jwt ? json.read(jwt)
                        : json.read(json.toJson(item));
                sub = read.kind() == DocumentKind.OB3_ENDORSEMENT_CREDENTIAL
                        ? verify(read, Optional.empty(), new ArrayList<>(), depth + 1, false)
                        : null;
            } catch (BadgeJsonException e) {
                sub = null;
            }
            if (sub == null) {
                checks.add(new Check(ENDORSEMENT, Outcome.FAILED,
                        "not an EndorsementCredential that can be read", paths.get(i)));
                continue;
            }
            String what = "endorsement by " + sub.issuer().orElse("an unknown issuer");
            checks.add(sub.verified()
                    ? new Check(ENDORSEMENT, Outcome.PASSED, what + " verifies", paths.get(i))
                    : new Check(ENDORSEMENT, Outcome.FAILED, what + " does not verify: "
                    + sub.failures().stream().map(c -> c.id() + " (" + c.message() + ")").limit(3).toList(),
                    paths.get(i)));
            boolean jwt = item instanceof String;
            for (Check nested : sub.checks()) {
                if (nested.id().equals(ENDORSEMENT)) {
                    checks.add(new Check(ENDORSEMENT, nested.outcome(), jwt
                            ? nested.message() + " (inside this VC-JWT endorsement, at " + nested.path() + ")"
                            : nested.message(), jwt ? paths.get(i) : paths.get(i) + nested.path()));
                }
            }
        }
    }

    private static void collect(List<EndorsementCredential> objects, List<String> jwts, String base,
                                List<String> paths, List<Object> found) {
        for (int i = 0; i < objects.size(); i++) {
            found.add(objects.get(i));
            paths.add(base + "/endorsement/" + i);
        }
        for (int i = 0; i < jwts.size(); i++) {
            found.add(jwts.get(i));
            paths.add(base + "/endorsementJwt/" + i);
        }
    }

    // ------------------------------------------------------------------ OB 2.0

    private VerificationReport verifyOb2(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                         boolean alreadyFetched) {
        ProofFormat format;
        Optional<String> issuer = Optional.empty();
        BadgeDocument current = doc;
        if (doc.jws().isPresent()) {
            format = ProofFormat.SIGNED_JWS;
            SignedBadgeResult result = signedBadges.verify(doc.jws().get().compact());
            checks.addAll(result.checks());
            issuer = result.issuer().map(i -> i.path("id").asText("")).filter(s -> !s.isEmpty());
            validity(doc, checks);
            // SignedBadge step 3: the linked badge class and issuer profile are validated too (an embedded
            // badge class already was, with the assertion).
            JsonNode badgeRef = doc.json().get("badge");
            if (badgeRef != null && badgeRef.isTextual() && result.badgeClass().isPresent()) {
                checks.addAll(hosted.validateLinked(json.read(result.badgeClass().get()), badgeRef.textValue(), "/badge"));
            }
            if (result.issuer().isPresent()) {
                checks.addAll(hosted.validateLinked(json.read(result.issuer().get()), issuer.orElse("the issuer's id"),
                        "/badge/issuer"));
            }
        } else if (doc.kind() == DocumentKind.OB2_ASSERTION && isHosted(doc)) {
            format = ProofFormat.HOSTED;
            HostedOb2.Result result = hosted.verify(doc, alreadyFetched);
            checks.addAll(result.checks());
            issuer = result.issuer();
            if (result.hosted().isEmpty()) {
                return report(doc.kind(), format, issuer, checks, Optional.of(doc));
            }
            current = result.hosted().get();
            validity(current, checks);
        } else {
            format = ProofFormat.NONE;
            validity(doc, checks);
            checks.add(new Check("proof.present", Outcome.FAILED, doc.kind() == DocumentKind.OB2_ASSERTION
                    ? "an OB 2.0 signed badge must be given as its compact JWS, not as JSON"
                    : "an OB 2.0 " + doc.kind().displayName() + " given as JSON cannot be verified", "/verification"));
        }
        Optional<Assertion> assertion = current.model(Assertion.class);
        Optional<Endorsement> endorsement = current.model(Endorsement.class);
        if (assertion.isPresent()) {
            dates(assertion.get().issuedOn(), assertion.get().expires(), "/issuedOn", "/expires", checks);
            if (format != ProofFormat.HOSTED && assertion.get().isRevoked()) {
                checks.add(new Check("status.revoked", Outcome.FAILED, "the assertion says it is revoked", "/revoked"));
            }
        } else {
            endorsement.ifPresent(e -> dates(e.issuedOn(), Optional.empty(), "/issuedOn", "/expires", checks));
        }
        if (recipient.isPresent()) {
            checks.add(assertion.isPresent() ? RecipientMatcher.ob2(assertion.get(), recipient.get())
                    : new Check(RecipientMatcher.CHECK, Outcome.FAILED, "an endorsement has no recipient to match", ""));
        }
        return report(current.kind(), format, issuer, checks, Optional.of(current));
    }

    private static boolean isHosted(BadgeDocument doc) {
        return doc.model(Assertion.class).flatMap(Assertion::verification).map(v -> v.isHosted()).orElse(false);
    }

    // ------------------------------------------------------------------ shared steps

    /** Clarification 7: a badge whose proof is good but which breaks the schema or the rules is not verified. */
    private void validity(BadgeDocument doc, List<Check> checks) {
        ValidationResult result = json.validate(doc);
        if (result.problems().isEmpty()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid against the "
                    + (doc.kind() == DocumentKind.OB3_CREDENTIAL ? "official OB 3.0 schema and " : "")
                    + "specification rules", ""));
            return;
        }
        if (result.valid()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid, with "
                    + result.problems().size() + " warning(s)", ""));
        }
        for (Problem p : result.problems()) {
            checks.add(new Check("document.valid", p.isError() ? Outcome.FAILED : Outcome.WARNING,
                    p.message() + " [" + p.code().name() + "]", p.path()));
        }
    }

    /** CLARIFICATIONS point 8: the OB 3.0 contexts before 3.0.3 verify, with a warning naming them. */
    private static void olderContexts(BadgeDocument doc, List<Check> checks) {
        JsonNode contexts = doc.json().get("@context");
        if (contexts == null || !contexts.isArray()) {
            return;
        }
        for (int i = 0; i < contexts.size(); i++) {
            String context = contexts.get(i).asText("");
            boolean older = context.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")
                    ? !context.equals("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                    : context.startsWith("https://imsglobal.github.io/openbadges-specification/ob_v3p0");
            if (older) {
                checks.add(new Check("document.valid", Outcome.WARNING, "an older OB 3.0 context " + context
                        + "; current credentials use https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
                        + " [LEGACY_FORM]", "/@context/" + i));
            }
        }
    }

    private void dates(Optional<Timestamp> from, Optional<Timestamp> until, String fromPath, String untilPath,
                       List<Check> checks) {
        Instant now = clock.instant();
        if (from.isPresent()) {
            boolean future = from.get().instant().isAfter(now.plus(clockSkew));
            checks.add(future
                    ? new Check("validity.not-before", Outcome.FAILED, "not valid before " + from.get().text(), fromPath)
                    : new Check("validity.not-before", Outcome.PASSED, "valid from " + from.get().text(), fromPath));
        }
        if (until.isPresent()) {
            boolean expired = now.minus(clockSkew).isAfter(until.get().instant());
            checks.add(expired
                    ? new Check("validity.expiry", Outcome.FAILED, "expired at " + until.get().text(), untilPath)
                    : new Check("validity.expiry", Outcome.PASSED, "valid until " + until.get().text(), untilPath));
        } else {
            checks.add(new Check("validity.expiry", Outcome.PASSED, "does not expire", ""));
        }
    }

    private static VerificationReport report(DocumentKind kind, ProofFormat format, Optional<String> issuer,
                                             List<Check> checks, Optional<BadgeDocument> doc) {
        return new VerificationReport(kind, format, issuer, checks, doc);
    }

    /** Configures a {@link Verifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private DocumentFetcher fetcher;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofMinutes(5);
        private BindingMode keyBinding = BindingMode.STRICT;
        private int maxEndorsementDepth = 2;
        private int maxFetches = 16;
        private Duration deadline = Duration.ofSeconds(30);
        private BadgeJson json = BadgeJson.standard();

        private Builder() {
        }

        /**
         * Sets where documents are fetched from (a caching decorator is added unless it is one).
         *
         * @param value the fetcher, e.g. {@code MapDocumentFetcher} for offline use
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /**
         * Sets the clock that judges validity dates.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how far a date may be in the future (issuance) or past (expiry) and still pass; default 5 minutes.
         *
         * @param value the skew, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder clockSkew(Duration value) {
            Objects.requireNonNull(value, "clockSkew");
            if (value.isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative: " + value);
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * Sets how an unconfirmed issuer binding (a key nothing shows to be the issuer's, nor someone
         * else's) is judged: {@link BindingMode#STRICT}, the default, fails the credential;
         * {@link BindingMode#LENIENT} warns, as 1EdTech's reference validator does. A key shown to be
         * someone else's fails in both modes.
         *
         * @param value the mode
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder keyBinding(BindingMode value) {
            this.keyBinding = Objects.requireNonNull(value, "keyBinding");
            return this;
        }

        /**
         * Sets whether an unconfirmed key binding fails the credential.
         *
         * @param value {@code true} for {@link BindingMode#STRICT}, {@code false} for {@link BindingMode#LENIENT}
         * @return this builder
         * @deprecated since 0.2.0: strict binding is the default; use {@link #keyBinding(BindingMode)}
         */
        @Deprecated(since = "0.2.0")
        public Builder requireKeyBinding(boolean value) {
            return keyBinding(value ? BindingMode.STRICT : BindingMode.LENIENT);
        }

        /**
         * Sets the most distinct documents one verification may fetch, endorsements and status lists
         * included; default 16. A request past it fails its check, and the report gets a failed
         * {@code verifier.limits} check.
         *
         * @param value 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxFetches(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("maxFetches must be 1 to 1000, was " + value);
            }
            this.maxFetches = value;
            return this;
        }

        /**
         * Sets how long one verification may take before it stops fetching; default 30 seconds. Each
         * request also has the fetch policy's own time limits.
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder deadline(Duration value) {
            Objects.requireNonNull(value, "deadline");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("deadline must be positive: " + value);
            }
            this.deadline = value;
            return this;
        }

        /**
         * Sets how deep embedded endorsements (of endorsements...) are verified; default 2.
         *
         * @param value the depth, 0 to 8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxEndorsementDepth(int value) {
            if (value < 0 || value > 8) {
                throw new IllegalArgumentException("maxEndorsementDepth must be 0 to 8, was " + value);
            }
            this.maxEndorsementDepth = value;
            return this;
        }

        /**
         * Sets the JSON reader (e.g. with other limits).
         *
         * @param value the reader
         * @return this builder
         */
        public Builder json(BadgeJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public Verifier build() {
            if (fetcher == null) {
                fetcher = new HttpDocumentFetcher(FetchPolicy.defaults());
            }
            return new Verifier(this);
        }
    }
}
