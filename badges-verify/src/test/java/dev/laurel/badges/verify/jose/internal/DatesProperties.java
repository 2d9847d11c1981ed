package dev.laurel.badges.verify.jose.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link Dates#parseDateTime} keeps the definition of {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}: its hand-written
 * parser of the common form accepts only what the formatter accepts, with the same instant, and leaves the rest to it.
 */
class DatesProperties {

    @Property(tries = 20000)
    void agreesWithTheFormatterOnNearlyDateTimes(@ForAll("nearlyDateTimes") String text) {
        assertThat(Dates.parseDateTime(text)).isEqualTo(Dates.parseWithFormatter(text));
        Instant common = Dates.parseCommonForm(text);
        if (common != null) {
            assertThat(Dates.parseWithFormatter(text)).contains(common);
        }
    }

    @Property(tries = 5000)
    void takesTheCommonFormItself(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long second,
                                  @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
                                  @ForAll @IntRange(min = -17 * 60 - 59, max = 17 * 60 + 59) int offsetMinutes,
                                  @ForAll boolean wholeSeconds) {
        Instant instant = Instant.ofEpochSecond(second, wholeSeconds ? 0 : nano);
        OffsetDateTime at = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        if (at.getYear() < 0 || at.getYear() > 9999) {
            return;
        }
        String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        assertThat(Dates.parseCommonForm(text)).as(text).isEqualTo(instant);
        assertThat(Dates.parseDateTime(text)).contains(instant);
    }

    @Example
    void examples() {
        for (String ok : List.of("2010-01-01T00:00:00Z", "2024-02-29T23:59:59.123+05:30", "0000-01-01T00:00:00-00:00",
                "9999-12-31T23:59:59.999999999Z", "2010-01-01t00:00:00z", "2010-01-01T00:00Z", "2010-01-01T00:00:00+18:00")) {
            assertThat(Dates.parseDateTime(ok)).as(ok).isEqualTo(Dates.parseWithFormatter(ok)).isPresent();
        }
        for (String bad : List.of("2023-02-29T00:00:00Z", "2010-13-01T00:00:00Z", "2010-01-01T24:00:00Z",
                "2010-01-01T00:00:60Z", "2010-01-01T00:00:00", "2010-01-01T00:00:00.Z", "2010-01-01T00:00:00.1234567891Z",
                "2010-01-01T00:00:00+18:01", "2010-01-01T00:00:00+0530", "2010-01-01 00:00:00Z", "２010-01-01T00:00:00Z", "")) {
            assertThat(Dates.parseDateTime(bad)).as(bad).isEqualTo(Dates.parseWithFormatter(bad));
        }
    }

    @Provide
    Arbitrary<String> nearlyDateTimes() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
                Arbitraries.of("1600", "1900", "2000", "2024", "2023", "0000", "+10000", "-0001", "+2024", "999", "12345",
                        "-0000", "٢٠٢٤"));
        Arbitrary<String> two = Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map(v -> String.format("%02d", v)),
                Arbitraries.of("1", "001", "0١", "+1", "-1", "01", "12", "28", "29", "30", "31", "23", "59"));
        Arbitrary<String> t = Arbitraries.of("T", "T", "T", "t", " ", "_");
        Arbitrary<String> seconds = Arbitraries.oneOf(two.map(s -> ":" + s), Arbitraries.of("", ":60", ":5"));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.of("", "", ".", ",5", ".5", ".000000000"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(d -> "." + d));
        Arbitrary<String> offset = Arbitraries.oneOf(
                Arbitraries.of("Z", "Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+17:59", "-17:59",
                        "+05:30", "+0530", "+05", "+5:30", "+05:30:15", "+053015", "+24:00", "UTC", "+05:60", "+05:3",
                        "Z ", " Z", "ZZ", "+05:30Z"),
                Combinators.combine(Arbitraries.of("+", "-"), two, two).as((s, h, m) -> s + h + ":" + m));
        Arbitrary<String> built = Combinators.combine(List.of(year, two, two, t, two, two, seconds, fraction, offset))
                .as(p -> p.get(0) + "-" + p.get(1) + "-" + p.get(2) + p.get(3) + p.get(4) + ":" + p.get(5) + p.get(6)
                        + p.get(7) + p.get(8));
        Arbitrary<String> mutated = Combinators.combine(built, Arbitraries.integers().between(0, 40),
                Arbitraries.of('0', '9', 'T', 'Z', ':', '-', '+', '.', 'x', '\u0663', '\uff10', ' '))
                .as((s, at, c) -> s.isEmpty() ? s : s.substring(0, at % s.length()) + c + s.substring(at % s.length() + 1));
        return Arbitraries.oneOf(built, built, mutated, Arbitraries.strings().ofMaxLength(30));
    }
}
