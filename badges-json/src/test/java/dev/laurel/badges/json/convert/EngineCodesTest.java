package dev.laurel.badges.json.convert;

import dev.laurel.badges.json.convert.internal.Code;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine reports with its own codes (so that it does not depend on this package); the converter turns
 * each into the {@link ConversionCode} of the same name, which must therefore exist.
 */
class EngineCodesTest {

    @Test
    void everyEngineCodeIsAConversionCodeOfTheSameName() {
        for (Code code : Code.values()) {
            assertThat(ConversionCode.valueOf(code.name()).name()).isEqualTo(code.name());
        }
        assertThat(Arrays.stream(ConversionCode.values()).map(Enum::name))
                .containsAll(Arrays.stream(Code.values()).map(Enum::name).toList())
                .contains("UNSUPPORTED_DOCUMENT");
    }
}
