package dev.laurel.badges.json.bake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Builds and takes apart test images independently of the code under test. */
final class TestImages {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private TestImages() {
    }

    /**
     * One PNG chunk as found in a file.
     *
     * @param type the chunk type
     * @param data the data bytes
     * @param raw the whole chunk: length, type, data and CRC
     */
    record Chunk(String type, byte[] data, byte[] raw) {
        /** Returns the chunk's text keyword, if it is a text chunk. */
        String keyword() {
            int nul = 0;
            while (nul < data.length && data[nul] != 0) {
                nul++;
            }
            return new String(data, 0, nul, StandardCharsets.ISO_8859_1);
        }

        boolean isBadge() {
            return ("iTXt".equals(type) && (keyword().equals("openbadges") || keyword().equals("openbadgecredential")))
                    || ("tEXt".equals(type) && keyword().equals("openbadges"));
        }

        /** Returns the raw bytes in a form that compares by value. */
        String identity() {
            return type + ":" + Base64.getEncoder().encodeToString(raw);
        }
    }

    /** Returns a chunk with a correct CRC. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length);
        b.put(type.getBytes(StandardCharsets.US_ASCII));
        b.put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** Returns a PNG made of the signature and the given chunks. */
    static byte[] png(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    static byte[] ihdr(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(13);
        b.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        return chunk("IHDR", b.array());
    }

    /** Returns an IDAT chunk of a grey image: each row a filter byte and {@code width} pixel bytes. */
    static byte[] idat(int width, int height, long seed) {
        byte[] raw = new byte[(width + 1) * height];
        new Random(seed).nextBytes(raw);
        for (int y = 0; y < height; y++) {
            raw[y * (width + 1)] = 0;
        }
        return chunk("IDAT", deflate(raw));
    }

    static byte[] iend() {
        return chunk("IEND", new byte[0]);
    }

    /** Returns a valid 8-bit grey PNG of the given size. */
    static byte[] greyPng(int width, int height, long seed) {
        return png(ihdr(width, height), idat(width, height, seed), iend());
    }

    /** Returns a PNG written by javax.imageio. */
    static byte[] imageIoPng(int width, int height, int imageType, long seed) {
        BufferedImage img = new BufferedImage(width, height, imageType);
        Random r = new Random(seed);
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

    /** Returns an iTXt chunk; the text is compressed with zlib when asked. */
    static byte[] itxt(String keyword, boolean compressed, byte[] text) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        d.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        d.write(0);
        d.write(compressed ? 1 : 0);
        d.write(0);
        d.writeBytes("en".getBytes(StandardCharsets.US_ASCII));
        d.write(0);
        d.write(0);
        d.writeBytes(compressed ? deflate(text) : text);
        return chunk("iTXt", d.toByteArray());
    }

    static byte[] itxt(String keyword, String text) {
        return itxt(keyword, false, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] text(String keyword, String latin1) {
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        d.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        d.write(0);
        d.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        return chunk("tEXt", d.toByteArray());
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** Takes a PNG apart into its chunks, checking each CRC. */
    static List<Chunk> chunks(byte[] png) {
        if (!Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            throw new AssertionError("no PNG signature");
        }
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (true) {
            int start = b.position();
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[length];
            b.get(data);
            int crc = b.getInt();
            CRC32 check = new CRC32();
            check.update(type);
            check.update(data);
            if ((int) check.getValue() != crc) {
                throw new AssertionError("bad CRC in " + new String(type, StandardCharsets.US_ASCII));
            }
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data,
                    Arrays.copyOfRange(png, start, b.position())));
            if ("IEND".equals(chunks.get(chunks.size() - 1).type())) {
                return chunks;
            }
        }
    }

    /** Returns the identities of the chunks that are not badge chunks, in order. */
    static List<String> nonBadgeChunks(byte[] png) {
        return chunks(png).stream().filter(c -> !c.isBadge()).map(Chunk::identity).toList();
    }

    /** Returns the badge chunks. */
    static List<Chunk> badgeChunks(byte[] png) {
        return chunks(png).stream().filter(Chunk::isBadge).toList();
    }

    /** Returns a compact JWS-shaped string with a real JSON header. */
    static String jws(String claims) {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        byte[] sig = new byte[64];
        new Random(claims.hashCode()).nextBytes(sig);
        return enc.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + enc.encodeToString(sig);
    }

    static final String OB2_JSON = "{\n  \"@context\": \"https://w3id.org/openbadges/v2\",\n  \"type\": \"Assertion\",\n"
            + "  \"id\": \"https://example.org/assertions/123\",\n  \"badge\": \"https://example.org/badges/5\",\n"
            + "  \"verification\": {\"type\": \"hosted\"}\n}";

    static final String OB3_JSON = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
            + "\"id\":\"http://example.edu/credentials/3732\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
            + "\"name\":\"Zoë's “Teamwork” <badge> & more ]]> 🏅\",\"proof\":{}}";

    /** Returns the five payload forms the specifications define. */
    static List<BadgePayload> allPayloads() {
        return List.of(
                BadgePayload.ob2Url("https://example.org/assertions/123?a=1&b=2"),
                BadgePayload.ob2Jws(jws("{\"uid\":\"123\"}")),
                BadgePayload.ob2Json(OB2_JSON),
                BadgePayload.ob3Json(OB3_JSON),
                BadgePayload.ob3Jwt(jws("{\"vc\":{\"type\":[\"VerifiableCredential\"]}}")));
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/bake/" + name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String PLAIN_SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a badge -->\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"\n     viewBox=\"0 0 10 10\">\n"
            + "  <rect width=\"10\" height=\"10\" fill=\"#c00\"/>\n  <text>Héllo &amp; ☺</text>\n</svg>\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
