package dev.laurel.badges.json.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BakeProperties {

    private final Baker baker = Baker.standard();

    @Property(tries = 200)
    void bakingAnyTextIntoAnyPngGivesTheTextBackAndKeepsEveryOtherChunk(@ForAll("pngs") byte[] png,
            @ForAll("texts") String inner, @ForAll boolean ob3) {
        BadgePayload payload = ob3 ? BadgePayload.ob3Json("{" + inner + "}") : BadgePayload.ob2Json("{" + inner + "}");

        byte[] baked = baker.bake(png, payload);

        assertThat(baker.extract(baked).orElseThrow().payload()).isEqualTo(payload);
        assertThat(baker.extract(new ByteArrayInputStream(baked)).orElseThrow().payload()).isEqualTo(payload);
        assertThat(TestImages.nonBadgeChunks(baked)).isEqualTo(TestImages.nonBadgeChunks(png));
        assertThat(TestImages.badgeChunks(baked)).hasSize(1);
    }

    @Property(tries = 200)
    void bakingAnyTextIntoAnSvgGivesTheTextBack(@ForAll("texts") String inner, @ForAll boolean ob3, @ForAll boolean latin1) {
        BadgePayload payload = ob3 ? BadgePayload.ob3Json("{" + inner + "}") : BadgePayload.ob2Json("{" + inner + "}");
        byte[] svg = latin1
                ? "<?xml version='1.0' encoding='ISO-8859-1'?><svg xmlns='http://www.w3.org/2000/svg'><g/></svg>"
                        .getBytes(StandardCharsets.ISO_8859_1)
                : TestImages.utf8(TestImages.PLAIN_SVG);

        byte[] baked = baker.bake(svg, payload);

        assertThat(baker.extract(baked).orElseThrow().payload()).isEqualTo(payload);
    }

    @Property(tries = 300)
    void extractionOfADamagedImageFailsOnlyWithABakeException(@ForAll("pngs") byte[] png, @ForAll boolean svg,
            @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll byte value, @ForAll @IntRange(min = 0, max = 3) int mode) {
        byte[] image = svg
                ? baker.bake(TestImages.utf8(TestImages.PLAIN_SVG), BadgePayload.ob3Json(TestImages.OB3_JSON))
                : baker.bake(png, BadgePayload.ob2Json(TestImages.OB2_JSON));
        int i = at % image.length;
        byte[] damaged;
        switch (mode) {
            case 0:
                damaged = image.clone();
                damaged[i] = value;
                break;
            case 1:
                damaged = Arrays.copyOf(image, i);
                break;
            case 2:
                damaged = new byte[image.length + 1];
                System.arraycopy(image, 0, damaged, 0, i);
                damaged[i] = value;
                System.arraycopy(image, i, damaged, i + 1, image.length - i);
                break;
            default:
                damaged = new byte[image.length - 1];
                System.arraycopy(image, 0, damaged, 0, i);
                System.arraycopy(image, i + 1, damaged, i, image.length - i - 1);
        }
        try {
            baker.extract(damaged);
        } catch (BakeException expected) {
            assertThat(expected.bakeCode()).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> bmp = Arbitraries.strings()
                .withCharRange('\u0020', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .withChars('\t', '\n', '\r', ']', '>', '<', '&', '"')
                .ofMaxLength(300);
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF)
                .map(cp -> new String(Character.toChars(cp)));
        Arbitrary<String> markers = Arbitraries.of("]]>", "\r\n", "\r", "]]", "<![CDATA[", "&amp;", "\u00e9", "");
        return Combinators.combine(bmp, supplementary, markers, bmp).as((a, b, c, d) -> a + b + c + d);
    }

    @Provide
    Arbitrary<byte[]> pngs() {
        Arbitrary<byte[]> handBuilt = Combinators.combine(
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.longs(),
                        ancillaryChunks(),
                        ancillaryChunks(),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.of("none", "ob2", "ob3", "legacy"))
                .as((w, h, seed, before, after, idats, existing) -> {
                    List<byte[]> chunks = new ArrayList<>();
                    chunks.add(TestImages.ihdr(w, h));
                    chunks.addAll(before);
                    byte[] idat = TestImages.idat(w, h, seed);
                    byte[] data = Arrays.copyOfRange(idat, 8, idat.length - 4);
                    int step = Math.max(1, data.length / idats);
                    for (int i = 0; i < data.length; i += step) {
                        chunks.add(TestImages.chunk("IDAT", Arrays.copyOfRange(data, i, Math.min(data.length, i + step))));
                    }
                    switch (existing) {
                        case "ob2":
                            chunks.add(TestImages.itxt("openbadges", "https://example.org/old"));
                            break;
                        case "ob3":
                            chunks.add(1, TestImages.itxt("openbadgecredential", true, TestImages.utf8("{\"old\":true}")));
                            break;
                        case "legacy":
                            chunks.add(TestImages.text("openbadges", "https://example.org/legacy"));
                            break;
                        default:
                            break;
                    }
                    chunks.addAll(after);
                    chunks.add(TestImages.iend());
                    return TestImages.png(chunks.toArray(new byte[0][]));
                });
        Arbitrary<byte[]> imageIo = Combinators.combine(
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.of(BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY,
                                BufferedImage.TYPE_BYTE_INDEXED),
                        Arbitraries.longs())
                .as(TestImages::imageIoPng);
        return Arbitraries.oneOf(handBuilt, imageIo);
    }

    private static Arbitrary<List<byte[]>> ancillaryChunks() {
        Arbitrary<byte[]> chunk = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                        Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                .as((a, b, c, d, data) -> TestImages.chunk(a + b + c + d, data));
        Arbitrary<byte[]> text = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
                .map(s -> TestImages.text("Comment", s));
        return Arbitraries.oneOf(chunk, text).list().ofMaxSize(3);
    }
}
