package dev.laurel.badges.verify.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.CanonicalizationException;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValue;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofs;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.dataintegrity.internal.SdPointerException;
import dev.laurel.badges.verify.dataintegrity.internal.SdProofValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The holder's side of {@code ecdsa-sd-2023} (W3C VC DI ECDSA): derives, from a credential that carries the
 * issuer's base proof, a credential that reveals only the statements the issuer made mandatory and those the
 * holder selects with JSON Pointers (RFC 6901), with a derived proof that verifiers check
 * ({@link DataIntegrityVerifier}, or {@code Verifier} for the whole credential).
 *
 * <p>Derivation is deterministic: the same credential and pointers always give the same derived credential.
 * The selection keeps the {@code @context}, and the {@code id} and {@code type} of every object on the way to
 * each selected value. JSON-LD processing uses only the bundled contexts and those registered with
 * {@link #withContexts(ContextSet)}; nothing is fetched. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.P256);
 * ObjectNode base = DataIntegritySigner.of(key).sign(credential, ProofOptions
 *         .of(ProofSuite.ECDSA_SD_2023, key.didKeyVerificationMethod(), Instant.now())
 *         .withMandatoryPointers(List.of("/issuer")));
 * ObjectNode derived = SelectiveDisclosure.create().derive(base, List.of("/credentialSubject/achievement/name"));
 * assert DataIntegrityVerifier.offline().verify(derived).verified();
 * }</pre>
 */
public final class SelectiveDisclosure {

    private final DataIntegrityLimits limits;
    private final ContextSet contexts;
    private final Canonicalizer canonicalizer;

    private SelectiveDisclosure(DataIntegrityLimits limits, ContextSet contexts) {
        this.limits = limits;
        this.contexts = contexts;
        this.canonicalizer = new Canonicalizer(limits.canonicalizationTime(), limits.canonicalizationSteps(),
                limits.maxDepth(), limits.maxValues(), contexts.documents());
    }

    /**
     * Returns a deriver with the default limits and only the bundled contexts.
     *
     * @return the deriver
     */
    public static SelectiveDisclosure create() {
        return of(DataIntegrityLimits.DEFAULTS);
    }

    /**
     * Returns a deriver with the given limits and only the bundled contexts.
     *
     * @param limits the canonicalisation limits
     * @return the deriver
     * @throws NullPointerException if {@code limits} is null
     */
    public static SelectiveDisclosure of(DataIntegrityLimits limits) {
        return new SelectiveDisclosure(Objects.requireNonNull(limits, "limits"), ContextSet.empty());
    }

    /**
     * Returns a deriver like this one that also uses the given JSON-LD contexts beside the bundled ones
     * (replacing any it had).
     *
     * @param contexts the registered contexts
     * @return the new deriver
     * @throws NullPointerException if {@code contexts} is null
     */
    public SelectiveDisclosure withContexts(ContextSet contexts) {
        return new SelectiveDisclosure(limits, Objects.requireNonNull(contexts, "contexts"));
    }

    /**
     * Returns the contexts registered on this deriver, used beside the bundled ones.
     *
     * @return the registered contexts
     */
    public ContextSet contexts() {
        return contexts;
    }

    /**
     * Derives a selective disclosure ("Add Derived Proof"). The result holds the selection of the base
     * proof's mandatory pointers and the given ones, and one proof: the base proof's members with a derived
     * {@code proofValue}. Other proofs of the credential are left out (they could not verify on the selection).
     * The credential is not modified.
     *
     * @param credential a credential with exactly one {@code ecdsa-sd-2023} base proof
     * @param selectivePointers JSON Pointers to what to reveal besides the mandatory statements (may be empty)
     * @return the derived credential
     * @throws NullPointerException if an argument or a pointer is null
     * @throws DataIntegrityException with {@link DataIntegrityCode#INVALID_POINTER} if a pointer is not a JSON
     *     Pointer or names nothing in the credential; {@link DataIntegrityCode#INVALID_DOCUMENT} if the
     *     credential has no (or more than one) {@code ecdsa-sd-2023} proof, the proof is a derived one or its
     *     value is malformed, or its signatures do not fit the credential; the codes of
     *     {@link DataIntegritySigner#sign} if JSON-LD processing fails
     */
    public ObjectNode derive(ObjectNode credential, List<String> selectivePointers) {
        Objects.requireNonNull(credential, "credential");
        List<String> pointers = List.copyOf(Objects.requireNonNull(selectivePointers, "selectivePointers"));
        ObjectNode baseProof = baseProof(credential);
        try {
            EcdsaSdProofValue.Base base = EcdsaSdProofValue.parseBase(baseProof.get("proofValue").textValue());
            ObjectNode unsecured = ProofTransform.unsecuredDocument(credential, List.of());
            EcdsaSdProofs.Disclosure disclosure = EcdsaSdProofs.derive(canonicalizer, unsecured, base, pointers);
            ObjectNode proof = baseProof.deepCopy();
            proof.put("proofValue", EcdsaSdProofValue.serializeDerived(disclosure.derived()));
            ObjectNode derived = disclosure.revealDocument();
            derived.set("proof", proof);
            return derived;
        } catch (CanonicalizationException | SdPointerException | SdProofValueException e) {
            throw DataIntegritySigner.failure("cannot derive: ", e);
        }
    }

    private static ObjectNode baseProof(ObjectNode credential) {
        JsonNode proofs = credential.get("proof");
        List<ObjectNode> sd = new ArrayList<>();
        if (proofs != null) {
            for (JsonNode p : proofs.isArray() ? proofs : List.of(proofs)) {
                if (p.isObject() && "DataIntegrityProof".equals(p.path("type").asText())
                        && "ecdsa-sd-2023".equals(p.path("cryptosuite").asText())) {
                    sd.add((ObjectNode) p);
                }
            }
        }
        if (sd.size() != 1) {
            throw new DataIntegrityException(DataIntegrityCode.INVALID_DOCUMENT, "cannot derive: the credential has "
                    + (sd.isEmpty() ? "no" : sd.size()) + " ecdsa-sd-2023 proof" + (sd.size() > 1 ? "s" : "")
                    + "; exactly one base proof is needed");
        }
        if (!sd.get(0).path("proofValue").isTextual()) {
            throw new DataIntegrityException(DataIntegrityCode.INVALID_DOCUMENT,
                    "cannot derive: the ecdsa-sd-2023 proof has no proofValue text");
        }
        return sd.get(0);
    }
}
