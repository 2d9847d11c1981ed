package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The steps of the EdDSA Data Integrity algorithms around canonicalisation: the unsecured document, the
 * proof configuration, and the data to sign (SHA-256 of the canonical proof configuration followed by
 * SHA-256 of the canonical document). See VC DI EdDSA, "Transformation", "Hashing" and
 * "Proof Configuration".
 *
 * <p>Copies are shallow: members are shared with the input, which is never modified.
 */
public final class ProofTransform {

    private ProofTransform() {}

    /**
     * Returns the document without its {@code proof}, with the given previous proofs as its proof
     * (a proof chain signs over the proofs it names).
     *
     * @param document the secured document
     * @param previousProofs the proofs named by {@code previousProof}; empty for none
     * @return the unsecured document
     */
    public static ObjectNode unsecuredDocument(ObjectNode document, List<JsonNode> previousProofs) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : document.properties()) {
            if (!e.getKey().equals("proof")) {
                out.set(e.getKey(), e.getValue());
            }
        }
        if (!previousProofs.isEmpty()) {
            if (previousProofs.size() == 1) {
                out.set("proof", previousProofs.get(0));
            } else {
                ArrayNode array = out.putArray("proof");
                previousProofs.forEach(array::add);
            }
        }
        return out;
    }

    /**
     * Returns the proof configuration: the proof without {@code proofValue}, with the document's
     * {@code @context}.
     *
     * @param proof the proof (or proof options)
     * @param context the unsecured document's {@code @context}
     * @return the proof configuration
     */
    public static ObjectNode proofConfiguration(ObjectNode proof, JsonNode context) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("@context", context);
        for (Map.Entry<String, JsonNode> e : proof.properties()) {
            if (!e.getKey().equals("proofValue") && !e.getKey().equals("@context")) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * Returns SHA-256 of the UTF-8 bytes of a text.
     *
     * @param text the text
     * @return the 32-byte hash
     */
    public static byte[] sha256(String text) {
        return Digests.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns a hash of the UTF-8 bytes of a text.
     *
     * @param algorithm the JCA name, {@code SHA-256} or {@code SHA-384}
     * @param text the text
     * @return the hash (32 or 48 bytes)
     * @throws IllegalArgumentException if the algorithm is not one of those
     */
    public static byte[] digest(String algorithm, String text) {
        if (!algorithm.equals("SHA-256") && !algorithm.equals("SHA-384")) {
            throw new IllegalArgumentException("algorithm: SHA-256 or SHA-384, not " + algorithm);
        }
        MessageDigest digest = algorithm.equals("SHA-256") ? Digests.sha256() : Digests.sha384();
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the data to sign: the proof configuration's hash followed by the document's hash.
     *
     * @param proofConfigHash the hash of the canonical proof configuration
     * @param documentHash the hash of the canonical document (same algorithm)
     * @return the 64 (SHA-256) or 96 (SHA-384) bytes
     */
    public static byte[] hashData(byte[] proofConfigHash, byte[] documentHash) {
        byte[] out = new byte[proofConfigHash.length + documentHash.length];
        System.arraycopy(proofConfigHash, 0, out, 0, proofConfigHash.length);
        System.arraycopy(documentHash, 0, out, proofConfigHash.length, documentHash.length);
        return out;
    }
}
