package dev.laurel.badges.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EqualityKeyTest {

    @Test
    void percentEncodedOctetsAreDecodedAsUtf8ThenWhiteSpaceIsTrimmed() {
        assertThat(EqualityKey.normalize("  https%3A%2F%2Fexample.edu/issuers/565049\t")).isEqualTo("https://example.edu/issuers/565049");
        assertThat(EqualityKey.normalize("urn:x:%C3%A9t%C3%A9")).isEqualTo("urn:x:été");
        assertThat(EqualityKey.normalize("%20urn:x%20")).as("unescaping comes first, then trimming").isEqualTo("urn:x");
        assertThat(EqualityKey.normalize("a+b")).as("not form decoding").isEqualTo("a+b");
    }

    @Test
    void whatIsNotAnEscapeOrNotUtf8IsLeftAsWritten() {
        assertThat(EqualityKey.normalize("100%")).isEqualTo("100%");
        assertThat(EqualityKey.normalize("a%2")).isEqualTo("a%2");
        assertThat(EqualityKey.normalize("a%zz")).isEqualTo("a%zz");
        assertThat(EqualityKey.normalize("a%FFb")).isEqualTo("a%FFb");
        assertThat(EqualityKey.of("i", "a%FF")).isNotEqualTo(EqualityKey.of("i", "a%FE"));
    }

    @Test
    void keysAreEqualWhenBothNormalisedIdsAre() {
        EqualityKey a = EqualityKey.of("https://example.edu/issuers/565049", "http://example.edu/credentials/3732");
        EqualityKey b = EqualityKey.of(" https://example.edu/issuers/565049", "http://example.edu/credentials/%33732\n");
        assertThat(a).isEqualTo(b);
        assertThat(a.value()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a.credentialId()).contains("http://example.edu/credentials/3732");
        assertThat(EqualityKey.of("https://other.example/", "http://example.edu/credentials/3732").value()).isNotEqualTo(a.value());
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assertThat(EqualityKey.of("ab", "c").value()).isNotEqualTo(EqualityKey.of("a", "bc").value());
    }

    @Test
    void credentialsWithoutIdAreKeyedByTheirBytesAndNeverMeetOnesWithAnId() {
        EqualityKey k = EqualityKey.withoutId("https://example.edu/issuers/565049", "{}");
        assertThat(k.credentialId()).isEmpty();
        assertThat(k).isEqualTo(EqualityKey.withoutId("https://example.edu/issuers/565049", "{}"));
        assertThat(k).isNotEqualTo(EqualityKey.withoutId("https://example.edu/issuers/565049", "{ }"));
        assertThat(k.value()).isNotEqualTo(EqualityKey.of("https://example.edu/issuers/565049", "{}").value());
    }

    @Test
    void theValueMustBeADigest() {
        assertThatThrownBy(() -> new EqualityKey("i", java.util.Optional.empty(), "ABC"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void encodingEveryOctetChangesNothing(@ForAll String id) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            encoded.append(String.format("%%%02X", b & 0xff));
        }
        // Lone surrogates are not text: UTF-8 turns them into '?', on both sides.
        String text = new String(id.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(EqualityKey.normalize(encoded.toString())).isEqualTo(text.strip());
    }
}
