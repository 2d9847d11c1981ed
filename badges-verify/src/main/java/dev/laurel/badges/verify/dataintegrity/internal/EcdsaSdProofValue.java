package dev.laurel.badges.verify.dataintegrity.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code ecdsa-sd-2023} proof values (W3C VC DI ECDSA, "ecdsa-sd-2023 Functions"): multibase
 * base64url without padding ({@code u...}) of a three-byte header followed by CBOR. The header
 * {@code 0xd9 0x5d 0x00} marks a base proof (made by the issuer, for the holder only) and
 * {@code 0xd9 0x5d 0x01} a derived proof (made by the holder, for verifiers).
 */
public final class EcdsaSdProofValue {

    /** The longest proof value read, in characters (1 MiB): a bound on what an untrusted proof may cost. */
    public static final int MAX_CHARS = 1 << 20;

    /** Which proof an {@code ecdsa-sd-2023} proof value is. */
    public enum Kind {
        /** Header {@code 0xd9 0x5d 0x00}: the issuer's base proof, which only the holder uses. */
        BASE,
        /** Header {@code 0xd9 0x5d 0x01}: a holder's derived (disclosure) proof. */
        DERIVED
    }

    /** Bytes of an ECDSA P-256 signature r||s. */
    static final int P256_SIGNATURE_LENGTH = 64;
    /** Bytes of a P-256 Multikey: the header {@code 0x80 0x24} and a 33-byte compressed point. */
    static final int P256_MULTIKEY_LENGTH = 35;
    /** Bytes of the HMAC-SHA-256 key of a base proof. */
    static final int HMAC_KEY_LENGTH = 32;
    /** Bytes of an HMAC-SHA-256 blank node label. */
    static final int HMAC_LABEL_LENGTH = 32;

