package dev.laurel.badges.verify.dataintegrity;

/**
 * The stable ids of the checks a Data Integrity verification reports, in the order they run.
 * Callers branch on these ids, never on messages.
 */
public final class ProofChecks {

    /** The document carries at least one proof (and not more than the limit). */
    public static final String PRESENT = "proof.present";
    /** The proof is an object with a type, a multibase {@code proofValue} of 64 bytes, a verification method
     * URL, a proof purpose and well-formed dates. */
    public static final String FORMAT = "proof.format";
    /** The proof type and cryptosuite are supported; legacy forms pass with a warning. */
    public static final String CRYPTOSUITE = "proof.cryptosuite";
    /** The proof purpose is {@code assertionMethod}. */
    public static final String PURPOSE = "proof.purpose";
    /** The proof's {@code expires}, when present, has not passed. */
    public static final String EXPIRES = "proof.expires";
    /** Every {@code previousProof} names another proof of the set. */
    public static final String CHAIN = "proof.chain";
    /** JSON-LD processing with the bundled contexts succeeds without dropping data. */
    public static final String CONTEXT = "proof.context";
    /** RDFC-1.0 canonicalisation finishes within its budget. */
    public static final String CANONICALIZATION = "proof.canonicalization";
    /** The verification method resolves to an Ed25519 key authorised for assertions. */
    public static final String KEY = "proof.key";
    /** The Ed25519 signature verifies over the two hashes. */
    public static final String SIGNATURE = "proof.signature";
    /** The key belongs to the credential's issuer; see {@link dev.laurel.badges.verify.keys.IssuerBinding}. */
    public static final String KEY_BINDING = dev.laurel.badges.verify.keys.IssuerBinding.CHECK_ID;

    private ProofChecks() {}
}
