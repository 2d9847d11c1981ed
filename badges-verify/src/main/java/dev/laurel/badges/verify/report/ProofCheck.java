package dev.laurel.badges.verify.report;

/** An embedded proof (W3C VC Data Integrity and its EdDSA cryptosuites; OB 3.0 "Verify an OpenBadgeCredential Linked Data Signature"), and the binding of any proof's key to the issuer. */
public enum ProofCheck implements CheckId {
    /** The credential carries a proof (or arrives as a JWT). */
    PRESENT("proof.present"),
    /** The proof object is well formed. */
    FORMAT("proof.format"),
    /** The proof type and cryptosuite are supported. */
    CRYPTOSUITE("proof.cryptosuite"),
    /** {@code proofPurpose} is {@code assertionMethod}. */
    PURPOSE("proof.purpose"),
    /** The proof's own {@code expires} has not passed. */
    EXPIRES("proof.expires"),
    /** {@code previousProof} names proofs of the same set. */
    CHAIN("proof.chain"),
    /** JSON-LD processing with the bundled contexts succeeds and drops no term. */
    CONTEXT("proof.context"),
    /** RDFC-1.0 canonicalisation succeeds within its limits. */
    CANONICALIZATION("proof.canonicalization"),
    /** The verification method resolves to a key the suite accepts. */
    KEY("proof.key"),
    /** The signature verifies with that key. */
    SIGNATURE("proof.signature"),
    /** The key that verified belongs to the issuer (every proof format; issue 12). */
    KEY_BINDING("proof.key-binding");

    private final String id;

    ProofCheck(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
