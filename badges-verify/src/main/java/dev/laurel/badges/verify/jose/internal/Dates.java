package dev.laurel.badges.verify.jose.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Credential date-times and JWT NumericDates. */
public final class Dates {

    /** The largest NumericDate accepted: the end of year 9999. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private Dates() {
    }

    /**
     * Parses an xsd:dateTime with a zone, such as {@code 2010-01-01T00:00:00Z}.
     *
     * @param text the text
     * @return the instant, or empty if the text is not a zoned date-time
     */
    public static Optional<Instant> parseDateTime(String text) {
        Instant common = parseCommonForm(text);
        return common != null ? Optional.of(common) : parseWithFormatter(text);
    }

    /**
     * Parses with {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}: the definition {@link #parseDateTime} keeps.
     *
     * @param text the text
     * @return the instant, or empty if the formatter refuses the text
     */
    static Optional<Instant> parseWithFormatter(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses the one form nearly every credential uses, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+HH:mm|-HH:mm)}
     * with ASCII digits and upper-case {@code T} and {@code Z}, without the formatter's machinery. It never
     * refuses: anything else, and any value out of range (month 13, 30 February, hour 24, offset past 18
     * hours), gives {@code null}, and {@link #parseWithFormatter} decides. What it accepts, the formatter
     * accepts with the same instant (a property test compares them on generated strings).
     *
     * @param s the text
     * @return the instant, or {@code null} when the formatter must decide
     */
    static Instant parseCommonForm(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 17 || om > 59) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds)), nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Reads a NumericDate (seconds since the epoch, possibly fractional).
     *
     * @param node the claim value
     * @return the whole seconds, or empty if the value is not a number in range
     */
    public static Optional<Long> numericDate(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        double d = node.doubleValue();
        if (!Double.isFinite(d) || d < 0 || d > MAX_EPOCH_SECOND) {
            return Optional.empty();
        }
        return Optional.of(node.isIntegralNumber() ? node.longValue() : (long) Math.floor(d));
    }

    /**
     * Formats an epoch second as an xsd:dateTime in UTC.
     *
     * @param epochSecond the seconds
     * @return the text, such as {@code 2010-01-01T00:00:00Z}
     */
    public static String format(long epochSecond) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond));
    }
}
