package dev.laurel.badges.json;

import com.fasterxml.jackson.core.JsonFactory;
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

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads untrusted bytes into a Jackson tree under {@link JsonLimits}: duplicate keys, trailing content,
 * invalid UTF-8 and other encodings (UTF-16, UTF-32) are refused, and every failure becomes a
 * {@link BadgeJsonException} with a code, line and column. Messages say what is wrong and where (line,
 * column, JSON Pointer), never the input's own text. One instance per set of limits; thread-safe.
 */
final class StrictJson {

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
                // Jackson would otherwise copy the start of the input into every error's location.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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
     * @throws BadgeJsonException if the bytes are not one well-formed UTF-8 JSON value within the limits
     */
    public JsonNode parse(byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw tooLarge(bytes.length);
        }
        requireUtf8(bytes);
        if (isBlank(bytes)) {
            throw new BadgeJsonException(JsonCode.EMPTY_INPUT, "empty input: expected a JSON document");
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            return mapper.readTree(parser);
        } catch (IOException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            // Jackson may wrap an I/O problem; untrusted input must never escape as a raw exception.
            // Its message is not repeated: it may quote the input.
            throw new BadgeJsonException(JsonCode.MALFORMED_JSON, "cannot read JSON", -1, -1, e);
        }
    }

    /**
     * Refuses JSON in another encoding than UTF-8 (RFC 8259 section 8.1). Jackson would detect UTF-16 and
     * UTF-32 and decode them; a badge's signature and hash are over UTF-8 bytes, so they are refused
     * instead: a UTF-16 or UTF-32 byte order mark, or NUL bytes where RFC 4627 section 3 says the first
     * two characters of such a text put them. A UTF-8 byte order mark is accepted and skipped.
     *
     * @param bytes the input
     * @throws BadgeJsonException with {@link JsonCode#UNSUPPORTED_ENCODING}
     */
    public static void requireUtf8(byte[] bytes) {
        String encoding = foreignEncoding(bytes);
        if (encoding != null) {
            throw new BadgeJsonException(JsonCode.UNSUPPORTED_ENCODING, "the input is " + encoding
                    + ", not UTF-8: JSON must be UTF-8 (RFC 8259, section 8.1)");
        }
    }

    /** Names the encoding when the bytes are UTF-16 or UTF-32, else null. */
    private static String foreignEncoding(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xff : -1;
        int b1 = n > 1 ? b[1] & 0xff : -1;
        int b2 = n > 2 ? b[2] & 0xff : -1;
        int b3 = n > 3 ? b[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return "UTF-32BE (byte order mark 00 00 FE FF)";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "UTF-32LE (byte order mark FF FE 00 00)";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16BE (byte order mark FE FF)";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16LE (byte order mark FF FE)";
        }
        if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            return "UTF-32BE (NUL bytes in the pattern 00 00 00 xx)";
        }
        if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32LE (NUL bytes in the pattern xx 00 00 00)";
        }
        if (b0 == 0 && b1 > 0) {
            return "UTF-16BE (NUL bytes in the pattern 00 xx)";
        }
        if (b0 > 0 && b1 == 0) {
            return "UTF-16LE (NUL bytes in the pattern xx 00)";
        }
        if (b0 == 0 || b1 == 0 || b2 == 0 || b3 == 0) {
            return "UTF-16 or UTF-32 (NUL bytes at the start)";
        }
        return null;
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
                text = "the input exceeds a parse limit";
            }
        } else if (lower.contains("duplicate field") || lower.contains("duplicate object property")) {
            code = JsonCode.DUPLICATE_KEY;
            text = "duplicate key" + pointer(e).map(p -> " at " + p).orElse("") + ": ambiguous for signatures";
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
        } else {
            // Jackson's own text quotes the offending token ("Unrecognized token 'secret...'"): say what is
            // wrong in our words and where, never what the input held.
            code = JsonCode.MALFORMED_JSON;
            text = "malformed JSON: " + describe(lower);
        }
        if (line > 0) {
            text = text + " (line " + line + ", column " + column + ")";
        }
        return new BadgeJsonException(code, text, line, column, e);
    }

    /** Where the parser was, as a JSON Pointer, when it can tell. */
    private static java.util.Optional<String> pointer(IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return java.util.Optional.of(pointer.isEmpty() ? "/" : pointer);
        }
        return java.util.Optional.empty();
    }

    /** Says what is wrong from Jackson's message, without repeating any of the input it quotes. */
    private static String describe(String lower) {
        if (lower.startsWith("unrecognized token")) {
            return "unrecognized token where a JSON value was expected";
        }
        if (lower.contains("double-quote to start field name")) {
            return "expected a property name in double quotes";
        }
        if (lower.contains("comma to separate")) {
            return "expected a comma between entries";
        }
        if (lower.contains("colon to separate")) {
            return "expected a colon after a property name";
        }
        if (lower.contains("unexpected close marker")) {
            return "a closing bracket does not match the open one";
        }
        if (lower.contains("illegal unquoted character")) {
            return "a control character in a string is not escaped";
        }
        if (lower.contains("unrecognized character escape")) {
            return "invalid escape sequence in a string";
        }
        if (lower.contains("numeric value") || lower.contains("leading zero") || lower.contains("non-standard token")
                || lower.contains("number")) {
            return "invalid number";
        }
        if (lower.contains("illegal character") || lower.contains("white space")) {
            return "a character that is not allowed between tokens";
        }
        if (lower.contains("unexpected character")) {
            return "unexpected character";
        }
        return "not well-formed";
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static String safeMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? "I/O error" : firstLine(message);
    }
}
