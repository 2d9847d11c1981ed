package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.util.Base64URL;
import java.util.Base64;

/**
 * A JWS signature segment whose {@link #decode()} uses the JDK's decoder when the segment is plain unpadded
 * base64url, and Nimbus's own (constant-time, lenient) decoder otherwise. A signature is public, so a
 * constant-time decoder buys nothing for it, and Nimbus's is several times slower. On the segments the fast path
 * takes, both decoders give the same bytes: a property test compares them on generated strings.
 */
public final class SignatureBase64URL extends Base64URL {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps a segment.
     *
     * @param segment the base64url text
     */
    public SignatureBase64URL(String segment) {
        super(segment);
    }

    @Override
    public byte[] decode() {
        String s = toString();
        return plainUnpadded(s) ? Base64.getUrlDecoder().decode(s) : super.decode();
    }

    /** Only base64url characters, no padding, and a length a complete encoding can have. */
    static boolean plainUnpadded(String s) {
        if (s.length() % 4 == 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
