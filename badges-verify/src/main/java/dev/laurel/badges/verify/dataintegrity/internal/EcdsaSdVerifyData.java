package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The verifier's side of {@code ecdsa-sd-2023} ({@code createVerifyData} in W3C VC DI ECDSA): the
 * canonical N-Quads of the disclosed document get the blank node labels of the derived proof's label map
 * ({@code createLabelMapFunction}, {@code labelReplacementCanonicalizeJsonLd}), are sorted again, and are
 * split into the mandatory N-Quads (at the proof's mandatory indexes) and the non-mandatory ones; the
 * mandatory ones are hashed ({@code hashMandatoryNQuads}), and the base signature covers
 * {@code proofHash || publicKey || mandatoryHash} ({@code serializeSignData}).
 */
public final class EcdsaSdVerifyData {

    private static final String BLANK = "_:";

    /**
     * The disclosed N-Quads split by the mandatory indexes.
     *
     * @param mandatory the N-Quads at the mandatory indexes, in order
     * @param nonMandatory the other N-Quads, in order (each has one signature of the ephemeral key)
     */
    public record Groups(List<String> mandatory, List<String> nonMandatory) {

        /** Copies the lists. */
        public Groups {
            mandatory = List.copyOf(mandatory);
            nonMandatory = List.copyOf(nonMandatory);
        }
    }

    private EcdsaSdVerifyData() {}

    /**
     * Replaces the canonical blank node labels ({@code _:c14n0}...) of canonical N-Quads with the labels of
     * a label map and sorts the lines again (code-unit order, as the canonical N-Quads are sorted). Labels
     * are replaced only where N-Quads has blank nodes (subject, object, graph), never inside literals.
     *
     * @param canonicalNQuads canonical N-Quads text (RDFC-1.0 output, one statement per line)
     * @param labelMap canonical label without {@code _:} ({@code c14n0}) to new label ({@code u...})
     * @return the relabelled N-Quads, each ending in a newline, sorted
     * @throws SdProofValueException if a canonical blank node has no label in the map, or the text is not N-Quads
     * @throws NullPointerException if an argument is null
     */
    public static List<String> relabel(String canonicalNQuads, Map<String, String> labelMap) throws SdProofValueException {
        Objects.requireNonNull(canonicalNQuads, "canonicalNQuads");
        Objects.requireNonNull(labelMap, "labelMap");
        List<String> out = new ArrayList<>();
        String[] missing = new String[1];
        RdfQuadConsumer relabeller = new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String s, String p, String o, String datatype, String language, String direction,
                    String graph) throws RdfConsumerException {
                String subject = label(s, labelMap, missing);
                String object = datatype == null ? label(o, labelMap, missing) : o;
                String g = graph == null ? null : label(graph, labelMap, missing);
                if (subject == null || object == null || (graph != null && g == null)) {
                    throw new RdfConsumerException("no label for _:" + missing[0]);
                }
                StringWriter line = new StringWriter(s.length() + p.length() + o.length() + 16);
                new NQuadsWriter(line).quad(subject, p, object, datatype, language, direction, g);
                out.add(line.toString());
                return this;
            }
        };
        try {
            new NQuadsReader(new StringReader(canonicalNQuads)).provide(relabeller);
        } catch (NQuadsReaderException | RdfConsumerException e) {
            if (missing[0] != null) {
                throw new SdProofValueException("the derived proof's label map has no label for the blank node _:" + missing[0]
                        + " of the disclosed document");
            }
            throw new SdProofValueException("the canonical N-Quads could not be read: " + e.getMessage());
        }
        Collections.sort(out);
        return out;
    }

    /** Returns the term with its blank node label replaced, or null (noting the label) if the map has none. */
    private static String label(String term, Map<String, String> labelMap, String[] missing) {
        if (!term.startsWith(BLANK)) {
            return term;
        }
        String canonical = term.substring(BLANK.length());
        String replacement = labelMap.get(canonical);
        if (replacement == null) {
            missing[0] = canonical;
            return null;
        }
        return BLANK + replacement;
    }

    /**
     * Splits relabelled N-Quads into mandatory and non-mandatory ones.
     *
     * @param nquads the relabelled, sorted N-Quads
     * @param mandatoryIndexes the derived proof's mandatory indexes
     * @return the groups
     * @throws SdProofValueException if an index is not an index of {@code nquads} or appears twice
     */
    public static Groups group(List<String> nquads, List<Integer> mandatoryIndexes) throws SdProofValueException {
        Set<Integer> mandatory = new HashSet<>();
        for (int i : mandatoryIndexes) {
            if (i < 0 || i >= nquads.size()) {
                throw new SdProofValueException("the mandatory index " + i + " is not an index of the " + nquads.size()
                        + " disclosed N-Quads");
            }
            if (!mandatory.add(i)) {
                throw new SdProofValueException("the mandatory index " + i + " appears twice");
            }
        }
        List<String> m = new ArrayList<>();
        List<String> n = new ArrayList<>();
        for (int i = 0; i < nquads.size(); i++) {
            (mandatory.contains(i) ? m : n).add(nquads.get(i));
        }
        return new Groups(m, n);
    }

    /**
     * Hashes the joined mandatory N-Quads ({@code hashMandatoryNQuads}).
     *
     * @param mandatory the mandatory N-Quads
     * @return SHA-256 of their UTF-8 concatenation
     */
    public static byte[] mandatoryHash(List<String> mandatory) {
        return ProofTransform.sha256(String.join("", mandatory));
    }

    /**
     * The data the base signature covers ({@code serializeSignData}).
     *
     * @param proofHash SHA-256 of the canonical proof configuration
     * @param publicKey the ephemeral key's Multikey bytes
     * @param mandatoryHash SHA-256 of the joined mandatory N-Quads
     * @return {@code proofHash || publicKey || mandatoryHash}
     */
    public static byte[] signData(byte[] proofHash, byte[] publicKey, byte[] mandatoryHash) {
        byte[] out = new byte[proofHash.length + publicKey.length + mandatoryHash.length];
        System.arraycopy(proofHash, 0, out, 0, proofHash.length);
        System.arraycopy(publicKey, 0, out, proofHash.length, publicKey.length);
        System.arraycopy(mandatoryHash, 0, out, proofHash.length + publicKey.length, mandatoryHash.length);
        return out;
    }

    /**
     * The bytes one non-mandatory N-Quad's signature covers: its UTF-8 form.
     *
     * @param nquad the N-Quad line
     * @return its UTF-8 bytes
     */
    public static byte[] statementBytes(String nquad) {
        return nquad.getBytes(StandardCharsets.UTF_8);
    }
}
