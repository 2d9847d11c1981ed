package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Baking into and extraction from PNG, chunk by chunk, never decoding pixels. A badge chunk is an
 * {@code iTXt} chunk with keyword {@code openbadges} or {@code openbadgecredential}, or a legacy
 * {@code tEXt} chunk with keyword {@code openbadges} (the pre-1.0 hosted URL).
 */
final class PngCodec {

    /** A keyword is 1 to 79 Latin-1 bytes and a NUL: this much data tells a text chunk's keyword. */
    private static final int KEYWORD_PREFIX = 80;
    /** Room in a badge chunk for the keyword, flags, language tag and translated keyword. */
    private static final int TEXT_CHUNK_SLACK = 64 * 1024;

    private final BakeLimits limits;

    PngCodec(BakeLimits limits) {
        this.limits = limits;
    }

    Optional<BakedBadge> extract(InputStream in) {
        PngReader r = new PngReader(in, limits.maxImageBytes());
        r.readSignature();
        BadgePayload found = null;
        while (true) {
            r.nextChunk();
            String type = r.type();
            if (isTextChunk(type)) {
                byte[] prefix = r.read(KEYWORD_PREFIX);
                BadgeVersion version = badgeVersion(type, prefix);
                if (version != null) {
                    if (found != null) {
                        throw duplicate(r);
                    }
                    byte[] data = readBadgeChunk(r, prefix);
                    r.endChunk();
                    found = decode(type, version, data, r.chunkOffset());
                    continue;
                }
            }
            r.transfer(null);
            r.endChunk();
            if ("IEND".equals(type)) {
                checkIend(r);
                break;
            }
        }
        return Optional.ofNullable(found).map(p -> new BakedBadge(p, ImageFormat.PNG));
    }

    void bake(InputStream in, OutputStream out, BadgePayload payload) {
        byte[] chunk = badgeChunk(payload);
        PngReader r = new PngReader(in, limits.maxImageBytes());
        r.readSignature();
        byte[] signature = ImageFormat.pngSignature();
        PngReader.write(out, signature, 0, signature.length);
        boolean replaced = false;
        while (true) {
            r.nextChunk();
            String type = r.type();
            if ("IEND".equals(type)) {
                checkIend(r);
                byte[] crc = r.endChunk();
                if (!replaced) {
                    // Before IEND, as the baking specifications allow: the image data stays where it was.
                    PngReader.write(out, chunk, 0, chunk.length);
                }
                PngReader.write(out, r.header(), 0, 8);
                PngReader.write(out, crc, 0, 4);
                r.copyTrailer(out);
                return;
            }
            if (isTextChunk(type)) {
                byte[] prefix = r.read(KEYWORD_PREFIX);
                if (badgeVersion(type, prefix) != null) {
                    if (replaced) {
                        throw duplicate(r);
                    }
                    r.transfer(null);
                    r.endChunk();
                    // Replaced where it stood rather than added a second time.
                    PngReader.write(out, chunk, 0, chunk.length);
                    replaced = true;
                    continue;
                }
                PngReader.write(out, r.header(), 0, 8);
                PngReader.write(out, prefix, 0, prefix.length);
            } else {
                PngReader.write(out, r.header(), 0, 8);
            }
            r.transfer(out);
            byte[] crc = r.endChunk();
            PngReader.write(out, crc, 0, 4);
        }
    }

    /** Returns the complete {@code iTXt} chunk (length, type, data, CRC) that carries the payload, uncompressed. */
    byte[] badgeChunk(BadgePayload payload) {
        byte[] keyword = Embedding.pngKeyword(payload.version()).getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = payload.text().getBytes(StandardCharsets.UTF_8);
        if (text.length > limits.maxBadgeTextBytes()) {
            throw new BakeException(BakeCode.BADGE_TOO_LARGE, "badge text is " + text.length
                    + " bytes, beyond the limit of " + limits.maxBadgeTextBytes());
        }
        // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL
        int length = keyword.length + 5 + text.length;
        ByteBuffer b = ByteBuffer.allocate(12 + length);
        b.putInt(length);
        b.put("iTXt".getBytes(StandardCharsets.US_ASCII));
        b.put(keyword);
        b.put(new byte[5]);
        b.put(text);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    private static boolean isTextChunk(String type) {
        return "iTXt".equals(type) || "tEXt".equals(type);
    }

    /** Returns the version whose badge keyword starts this text chunk, or null if it is no badge chunk. */
    private static BadgeVersion badgeVersion(String type, byte[] prefix) {
        int nul = indexOfNul(prefix, 0);
        if (nul <= 0) {
            return null;
        }
        String keyword = new String(prefix, 0, nul, StandardCharsets.ISO_8859_1);
        if ("iTXt".equals(type)) {
            for (BadgeVersion v : BadgeVersion.values()) {
                if (Embedding.pngKeyword(v).equals(keyword)) {
                    return v;
                }
            }
            return null;
        }
        // tEXt: only the legacy openbadges chunk, which held a hosted assertion URL.
        return Embedding.pngKeyword(BadgeVersion.V2_0).equals(keyword) ? BadgeVersion.V2_0 : null;
    }

    private byte[] readBadgeChunk(PngReader r, byte[] prefix) {
        if (r.length() > (long) limits.maxBadgeTextBytes() + TEXT_CHUNK_SLACK) {
            throw new BakeException(BakeCode.BADGE_TOO_LARGE, "badge chunk is " + r.length()
                    + " bytes, beyond the badge text limit of " + limits.maxBadgeTextBytes(), r.chunkOffset(), null);
        }
        byte[] rest = r.read((int) r.remaining());
        byte[] data = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, data, prefix.length, rest.length);
        return data;
    }

