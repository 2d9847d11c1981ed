package dev.laurel.badges.core.taxonomy.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void decimalsUseADotAndTwoPlacesInAnyLocale() {
        assertThat(Text.decimal(0.855)).isEqualTo("0.86");
        assertThat(Text.decimal(1)).isEqualTo("1.00");
        assertThat(Text.decimal(0.05)).isEqualTo("0.05");
        assertThat(Text.decimal(-0.3)).isEqualTo("-0.30");
    }

    @Test
    void percentEncodingKeepsOnlyUnreservedCharacters() {
        assertThat(Text.percentEncode("a b+c/d?e=f&g#h~_.-")).isEqualTo("a%20b%2Bc%2Fd%3Fe%3Df%26g%23h~_.-");
        assertThat(Text.percentEncode("é€😀")).isEqualTo("%C3%A9%E2%82%AC%F0%9F%98%80");
    }

    @Test
    void tokensAreFoldedWithTheRootLocale() {
        assertThat(Text.tokens("ISTANBUL, Data-Viz 2.0")).containsExactly("istanbul", "data", "viz", "2", "0");
    }
}
