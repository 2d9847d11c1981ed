package dev.laurel.badges.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BadgeJson#read(byte[])} finds a compact JWS on the bytes, without decoding them to a string, exactly where
 * the definition finds one: {@code new String(input, UTF_8).strip()} has the compact form.
 */
class CompactTextProperties {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String TOKEN = B64.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8))
            + "." + B64.encodeToString("{\"type\":[\"VerifiableCredential\"]}".getBytes(StandardCharsets.UTF_8))
            + ".c2ln";

    @Property(tries = 3000)
    void aJwsIsFoundWhereTheStrippedTextHasTheCompactForm(@ForAll("padded") String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        String stripped = text.strip();
        boolean definition = !stripped.isEmpty() && CompactJws.looksCompact(stripped);
        Optional<String> read;
        boolean readAsJws;
        try {
            read = BadgeJson.standard().read(input).jws().map(CompactJws::compact);
            readAsJws = read.isPresent();
        } catch (BadgeJsonException e) {
            read = Optional.empty();
            readAsJws = e.code() == JsonCode.MALFORMED_JWS; // read as a JWS whose segments do not decode
        }
        assertThat(readAsJws).isEqualTo(definition);
        read.ifPresent(compact -> assertThat(compact).isEqualTo(stripped));
    }

    @Provide
    Arbitrary<String> padded() {
        Arbitrary<String> pads = Arbitraries.of("", " ", "\t", "\r\n", "\u000b", "\f", "\u001c", "\u001f", "\u2003",
                "\u3000", "\u00a0", "\u0085", "\u2028", "\uFEFF", " \u2003 ", "\u2003 ", "x", "\u00e9");
        Arbitrary<String> middles = Arbitraries.of(TOKEN, TOKEN, TOKEN.replace('.', ' '), TOKEN + ".", "a." + TOKEN,
                TOKEN.substring(0, 10) + "\u00e9" + TOKEN.substring(10));
        return Combinators.combine(pads, middles, pads).as((a, m, b) -> a + m + b);
    }
}
