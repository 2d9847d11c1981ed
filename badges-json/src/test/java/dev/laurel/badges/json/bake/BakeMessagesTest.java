package dev.laurel.badges.json.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Error messages about a hostile image say what is wrong and where, never what the image says. */
class BakeMessagesTest {

    static BakeException extracting(String svg) {
        BakeException e = catchThrowableOfType(BakeException.class,
                () -> Baker.standard().extract(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void malformedSvgMessageDoesNotQuoteElementNames() {
        BakeException e = extracting("<svg xmlns=\"http://www.w3.org/2000/svg\"><secretTokenXyz></svg>");
        assertThat(e.bakeCode()).isEqualTo(BakeCode.MALFORMED_XML);
        assertThat(e.getMessage()).doesNotContain("secretTokenXyz");
    }

    @Test
    void unknownEncodingMessageDoesNotQuoteTheDeclaredName() {
        BakeException e = extracting("<?xml version=\"1.0\" encoding=\"x-SecretEncoding\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(e.bakeCode()).isEqualTo(BakeCode.UNSUPPORTED_ENCODING);
        assertThat(e.getMessage()).doesNotContain("SecretEncoding");
    }

    @Test
    void aForeignRootElementIsNotQuoted() {
        BakeException e = extracting("<?xml version=\"1.0\"?><secretRoot xmlns=\"urn:secret-ns\"/>");
        assertThat(e.getMessage()).doesNotContain("secretRoot").doesNotContain("secret-ns");
    }

    @Test
    void textOutsideMarkupIsNotQuotedEither() {
        BakeException e = extracting("<svg xmlns=\"http://www.w3.org/2000/svg\">password=hunter2 &bogus;</svg>");
        assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("bogus");
    }
}