    private static final CBORFactory CBOR = CBORFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build())
            .build();

    /**
     * The five components of a derived proof value ({@code parseDerivedProofValue}).
     *
     * @param baseSignature the issuer's 64-byte P-256 signature r||s over proofHash || publicKey || mandatoryHash
     * @param publicKey the ephemeral (proof-scoped) P-256 public key as Multikey bytes ({@code 0x8024} + 33 bytes)
     * @param signatures the ephemeral key's 64-byte signatures of the disclosed non-mandatory N-Quads, in order
     * @param labelMap the decompressed label map: canonical label ({@code c14n0}) to HMAC label ({@code u...})
     * @param mandatoryIndexes the indexes of the mandatory N-Quads among the disclosed, relabelled N-Quads
     */
    public record Derived(byte[] baseSignature, byte[] publicKey, List<byte[]> signatures, Map<String, String> labelMap,
            List<Integer> mandatoryIndexes) {

        /** Copies the lists and the map (the arrays are not copied: this record is internal). */
        public Derived {
            signatures = List.copyOf(signatures);
            labelMap = Collections.unmodifiableMap(new LinkedHashMap<>(labelMap));
            mandatoryIndexes = List.copyOf(mandatoryIndexes);
        }
    }

    /**
     * The five components of a base proof value ({@code parseBaseProofValue}), which only the holder reads.
     *
     * @param baseSignature the issuer's 64-byte P-256 signature r||s over proofHash || publicKey || mandatoryHash
     * @param publicKey the ephemeral P-256 public key as Multikey bytes ({@code 0x8024} + 33 bytes)
     * @param hmacKey the 32-byte HMAC-SHA-256 key of the blank node labels
     * @param signatures the ephemeral key's 64-byte signatures of every non-mandatory N-Quad, in order
     * @param mandatoryPointers the JSON Pointers of what every disclosure must reveal
     */
    public record Base(byte[] baseSignature, byte[] publicKey, byte[] hmacKey, List<byte[]> signatures,
            List<String> mandatoryPointers) {

        /** Copies the lists (the arrays are not copied: this record is internal). */
        public Base {
            signatures = List.copyOf(signatures);
            mandatoryPointers = List.copyOf(mandatoryPointers);
        }
    }

    private EcdsaSdProofValue() {}

    /**
     * Serialises a base proof value ({@code serializeBaseProofValue}): the header {@code 0xd9 0x5d 0x00} and
     * a definite-length CBOR array of the five components, without tags, as {@code u} + base64url (no padding).
     *
     * @param base the components
     * @return the proof value text
     * @throws NullPointerException if {@code base} is null
     */
    public static String serializeBase(Base base) {
        Objects.requireNonNull(base, "base");
        return serialize(0x00, g -> {
            g.writeBinary(base.baseSignature());
            g.writeBinary(base.publicKey());
            g.writeBinary(base.hmacKey());
            writeSignatures(g, base.signatures());
            g.writeStartArray(base.mandatoryPointers(), base.mandatoryPointers().size());
            for (String pointer : base.mandatoryPointers()) {
                g.writeString(pointer);
            }
            g.writeEndArray();
        });
    }

    /**
     * Serialises a derived proof value ({@code serializeDerivedProofValue}): the header
     * {@code 0xd9 0x5d 0x01} and a definite-length CBOR array of the five components, without tags, the
     * label map compressed ({@code compressLabelMap}: CBOR integer keys, 32-byte byte string values), as
     * {@code u} + base64url (no padding).
     *
     * @param derived the components; the label map's keys are {@code c14n} + a decimal integer and its values
     *     {@code u} + base64url of 32 bytes
     * @return the proof value text
     * @throws NullPointerException if {@code derived} is null
     * @throws IllegalArgumentException if a label map entry does not have that form
     */
    public static String serializeDerived(Derived derived) {
        Objects.requireNonNull(derived, "derived");
        Map<Integer, byte[]> compressed = compressLabelMap(derived.labelMap());
        return serialize(0x01, g -> {
            g.writeBinary(derived.baseSignature());
            g.writeBinary(derived.publicKey());
            writeSignatures(g, derived.signatures());
            g.writeStartObject(compressed, compressed.size());
            for (Map.Entry<Integer, byte[]> e : compressed.entrySet()) {
                g.writeFieldId(e.getKey());
                g.writeBinary(e.getValue());
            }
            g.writeEndObject();
            g.writeStartArray(derived.mandatoryIndexes(), derived.mandatoryIndexes().size());
            for (int index : derived.mandatoryIndexes()) {
                g.writeNumber(index);
            }
            g.writeEndArray();
        });
    }

    /**
     * Compresses a label map ({@code compressLabelMap}): {@code c14nN} becomes the integer N and
     * {@code u...} the base64url-decoded bytes. Entries keep the map's order.
     *
     * @param labelMap canonical label to HMAC label
     * @return integer to label bytes
     * @throws IllegalArgumentException if a key is not {@code c14n} + a decimal integer or a value is not
     *     {@code u} + base64url without padding of 32 bytes
     */
    static Map<Integer, byte[]> compressLabelMap(Map<String, String> labelMap) {
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : labelMap.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (!k.matches("c14n(0|[1-9][0-9]{0,8})")) {
                throw new IllegalArgumentException("labelMap: the key " + k + " is not c14n followed by an integer");
            }
            byte[] label;
            try {
                label = v.startsWith("u") && v.indexOf('=') < 0 ? Base64.getUrlDecoder().decode(v.substring(1)) : null;
            } catch (IllegalArgumentException ex) {
                label = null;
            }
            if (label == null || label.length != HMAC_LABEL_LENGTH) {
                throw new IllegalArgumentException("labelMap: the label of " + k + " is not u + base64url of "
                        + HMAC_LABEL_LENGTH + " bytes");
            }
            out.put(Integer.parseInt(k.substring(4)), label);
        }
        return out;
    }

    /** Writes the components of a proof value inside its five-element array. */
    private interface Components {
        void write(CBORGenerator g) throws IOException;
    }

    private static String serialize(int kind, Components components) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xd9);
        out.write(0x5d);
        out.write(kind);
        try (CBORGenerator g = CBOR.createGenerator(out)) {
            g.writeStartArray(components, 5);
            components.write(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    private static void writeSignatures(CBORGenerator g, List<byte[]> signatures) throws IOException {
        g.writeStartArray(signatures, signatures.size());
        for (byte[] signature : signatures) {
            g.writeBinary(signature);
        }
        g.writeEndArray();
    }

    /**
     * Parses a base proof value: the header {@code 0xd9 0x5d 0x00}, then a CBOR array of exactly five
     * untagged components (a 64-byte byte string; a 35-byte P-256 Multikey byte string; a 32-byte HMAC key;
     * an array of 64-byte byte strings; an array of text strings), and nothing after it.
     *
     * @param proofValue the {@code proofValue} text
     * @return the components
     * @throws SdProofValueException if the value is a derived proof or does not have that form
     * @throws NullPointerException if {@code proofValue} is null
     */
    public static Base parseBase(String proofValue) throws SdProofValueException {
        byte[] bytes = decode(proofValue);
        if (kind(bytes) != Kind.BASE) {
            throw new SdProofValueException("the proofValue is an ecdsa-sd-2023 derived proof, not a base proof");
        }
        try (CBORParser p = CBOR.createParser(bytes, 3, bytes.length - 3)) {
            expect(p, JsonToken.START_ARRAY, "the base proof value is not a CBOR array");
            byte[] baseSignature = bytes(p, P256_SIGNATURE_LENGTH, "the base signature");
            byte[] publicKey = publicKey(p);
            byte[] hmacKey = bytes(p, HMAC_KEY_LENGTH, "the HMAC key");
            List<byte[]> signatures = signatures(p);
            expect(p, JsonToken.START_ARRAY, "the fifth component (mandatory pointers) is not a CBOR array");
            List<String> pointers = new ArrayList<>();
            while (next(p) != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw new SdProofValueException("mandatory pointer " + pointers.size() + " is not a CBOR text string");
                }
                pointers.add(p.getText());
            }
            end(p, "base");
            return new Base(baseSignature, publicKey, hmacKey, signatures, pointers);
        } catch (IOException | RuntimeException e) {
            throw new SdProofValueException("the base proof value is not valid CBOR: " + e.getMessage());
        }
    }

    /**
     * Parses a derived proof value: the header {@code 0xd9 0x5d 0x01}, then a CBOR array of exactly five
     * untagged components (a 64-byte byte string; a 35-byte P-256 Multikey byte string; an array of 64-byte
     * byte strings; a map of non-negative integers to 32-byte byte strings; an array of non-negative
     * integers), and nothing after it. The label map is decompressed ({@code decompressLabelMap}).
     *
     * <p>The specification's prose asks for a 36-byte public key; its vectors (and the P-256 Multikey
     * encoding) have 35 bytes, which is what is read here. Only P-256 is read: a P-384 base signature or
     * ephemeral key is refused.
     *
     * @param proofValue the {@code proofValue} text
     * @return the components
     * @throws SdProofValueException if the value is a base proof or does not have that form; the message
     *     says what is wrong
     * @throws NullPointerException if {@code proofValue} is null
     */
    public static Derived parseDerived(String proofValue) throws SdProofValueException {
        byte[] bytes = decode(proofValue);
        if (kind(bytes) != Kind.DERIVED) {
            throw new SdProofValueException("the proofValue is an ecdsa-sd-2023 base proof, not a derived proof");
        }
        try (CBORParser p = CBOR.createParser(bytes, 3, bytes.length - 3)) {
            expect(p, JsonToken.START_ARRAY, "the derived proof value is not a CBOR array");
            byte[] baseSignature = bytes(p, P256_SIGNATURE_LENGTH, "the base signature");
            byte[] publicKey = publicKey(p);
            List<byte[]> signatures = signatures(p);
            expect(p, JsonToken.START_OBJECT, "the fourth component (label map) is not a CBOR map");
            Map<String, String> labelMap = new LinkedHashMap<>();
            while (next(p) != JsonToken.END_OBJECT) {
                String key = p.currentName();
                if (key == null || !key.matches("0|[1-9][0-9]{0,8}")) {
                    throw new SdProofValueException("a label map key is not a non-negative integer: " + key);
                }
                byte[] label = bytes(p, HMAC_LABEL_LENGTH, "the label of c14n" + key);
                if (labelMap.put("c14n" + key, "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(label)) != null) {
                    throw new SdProofValueException("the label map has the key " + key + " twice");
                }
            }
            expect(p, JsonToken.START_ARRAY, "the fifth component (mandatory indexes) is not a CBOR array");
            List<Integer> mandatoryIndexes = new ArrayList<>();
            while (next(p) != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                        || p.getIntValue() < 0) {
                    throw new SdProofValueException("mandatory index " + mandatoryIndexes.size()
                            + " is not a non-negative integer");
                }
                mandatoryIndexes.add(p.getIntValue());
            }
            end(p, "derived");
            return new Derived(baseSignature, publicKey, signatures, labelMap, mandatoryIndexes);
        } catch (IOException | RuntimeException e) {
            throw new SdProofValueException("the derived proof value is not valid CBOR: " + e.getMessage());
        }
    }

    private static byte[] publicKey(CBORParser p) throws IOException, SdProofValueException {
        byte[] publicKey = bytes(p, P256_MULTIKEY_LENGTH, "the ephemeral public key");
        if ((publicKey[0] & 0xFF) != 0x80 || publicKey[1] != 0x24) {
            throw new SdProofValueException("the ephemeral public key is not a P-256 Multikey (header 0x8024)");
        }
        return publicKey;
    }

    private static List<byte[]> signatures(CBORParser p) throws IOException, SdProofValueException {
        expect(p, JsonToken.START_ARRAY, "the signatures component is not a CBOR array");
        List<byte[]> signatures = new ArrayList<>();
        while (next(p) != JsonToken.END_ARRAY) {
            signatures.add(current(p, P256_SIGNATURE_LENGTH, "signature " + signatures.size()));
        }
        return signatures;
    }

    private static void end(CBORParser p, String which) throws IOException, SdProofValueException {
        if (next(p) != JsonToken.END_ARRAY) {
            throw new SdProofValueException("the " + which + " proof value has more than five components");
        }
        if (p.nextToken() != null) {
            throw new SdProofValueException("the " + which + " proof value has bytes after its CBOR array");
        }
    }

    private static JsonToken next(CBORParser p) throws IOException, SdProofValueException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new SdProofValueException("the derived proof value ends early (fewer than five components?)");
        }
        if (p.getCurrentTag() != -1) {
            throw new SdProofValueException("the derived proof value uses a CBOR tag inside its components");
        }
        return t;
    }

    private static void expect(CBORParser p, JsonToken token, String message) throws IOException, SdProofValueException {
        if (next(p) != token) {
            throw new SdProofValueException(message);
        }
    }

    private static byte[] bytes(CBORParser p, int length, String what) throws IOException, SdProofValueException {
        next(p);
        return current(p, length, what);
    }

    private static byte[] current(CBORParser p, int length, String what) throws IOException, SdProofValueException {
        if (p.currentToken() != JsonToken.VALUE_EMBEDDED_OBJECT) {
            throw new SdProofValueException(what + " is not a CBOR byte string");
        }
        byte[] b = p.getBinaryValue();
        if (b == null || b.length != length) {
            throw new SdProofValueException(what + " is " + (b == null ? "missing" : b.length + " bytes")
                    + ", not " + length);
        }
        return Arrays.copyOf(b, b.length);
    }

    /**
     * Decodes a proof value and tells which proof it is from its header.
     *
     * @param proofValue the {@code proofValue} text
     * @return the kind
     * @throws SdProofValueException if it is not base64url multibase or has neither header
     * @throws NullPointerException if {@code proofValue} is null
     */
    public static Kind kind(String proofValue) throws SdProofValueException {
        return kind(decode(proofValue));
    }

    static Kind kind(byte[] bytes) throws SdProofValueException {
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xd9 || (bytes[1] & 0xFF) != 0x5d
                || ((bytes[2] & 0xFF) != 0x00 && (bytes[2] & 0xFF) != 0x01)) {
            throw new SdProofValueException("the proofValue does not start with the ecdsa-sd-2023 header (0xd95d00 for a"
                    + " base proof, 0xd95d01 for a derived proof)");
        }
        return bytes[2] == 0 ? Kind.BASE : Kind.DERIVED;
    }

    /**
     * Decodes multibase base64url-no-pad text.
     *
     * @param proofValue the text, starting with {@code u}
     * @return the bytes
     * @throws SdProofValueException if the text does not start with {@code u}, is longer than
     *     {@link #MAX_CHARS}, or is not base64url without padding
     */
    static byte[] decode(String proofValue) throws SdProofValueException {
        Objects.requireNonNull(proofValue, "proofValue");
        if (proofValue.isEmpty() || proofValue.charAt(0) != 'u') {
            throw new SdProofValueException("the proofValue is not multibase base64url (an ecdsa-sd-2023 proof value starts with u)");
        }
        if (proofValue.length() > MAX_CHARS) {
            throw new SdProofValueException("the proofValue is longer than " + MAX_CHARS + " characters");
        }
        String body = proofValue.substring(1);
        if (body.indexOf('=') >= 0) {
            throw new SdProofValueException("the proofValue is padded base64url; ecdsa-sd-2023 uses base64url without padding");
        }
        try {
            return Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new SdProofValueException("the proofValue is not base64url: " + e.getMessage());
        }
    }
}
