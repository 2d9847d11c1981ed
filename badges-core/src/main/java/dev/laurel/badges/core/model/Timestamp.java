package dev.laurel.badges.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as a badge wrote it: the {@link Instant} and the exact text it came from, so that a
 * document read and written again keeps {@code 2016-12-31T23:59:59+00:00} and does not become
 * {@code 2016-12-31T23:59:59Z} (which would change the bytes a signature covers).
 *
 * <p>Accepted forms: ISO 8601 date-time with an offset or {@code Z}; without an offset, or a plain date
 * (OB 2.0 allows both; they are read as UTC); a Unix timestamp in seconds, written as a JSON number
 * (OB 2.0) or as a string of digits.
 *
 * @param instant the point in time
 * @param text the lexical form to write back (for a numeric timestamp, its digits)
 * @param numeric {@code true} if the value was a JSON number rather than a string
 */
public record Timestamp(Instant instant, String text, boolean numeric) implements Comparable<Timestamp> {

    /**
     * Creates a timestamp.
     *
     * @throws NullPointerException if {@code instant} or {@code text} is null
     */
    public Timestamp {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns a timestamp written in the canonical form, ISO 8601 in UTC with {@code Z}, to the whole
     * second: a fraction is dropped (an issuer's {@code Instant.now()} would otherwise put nanoseconds in
     * {@code validFrom}, which a VC-JWT's whole-second {@code nbf} cannot repeat). {@link #parse} keeps the
     * fraction of a date someone else wrote.
     *
     * @param instant the point in time
     * @return the timestamp, truncated to the second
     * @throws NullPointerException if {@code instant} is null
     */
    public static Timestamp of(Instant instant) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        return new Timestamp(whole, DateTimeFormatter.ISO_INSTANT.format(whole), false);
    }

    /**
     * Parses a date-time string in any form Open Badges allows.
     *
     * @param text the text
     * @return the timestamp, keeping {@code text} as its lexical form
     * @throws IllegalArgumentException if the text is not a date-time Open Badges allows
     * @throws NullPointerException if {@code text} is null
     */
    public static Timestamp parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not an ISO 8601 date-time or Unix timestamp: \"" + abbreviate(text) + "\""));
    }

    /**
     * Parses a date-time string, returning empty instead of throwing.
     *
     * @param text the text
     * @return the timestamp, or empty if {@code text} is not a date-time Open Badges allows
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Timestamp> tryParse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        try {
            if (isDigits(text)) {
                return Optional.of(new Timestamp(Instant.ofEpochSecond(Long.parseLong(text)), text, false));
            }
            if (text.length() == 10) {
                return Optional.of(new Timestamp(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC),
                        text, false));
            }
            if (hasOffset(text)) {
                return Optional.of(new Timestamp(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant(), text, false));
            }
            return Optional.of(new Timestamp(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC), text, false));
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns a timestamp for a Unix time in seconds written as a JSON number (OB 2.0).
     *
     * @param epochSeconds seconds since 1970-01-01T00:00:00Z
     * @return the timestamp
     * @throws java.time.DateTimeException if the value is outside the supported range
     */
    public static Timestamp ofEpochSecond(long epochSeconds) {
        return new Timestamp(Instant.ofEpochSecond(epochSeconds), Long.toString(epochSeconds), true);
    }

    /**
     * Tells whether the text carries an explicit time zone ({@code Z} or an offset), as OB 3.0's
     * {@code DateTimeZ} requires.
     *
     * @return {@code true} if the text has a zone
     */
    public boolean hasZone() {
        return !numeric && !isDigits(text) && hasOffset(text);
    }

    @Override
    public int compareTo(Timestamp other) {
        return instant.compareTo(other.instant);
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            return false;
        }
        for (int i = t; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty() && text.length() <= 12;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
