package dev.laurel.badges.json.bake;

import static dev.laurel.badges.json.bake.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per hostile image: each fails with its typed error, quickly, without reading anything else. */
class HostileImageTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private final Baker baker = Baker.standard();

    @Test
    void bytesThatAreNeitherPngNorSvgAreNotAnImage() {
        assertCode(() -> baker.extract(utf8("GIF89a\u0001\u0000")), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.extract(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.extract(utf8("{\"type\":\"Assertion\"}")), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.bake(utf8("hello"), BadgePayload.ob2Url("https://example.org/a")), BakeCode.NOT_AN_IMAGE);
    }

    @Test
    void anEmptyImageIsNotAnImage() {
        assertCode(() -> baker.extract(new byte[0]), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.extract(new ByteArrayInputStream(new byte[0])), BakeCode.NOT_AN_IMAGE);
    }

    @Test
    void xmlWhoseRootIsNotSvgIsNotAnImage() {
        assertCode(() -> baker.extract(utf8("<html><body/></html>")), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.extract(utf8("<svg xmlns='http://example.org/not-svg'/>")), BakeCode.NOT_AN_IMAGE);
        assertCode(() -> baker.extract(utf8("   \n ")), BakeCode.NOT_AN_IMAGE);
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = baker.bake(TestImages.greyPng(20, 20, 1), BadgePayload.ob2Url("https://example.org/a"));
        for (int cut : new int[] {4, 8, 20, 40, png.length - 13, png.length - 1}) {
            byte[] truncated = Arrays.copyOf(png, cut);
            assertCode(() -> baker.extract(truncated), BakeCode.TRUNCATED);
            assertCode(() -> baker.extract(new ByteArrayInputStream(truncated)), BakeCode.TRUNCATED);
            assertCode(() -> baker.bake(truncated, BadgePayload.ob2Url("https://example.org/b")), BakeCode.TRUNCATED);
        }
    }

    @Test
    void aBadCrcIsRefused() {
        byte[] png = TestImages.greyPng(20, 20, 1);
        // Flip one bit in the IDAT data: the IDAT starts after signature (8) and IHDR (25), data after 8 more.
        png[8 + 25 + 8 + 10] ^= 0x01;

        assertCode(() -> baker.extract(png), BakeCode.BAD_CRC);
        assertCode(() -> baker.bake(png, BadgePayload.ob2Url("https://example.org/a")), BakeCode.BAD_CRC);
    }

    @Test
    void aBadCrcOnTheBadgeChunkIsRefused() {
        byte[] png = baker.bake(TestImages.greyPng(2, 2, 1), BadgePayload.ob2Url("https://example.org/a"));
        png[png.length - 12 - 5] ^= 0x20;

        assertCode(() -> baker.extract(png), BakeCode.BAD_CRC);
    }

    @Test
    void aChunkClaimingTwoGibibytesIsRefusedWithoutAllocating() {
        byte[] huge = TestImages.chunk("tEXt", "Comment\0x".getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer.wrap(huge).putInt(0, 0x8000_0000);
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), huge, TestImages.iend());
        byte[] alsoHuge = TestImages.chunk("IDAT", new byte[4]);
        ByteBuffer.wrap(alsoHuge).putInt(0, 0x7FFF_FFFF);
        byte[] png2 = TestImages.png(TestImages.ihdr(1, 1), alsoHuge, TestImages.iend());

        assertTimeoutPreemptively(QUICKLY, () -> {
            assertCode(() -> baker.extract(png), BakeCode.CHUNK_TOO_LARGE);
            assertCode(() -> baker.extract(new ByteArrayInputStream(png)), BakeCode.CHUNK_TOO_LARGE);
            assertCode(() -> baker.extract(png2), BakeCode.CHUNK_TOO_LARGE);
            assertCode(() -> baker.bake(new ByteArrayInputStream(png2), new ByteArrayOutputStream(),
                    BadgePayload.ob2Url("https://example.org/a")), BakeCode.CHUNK_TOO_LARGE);
        });
    }

    @Test
    void aChunkClaimingMoreThanTheStreamHoldsIsTruncatedNotAllocated() {
        byte[] idat = TestImages.chunk("IDAT", new byte[4]);
        ByteBuffer.wrap(idat).putInt(0, 30 * 1024 * 1024);
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), idat);

        assertCode(() -> baker.extract(new ByteArrayInputStream(png)), BakeCode.TRUNCATED);
    }

    @Test
    void aCompressedItxtThatInflatesToGigabytesIsStoppedAtTheLimit() throws Exception {
        byte[] bomb = zlibBomb(2048);
        // The bomb is real: it inflates to at least 256 MiB (checked up to there only).
        assertThat(inflatesToAtLeast(bomb, 256L << 20)).isTrue();
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), chunkWithRawText("openbadgecredential", bomb),
                TestImages.idat(1, 1, 0), TestImages.iend());

        assertTimeoutPreemptively(QUICKLY, () -> {
            assertCode(() -> baker.extract(png), BakeCode.INFLATE_LIMIT);
            assertCode(() -> baker.extract(new ByteArrayInputStream(png)), BakeCode.INFLATE_LIMIT);
        });
    }

    @Test
    void corruptZlibDataIsMalformed() {
        byte[] garbage = "this is not zlib data at all".getBytes(StandardCharsets.US_ASCII);
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), chunkWithRawText("openbadges", garbage), TestImages.iend());

        assertCode(() -> baker.extract(png), BakeCode.MALFORMED_PNG);
    }

    @Test
    void cutZlibDataIsMalformed() {
        byte[] deflated = TestImages.deflate(utf8(TestImages.OB2_JSON));
        byte[] cut = Arrays.copyOf(deflated, deflated.length / 2);
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), chunkWithRawText("openbadges", cut), TestImages.iend());

        assertCode(() -> baker.extract(png), BakeCode.MALFORMED_PNG);
    }

    @Test
    void twoBadgeChunksAreADuplicate() {
        byte[] sameKeyword = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", "https://example.org/a"),
                TestImages.idat(1, 1, 0), TestImages.itxt("openbadges", "https://example.org/b"), TestImages.iend());
        byte[] bothVersions = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", "https://example.org/a"),
                TestImages.itxt("openbadgecredential", TestImages.OB3_JSON), TestImages.idat(1, 1, 0), TestImages.iend());

        assertCode(() -> baker.extract(sameKeyword), BakeCode.DUPLICATE_BADGE);
        assertCode(() -> baker.extract(bothVersions), BakeCode.DUPLICATE_BADGE);
        assertCode(() -> baker.bake(sameKeyword, BadgePayload.ob2Url("https://example.org/c")), BakeCode.DUPLICATE_BADGE);
    }

    @Test
    void twoBadgeElementsAreADuplicate() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion verify='https://example.org/a'/><g><openbadges:assertion verify='https://example.org/b'/></g></svg>";

        assertCode(() -> baker.extract(utf8(svg)), BakeCode.DUPLICATE_BADGE);
        assertCode(() -> baker.bake(utf8(svg), BadgePayload.ob2Url("https://example.org/c")), BakeCode.DUPLICATE_BADGE);
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-1234");
        String inContent = "<?xml version='1.0'?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion>&xxe;</openbadges:assertion></svg>";
        String inAttribute = inContent.replace("<openbadges:assertion>&xxe;</openbadges:assertion>",
                "<openbadges:assertion verify='&xxe;'/>");

        for (String svg : new String[] {inContent, inAttribute}) {
            BakeException e = assertCode(() -> baker.extract(utf8(svg)), BakeCode.XML_FORBIDDEN);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
            assertCode(() -> baker.extract(new ByteArrayInputStream(utf8(svg))), BakeCode.XML_FORBIDDEN);
            assertCode(() -> baker.bake(utf8(svg), BadgePayload.ob2Url("https://example.org/a")), BakeCode.XML_FORBIDDEN);
        }
    }

    @Test
    void anEntityFromAnExternalDtdIsRefusedAndTheDtdNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = BakerSvgTest.countConnections(server);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            String externalDtd = "<!DOCTYPE svg SYSTEM \"" + url + "\">\n"
                    + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                    + "<openbadges:assertion>&xxe;</openbadges:assertion></svg>";
            String parameterEntity = "<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>\n"
                    + "<svg xmlns='http://www.w3.org/2000/svg'/>";

            assertCode(() -> baker.extract(utf8(externalDtd)), BakeCode.XML_FORBIDDEN);
            assertCode(() -> baker.extract(utf8(parameterEntity)), BakeCode.XML_FORBIDDEN);
            Thread.sleep(200);
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String svg = dtd + "]>\n<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion verify='&lol9;'>&lol9;</openbadges:assertion></svg>";

        assertTimeoutPreemptively(QUICKLY, () -> {
            assertCode(() -> baker.extract(utf8(svg)), BakeCode.XML_FORBIDDEN);
            assertCode(() -> baker.extract(new ByteArrayInputStream(utf8(svg))), BakeCode.XML_FORBIDDEN);
        });
    }

    @Test
    void anUndeclaredEntityReferenceIsRefused() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion>&nbsp;</openbadges:assertion></svg>";

        assertCode(() -> baker.extract(utf8(svg)), BakeCode.XML_FORBIDDEN);
    }

    @Test
    void invalidUtf8InTheItxtTextIsRefused() {
        byte[] text = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", false, text), TestImages.iend());
        byte[] overlong = {'{', (byte) 0xC0, (byte) 0xAF, '}'};
        byte[] png2 = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadgecredential", false, overlong), TestImages.iend());

        assertCode(() -> baker.extract(png), BakeCode.INVALID_UTF8);
        assertCode(() -> baker.extract(png2), BakeCode.INVALID_UTF8);
    }

    @Test
    void invalidUtf8InAnSvgIsRefused() {
        byte[] svg = utf8("<svg xmlns='http://www.w3.org/2000/svg'><text>caf\u00e9</text></svg>");
        byte[] latin1 = new String(svg, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        assertCode(() -> baker.extract(latin1), BakeCode.INVALID_UTF8);
    }

    @Test
    void aHundredMegabyteSvgIsRefusedBySizeLimit() {
        HugeSvg huge = new HugeSvg(100L * 1024 * 1024);

        assertTimeoutPreemptively(QUICKLY, () -> assertCode(() -> baker.extract(huge), BakeCode.TOO_LARGE));
        assertThat(huge.served).isLessThanOrEqualTo(BakeLimits.DEFAULT_MAX_IMAGE_BYTES + 64 * 1024);
        assertTimeoutPreemptively(QUICKLY, () -> assertCode(() -> baker.bake(new HugeSvg(100L * 1024 * 1024),
                new ByteArrayOutputStream(), BadgePayload.ob2Url("https://example.org/a")), BakeCode.TOO_LARGE));
    }

    @Test
    void anArrayBeyondTheImageLimitIsRefusedBeforeReading() {
        Baker small = Baker.withLimits(BakeLimits.defaults().withMaxImageBytes(100));
        byte[] svg = utf8("<svg xmlns='http://www.w3.org/2000/svg'>" + " ".repeat(100) + "</svg>");

        assertCode(() -> small.extract(svg), BakeCode.TOO_LARGE);
        assertCode(() -> small.bake(svg, BadgePayload.ob2Url("https://example.org/a")), BakeCode.TOO_LARGE);
    }

    @Test
    void aDeeplyNestedSvgIsRefused() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'>" + "<g>".repeat(10_000) + "</g>".repeat(10_000) + "</svg>";

        assertCode(() -> baker.extract(utf8(svg)), BakeCode.MALFORMED_XML);
    }

    @Test
    void aPrologThatNeverEndsIsRefused() {
        InputStream endlessComment = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n++ < 4 ? "<!--".charAt((int) n - 1) : 'x';
            }
        };

        assertTimeoutPreemptively(QUICKLY, () -> assertCode(() -> baker.extract(endlessComment), BakeCode.TOO_LARGE));
    }

    @Test
    void anOversizedBadgeChunkIsRefusedBeforeItIsRead() {
        Baker small = Baker.withLimits(BakeLimits.defaults().withMaxBadgeTextBytes(16));
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", "{" + "x".repeat(100_000) + "}"),
                TestImages.iend());

        assertCode(() -> small.extract(png), BakeCode.BADGE_TOO_LARGE);
    }

    @Test
    void anOversizedBadgeElementIsRefused() {
        Baker small = Baker.withLimits(BakeLimits.defaults().withMaxBadgeTextBytes(16));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion><![CDATA[{" + "x".repeat(1000) + "}]]></openbadges:assertion></svg>";

        assertCode(() -> small.extract(utf8(svg)), BakeCode.BADGE_TOO_LARGE);
    }

    @Test
    void aMalformedItxtChunkIsRefused() {
        byte[] badFlag = TestImages.chunk("iTXt", "openbadges\0\u0007\0\0\0{}".getBytes(StandardCharsets.ISO_8859_1));
        byte[] noNuls = TestImages.chunk("iTXt", "openbadges\0\0\0en".getBytes(StandardCharsets.ISO_8859_1));

        assertCode(() -> baker.extract(TestImages.png(TestImages.ihdr(1, 1), badFlag, TestImages.iend())), BakeCode.MALFORMED_PNG);
        assertCode(() -> baker.extract(TestImages.png(TestImages.ihdr(1, 1), noNuls, TestImages.iend())), BakeCode.MALFORMED_PNG);
    }

    @Test
    void aPngWhoseFirstChunkIsNotIhdrIsRefused() {
        byte[] png = TestImages.png(TestImages.itxt("openbadges", "https://example.org/a"), TestImages.ihdr(1, 1), TestImages.iend());

        assertCode(() -> baker.extract(png), BakeCode.MALFORMED_PNG);
    }

    @Test
    void aChunkTypeThatIsNotLettersIsRefused() {
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), TestImages.chunk("ab1\u0000", new byte[0]), TestImages.iend());

        assertCode(() -> baker.extract(png), BakeCode.MALFORMED_PNG);
    }

    @Test
    void badgeTextThatIsNoPayloadIsRefused() {
        byte[] garbage = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", "not a badge"), TestImages.iend());
        byte[] control = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", "{\u0000}"), TestImages.iend());
        byte[] ob3Url = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadgecredential", "https://example.org/c"),
                TestImages.iend());
        String svgFileUrl = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion verify='file:///etc/passwd'/></svg>";

        assertCode(() -> baker.extract(garbage), BakeCode.INVALID_PAYLOAD);
        assertCode(() -> baker.extract(control), BakeCode.INVALID_PAYLOAD);
        assertCode(() -> baker.extract(ob3Url), BakeCode.INVALID_PAYLOAD);
        assertCode(() -> baker.extract(utf8(svgFileUrl)), BakeCode.INVALID_PAYLOAD);
    }

    @Test
    void anEmptyBadgeIsRefused() {
        byte[] png = TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadges", ""), TestImages.iend());
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion>  </openbadges:assertion></svg>";

        assertCode(() -> baker.extract(png), BakeCode.EMPTY_BADGE);
        assertCode(() -> baker.extract(utf8(svg)), BakeCode.EMPTY_BADGE);
    }

    @Test
    void aFailingStreamIsAnIoError() {
        byte[] png = TestImages.greyPng(10, 10, 0);
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n >= 40) {
                    throw new IOException("disk on fire");
                }
                return png[n++] & 0xFF;
            }
        };

        BakeException e = assertCode(() -> baker.extract(failing), BakeCode.IO_ERROR);
        assertThat(e).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aFailingStreamUnderTheXmlReaderIsAnIoError() {
        byte[] svg = utf8("<svg xmlns='http://www.w3.org/2000/svg'>" + "<g/>".repeat(10_000) + "</svg>");
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n >= 20_000) {
                    throw new IOException("network gone");
                }
                return svg[n++] & 0xFF;
            }
        };

        assertCode(() -> baker.extract(failing), BakeCode.IO_ERROR);
    }

    @Test
    void malformedXmlIsRefused() {
        assertCode(() -> baker.extract(utf8("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>")), BakeCode.MALFORMED_XML);
        assertCode(() -> baker.extract(utf8("<svg xmlns='http://www.w3.org/2000/svg'")), BakeCode.MALFORMED_XML);
        assertCode(() -> baker.bake(utf8(new String(TestImages.resource("ob_v2p0_baking_index-01.svg.txt"), StandardCharsets.UTF_8)),
                BadgePayload.ob2Url("https://example.org/a")), BakeCode.MALFORMED_XML);
    }

    private static BakeException assertCode(ThrowingCallable call, BakeCode code) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).as("expected a BakeException " + code).isInstanceOf(BakeException.class);
        BakeException e = (BakeException) t;
        assertThat(e.bakeCode()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.code()).isEqualTo(code);
        return e;
    }

    /**
     * Returns zlib data that inflates to {@code mebibytes} MiB of zeros: one deflate block that encodes
     * a mebibyte of zeros from a window of zeros is repeated, which is valid deflate data.
     */
    private static byte[] zlibBomb(int mebibytes) {
        byte[] zeros = new byte[1 << 20];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] buf = new byte[1 << 20];
        d.setInput(zeros);
        int first = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        byte[] head = Arrays.copyOf(buf, first);
        d.setInput(zeros);
        int n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        byte[] block = Arrays.copyOf(buf, n);
        d.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        for (int i = 1; i < mebibytes; i++) {
            out.writeBytes(block);
        }
        return out.toByteArray();
    }

    private static boolean inflatesToAtLeast(byte[] zlib, long bytes) throws DataFormatException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(zlib);
            byte[] buf = new byte[1 << 16];
            long total = 0;
            while (total < bytes && !inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsInput()) {
                    return false;
                }
                total += n;
            }
            return total >= bytes;
        } finally {
            inf.end();
        }
    }

    /** Returns an iTXt chunk marked compressed whose text field is the given raw bytes. */
    private static byte[] chunkWithRawText(String keyword, byte[] raw) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        d.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        d.writeBytes(new byte[] {0, 1, 0, 0, 0});
        d.writeBytes(raw);
        return TestImages.chunk("iTXt", d.toByteArray());
    }

    /** A well-formed SVG of the given size, made as it is read: never held in memory. */
    private static final class HugeSvg extends InputStream {
        private static final byte[] HEAD = utf8("<svg xmlns='http://www.w3.org/2000/svg'>");
        private static final byte[] BODY = utf8("<rect width='1' height='1'/>\n");
        private final long size;
        private long served;

        HugeSvg(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = 0;
            while (n < len && served < size) {
                byte c = served < HEAD.length ? HEAD[(int) served] : BODY[(int) ((served - HEAD.length) % BODY.length)];
                b[off + n++] = c;
                served++;
            }
            return n;
        }
    }

    @org.junit.jupiter.api.Test
    void jsonWithLeadingWhiteSpaceIsNotTakenForAnSvg() {
        byte[] json = "\n  {\"id\": \"urn:x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(ImageFormat.detect(json)).isEmpty();
        byte[] svg = "\n <svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(ImageFormat.detect(svg)).contains(ImageFormat.SVG);
    }
}
