package dev.laurel.badges.benchmarks;

import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.BakedBadge;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Baking throughput. Extraction from a 5 MB PNG whose badge chunk sits after the image data (so every
 * chunk must be read and CRC-checked) against a plain read and a plain CRC-32 of the same bytes; and
 * baking into a 50 KB PNG and SVG. MB/s = ops/s x the image size printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BakeBenchmark {

    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],\"id\":\"urn:uuid:1\","
            + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":{\"id\":\"https://example.edu/i\","
            + "\"type\":[\"Profile\"],\"name\":\"Example University\"},\"validFrom\":\"2010-01-01T00:00:00Z\","
            + "\"name\":\"Teamwork\",\"credentialSubject\":{\"type\":[\"AchievementSubject\"],\"achievement\":"
            + "{\"id\":\"https://example.com/a/1\",\"type\":[\"Achievement\"],\"name\":\"Teamwork\",\"description\":\""
            + "x".repeat(1500) + "\",\"criteria\":{\"narrative\":\"Peers nominate.\"}}},\"proof\":{}}";

    private final Baker baker = Baker.standard();
    private final BadgePayload payload = BadgePayload.ob3Json(CREDENTIAL);

    private byte[] largePng;
    private byte[] smallPng;
    private byte[] smallSvg;
    private byte[] smallSvgBaked;

    /** Builds the images: random pixels, so that the PNG data does not compress. */
    @Setup
    public void setUp() {
        // 1120 x 1120 RGBA noise is about 5 MB; Baker puts the badge before IEND, after all IDAT chunks.
        largePng = baker.bake(noisePng(1120, 1120), payload);
        smallPng = noisePng(112, 112);
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\">\n");
        Random r = new Random(2);
        while (svg.length() < 50_000) {
            svg.append("  <rect x=\"").append(r.nextInt(512)).append("\" y=\"").append(r.nextInt(512))
                    .append("\" width=\"8\" height=\"8\" fill=\"#").append(Integer.toHexString(0x100000 + r.nextInt(0xEFFFFF)))
                    .append("\"/>\n");
        }
        smallSvg = svg.append("</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
        smallSvgBaked = baker.bake(smallSvg, payload);
        System.out.printf("%n# image sizes: large PNG %d bytes, small PNG %d bytes, small SVG %d bytes%n",
                largePng.length, smallPng.length, smallSvg.length);
    }

    /** Extracts the badge from the 5 MB PNG: every chunk read and CRC-checked. */
    @Benchmark
    public Optional<BakedBadge> extractLargePng() {
        return baker.extract(largePng);
    }

    /** The same, through the streaming entry point. */
    @Benchmark
    public Optional<BakedBadge> extractLargePngStream() {
        return baker.extract(new ByteArrayInputStream(largePng));
    }

    /** Baseline: reads the same 5 MB through an input stream into a 64 KiB buffer. */
    @Benchmark
    public long plainReadLargePng() throws IOException {
        InputStream in = new ByteArrayInputStream(largePng);
        byte[] buf = new byte[64 * 1024];
        long sum = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            sum += n + buf[n - 1];
        }
        return sum;
    }

    /** Baseline: the CRC-32 of the same 5 MB, the least work a checked read does. */
    @Benchmark
    public long crc32LargePng() {
        CRC32 crc = new CRC32();
        crc.update(largePng, 0, largePng.length);
        return crc.getValue();
    }

    /** Bakes a 2 KB credential into a 50 KB PNG. */
    @Benchmark
    public byte[] bakeSmallPng() {
        return baker.bake(smallPng, payload);
    }

    /** Bakes a 2 KB credential into a 50 KB SVG. */
    @Benchmark
    public byte[] bakeSmallSvg() {
        return baker.bake(smallSvg, payload);
    }

    /** Extracts the credential from the baked 50 KB SVG. */
    @Benchmark
    public Optional<BakedBadge> extractSmallSvg() {
        return baker.extract(smallSvgBaked);
    }

    private static byte[] noisePng(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Random r = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
