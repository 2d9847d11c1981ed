package dev.laurel.badges.core.taxonomy.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TextProperties {

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
        Arbitrary<Long> near = Arbitraries.longs().between(-100_000_000_000L, 300_000_000_000L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999)
                .map(n -> n * 1_000_000), Arbitraries.integers().between(0, 999_999).map(n -> n * 1000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(Arbitraries.oneOf(seconds, near), nanos).as(Instant::ofEpochSecond);
    }

    @Property
    void instantTextIsExactlyTheJdks(@ForAll("instants") Instant instant) {
        assertThat(Text.instant(instant)).isEqualTo(instant.toString());
    }

    @Property
    void decimalAgreesWithBigDecimalRounding(@ForAll("hundredths") long hundredths) {
        double value = hundredths / 100.0;
        assertThat(Text.decimal(value)).isEqualTo(java.math.BigDecimal.valueOf(hundredths, 2).toPlainString());
    }

    @Provide
    Arbitrary<Long> hundredths() {
        return Arbitraries.longs().between(-100_000, 100_000);
    }
}
