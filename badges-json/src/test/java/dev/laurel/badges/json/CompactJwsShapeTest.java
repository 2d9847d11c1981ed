package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CompactJws#looksCompact} answers exactly as the plain base64url predicate, for every character. */
class CompactJwsShapeTest {

    private static boolean base64url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    @Test
    void everyCharacterInsideASegmentIsJudgedAsTheAlphabetSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || ch == '.') {
                continue; // stripped at the ends, or a separator: not a segment character
            }
            String text = "eyJh" + ch + "bGc.cGF5" + ch + ".c2ln";
            assertThat(CompactJws.looksCompact(text)).as("U+%04X", c).isEqualTo(base64url(ch));
        }
    }

    @Test
    void dotsAndEndsStillDecide() {
        assertThat(CompactJws.looksCompact("  eyJh.cGF5.c2ln\n")).isTrue();
        assertThat(CompactJws.looksCompact("eyJh.cGF5.c2ln.x")).isFalse();
        assertThat(CompactJws.looksCompact(".cGF5.c2ln")).isFalse();
        assertThat(CompactJws.looksCompact("a.b")).isFalse();
        assertThat(CompactJws.looksCompact("a..")).isFalse();
        assertThat(CompactJws.looksCompact("eyJh.cG F5.c2ln")).isFalse();
    }

    @Test
    void bytesAreJudgedAsTheStringIs() {
        String[] samples = {"  eyJh.cGF5.c2ln\n", "eyJh.cGF5.c2ln.x", ".cGF5.c2ln", "a.b", "a..", "eyJh.cG F5.c2ln",
            "eyJh.cGF5.", "eyJh..c2ln", "{\"a\":1}", "", "   ", "eyJh.cGF5.c2l\u00e9", "eyJh.cGF5.c2ln\u0000"};
        for (String sample : samples) {
            byte[] bytes = sample.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(CompactJws.looksCompact(bytes, 0, bytes.length)).as(sample).isEqualTo(CompactJws.looksCompact(sample));
        }
        byte[] framed = "xx eyJh.cGF5.c2ln yy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CompactJws.looksCompact(framed, 2, framed.length - 2)).as("only the range counts").isTrue();
        assertThat(CompactJws.looksCompact(framed, 0, framed.length)).isFalse();
    }
}
