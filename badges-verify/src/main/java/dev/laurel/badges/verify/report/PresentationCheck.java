package dev.laurel.badges.verify.report;

/**
 * A W3C Verifiable Presentation (VC Data Model 2.0, "Verifiable Presentations", and VC Data Integrity's
 * {@code authentication} proofs with {@code challenge} and {@code domain}; a VP-JWT's {@code nonce} and
 * {@code aud}): the checks of the presentation itself. Each credential inside gets its own report.
 */
public enum PresentationCheck implements CheckId {
    /** The input is a presentation: a JSON object (or a JWT payload) whose type names VerifiablePresentation. */
    FORMAT("presentation.format"),
    /** The data model: VC Data Model 2.0 passes, 1.1 warns. */
    VERSION("presentation.version"),
    /** The presentation is signed (an embedded proof or a JWS) and the signature verifies. */
    PROOF("presentation.proof"),
    /** The proof's {@code challenge} (a VP-JWT's {@code nonce}) is the one the caller expects. */
    CHALLENGE("presentation.challenge"),
    /** The proof's {@code domain} (a VP-JWT's {@code aud}) is the one the caller expects. */
    DOMAIN("presentation.domain"),
    /** A VP-JWT's {@code exp} and {@code nbf}, or a proof's {@code expires}, against the clock. */
    VALIDITY("presentation.validity"),
    /** The key that signed belongs to the {@code holder} (the issuer binding's rule, applied to the holder). */
    HOLDER_BINDING("presentation.holder-binding"),
    /** A credential inside verifies (one check per credential), and there are not too many. */
    CREDENTIAL("presentation.credential");

    private final String id;

    PresentationCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
