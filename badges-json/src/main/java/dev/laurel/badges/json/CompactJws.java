package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * A compact JWS (RFC 7515 section 7.1) as read from an input: the exact text, its decoded protected
 * header and payload. The signature is left to badges-verify; this type only decodes.
 *
 * @param compact the compact serialisation exactly as given
 * @param header the decoded protected header (treat as read-only)
 * @param payload the decoded payload (treat as read-only)
 */
public record CompactJws(String compact, ObjectNode header, ObjectNode payload) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public CompactJws {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * Returns the header's {@code alg}.
     *
     * @return the algorithm name, or {@code ""} when absent
     */
    public String algorithm() {
        return header.path("alg").asText("");
    }

    /**
     * Tells whether a string looks like a compact JWS: three base64url segments separated by dots.
     *
     * @param text the text (leading and trailing white space is ignored)
     * @return {@code true} if it has the compact form
     */
    public static boolean looksCompact(String text) {
        String s = text.strip();
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= BASE64URL.length || !BASE64URL[c]) {
                return false;
            }
        }
        return dots == 2 && !s.startsWith(".") && s.length() > 4;
    }

    /**
     * Tells whether bytes look like a compact JWS, by the same rule as {@link #looksCompact(String)}
     * (ASCII white space at either end ignored, three base64url segments, the first not empty), without
     * decoding them to a string first: the check runs on every input a verifier is given.
     *
     * @param bytes the bytes, e.g. a file's or a line's
     * @param from the first byte to look at
     * @param to one past the last byte to look at
     * @return {@code true} if the range has the compact form
     * @throws IndexOutOfBoundsException if the range is not within {@code bytes}
     */
    public static boolean looksCompact(byte[] bytes, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, bytes.length);
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        int dots = 0;
        for (int i = from; i < to; i++) {
            int c = bytes[i] & 0xff;
            if (c == '.') {
                dots++;
            } else if (c >= BASE64URL.length || !BASE64URL[c]) {
                return false;
            }
        }
        return dots == 2 && bytes[from] != '.' && to - from > 4;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F); // ASCII's Character.isWhitespace
    }

    /** The base64url alphabet (RFC 4648 section 5), as a table: the check runs over every input's characters. */
    private static final boolean[] BASE64URL = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            BASE64URL[c] = true;
            BASE64URL[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            BASE64URL[c] = true;
        }
        BASE64URL['-'] = true;
        BASE64URL['_'] = true;
    }
}
