package dev.laurel.badges.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StrictJsonTest {

    private final StrictJson json = StrictJson.of(JsonLimits.DEFAULT);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertCode(byte[] input, JsonCode code) {
        assertThatThrownBy(() -> json.parse(input))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void readsAnObjectKeepingDecimalScale() {
        assertThat(json.parse(utf8("{\"a\": 3.0}")).get("a").decimalValue().scale()).isEqualTo(1);
    }

    @Test
    void duplicateKeyIsRefused() {
        assertThatThrownBy(() -> json.parse(utf8("{\"id\": \"a\",\n \"id\": \"b\"}")))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(JsonCode.DUPLICATE_KEY);
                    assertThat(e.getMessage()).contains("at /id").doesNotContain("\"b\"");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void trailingContentIsRefused() {
        assertCode(utf8("{} {}"), JsonCode.TRAILING_CONTENT);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertCode(bad, JsonCode.INVALID_UTF8);
    }

    @Test
    void emptyInputIsRefused() {
        assertCode(utf8("  \n"), JsonCode.EMPTY_INPUT);
    }

    @Test
    void truncatedDocumentIsMalformed() {
        assertCode(utf8("{\"a\": [1, 2"), JsonCode.MALFORMED_JSON);
    }

    @Test
    void oversizedDocumentIsRefusedBeforeParsing() {
        StrictJson small = StrictJson.of(JsonLimits.DEFAULT.withMaxDocumentBytes(100));
        byte[] big = utf8("{\"a\": \"" + "x".repeat(200) + "\"}");
        assertThatThrownBy(() -> small.parse(big))
                .isInstanceOfSatisfying(BadgeJsonException.class,
                        e -> assertThat(e.code()).isEqualTo(JsonCode.DOCUMENT_TOO_LARGE));
    }

    @Test
    void oversizedStreamIsCutOffWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> json.parse(endless))
                        .isInstanceOfSatisfying(BadgeJsonException.class,
                                e -> assertThat(e.code()).isEqualTo(JsonCode.DOCUMENT_TOO_LARGE)));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertCode(utf8(deep), JsonCode.NESTING_TOO_DEEP);
    }

    @Test
    void longNumberIsRefused() {
        assertCode(utf8("{\"n\": " + "9".repeat(5000) + "}"), JsonCode.NUMBER_TOO_LONG);
    }

    @Test
    void longStringIsRefused() {
        StrictJson limited = StrictJson.of(new JsonLimits(1 << 20, 64, 1000, 100, 1024));
        assertThatThrownBy(() -> limited.parse(utf8("{\"s\": \"" + "x".repeat(5000) + "\"}")))
                .isInstanceOfSatisfying(BadgeJsonException.class,
                        e -> assertThat(e.code()).isEqualTo(JsonCode.STRING_TOO_LONG));
    }

    @Test
    void streamReadsBoundedInput() {
        assertThat(json.parse(new ByteArrayInputStream(utf8("{\"a\":1}"))).get("a").intValue()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sEcReT-api-key-123",
        "{\"a\": sEcReT-api-key-123}",
        "{\"a\": \"x\", sEcReT-api-key-123: 1}",
        "{\"a\" sEcReT-api-key-123}",
        "{\"a\": 1 sEcReT-api-key-123}",
        "{\"a\": \"sEcReT-api-key-123\\q\"}",
        "{\"a\": 0123sEcReT-api-key-123}",
        "{\"a\": NaNsEcReT-api-key-123}",
        "[1, 2}sEcReT-api-key-123",
        "{\"sEcReT-api-key-123\": \"line\nbreak\"}"
    })
    void malformedJsonMessageNeverQuotesTheInput(String input) {
        assertThatThrownBy(() -> json.parse(utf8(input)))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(JsonCode.MALFORMED_JSON);
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("secret").doesNotContain("123")
                            .contains("line 1, column");
                });
    }

    @Test
    void duplicateKeyMessageGivesAPointerNotTheValues() {
        assertThatThrownBy(() -> json.parse(utf8("{\"a\": {\"k\": \"sEcReT-1\", \"k\": \"sEcReT-2\"}}")))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(JsonCode.DUPLICATE_KEY);
                    assertThat(e.getMessage()).contains("/a/k").doesNotContainIgnoringCase("secret");
                });
    }
}
