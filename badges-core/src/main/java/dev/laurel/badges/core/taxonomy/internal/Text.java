package dev.laurel.badges.core.taxonomy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
        if (hundredths >= 0 && hundredths < DECIMALS.length) {
            return DECIMALS[(int) hundredths];
        }
        return format(hundredths);
    }

    /** Scores and weights are small: their texts are made once. */
    private static final String[] DECIMALS = new String[1000];

    static {
        for (int i = 0; i < DECIMALS.length; i++) {
            DECIMALS[i] = format(i);
        }
    }

    private static String format(long hundredths) {
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long cents = hundredths % 100;
        return sign + (hundredths / 100) + "." + (cents < 10 ? "0" : "") + cents;
    }

    /**
     * Writes an instant exactly as {@link Instant#toString()} does (ISO-8601 in UTC, e.g.
     * {@code 2025-01-01T00:00:00Z}), without a formatter, for messages written in bulk.
     *
     * @param instant the instant
     * @return the text
     */
    public static String instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int nano = instant.getNano();
        if (days < 0 || days > 2_932_896L || nano != 0) {
            // Before 1970, after 9999 or with a fraction of a second: rare; the JDK writes those.
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(days);
        int secondOfDay = (int) (seconds - days * 86_400L);
        char[] out = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0', '0', ':', '0', '0', ':', '0', '0',
            'Z'};
        digits(out, 0, date.getYear(), 4);
        digits(out, 5, date.getMonthValue(), 2);
        digits(out, 8, date.getDayOfMonth(), 2);
        digits(out, 11, secondOfDay / 3600, 2);
        digits(out, 14, (secondOfDay / 60) % 60, 2);
        digits(out, 17, secondOfDay % 60, 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