    private BadgePayload decode(String type, BadgeVersion version, byte[] data, long at) {
        int p = indexOfNul(data, 0) + 1;
        String text;
        if ("tEXt".equals(type)) {
            text = new String(data, p, data.length - p, StandardCharsets.ISO_8859_1);
            checkTextLength(data.length - p, at);
        } else {
            if (data.length < p + 2) {
                throw malformed("iTXt chunk ends before its compression fields", at);
            }
            int flag = data[p] & 0xFF;
            int method = data[p + 1] & 0xFF;
            if (flag > 1 || method != 0) {
                throw malformed("iTXt chunk has compression flag " + flag + " and method " + method, at);
            }
            int languageEnd = indexOfNul(data, p + 2);
            int translatedEnd = languageEnd < 0 ? -1 : indexOfNul(data, languageEnd + 1);
            if (translatedEnd < 0) {
                throw malformed("iTXt chunk lacks the NUL after its language tag or translated keyword", at);
            }
            byte[] raw = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
            // OB requires no compression, but others' compressed chunks are read, with a bound.
            byte[] utf8 = flag == 1 ? inflate(raw, at) : raw;
            checkTextLength(utf8.length, at);
            text = decodeUtf8(utf8, at);
        }
        if (text.isEmpty()) {
            throw new BakeException(BakeCode.EMPTY_BADGE, "badge chunk " + type + " has no text", at, null);
        }
        return payload(version, text, at);
    }

    static BadgePayload payload(BadgeVersion version, String text, long at) {
        Optional<BadgePayload.Kind> kind = BadgePayload.classify(text);
        Optional<String> problem = kind.isPresent()
                ? BadgePayload.problem(version, text, kind.get())
                : Optional.of("is neither an HTTP(S) URL, a compact JWS nor a JSON object");
        if (problem.isPresent()) {
            throw new BakeException(BakeCode.INVALID_PAYLOAD, "embedded text " + problem.get(), at, null);
        }
        return new BadgePayload(version, kind.get(), text);
    }

    private void checkTextLength(long bytes, long at) {
        if (bytes > limits.maxBadgeTextBytes()) {
            throw new BakeException(BakeCode.BADGE_TOO_LARGE, "badge text is " + bytes
                    + " bytes, beyond the limit of " + limits.maxBadgeTextBytes(), at, null);
        }
    }

    private byte[] inflate(byte[] compressed, long at) {
        int max = limits.maxInflatedBytes();
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, compressed.length * 4 + 64));
            byte[] buf = new byte[16 * 1024];
            int stalls = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary() || ++stalls > 3) {
                        throw malformed("compressed iTXt text is cut short or needs a dictionary", at);
                    }
                    continue;
                }
                if ((long) out.size() + n > max) {
                    throw new BakeException(BakeCode.INFLATE_LIMIT, "compressed iTXt text inflates beyond the limit of "
                            + max + " bytes", at, null);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BakeException(BakeCode.MALFORMED_PNG, "compressed iTXt text is not valid zlib data: " + e.getMessage(), at, e);
        } finally {
            inflater.end();
        }
    }

    private static String decodeUtf8(byte[] utf8, long at) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BakeException(BakeCode.INVALID_UTF8, "iTXt text is not valid UTF-8", at, e);
        }
    }

    private static void checkIend(PngReader r) {
        if (r.length() != 0) {
            throw malformed("IEND chunk has " + r.length() + " data bytes", r.chunkOffset());
        }
    }

    private static BakeException duplicate(PngReader r) {
        return new BakeException(BakeCode.DUPLICATE_BADGE, "a second badge chunk (" + r.type() + ") at offset "
                + r.chunkOffset() + "; an image carries one badge", r.chunkOffset(), null);
    }

    private static BakeException malformed(String message, long at) {
        return new BakeException(BakeCode.MALFORMED_PNG, message, at, null);
    }

    private static int indexOfNul(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
