package dev.laurel.badges.verify.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.CanonicalizationException;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValue;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofs;
import dev.laurel.badges.verify.dataintegrity.internal.SdPointerException;
import dev.laurel.badges.verify.dataintegrity.internal.SdProofValueException;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.keys.SigningKey;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Issues embedded Data Integrity proofs: with an Ed25519 key, {@code DataIntegrityProof} with
 * {@code eddsa-rdfc-2022} or the legacy {@code Ed25519Signature2020}; with a P-256 or P-384 key,
 * {@code DataIntegrityProof} with {@code ecdsa-rdfc-2019} (SHA-256 hashes and ECDSA with SHA-256 for
 * P-256, SHA-384 for P-384; the proof value is {@code r||s} in base58btc). Ed25519 is deterministic, so
 * the same document, options and key always give the same proof value; ECDSA signatures are randomised
 * (the JCA draws a fresh nonce), so two ECDSA proofs of the same document differ and both verify.
 *
 * <p>With a P-256 key, {@code ecdsa-sd-2023} makes a selective-disclosure <em>base proof</em> for the
 * holder (not for verifiers): a fresh proof-scoped P-256 key pair signs every non-mandatory statement, a
 * fresh 32-byte HMAC key (from {@link SecureRandom}) hides the blank node labels, and the issuer's key signs
 * the proof configuration, the proof-scoped public key and the mandatory statements named by
 * {@link ProofOptions#mandatoryPointers()}. The holder derives what verifiers see with
 * {@link SelectiveDisclosure}.
 *
 * <p>A document that already has proofs gets one more (a proof set); options naming
 * {@code previousProof} make a proof chain. The key is any Ed25519, P-256 or P-384 {@link SigningKey}: a
 * {@link LaurelKey} in memory, a key store entry, or a KMS or HSM that signs the hash data it is given
 * (64 bytes, or 96 for P-384) with the key's algorithm. Instances
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.ED25519);
 * DataIntegritySigner signer = DataIntegritySigner.of(key);
 * ObjectNode signed = signer.sign(credential, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
 *         key.didKeyVerificationMethod(), Instant.now()));
 * }</pre>
 */
public final class DataIntegritySigner {

    /** The context that defines DataIntegrityProof for documents that use the VC 1.1 context. */
    static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    /** The context that defines Ed25519Signature2020. */
    static final String ED25519_2020_V1 = "https://w3id.org/security/suites/ed25519-2020/v1";
    private static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    private static final String DATA_INTEGRITY_V1 = "https://w3id.org/security/data-integrity/v1";
    /** Bytes of an ecdsa-sd-2023 HMAC key: the SHA-256 digest size, as RFC 2104 recommends. */
    private static final int HMAC_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey key;
    private final DataIntegrityLimits limits;
    private final ContextSet contexts;
    private final Canonicalizer canonicalizer;

    private DataIntegritySigner(SigningKey key, DataIntegrityLimits limits, ContextSet contexts) {
        if (!(key.kind() == KeyKind.ED25519 || key.kind() == KeyKind.P256 || key.kind() == KeyKind.P384)
                || !key.canSign()) {
            throw new IllegalArgumentException("key: an Ed25519, P-256 or P-384 signing key is needed, not " + key);
        }
        SigningKey.checkedPublicKey(key);
        this.key = key;
        this.limits = limits;
        this.contexts = contexts;
        this.canonicalizer = new Canonicalizer(limits.canonicalizationTime(), limits.canonicalizationSteps(),
                limits.maxDepth(), limits.maxValues(), contexts.documents());
    }

    /**
     * Returns a signer with the default limits.
     *
     * @param key an Ed25519, P-256 or P-384 key that can sign (a {@link LaurelKey} with a private part, a
     *     key store entry, any {@link SigningKey})
     * @return the signer
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key is not an Ed25519, P-256 or P-384 key that can sign, or
     *     its public key is not of its kind
     */
    public static DataIntegritySigner of(SigningKey key) {
        return of(key, DataIntegrityLimits.DEFAULTS);
    }

