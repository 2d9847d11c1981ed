package dev.laurel.badges.verify.keys;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Multibase text encodings of bytes: a one-character prefix naming the base, then the encoded bytes.
 * Supports {@code z} (base58btc, the Bitcoin alphabet), which Data Integrity proof values and Multikey
 * public keys use, and reading {@code u} (base64url without padding).
 *
 * <p>See <a href="https://datatracker.ietf.org/doc/draft-multiformats-multibase/">Multibase</a>.
 *
 * <pre>{@code
 * String text = Multibase.encodeBase58Btc(bytes);          // "z..."
 * byte[] back = Multibase.decode(text).orElseThrow();
 * }</pre>
 */
public final class Multibase {

    /** The prefix of base58btc. */
    public static final char BASE58BTC = 'z';

    /** The prefix of base64url without padding. */
    public static final char BASE64URL = 'u';

    private static final char[] ALPHABET =
            "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

    private static final int[] INDEXES = new int[128];

    /** Longer inputs are refused so an attacker cannot make decoding quadratic on a huge string. */
    private static final int MAX_DECODE_CHARS = 4096;

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Multibase() {}

    /**
     * Encodes bytes as multibase base58btc, {@code z} followed by the Bitcoin-alphabet base58 text.
     *
     * @param bytes the bytes
     * @return the multibase text
     * @throws NullPointerException if {@code bytes} is null
     */
    public static String encodeBase58Btc(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return BASE58BTC + encodeBase58(bytes);
    }

    /**
     * Encodes bytes as plain base58 (Bitcoin alphabet, no multibase prefix).
     *
     * @param input the bytes
     * @return the base58 text; leading zero bytes become leading {@code 1}s
     * @throws NullPointerException if {@code input} is null
     */
    public static String encodeBase58(byte[] input) {
        Objects.requireNonNull(input, "input");
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] work = Arrays.copyOf(input, input.length);
        char[] out = new char[input.length * 2];
        int outStart = out.length;
        int start = zeros;
        while (start < work.length) {
            out[--outStart] = ALPHABET[divmod(work, start, 256, 58)];
            if (work[start] == 0) {
                start++;
            }
        }
        while (outStart < out.length && out[outStart] == ALPHABET[0]) {
            outStart++;
        }
        while (--zeros >= 0) {
            out[--outStart] = ALPHABET[0];
        }
        return new String(out, outStart, out.length - outStart);
    }

    /**
     * Decodes plain base58 text (Bitcoin alphabet, no prefix).
     *
     * @param input the text
     * @return the bytes, or empty if a character is outside the alphabet or the text is too long
     * @throws NullPointerException if {@code input} is null
     */
    public static Optional<byte[]> decodeBase58(String input) {
        Objects.requireNonNull(input, "input");
        int length = input.length();
        if (length > MAX_DECODE_CHARS) {
            return Optional.empty();
        }
        int zeros = 0;
        while (zeros < length && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        // The number is kept in little-endian 32-bit limbs; up to five digits (58^5 < 2^31) are folded
        // in per pass, which keeps decoding a 64-byte signature cheap.
        int[] limbs = new int[length * 733 / 1000 / 4 + 2];
        int used = 0;
        int i = zeros;
        while (i < length) {
            long chunk = 0;
            long factor = 1;
            for (int k = 0; k < 5 && i < length; k++, i++) {
                char c = input.charAt(i);
                int digit = c < 128 ? INDEXES[c] : -1;
                if (digit < 0) {
                    return Optional.empty();
                }
                chunk = chunk * 58 + digit;
                factor *= 58;
            }
            long carry = chunk;
            for (int j = 0; j < used; j++) {
                long v = (limbs[j] & 0xFFFFFFFFL) * factor + carry;
                limbs[j] = (int) v;
                carry = v >>> 32;
            }
            while (carry != 0) {
                limbs[used++] = (int) carry;
                carry >>>= 32;
            }
        }
        int byteCount = used * 4;
        while (byteCount > 0 && ((limbs[(byteCount - 1) / 4] >>> (8 * ((byteCount - 1) % 4))) & 0xFF) == 0) {
            byteCount--;
        }
        byte[] out = new byte[zeros + byteCount];
        for (int b = 0; b < byteCount; b++) {
            out[out.length - 1 - b] = (byte) (limbs[b / 4] >>> (8 * (b % 4)));
        }
        return Optional.of(out);
    }

    /**
     * Decodes multibase text whose prefix is {@code z} (base58btc) or {@code u} (base64url, no padding).
     *
     * @param text the multibase text
     * @return the bytes, or empty if the prefix is not supported or the text does not decode
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<byte[]> decode(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String body = text.substring(1);
        switch (text.charAt(0)) {
            case BASE58BTC:
                return decodeBase58(body);
            case BASE64URL:
                if (body.length() > MAX_DECODE_CHARS || body.indexOf('=') >= 0) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Base64.getUrlDecoder().decode(body));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            default:
                return Optional.empty();
        }
    }

    /** Divides the big-endian number in {@code number[first..]} in place and returns the remainder. */
    private static byte divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
