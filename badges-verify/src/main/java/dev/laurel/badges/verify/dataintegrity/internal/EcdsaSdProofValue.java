package dev.laurel.badges.verify.dataintegrity.internal;

import java.util.Base64;
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

    private EcdsaSdProofValue() {}

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