    /**
     * Returns a signer.
     *
     * @param key an Ed25519, P-256 or P-384 key that can sign (a {@link LaurelKey} with a private part, a
     *     key store entry, any {@link SigningKey})
     * @param limits the canonicalisation limits
     * @return the signer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not an Ed25519, P-256 or P-384 key that can sign, or
     *     its public key is not of its kind
     */
    public static DataIntegritySigner of(SigningKey key, DataIntegrityLimits limits) {
        return new DataIntegritySigner(Objects.requireNonNull(key, "key"), Objects.requireNonNull(limits, "limits"),
                ContextSet.empty());
    }

    /**
     * Returns a signer like this one that also uses the given JSON-LD contexts beside the bundled ones
     * (replacing any it had), so that documents naming a vendor's extension context can be signed. Nothing
     * is ever fetched.
     *
     * @param contexts the registered contexts
     * @return the new signer
     * @throws NullPointerException if {@code contexts} is null
     */
    public DataIntegritySigner withContexts(ContextSet contexts) {
        return new DataIntegritySigner(key, limits, Objects.requireNonNull(contexts, "contexts"));
    }

    /**
     * Returns the contexts registered on this signer, used beside the bundled ones.
     *
     * @return the registered contexts (empty unless {@link #withContexts(ContextSet)} gave some)
     */
    public ContextSet contexts() {
        return contexts;
    }

    /**
     * Returns a copy of the document with one more proof. The document is not modified.
     *
     * <p>When the document's {@code @context} does not define the proof's terms, the context that does is
     * appended: the Data Integrity v2 context for {@code eddsa-rdfc-2022} on a VC 1.1 document, the
     * Ed25519 2020 context for {@code Ed25519Signature2020}.
     *
     * @param document the credential (with or without proofs)
     * @param options the proof options
     * @return the signed copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the options' suite does not sign with this signer's kind of key
     *     ({@code ecdsa-rdfc-2019} needs P-256 or P-384, {@code ecdsa-sd-2023} P-256 only, the EdDSA suites
     *     Ed25519)
     * @throws DataIntegrityException if the document has no {@code @context}, names a context that is not
     *     bundled nor registered, uses terms no context defines, cannot be canonicalised within the limits, or names a
     *     {@code previousProof} it does not carry; for {@code ecdsa-sd-2023}, also if the document already has a
     *     proof ({@link DataIntegrityCode#INVALID_DOCUMENT}) or a mandatory pointer is not a JSON Pointer or
     *     names nothing in it ({@link DataIntegrityCode#INVALID_POINTER})
     * @throws KeyException with {@link KeyCode#SIGNING_FAILED} if the key's store refuses to sign, or its
     *     signature does not verify with its public key
     */
    public ObjectNode sign(ObjectNode document, ProofOptions options) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        if (!options.suite().keyKinds().contains(key.kind())) {
            throw new IllegalArgumentException("options: the " + options.suite().cryptosuite().orElse(options.suite().type())
                    + " suite does not sign with a " + key.kind() + " key (it needs " + options.suite().keyKinds() + ")");
        }
        String hash = options.suite().hashAlgorithm(key.kind());
        ObjectNode secured = document.deepCopy();
        JsonNode context = secured.get("@context");
        if (context == null || !(context.isArray() || context.isTextual())) {
            throw new DataIntegrityException(DataIntegrityCode.INVALID_DOCUMENT, "the document has no @context");
        }
        secured.set("@context", ensureSuiteContext(context, options.suite()));

