package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import static dev.laurel.badges.json.bake.TestImages.badgeChunks;
import static dev.laurel.badges.json.bake.TestImages.chunks;
import static dev.laurel.badges.json.bake.TestImages.nonBadgeChunks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BakerPngTest {

    private final Baker baker = Baker.standard();

    static Stream<BadgePayload> payloads() {
        return TestImages.allPayloads().stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void bakeThenExtractGivesTheExactPayloadBack(BadgePayload payload) throws Exception {
        byte[] image = TestImages.imageIoPng(24, 16, BufferedImage.TYPE_INT_ARGB, 7);

        byte[] baked = baker.bake(image, payload);
        BakedBadge badge = baker.extract(baked).orElseThrow();

        assertThat(badge.text()).isEqualTo(payload.text());
        assertThat(badge.kind()).isEqualTo(payload.kind());
        assertThat(badge.version()).isEqualTo(payload.version());
        assertThat(badge.format()).isEqualTo(ImageFormat.PNG);
        assertThat(badge.payload()).isEqualTo(payload);
        // Still an image any decoder reads, with the same pixels.
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(image));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(baked));
        assertThat(after.getRGB(0, 0, 24, 16, null, 0, 24)).isEqualTo(before.getRGB(0, 0, 24, 16, null, 0, 24));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theBadgeIsOneUncompressedItxtChunkBeforeIend(BadgePayload payload) {
        byte[] baked = baker.bake(TestImages.greyPng(5, 3, 1), payload);

        List<TestImages.Chunk> chunks = chunks(baked);
        TestImages.Chunk badge = chunks.get(chunks.size() - 2);
        assertThat(chunks.get(chunks.size() - 1).type()).isEqualTo("IEND");
        assertThat(badge.type()).isEqualTo("iTXt");
        String keyword = payload.version() == BadgeVersion.V2_0 ? "openbadges" : "openbadgecredential";
        byte[] expected = concat(keyword.getBytes(StandardCharsets.ISO_8859_1), new byte[5],
                payload.text().getBytes(StandardCharsets.UTF_8));
        assertThat(badge.data()).isEqualTo(expected);
        assertThat(badgeChunks(baked)).hasSize(1);
    }

    @Test
    void otherChunksAreKeptByteForByte() {
        byte[] image = TestImages.png(TestImages.ihdr(4, 4), TestImages.chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}),
                TestImages.text("Comment", "made by hand"), TestImages.idat(4, 4, 3), TestImages.chunk("tIME", new byte[7]),
                TestImages.iend());

        byte[] baked = baker.bake(image, BadgePayload.ob3Json(TestImages.OB3_JSON));

        assertThat(nonBadgeChunks(baked)).isEqualTo(nonBadgeChunks(image));
        assertThat(Arrays.copyOf(baked, image.length - 12)).isEqualTo(Arrays.copyOf(image, image.length - 12));
    }

    @Test
    void rebakingReplacesTheBadgeInsteadOfAddingASecond() {
        byte[] image = TestImages.greyPng(3, 3, 2);
        byte[] once = baker.bake(image, BadgePayload.ob2Url("https://example.org/a/1"));

        byte[] twice = baker.bake(once, BadgePayload.ob3Jwt(TestImages.jws("{\"x\":1}")));

        assertThat(badgeChunks(twice)).hasSize(1);
        assertThat(chunks(twice)).hasSameSizeAs(chunks(once));
        assertThat(nonBadgeChunks(twice)).isEqualTo(nonBadgeChunks(image));
        BakedBadge badge = baker.extract(twice).orElseThrow();
        assertThat(badge.version()).isEqualTo(BadgeVersion.V3_0);
        assertThat(badge.kind()).isEqualTo(BadgePayload.Kind.COMPACT_JWS);
    }

    @Test
    void aBadgeChunkIsReplacedWhereItStood() {
        byte[] heart = TestImages.resource("baked_heart.png");
        int before = indexOfBadge(chunks(heart));

        byte[] rebaked = baker.bake(heart, BadgePayload.ob2Url("https://example.org/other"));

        assertThat(indexOfBadge(chunks(rebaked))).isEqualTo(before).isEqualTo(1);
        assertThat(nonBadgeChunks(rebaked)).isEqualTo(nonBadgeChunks(heart));
        assertThat(baker.extract(rebaked).orElseThrow().text()).isEqualTo("https://example.org/other");
    }

    @Test
    void theRealBakedHeartYieldsItsHostedAssertion() throws Exception {
        byte[] heart = TestImages.resource("baked_heart.png");
        TestImages.Chunk chunk = badgeChunks(heart).get(0);
        // iTXt: keyword NUL, flag, method, language NUL, translated keyword NUL, text
        int textStart = "openbadges".length() + 5;
        String expected = new String(chunk.data(), textStart, chunk.data().length - textStart, StandardCharsets.UTF_8);

        BakedBadge badge = baker.extract(heart).orElseThrow();

        assertThat(badge.text()).isEqualTo(expected);
        assertThat(badge.kind()).isEqualTo(BadgePayload.Kind.JSON);
        assertThat(badge.version()).isEqualTo(BadgeVersion.V2_0);
        JsonNode assertion = new ObjectMapper().readTree(badge.text());
        assertThat(assertion.path("type").asText()).isEqualTo("Assertion");
        assertThat(assertion.path("verification").path("type").asText()).isEqualTo("hosted");
        assertThat(assertion.path("id").asText()).startsWith("https://example.org/");
    }

    @Test
    void aLegacyTextChunkIsReadAsAHostedUrl() {
        byte[] image = TestImages.png(TestImages.ihdr(1, 1), TestImages.text("openbadges", "https://example.org/old/7"),
                TestImages.idat(1, 1, 0), TestImages.iend());

        BakedBadge badge = baker.extract(image).orElseThrow();

        assertThat(badge.text()).isEqualTo("https://example.org/old/7");
        assertThat(badge.kind()).isEqualTo(BadgePayload.Kind.URL);
        assertThat(badge.version()).isEqualTo(BadgeVersion.V2_0);
    }

    @Test
    void aCompressedItxtChunkFromAnotherBakerIsRead() {
        byte[] image = TestImages.png(TestImages.ihdr(1, 1), TestImages.idat(1, 1, 0),
                TestImages.itxt("openbadgecredential", true, TestImages.utf8(TestImages.OB3_JSON)), TestImages.iend());

        BakedBadge badge = baker.extract(image).orElseThrow();

        assertThat(badge.text()).isEqualTo(TestImages.OB3_JSON);
        assertThat(badge.version()).isEqualTo(BadgeVersion.V3_0);
    }

    @Test
    void anImageWithoutABadgeYieldsNothing() {
        assertThat(baker.extract(TestImages.greyPng(8, 8, 5))).isEmpty();
        assertThat(baker.extract(TestImages.png(TestImages.ihdr(1, 1), TestImages.itxt("openbadgesx", "https://example.org/a"),
                TestImages.idat(1, 1, 0), TestImages.iend()))).isEmpty();
    }

    @Test
    void streamingBakeWritesTheSameBytesAsTheArrayBake() {
        byte[] image = TestImages.imageIoPng(40, 30, BufferedImage.TYPE_3BYTE_BGR, 11);
        BadgePayload payload = BadgePayload.ob2Json(TestImages.OB2_JSON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        baker.bake(new ByteArrayInputStream(image), out, payload);

        assertThat(out.toByteArray()).isEqualTo(baker.bake(image, payload));
        assertThat(baker.extract(new ByteArrayInputStream(out.toByteArray()))).map(BakedBadge::payload).contains(payload);
    }

    @Test
    void streamingExtractStopsAtIend() {
        byte[] baked = baker.bake(TestImages.greyPng(2, 2, 3), BadgePayload.ob2Url("https://example.org/a"));
        byte[] withTrailer = concat(baked, new byte[] {1, 2, 3});
        ByteArrayInputStream in = new ByteArrayInputStream(withTrailer);

        Optional<BakedBadge> badge = baker.extract(in);

        assertThat(badge).isPresent();
        assertThat(in.available()).isEqualTo(3);
    }

    @Test
    void bytesAfterIendAreKept() {
        byte[] image = concat(TestImages.greyPng(2, 2, 4), "trailer".getBytes(StandardCharsets.US_ASCII));

        byte[] baked = baker.bake(image, BadgePayload.ob2Url("https://example.org/a"));

        byte[] suffix = concat(TestImages.iend(), "trailer".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(baked, baked.length - suffix.length, baked.length)).isEqualTo(suffix);
        assertThat(baker.extract(baked)).isPresent();
    }

    @Test
    void anImageOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
        byte[] image = baker.bake(TestImages.greyPng(2, 2, 4), BadgePayload.ob2Url("https://example.org/a"));
        Baker exact = Baker.withLimits(BakeLimits.defaults().withMaxImageBytes(image.length));
        Baker smaller = Baker.withLimits(BakeLimits.defaults().withMaxImageBytes(image.length - 1));

        assertThat(exact.extract(image)).isPresent();
        assertThat(exact.extract(new ByteArrayInputStream(image))).isPresent();
        assertThatThrownBy(() -> smaller.extract(image)).isInstanceOf(BakeException.class)
                .extracting(e -> ((BakeException) e).bakeCode()).isEqualTo(BakeCode.TOO_LARGE);
        assertThatThrownBy(() -> smaller.extract(new ByteArrayInputStream(image))).isInstanceOf(BakeException.class)
                .extracting(e -> ((BakeException) e).bakeCode()).isIn(BakeCode.TOO_LARGE, BakeCode.CHUNK_TOO_LARGE);
    }

    @Test
    void bakingTextBeyondTheBadgeLimitIsRefused() {
        Baker small = Baker.withLimits(BakeLimits.defaults().withMaxBadgeTextBytes(10));

        assertThatThrownBy(() -> small.bake(TestImages.greyPng(1, 1, 0), BadgePayload.ob2Url("https://example.org/long")))
                .isInstanceOf(BakeException.class)
                .extracting(e -> ((BakeException) e).bakeCode()).isEqualTo(BakeCode.BADGE_TOO_LARGE);
    }

    @Test
    void oneBakerServesManyThreads() throws Exception {
        byte[] png = TestImages.greyPng(16, 16, 9);
        byte[] svg = TestImages.utf8(TestImages.PLAIN_SVG);
        List<BadgePayload> payloads = TestImages.allPayloads();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 200; t++) {
                BadgePayload payload = payloads.get(t % payloads.size());
                byte[] image = t % 2 == 0 ? png : svg;
                results.add(pool.submit(() -> baker.extract(baker.bake(image, payload)).orElseThrow().payload().equals(payload)));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int indexOfBadge(List<TestImages.Chunk> chunks) {
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).isBadge()) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
