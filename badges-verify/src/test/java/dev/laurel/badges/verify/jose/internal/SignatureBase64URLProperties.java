package dev.laurel.badges.verify.jose.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SignatureBase64URL} decodes to exactly what Nimbus's {@link Base64URL} decodes to. */
class SignatureBase64URLProperties {

    @Property(tries = 10000)
    void decodesAsNimbusDoes(@ForAll("segments") String segment) {
        assertThat(new SignatureBase64URL(segment).decode()).isEqualTo(new Base64URL(segment).decode());
    }

    @Example
    void takesTheJdkPathForPlainSegmentsOnly() {
        assertThat(SignatureBase64URL.plainUnpadded("c2ln")).isTrue();
        assertThat(SignatureBase64URL.plainUnpadded("c2lnZ")).isFalse();
        assertThat(SignatureBase64URL.plainUnpadded("c2k=")).isFalse();
        assertThat(SignatureBase64URL.plainUnpadded("c+k/")).isFalse();
        assertThat(SignatureBase64URL.plainUnpadded("")).isTrue();
    }

    @Provide
    Arbitrary<String> segments() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMaxLength(400);
        Arbitrary<String> odd = Arbitraries.strings().withChars("AZaz09-_+/= .\n\u00e9").ofMaxLength(40);
        return Arbitraries.oneOf(plain, plain, odd);
    }
}
