package dev.laurel.badges.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.JsonCode;
import dev.laurel.badges.json.JsonLimits;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads untrusted bytes into a Jackson tree under {@link JsonLimits}: duplicate keys, trailing content
 * and invalid UTF-8 are refused, and every failure becomes a {@link BadgeJsonException} with a code,
 * line and column. One instance per set of limits; thread-safe.
 */
public final class StrictJson {

    private static final StrictJson DEFAULT = new StrictJson(JsonLimits.DEFAULT);

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    private StrictJson(JsonLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * Returns the reader for the given limits.
     *
     * @param limits the limits
     * @return a reader
     */
    public static StrictJson of(JsonLimits limits) {
        return limits.equals(JsonLimits.DEFAULT) ? DEFAULT : new StrictJson(limits);
    }

    /**
     * Returns the mapper this reader parses with (for writing trees with the same number handling).
     *
     * @return the mapper; do not reconfigure it
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Parses a document.
     *
     * @param bytes UTF-8 JSON
     * @return the tree
     * @throws BadgeJsonException if the bytes are not one well-formed JSON value within the limits
     */
    public JsonNode parse(byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw tooLarge(bytes.length);
        }
        if (isBlank(bytes)) {
            throw new BadgeJsonException(JsonCode.EMPTY_INPUT, "empty input: expected a JSON document");
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            return mapper.readTree(parser);
        } catch (IOException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            // Jackson may wrap an I/O problem; untrusted input must never escape as a raw exception.
            throw new BadgeJsonException(JsonCode.MALFORMED_JSON, "cannot read JSON: " + safeMessage(e),
                    -1, -1, e);
        }
    }

    /**
     * Reads a stream fully, up to the document limit, and parses it.
     *
     * @param in the stream; not closed
     * @return the tree
     * @throws BadgeJsonException if the stream is too large, unreadable or not JSON
     */
    public JsonNode parse(InputStream in) {
        return parse(readBounded(in, limits.maxDocumentBytes()));
    }

    /**
     * Reads at most {@code max} bytes from a stream, failing if there are more.
     *
     * @param in the stream; not closed
     * @param max the largest size
     * @return the bytes
     * @throws BadgeJsonException with {@link JsonCode#DOCUMENT_TOO_LARGE} or {@link JsonCode#IO_ERROR}
     */
    public static byte[] readBounded(InputStream in, int max) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > max) {
                    throw new BadgeJsonException(JsonCode.DOCUMENT_TOO_LARGE,
                            "document larger than the limit of " + max + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BadgeJsonException(JsonCode.IO_ERROR, "cannot read input: " + safeMessage(e), -1, -1, e);
        }
    }

    private BadgeJsonException tooLarge(long size) {
        return new BadgeJsonException(JsonCode.DOCUMENT_TOO_LARGE,
                "document of " + size + " bytes is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private BadgeJsonException translate(IOException e) {
        long line = -1;
        long column = -1;
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            line = jpe.getLocation().getLineNr();
            column = jpe.getLocation().getColumnNr();
        }
        String original = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        String message = original == null ? e.getClass().getSimpleName() : original;
        String lower = message.toLowerCase(Locale.ROOT);
        JsonCode code;
        String text;
        if (e instanceof StreamConstraintsException) {
            if (lower.contains("nesting depth")) {
                code = JsonCode.NESTING_TOO_DEEP;
                text = "JSON nests deeper than the limit of " + limits.maxDepth();
            } else if (lower.contains("string value length") || lower.contains("string length")) {
                code = JsonCode.STRING_TOO_LONG;
                text = "a string is longer than the limit of " + limits.maxStringLength() + " characters";
            } else if (lower.contains("number value length") || lower.contains("number length")) {
                code = JsonCode.NUMBER_TOO_LONG;
                text = "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
            } else if (lower.contains("name length")) {
                code = JsonCode.NAME_TOO_LONG;
                text = "a property name is longer than the limit of " + limits.maxNameLength() + " characters";
            } else if (lower.contains("document length")) {
                code = JsonCode.DOCUMENT_TOO_LARGE;
                text = "document larger than the limit of " + limits.maxDocumentBytes() + " bytes";
            } else {
                code = JsonCode.MALFORMED_JSON;
                text = message;
            }
        } else if (lower.contains("duplicate field") || lower.contains("duplicate object property")) {
            code = JsonCode.DUPLICATE_KEY;
            text = "duplicate key " + quotedName(message) + ": ambiguous for signatures";
        } else if (lower.contains("trailing token")) {
            code = JsonCode.TRAILING_CONTENT;
            text = "content after the end of the JSON document";
        } else if (e instanceof CharConversionException || lower.contains("invalid utf-8")
                || lower.contains("invalid utf8")) {
            code = JsonCode.INVALID_UTF8;
            text = "input is not valid UTF-8";
        } else if (e instanceof JsonEOFException) {
            code = JsonCode.MALFORMED_JSON;
            text = "unexpected end of input";
        } else if (e instanceof JsonParseException) {
            code = JsonCode.MALFORMED_JSON;
            text = "malformed JSON: " + firstLine(message);
        } else {
            code = JsonCode.MALFORMED_JSON;
            text = "cannot read JSON: " + firstLine(message);
        }
        if (line > 0) {
            text = text + " (line " + line + ", column " + column + ")";
        }
        return new BadgeJsonException(code, text, line, column, e);
    }

    private static String quotedName(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? "\"" + message.substring(start + 1, end) + "\"" : "";
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static String safeMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : firstLine(message);
    }
}
