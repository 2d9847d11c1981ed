package dev.laurel.badges.verify.jose.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
