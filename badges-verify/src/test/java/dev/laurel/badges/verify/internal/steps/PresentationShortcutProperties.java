package dev.laurel.badges.verify.internal.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pipeline reads a compact JWS once and skips {@link PresentationSteps#isPresentation} when
 * {@link PresentationSteps#certainlyNotPresentation} holds: that shortcut must never say "not a presentation"
 * where detection says "presentation".
 */
class PresentationShortcutProperties {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Property(tries = 3000)
    void theShortcutNeverHidesAPresentation(@ForAll("tokens") byte[] input) {
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(input);
        } catch (BadgeJsonException e) {
            return; // not read: the pipeline asks isPresentation
        }
        if (PresentationSteps.certainlyNotPresentation(input, doc)) {
            assertThat(PresentationSteps.isPresentation(input)).isFalse();
            assertThat(PresentationSteps.mayBeCompactJws(input)).isTrue();
        }
    }

    @Property(tries = 1000)
    void mayBeCompactJwsIsNecessary(@ForAll("tokens") byte[] input) {
        if (PresentationSteps.isPresentation(input) && input[firstNonSpace(input)] != '{') {
            assertThat(PresentationSteps.mayBeCompactJws(input)).isTrue();
        }
    }

    @Example
    void aPlainCredentialTokenTakesTheShortcut() {
        byte[] input = token("{\"type\":[\"VerifiableCredential\"]}", " \t", "\n");
        assertThat(PresentationSteps.certainlyNotPresentation(input, BadgeJson.standard().read(input))).isTrue();
        byte[] escaped = token("{\"type\":[\"\\u0056erifiablePresentation\"]}", "", "");
        assertThat(PresentationSteps.certainlyNotPresentation(escaped, BadgeJson.standard().read(escaped))).isFalse();
        assertThat(PresentationSteps.isPresentation(escaped)).isTrue();
        byte[] unicode = token("{\"type\":[\"VerifiableCredential\"]}", "", "\u2003");
        assertThat(PresentationSteps.certainlyNotPresentation(unicode, BadgeJson.standard().read(unicode))).isFalse();
    }

    private static int firstNonSpace(byte[] input) {
        int i = 0;
        while (i < input.length - 1 && (input[i] == ' ' || input[i] == '\t' || input[i] == '\r' || input[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static byte[] token(String payload, String before, String after) {
        return token("{\"alg\":\"EdDSA\"}", payload, "c2ln", before, after);
    }

    private static byte[] token(String header, String payload, String signature, String before, String after) {
        return (before + B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + signature + after)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<byte[]> tokens() {
        Arbitrary<String> payloads = Arbitraries.of(
                "{\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}",
                "{\"type\":\"VerifiablePresentation\"}",
                "{\"type\":[\"VerifiablePresentation\"],\"holder\":\"did:example:1\"}",
                "{\"type\":[\"\\u0056erifiablePresentation\"]}",
                "{\"type\":[\"VerifiablePresentatio\\u006e\"]}",
                "{\"vp\":{\"type\":[\"VerifiablePresentation\"]}}",
                "{\"vp\":{\"type\":\"Verifiable\\u0050resentation\"}}",
                "{\"vp\":\"VerifiablePresentation\"}",
                "{\"vc\":{\"type\":[\"VerifiableCredential\"]}}",
                "{\"description\":\"not a VerifiablePresentation\",\"type\":\"VerifiableCredential\"}",
                "{\"a\":\"\\u00e9\"}",
                "{\"type\":\"VerifiablePresentation\",\"type\":\"X\"}",
                "[\"VerifiablePresentation\"]",
                "{\"type\":[\"VerifiablePresentation\"]",
                "\uFEFF{\"type\":[\"VerifiablePresentation\"]}",
                "{}");
        Arbitrary<String> headers = Arbitraries.of("{\"alg\":\"EdDSA\"}", "{\"alg\":\"none\"}", "{\"alg\":\"RS256\"}",
                "not json", "[]");
        Arbitrary<String> signatures = Arbitraries.of("c2ln", "", "a-b_c");
        Arbitrary<String> spaces = Arbitraries.of("", " ", "\t", "\r\n", "\u000b", "\u001c", "\u001f", "\u2003",
                "\u3000", "\u00a0", "\u0085", "\uFEFF", " \u2003 ", "{", "x");
        Arbitrary<byte[]> wellFormed = Combinators.combine(headers, payloads, signatures, spaces, spaces)
                .as(PresentationShortcutProperties::token);
        return Arbitraries.oneOf(wellFormed, wellFormed.map(PresentationShortcutProperties::mutate),
                Arbitraries.strings().ofMaxLength(40).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Breaks a token a little: a dot more, a character changed, the padding of base64. */
    private static byte[] mutate(byte[] token) {
        if (token.length < 3) {
            return token;
        }
        byte[] out = token.clone();
        int at = Math.floorMod(java.util.Arrays.hashCode(token), out.length);
        out[at] = switch (Math.floorMod(at, 4)) {
            case 0 -> (byte) '.';
            case 1 -> (byte) '=';
            case 2 -> (byte) ' ';
            default -> (byte) 'A';
        };
        return out;
    }
}
