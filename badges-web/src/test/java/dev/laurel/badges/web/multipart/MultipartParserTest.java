package dev.laurel.badges.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartParserTest {

    private static final MultipartLimits LIMITS = MultipartLimits.ofMaxBytes(10_000);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatABrowserSends() throws MultipartException {
        String body = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\";c.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--XyZ\r\ncontent-disposition: form-data; name=text\r\n\r\n"
                + "héllo\r\nworld\r\n--XyZ \t\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n\r\n--XyZ--\r\nepilogue";
        List<FormPart> parts = MultipartParser.parse("multipart/form-data; boundary=\"XyZ\"", utf8(body), LIMITS);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).name()).isEqualTo("file");
        assertThat(parts.get(0).filename()).contains("a \"b\";c.png");
        assertThat(parts.get(0).contentType()).contains("image/png");
        assertThat(parts.get(1)).isEqualTo(new FormPart("text", Optional.empty(), Optional.empty(),
                utf8("héllo\r\nworld")));
        assertThat(parts.get(2).text()).isEmpty();
    }

    @Test
    void refusesEachBrokenFormWithItsCode() {
        assertCode("text/plain", "x", MultipartCode.NOT_MULTIPART);
        assertCode("multipart/form-data", "x", MultipartCode.BAD_BOUNDARY);
        assertCode("multipart/form-data; boundary=", "x", MultipartCode.BAD_BOUNDARY);
        assertCode("multipart/form-data; boundary=" + "a".repeat(71), "x", MultipartCode.BAD_BOUNDARY);
        assertCode("multipart/form-data; boundary=b", "no delimiter", MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=a\r\n\r\nno end",
                MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--",
                MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
                MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n--b--",
                MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--b--",
                MultipartCode.MALFORMED);
        assertCode("multipart/form-data; boundary=b", "--bX\r\n", MultipartCode.MALFORMED);
    }

    @Test
    void enforcesItsLimits() {
        String part = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n";
        MultipartLimits two = new MultipartLimits(10_000, 2, 100);
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b",
                utf8(part.repeat(3) + "--b--"), two)).isInstanceOf(MultipartException.class)
                .extracting(e -> ((MultipartException) e).code()).isEqualTo(MultipartCode.TOO_MANY_PARTS);
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b",
                utf8("--b\r\nContent-Disposition: form-data; name=a\r\nX-Long: " + "y".repeat(200) + "\r\n\r\nx\r\n--b--"),
                two)).extracting(e -> ((MultipartException) e).code()).isEqualTo(MultipartCode.HEADER_TOO_LARGE);
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data; boundary=b",
                utf8(part + "--b--"), new MultipartLimits(10, 2, 100)))
                .extracting(e -> ((MultipartException) e).code()).isEqualTo(MultipartCode.TOO_LARGE);
        assertThatThrownBy(() -> new MultipartLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCode(String contentType, String body, MultipartCode code) {
        assertThatThrownBy(() -> MultipartParser.parse(contentType, utf8(body), LIMITS))
                .as(body).isInstanceOf(MultipartException.class)
                .extracting(e -> ((MultipartException) e).code()).isEqualTo(code);
    }
}
