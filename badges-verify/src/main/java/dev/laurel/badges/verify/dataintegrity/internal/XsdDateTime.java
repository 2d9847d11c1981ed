package dev.laurel.badges.verify.dataintegrity.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads XML Schema {@code dateTime} values as proofs use them ({@code created}, {@code expires}). */
public final class XsdDateTime {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

    private XsdDateTime() {}

    /**
     * Parses a dateTime; one without a time zone is read as UTC.
     *
     * @param text the text
     * @return the instant, or empty if the text is not a valid dateTime
     */
    public static Optional<Instant> parse(String text) {
        if (text.length() > 40 || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            boolean zoned = text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
            return Optional.of(zoned ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
