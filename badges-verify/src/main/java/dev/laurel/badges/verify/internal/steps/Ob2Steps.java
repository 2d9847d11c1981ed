package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.validation.ValidationCode;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.internal.HostedOb2;
import dev.laurel.badges.verify.internal.RecipientMatcher;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.DocumentCheck;
import dev.laurel.badges.verify.report.Ob2Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import java.util.Optional;

/**
 * OB 2.0 "Verification": a signed badge (compact JWS, with its linked badge class and issuer validated),
 * a hosted assertion (fetched from its id and compared), or neither; then the dates, the assertion's own
 * {@code revoked} and the recipient. Thread-safe.
 */
public final class Ob2Steps {

    private final DocumentChecks document;
    private final SignedBadgeVerifier signedBadges;
    private final HostedOb2 hosted;
    private final BadgeJson json;

    /**
     * Creates the steps.
     *
     * @param document validity and dates
     * @param signedBadges verifies a signed badge
     * @param hosted verifies a hosted assertion
     * @param json reads linked documents for validation
     */
    public Ob2Steps(DocumentChecks document, SignedBadgeVerifier signedBadges, HostedOb2 hosted, BadgeJson json) {
        this.document = document;
        this.signedBadges = signedBadges;
        this.hosted = hosted;
        this.json = json;
    }

    /**
     * Verifies an OB 2.0 assertion or endorsement.
     *
     * @param doc the document
     * @param recipient the recipient to match, if any
     * @param checks where the checks go
     * @param alreadyFetched whether {@code doc} is what its hosted URL served just now (a baked URL)
     * @return the report
     */
    public VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
            boolean alreadyFetched) {
        ProofFormat format;
        Optional<String> issuer = Optional.empty();
        BadgeDocument current = doc;
        if (doc.jws().isPresent()) {
            format = ProofFormat.SIGNED_JWS;
            // Parsed once: the header and payload badges-json read from this JWS are reused.
            SignedBadgeResult result = signedBadges.verify(doc.jws().get());
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
                return Steps.report(doc.kind(), format, issuer, checks, Optional.of(doc));
            }
            current = result.hosted().get();
            validity(current, checks);
        } else {
            format = ProofFormat.NONE;
            document.validity(doc, checks);
            checks.add(new Check(ProofCheck.PRESENT, Outcome.FAILED, "/verification", doc.kind() == DocumentKind.OB2_ASSERTION
                    ? "an OB 2.0 signed badge must be given as its compact JWS, not as JSON"
                    : "an OB 2.0 " + doc.kind().displayName() + " given as JSON cannot be verified"));
        }
        Optional<Assertion> assertion = current.model(Assertion.class);
        if (assertion.isPresent()) {
            document.dates(assertion.get().issuedOn(), assertion.get().expires(), "/issuedOn", "/expires", checks);
            if (format != ProofFormat.HOSTED && assertion.get().isRevoked()) {
                checks.add(new Check(Ob2Check.REVOKED, Outcome.FAILED, "/revoked", "the assertion says it is revoked"));
            }
        } else {
            current.model(Endorsement.class).ifPresent(e -> document.dates(e.issuedOn(), Optional.empty(), "/issuedOn",
                    "/expires", checks));
        }
        if (recipient.isPresent()) {
            checks.add(assertion.isPresent() ? RecipientMatcher.ob2(assertion.get(), recipient.get())
                    : new Check(CredentialCheck.RECIPIENT, Outcome.FAILED, "", "an endorsement has no recipient to match"));
        }
        return Steps.report(current.kind(), format, issuer, checks, Optional.of(current));
    }

    /**
     * {@code document.valid} for an OB 2.0 assertion, where an inline {@code @context} equivalent to the OB 2.0
     * context is a WARNING instead of the "must include" error, as for linked documents
     * ({@link HostedOb2#validateLinked}): 1EdTech's validator compacts every document to the v2 context and
     * accepts it.
     */
    private void validity(BadgeDocument doc, List<Check> checks) {
        int from = checks.size();
        document.validity(doc, checks);
        if (!HostedOb2.isInlineV2Context(doc)) {
            return;
        }
        boolean downgraded = false;
        for (int i = from; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.id().equals(DocumentCheck.VALID.id()) && c.outcome() == Outcome.FAILED && c.path().equals("/@context")
                    && c.code().filter(code -> code == ValidationCode.VALUE_NOT_ALLOWED).isPresent()) {
                checks.set(i, new Check(DocumentCheck.VALID, Outcome.WARNING, "/@context", HostedOb2.INLINE_CONTEXT_MESSAGE,
                        c.code()));
                downgraded = true;
            }
        }
        boolean failed = checks.subList(from, checks.size()).stream().anyMatch(c -> c.outcome() == Outcome.FAILED);
        if (downgraded && !failed) {
            checks.add(from, new Check(DocumentCheck.VALID, Outcome.PASSED, "", "valid, with warning(s)"));
        }
    }

    private static boolean isHosted(BadgeDocument doc) {
        return doc.model(Assertion.class).flatMap(Assertion::verification).map(v -> v.isHosted()).orElse(false);
    }
}
