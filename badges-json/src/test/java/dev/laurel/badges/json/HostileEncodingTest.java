package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JSON in UTF-16 or UTF-32, with or without a byte order mark: RFC 8259 section 8.1 requires UTF-8
 * between systems, so each is refused with {@link JsonCode#UNSUPPORTED_ENCODING}, never read as if it
 * were UTF-8 and never an {@link Error}.
 */
class HostileEncodingTest {

    static final String BADGE = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://example.org/a\"}";

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final BadgeJson json = BadgeJson.standard();

    /** The text in an encoding, with the encoding's byte order mark first when {@code bom}. */
    static byte[] encode(String text, Charset charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
    }

    private void assertRefused(byte[] bytes, String encodingName) {
        Throwable thrown = catchThrowable(() -> json.read(bytes));
        assertThat(thrown).isInstanceOf(BadgeJsonException.class);
        BadgeJsonException e = (BadgeJsonException) thrown;
        assertThat(e.code()).isEqualTo(JsonCode.UNSUPPORTED_ENCODING);
        assertThat(e.getMessage()).contains(encodingName).contains("UTF-8");
        // The tree helper and validation refuse it the same way.
        Throwable tree = catchThrowable(() -> json.readTree(bytes));
        assertThat(tree).isInstanceOfSatisfying(BadgeJsonException.class,
                t -> assertThat(t.code()).isEqualTo(JsonCode.UNSUPPORTED_ENCODING));
        ValidationResult result = json.validate(bytes);
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(p -> p.code()).containsExactly(JsonCode.UNSUPPORTED_ENCODING);
    }

    @Test
    void utf16LittleEndianWithoutBomIsRefused() {
        assertRefused(encode(BADGE, StandardCharsets.UTF_16LE, false), "UTF-16LE");
    }

    @Test
    void utf16LittleEndianWithBomIsRefused() {
        assertRefused(encode(BADGE, StandardCharsets.UTF_16LE, true), "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithoutBomIsRefused() {
        assertRefused(encode(BADGE, StandardCharsets.UTF_16BE, false), "UTF-16BE");
    }

    @Test
    void utf16BigEndianWithBomIsRefused() {
        assertRefused(encode(BADGE, StandardCharsets.UTF_16BE, true), "UTF-16BE");
    }

    @Test
    void utf32LittleEndianWithoutBomIsRefused() {
        assertRefused(encode(BADGE, UTF_32LE, false), "UTF-32LE");
    }

    @Test
    void utf32LittleEndianWithBomIsRefused() {
        assertRefused(encode(BADGE, UTF_32LE, true), "UTF-32LE");
    }

    @Test
    void utf32BigEndianWithoutBomIsRefused() {
        assertRefused(encode(BADGE, UTF_32BE, false), "UTF-32BE");
    }

    @Test
    void utf32BigEndianWithBomIsRefused() {
        assertRefused(encode(BADGE, UTF_32BE, true), "UTF-32BE");
    }

    @Test
    void utf16WithLeadingWhitespaceIsRefused() {
        assertRefused(encode("  \n" + BADGE, StandardCharsets.UTF_16BE, false), "UTF-16BE");
    }

    @Test
    void utf16CompactJwsIsRefused() {
        assertRefused(encode("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", StandardCharsets.UTF_16LE, true), "UTF-16LE");
    }

    @Test
    void utf16ScalarTooShortForThePatternIsStillRefused() {
        // "1" in UTF-16BE is two bytes, 00 31: fewer than the four bytes RFC 4627 looks at.
        Throwable thrown = catchThrowable(() -> json.readTree("1".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(thrown).isInstanceOfSatisfying(BadgeJsonException.class,
                t -> assertThat(t.code()).isEqualTo(JsonCode.UNSUPPORTED_ENCODING));
    }

    @Test
    void utf8WithBomIsStillRead() {
        BadgeDocument doc = json.read(encode(BADGE, StandardCharsets.UTF_8, true));
        assertThat(doc.kind()).isEqualTo(DocumentKind.OB2_ASSERTION);
        assertThat(json.readTree(encode(BADGE, StandardCharsets.UTF_8, true)).isObject()).isTrue();
    }

    @Test
    void nulByteInsideUtf8IsMalformedNotAnEncoding() {
        byte[] bytes = "{\"a\":\"x\u0000y\"}".getBytes(StandardCharsets.UTF_8);
        Throwable thrown = catchThrowable(() -> json.read(bytes));
        assertThat(thrown).isInstanceOfSatisfying(BadgeJsonException.class,
                t -> assertThat(t.code()).isEqualTo(JsonCode.MALFORMED_JSON));
    }
}
