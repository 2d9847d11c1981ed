package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The issuer's and holder's blank node labels of {@code ecdsa-sd-2023} ({@code createHmacIdLabelMapFunction}
 * in W3C VC DI ECDSA): each canonical label ({@code c14n0}...) becomes {@code u} followed by the base64url
 * (no padding) HMAC-SHA-256 of the label's UTF-8 bytes under the base proof's HMAC key.
 */
public final class EcdsaSdLabels {

    private static final String BLANK = "_:";

    private EcdsaSdLabels() {}

    /**
     * Returns the HMAC label map of the blank nodes of canonical N-Quads.
     *
     * @param hmacKey the HMAC-SHA-256 key (32 bytes in a base proof)
     * @param canonicalNQuads canonical N-Quads text (RDFC-1.0 output)
     * @return canonical label (without {@code _:}) to HMAC label, for every blank node in the text
     * @throws SdProofValueException if the text is not N-Quads
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is empty
     */
    public static Map<String, String> hmacLabelMap(byte[] hmacKey, String canonicalNQuads) throws SdProofValueException {
        Objects.requireNonNull(hmacKey, "hmacKey");
        Objects.requireNonNull(canonicalNQuads, "canonicalNQuads");
        Mac mac = mac(hmacKey);
        Map<String, String> labels = new TreeMap<>();
        RdfQuadConsumer collect = new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String s, String p, String o, String datatype, String language, String direction,
                    String graph) {
                add(s);
                if (datatype == null) {
                    add(o);
                }
                if (graph != null) {
                    add(graph);
                }
                return this;
            }

            private void add(String term) {
                if (term.startsWith(BLANK)) {
                    labels.computeIfAbsent(term.substring(BLANK.length()), l -> label(mac, l));
                }
            }
        };
        try {
            new NQuadsReader(new StringReader(canonicalNQuads)).provide(collect);
        } catch (NQuadsReaderException | RdfConsumerException e) {
            throw new SdProofValueException("the canonical N-Quads could not be read: " + e.getMessage());
        }
        return labels;
    }

    /**
     * The HMAC label map factory ({@code createHmacIdLabelMapFunction}) applied to a canonical identifier
     * map: each input label gets the HMAC label of its canonical label.
     *
     * @param hmacKey the HMAC-SHA-256 key
     * @param canonicalIdMap input blank node label to canonical label ({@code c14n0}...), without {@code _:}
     * @return input label to HMAC label ({@code u} + base64url)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is empty
     */
    public static Map<String, String> hmacLabels(byte[] hmacKey, Map<String, String> canonicalIdMap) {
        Objects.requireNonNull(canonicalIdMap, "canonicalIdMap");
        Mac mac = mac(Objects.requireNonNull(hmacKey, "hmacKey"));
        Map<String, String> labels = new TreeMap<>();
        canonicalIdMap.forEach((input, canonical) -> labels.put(input, label(mac, canonical)));
        return labels;
    }

    private static String label(Mac mac, String canonicalLabel) {
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(canonicalLabel.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(byte[] hmacKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