        List<JsonNode> existing = new ArrayList<>();
        JsonNode proofs = secured.get("proof");
        if (proofs != null && proofs.isArray()) {
            proofs.forEach(existing::add);
        } else if (proofs != null && !proofs.isNull()) {
            existing.add(proofs);
        }
        List<JsonNode> previous = new ArrayList<>();
        for (String id : options.previousProof()) {
            previous.add(existing.stream().filter(p -> p.path("id").asText("").equals(id)).findFirst()
                    .orElseThrow(() -> new DataIntegrityException(DataIntegrityCode.INVALID_DOCUMENT,
                            "previousProof " + id + " is not a proof of the document")));
        }

        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        proof.put("type", options.suite().type());
        options.id().ifPresent(id -> proof.put("id", id));
        options.suite().cryptosuite().ifPresent(c -> proof.put("cryptosuite", c));
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(options.created()));
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("proofPurpose", options.proofPurpose());
        options.challenge().ifPresent(c -> proof.put("challenge", c));
        options.domain().ifPresent(d -> proof.put("domain", d));
        if (options.previousProof().size() == 1) {
            proof.put("previousProof", options.previousProof().get(0));
        } else if (!options.previousProof().isEmpty()) {
            ArrayNode ids = proof.putArray("previousProof");
            options.previousProof().forEach(ids::add);
        }

        boolean sd = options.suite() == ProofSuite.ECDSA_SD_2023;
        if (sd && !existing.isEmpty()) {
            throw new DataIntegrityException(DataIntegrityCode.INVALID_DOCUMENT,
                    "cannot sign: an ecdsa-sd-2023 base proof must be the document's only proof, and it already has one");
        }
        String proofValue;
        try {
            ObjectNode unsecured = ProofTransform.unsecuredDocument(secured, previous);
            if (sd) {
                ObjectNode config = ProofTransform.proofConfiguration(proof, secured.get("@context"));
                byte[] proofHash = ProofTransform.digest(hash, canonicalizer.canonicalizeProofConfiguration(config));
                byte[] hmacKey = new byte[HMAC_KEY_BYTES];
                RANDOM.nextBytes(hmacKey);
                proofValue = EcdsaSdProofValue.serializeBase(EcdsaSdProofs.createBase(canonicalizer, unsecured, proofHash,
                        options.mandatoryPointers(), key, KeyPairs.generate(KeyKind.P256), hmacKey));
            } else {
                byte[] documentHash = ProofTransform.digest(hash, canonicalizer.canonicalize(unsecured));
                ObjectNode config = ProofTransform.proofConfiguration(proof, secured.get("@context"));
                byte[] configHash = ProofTransform.digest(hash, canonicalizer.canonicalizeProofConfiguration(config));
                proofValue = Multibase.encodeBase58Btc(SigningKey.signChecked(key, ProofTransform.hashData(configHash, documentHash)));
            }
        } catch (CanonicalizationException | SdPointerException | SdProofValueException e) {
            throw failure("cannot sign: ", e);
        }
        proof.put("proofValue", proofValue);

        if (existing.isEmpty()) {
            secured.set("proof", proof);
        } else {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            existing.forEach(all::add);
            all.add(proof);
            secured.set("proof", all);
        }
        return secured;
    }

    private static JsonNode ensureSuiteContext(JsonNode context, ProofSuite suite) {
        List<String> urls = new ArrayList<>();
        if (context.isTextual()) {
            urls.add(context.asText());
        } else {
            context.forEach(c -> urls.add(c.isTextual() ? c.asText() : ""));
        }
        String needed;
        if (suite == ProofSuite.ED25519_SIGNATURE_2020) {
            needed = urls.contains(ED25519_2020_V1) ? null : ED25519_2020_V1;
        } else {
            boolean defined = urls.contains(CREDENTIALS_V2) || urls.contains(DATA_INTEGRITY_V1)
                    || urls.contains(DATA_INTEGRITY_V2);
            needed = defined ? null : DATA_INTEGRITY_V2;
        }
        if (needed == null) {
            return context;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (context.isTextual()) {
            out.add(context);
        } else {
            context.forEach(out::add);
        }
        out.add(needed);
        return out;
    }

    /**
     * The typed error of a failed signature or derivation.
     *
     * @param prefix what could not be done, such as {@code "cannot sign: "}
     * @param e the internal failure
     * @return the exception to throw
     */
    static DataIntegrityException failure(String prefix, Exception e) {
        DataIntegrityCode code;
        if (e instanceof CanonicalizationException) {
            code = code(((CanonicalizationException) e).reason());
        } else if (e instanceof SdPointerException) {
            code = DataIntegrityCode.INVALID_POINTER;
        } else {
            code = DataIntegrityCode.INVALID_DOCUMENT;
        }
        return new DataIntegrityException(code, prefix + e.getMessage());
    }

    private static DataIntegrityCode code(CanonicalizationException.Reason reason) {
        switch (reason) {
            case CONTEXT:
                return DataIntegrityCode.CONTEXT_FAILURE;
            case UNSAFE:
                return DataIntegrityCode.UNSAFE_DOCUMENT;
            case LIMIT:
                return DataIntegrityCode.CANONICALIZATION_LIMIT;
            case MALFORMED:
                return DataIntegrityCode.INVALID_DOCUMENT;
            default:
                throw new AssertionError(reason);
        }
    }
}
