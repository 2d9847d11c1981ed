package dev.laurel.badges.core.taxonomy.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Small text routines the taxonomy services share: locale-independent folding, tokens for search,
 * decimals for messages and RFC 3986 percent-encoding for share links. Not exported.
 */
public final class Text {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Text() {
    }

    /**
     * Folds text for comparison: lower case by the root locale, so that results do not depend on the
     * default locale (Turkish dotless i).
     *
     * @param text the text
     * @return the folded text
     */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Splits text into folded tokens of letters and digits; everything else separates tokens.
     *
     * @param text the text
     * @return the tokens in order, possibly repeated
     */
    public static List<String> tokens(String text) {
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(fold(text.substring(start, i)));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Writes a number with exactly two decimals and a dot, whatever the default locale.
     *
     * @param value the number, rounded half up at the second decimal
     * @return e.g. {@code 0.85}
     */
    public static String decimal(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long cents = hundredths % 100;
        return sign + (hundredths / 100) + "." + (cents < 10 ? "0" : "") + cents;
    }

    /**
     * Rounds to two decimals, so that a computed score compares and prints the same everywhere.
     *
     * @param value the number
     * @return the rounded number
     */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Percent-encodes a string for a URL query value or path segment: every byte of its UTF-8 form
     * except the RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, so a
     * space is {@code %20}, never {@code +}.
     *
     * @param value the text
     * @return the encoded text
     */
    public static String percentEncode(String value) {
        Objects.requireNonNull(value, "value");
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
