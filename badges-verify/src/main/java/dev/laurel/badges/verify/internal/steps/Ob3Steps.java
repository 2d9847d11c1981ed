package dev.laurel.badges.verify.internal.steps;

import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.internal.RecipientMatcher;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.util.List;
import java.util.Optional;

/**
 * OB 3.0 "Verify a Credential" and "EndorsementCredential Verification": validity, the proof (VC-JWT or
 * embedded Data Integrity, each with the issuer binding), the validity dates, status, schemas and refresh,
 * embedded endorsements and the recipient. A CLR 2.0 ClrCredential gets the same steps for itself (its learner
 * is the recipient); its nested credentials are the CLR steps' business. Thread-safe.
 */
public final class Ob3Steps {

    private final DocumentChecks document;
    private final VcJwtVerifier vcJwt;
    private final DataIntegrityVerifier dataIntegrity;
    private final StatusStep status;
    private final EndorsementStep endorsements;

    /**
     * Creates the steps.
     *
     * @param document validity, contexts, schemas and dates
     * @param vcJwt verifies a VC-JWT
     * @param dataIntegrity verifies embedded proofs
     * @param status checks {@code credentialStatus}
     * @param endorsements verifies embedded endorsements
     */
    public Ob3Steps(DocumentChecks document, VcJwtVerifier vcJwt, DataIntegrityVerifier dataIntegrity,
            StatusStep status, EndorsementStep endorsements) {
        this.document = document;
        this.vcJwt = vcJwt;
        this.dataIntegrity = dataIntegrity;
        this.status = status;
        this.endorsements = endorsements;
    }

    /**
     * Verifies an OB 3.0 credential or endorsement.
     *
     * @param doc the document
     * @param recipient the recipient to match, if any
     * @param checks where the checks go (the caller's earlier checks included)
     * @param depth the document's endorsement depth (0 for the badge given)
     * @param nested verifies embedded endorsements
     * @return the report
     */
    public VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks, int depth,
            EndorsementStep.Nested nested) {
        document.validity(doc, checks);
        document.olderContexts(doc, checks);
        Optional<OpenBadgeCredential> credential = doc.model(OpenBadgeCredential.class);
        Optional<EndorsementCredential> endorsement = doc.model(EndorsementCredential.class);
        // A CLR is checked as a credential too (its own proof, binding, dates, status): CLR 2.0 defines these
        // properties of a ClrCredential as OB 3.0 does of an AchievementCredential.
        Optional<ClrCredential> clr = doc.model(ClrCredential.class);
        Optional<String> issuer = credential.flatMap(OpenBadgeCredential::issuer)
                .or(() -> endorsement.flatMap(EndorsementCredential::issuer))
                .or(() -> clr.flatMap(ClrCredential::issuer)).flatMap(Ref::id);
        ProofFormat format = proof(doc, checks);
        Optional<Timestamp> from = credential.flatMap(OpenBadgeCredential::effectiveValidFrom)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidFrom))
                .or(() -> clr.flatMap(c -> c.isVcdm11() ? c.issuanceDate() : c.validFrom()));
        Optional<Timestamp> until = credential.flatMap(OpenBadgeCredential::effectiveValidUntil)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidUntil))
                .or(() -> clr.flatMap(c -> c.isVcdm11() ? c.expirationDate() : c.validUntil()));
        document.dates(from, until, doc.json().has("validFrom") ? "/validFrom" : "/issuanceDate",
                doc.json().has("validUntil") ? "/validUntil" : "/expirationDate", checks);
        boolean failed = Steps.anyFailed(checks);
        status.check(doc.json().get("credentialStatus"), credential.flatMap(OpenBadgeCredential::id)
                .or(() -> endorsement.flatMap(EndorsementCredential::id))
                .or(() -> clr.flatMap(ClrCredential::id)), issuer, failed, checks);
        List<CredentialSchema> schemas = credential.map(OpenBadgeCredential::credentialSchema)
                .or(() -> endorsement.map(EndorsementCredential::credentialSchema))
                .orElseGet(() -> clr.map(ClrCredential::credentialSchema).orElse(List.of()));
        document.schemasAndRefresh(doc, schemas, checks);
        if (failed) {
            checks.add(new Check(CredentialCheck.ENDORSEMENT, Outcome.SKIPPED, "", "not checked: an earlier check failed"));
        } else {
            endorsements.check(doc, depth, nested, checks);
        }
        recipient.ifPresent(r -> checks.add(recipient(credential, clr, r)));
        return Steps.report(doc.kind(), format, issuer, checks, Optional.of(doc));
    }

    /** The recipient: an OB 3.0 credential's subject, a CLR's learner; an endorsement has none. */
    private static Check recipient(Optional<OpenBadgeCredential> credential, Optional<ClrCredential> clr, Recipient r) {
        if (credential.isPresent()) {
            return RecipientMatcher.ob3(credential.get().credentialSubject(), r);
        }
        if (clr.isPresent()) {
            Optional<ClrSubject> learner = clr.get().credentialSubject();
            return learner.isPresent() ? RecipientMatcher.ob3(learner.get().id(), learner.get().identifier(), r)
                    : new Check(CredentialCheck.RECIPIENT, Outcome.FAILED, "/credentialSubject", "the CLR has no subject to match");
        }
        return new Check(CredentialCheck.RECIPIENT, Outcome.FAILED, "", "an endorsement has no recipient to match");
    }

    /** The proof: a VC-JWT, an embedded proof, or none (each proof format checks the issuer binding). */
    private ProofFormat proof(BadgeDocument doc, List<Check> checks) {
        if (doc.jws().isPresent()) {
            // Parsed once: the header and payload badges-json read from this JWS are reused.
            checks.addAll(vcJwt.verify(doc.jws().get()).checks());
            return ProofFormat.VC_JWT;
        }
        if (doc.json().has("proof")) {
            checks.addAll(dataIntegrity.verify(doc.json()).allChecks());
            return ProofFormat.DATA_INTEGRITY;
        }
        checks.add(new Check(ProofCheck.PRESENT, Outcome.FAILED, "", "no proof: the credential is neither a VC-JWT nor carries an embedded proof"));
        return ProofFormat.NONE;
    }
}
