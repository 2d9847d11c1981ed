package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.keys.SigningKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Making {@code ecdsa-sd-2023} proofs (W3C VC DI ECDSA, "ecdsa-sd-2023"): the issuer's base proof
 * ("Base Proof Transformation", "Base Proof Hashing", "Base Proof Serialization") and the holder's derived
 * proof ({@code createDisclosureData}, "Add Derived Proof"). Derivation uses no randomness: the same base
 * proof and pointers always give the same derived proof.
 */
public final class EcdsaSdProofs {

    private static final String MANDATORY = "mandatory";
    private static final String SELECTIVE = "selective";
    private static final String COMBINED = "combined";

    /**
     * What the holder reveals: the selected document (without proof) and the derived proof value's components.
     *
     * @param revealDocument the selection of the combined (mandatory and selective) pointers
     * @param derived the components of the derived proof value
     */
    public record Disclosure(ObjectNode revealDocument, EcdsaSdProofValue.Derived derived) {

        /** Checks the components are present. */
        public Disclosure {
            Objects.requireNonNull(revealDocument, "revealDocument");
            Objects.requireNonNull(derived, "derived");
        }
    }

    private EcdsaSdProofs() {}

    /**
     * Returns the Multikey bytes of a P-256 public key: {@code 0x80 0x24} and the compressed point.
     *
     * @param key a P-256 key
     * @return the 35 bytes
     * @throws IllegalArgumentException if the key is not P-256
     */
    public static byte[] p256Multikey(LaurelKey key) {
        if (key.kind() != KeyKind.P256) {
            throw new IllegalArgumentException("key: a P-256 key is needed, not " + key.kind());
        }
        // publicKeyMultibase is base58btc of exactly these bytes.
        return Multibase.decode(key.publicKeyMultibase())
                .orElseThrow(() -> new IllegalStateException("a P-256 Multikey always decodes"));
    }

    /**
     * Creates the components of a base proof value.
     *
     * @param canonicalizer the JSON-LD processor
     * @param unsecured the document without proof
     * @param proofHash SHA-256 of the canonical proof configuration
     * @param mandatoryPointers what every disclosure must reveal
     * @param issuer the issuer's P-256 key (signs {@code proofHash || publicKey || mandatoryHash})
     * @param ephemeral the proof-scoped P-256 key pair (signs each non-mandatory N-Quad)
     * @param hmacKey the 32-byte HMAC key of the blank node labels
     * @return the components
     * @throws CanonicalizationException if JSON-LD processing fails
     * @throws SdPointerException if a mandatory pointer is not a JSON Pointer or names nothing
     * @throws SdProofValueException if a selection cannot be matched to the document's statements
     */
    public static EcdsaSdProofValue.Base createBase(Canonicalizer canonicalizer, ObjectNode unsecured, byte[] proofHash,
            List<String> mandatoryPointers, SigningKey issuer, LaurelKey ephemeral, byte[] hmacKey)
            throws CanonicalizationException, SdPointerException, SdProofValueException {
        EcdsaSdGroups.Group mandatory = EcdsaSdGroups.canonicalizeAndGroup(canonicalizer, unsecured, hmacKey,
                Map.of(MANDATORY, mandatoryPointers)).groups().get(MANDATORY);
        byte[] mandatoryHash = EcdsaSdVerifyData.mandatoryHash(List.copyOf(mandatory.matching().values()));
        List<byte[]> signatures = new ArrayList<>();
        for (String nquad : mandatory.nonMatching().values()) {
            signatures.add(ephemeral.sign(EcdsaSdVerifyData.statementBytes(nquad)));
        }
        byte[] publicKey = p256Multikey(ephemeral);
        byte[] baseSignature = SigningKey.signChecked(issuer, EcdsaSdVerifyData.signData(proofHash, publicKey, mandatoryHash));
        return new EcdsaSdProofValue.Base(baseSignature, publicKey, hmacKey.clone(), signatures, mandatoryPointers);
    }

    /**
     * Creates the disclosure data of a derived proof ({@code createDisclosureData}).
     *
     * @param canonicalizer the JSON-LD processor
     * @param unsecured the document without proof
     * @param base the base proof value's components
     * @param selectivePointers what the holder chooses to reveal besides the mandatory statements
     * @return the reveal document and the derived proof value's components
     * @throws CanonicalizationException if JSON-LD processing fails
     * @throws SdPointerException if a pointer is not a JSON Pointer or names nothing
     * @throws SdProofValueException if the base proof does not fit the document (a signature count that is
     *     not the number of non-mandatory statements) or a selection cannot be matched
     */
    public static Disclosure derive(Canonicalizer canonicalizer, ObjectNode unsecured, EcdsaSdProofValue.Base base,
            List<String> selectivePointers) throws CanonicalizationException, SdPointerException, SdProofValueException {
        List<String> combinedPointers = new ArrayList<>(base.mandatoryPointers());
        combinedPointers.addAll(selectivePointers);
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        definitions.put(MANDATORY, base.mandatoryPointers());
        definitions.put(SELECTIVE, selectivePointers);
        definitions.put(COMBINED, combinedPointers);
        EcdsaSdGroups.Result result = EcdsaSdGroups.canonicalizeAndGroup(canonicalizer, unsecured, base.hmacKey(), definitions);
        EcdsaSdGroups.Group mandatory = result.groups().get(MANDATORY);
        EcdsaSdGroups.Group selective = result.groups().get(SELECTIVE);
        EcdsaSdGroups.Group combined = result.groups().get(COMBINED);
        if (base.signatures().size() != mandatory.nonMatching().size()) {
            throw new SdProofValueException("the base proof has " + base.signatures().size() + " signatures but the document"
                    + " has " + mandatory.nonMatching().size() + " non-mandatory statements: the proof is not this document's");
        }

        List<Integer> mandatoryIndexes = new ArrayList<>();
        int relative = 0;
        for (int absolute : combined.matching().keySet()) {
            if (mandatory.matching().containsKey(absolute)) {
                mandatoryIndexes.add(relative);
            }
            relative++;
        }
        List<byte[]> filteredSignatures = new ArrayList<>();
        int index = 0;
        for (byte[] signature : base.signatures()) {
            while (mandatory.matching().containsKey(index)) {
                index++;
            }
            if (selective.matching().containsKey(index)) {
                filteredSignatures.add(signature);
            }
            index++;
        }
        ObjectNode reveal = JsonLdSelection.select(combinedPointers, unsecured).orElseGet(() -> {
            ObjectNode empty = unsecured.objectNode();
            empty.set("@context", unsecured.get("@context"));
            return empty;
        });
        Map<String, String> canonicalIdMap = EcdsaSdGroups.canonicalIdMap(canonicalizer, combined.deskolemizedNQuads());
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> e : canonicalIdMap.entrySet()) {
            String label = result.labelMap().get(e.getKey());
            if (label == null || !e.getValue().startsWith("c14n")) {
                throw new SdProofValueException("the revealed statements have a blank node the document's do not (_:"
                        + e.getKey() + ")");
            }
            byIndex.put(Integer.parseInt(e.getValue().substring(4)), label);
        }
        Map<String, String> verifierLabelMap = new LinkedHashMap<>();
        byIndex.forEach((i, label) -> verifierLabelMap.put("c14n" + i, label));
        return new Disclosure(reveal, new EcdsaSdProofValue.Derived(base.baseSignature(), base.publicKey(),
                filteredSignatures, verifierLabelMap, mandatoryIndexes));
    }
}
