package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Base58btc against the Bitcoin reference vectors, and multibase prefixes. */
class MultibaseTest {

    /** Bitcoin Core's base58_encode_decode.json vectors: hex, base58. */
    @ParameterizedTest
    @CsvSource({
        "'', ''",
        "61, 2g",
        "626262, a3gV",
        "636363, aPEr",
        "73696d706c792061206c6f6e6720737472696e67, 2cFupjhnEsSn59qHXstmK2ffpLv2",
        "00eb15231dfceb60925886b67d065299925915aeb172c06647, 1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L",
        "516b6fcd0f, ABnLTmg",
        "bf4f89001e670274dd, 3SEo3LWLoPntC",
        "572e4794, 3EFU7m",
        "ecac89cad93923c02321, EJDM8drfXA6uyA",
        "10c8511e, Rt5zm",
        "00000000000000000000, 1111111111",
        "000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5, 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
    })
    void matchesBitcoinVectors(String hex, String base58) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(Multibase.encodeBase58(bytes)).isEqualTo(base58);
        assertThat(Multibase.decodeBase58(base58)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void helloWorld() {
        assertThat(Multibase.encodeBase58Btc("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("z2NEpo7TZRRrLZSi2U");
    }

    @ParameterizedTest
    @CsvSource({"0OIl", "abc0", "zz+", "é"})
    void refusesCharactersOutsideTheAlphabet(String text) {
        assertThat(Multibase.decodeBase58(text)).isEmpty();
    }

    @Test
    void refusesUnknownPrefixesAndEmptyText() {
        assertThat(Multibase.decode("")).isEmpty();
        assertThat(Multibase.decode("f00ff")).isEmpty();
        assertThat(Multibase.decode("mAAAA")).isEmpty();
    }

    @Test
    void readsBase64UrlWithoutPadding() {
        assertThat(Multibase.decode("uAQID")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(Multibase.decode("uAQI=")).isEmpty();
    }

    @Test
    void refusesHugeInput() {
        assertThat(Multibase.decode("z" + "2".repeat(10_000))).isEmpty();
    }

    @Property(tries = 300)
    void roundTrips(@ForAll @Size(max = 120) byte[] bytes) {
        String text = Multibase.encodeBase58Btc(bytes);
        assertThat(text).startsWith("z");
        assertThat(Multibase.decode(text)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }
}
