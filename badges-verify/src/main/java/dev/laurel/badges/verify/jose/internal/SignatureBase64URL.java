package dev.laurel.badges.verify.jose.internal;

import com.nimbusds.jose.util.Base64URL;
import java.util.Base64;

/**
 * A JWS signature segment whose {@link #decode()} uses the JDK's decoder when the segment is plain unpadded
 * base64url (the JDK's decoder accepts it, and it has no {@code =}), and Nimbus's own (constant-time,
 * lenient) decoder otherwise. A signature is public, so a
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
        if (s.indexOf('=') < 0) {
            try {
                // Refuses every character outside the base64url alphabet, and a length no encoding has.
                return Base64.getUrlDecoder().decode(s);
            } catch (IllegalArgumentException e) {
                // not plain base64url: Nimbus decides, as before
            }
        }
        return super.decode();
    }

    /** Whether {@link #decode()} takes the JDK's decoder: base64url characters only, unpadded, a possible length. */
    static boolean plainUnpadded(String s) {
        if (s.indexOf('=') >= 0) {
            return false;
        }
        try {
            Base64.getUrlDecoder().decode(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
