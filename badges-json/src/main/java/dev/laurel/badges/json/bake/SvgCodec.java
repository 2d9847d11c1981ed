package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Baking into and extraction from SVG. Reading uses the JDK's StAX reader with DTD support, external
 * entities and entity replacement off; baking inserts bytes after the root start tag and leaves every
 * other byte of the document as it was.
 */
final class SvgCodec {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** The most bytes read while looking for the root element (XML declaration, DOCTYPE, comments). */
    static final int PROLOG_LIMIT = 1024 * 1024;

    private static final String PREFIX = "openbadges";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
    private static final String ASCII_SAMPLE = "<>\"'=/?!-[]&;#: \t\r\nabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final BakeLimits limits;

    SvgCodec(BakeLimits limits) {
        this.limits = limits;
    }

    /**
     * A badge element as read.
     *
     * @param version the version its name tells
     * @param verify the {@code verify} attribute, or null
     * @param body the character content, or null if there is none
     * @param ordinal its position among all start tags, the root being 1
     * @param depth its depth, the root being 1
     * @param line the line of its start tag
     */
    private record Found(BadgeVersion version, String verify, String body, int ordinal, int depth, int line) {
    }

    Optional<BakedBadge> extract(InputStream in, LimitedInput limiter) {
        byte[] prefix = new byte[8192];
        int n = 0;
        XmlPrefix.Prolog prolog = null;
        while (prolog == null) {
            int r = read(in, prefix, n, limiter);
            boolean eof = r < 0;
            if (!eof) {
                n += r;
            }
            if (eof || n == prefix.length) {
                prolog = XmlPrefix.scan(prefix, n, eof);
                if (prolog == null) {
                    if (prefix.length >= PROLOG_LIMIT) {
                        throw new BakeException(BakeCode.TOO_LARGE, "no root element in the first " + PROLOG_LIMIT + " bytes", n, null);
                    }
                    prefix = Arrays.copyOf(prefix, prefix.length * 2);
                }
            }
        }
        Charset charset = charset(prefix, prolog);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(prefix, prolog.bom(), n - prolog.bom()), in);
        Found found = parse(reader(whole, charset), limiter, true);
        if (found == null) {
            return Optional.empty();
        }
        String text = found.body() != null ? found.body() : found.verify();
        if (text == null || text.isEmpty()) {
            throw new BakeException(BakeCode.EMPTY_BADGE, "the badge element on line " + found.line()
                    + " has neither content nor a verify attribute", found.line(), -1, null);
        }
        checkLength(text);
        return Optional.of(new BakedBadge(PngCodec.payload(found.version(), text, -1), ImageFormat.SVG));
    }

    byte[] bake(byte[] svg, BadgePayload payload) {
        checkLength(payload.text());
        XmlPrefix.Prolog prolog = XmlPrefix.scan(svg, svg.length, true);
        Charset charset = charset(svg, prolog);
        Found existing = parse(reader(new ByteArrayInputStream(svg, prolog.bom(), svg.length - prolog.bom()), charset), null, false);
        if (prolog.mode() != XmlPrefix.Mode.BYTE) {
            throw new BakeException(BakeCode.UNSUPPORTED_ENCODING, "baking into a UTF-16 SVG is not supported", 0, null);
        }
        SvgMarkup.StartTag root = SvgMarkup.startTag(svg, prolog.rootOffset());
        String namespace = Embedding.svgNamespace(payload.version());
        List<Edit> edits = new ArrayList<>();

        SvgMarkup.Attribute declared = root.attributes().stream()
                .filter(a -> a.name().equals("xmlns:" + PREFIX))
                .findFirst()
                .orElse(null);
        if (declared == null) {
            edits.add(new Edit(root.contentEnd(), root.contentEnd(), " xmlns:" + PREFIX + "=\"" + namespace + "\""));
        } else if (!new String(svg, declared.valueStart(), declared.valueEnd() - declared.valueStart(),
                StandardCharsets.ISO_8859_1).equals(namespace)) {
            // The prefix served the badge being replaced (the other version's namespace): rebind it.
            edits.add(new Edit(declared.valueStart(), declared.valueEnd(), namespace));
        }

        String element = element(payload, charset);
        if (root.selfClosing()) {
            edits.add(new Edit(root.close(), root.end(), ">" + element + "</" + root.name() + ">"));
        } else if (existing == null) {
            edits.add(new Edit(root.end(), root.end(), element));
        } else {
            int[] range = SvgMarkup.element(svg, root.end(), existing.ordinal() - 1);
            if (existing.depth() == 2) {
                edits.add(new Edit(range[0], range[1], element));
            } else {
                // Nested deeper, where the prefix may mean something else: move it under the root.
                edits.add(new Edit(root.end(), root.end(), element));
                edits.add(new Edit(range[0], range[1], ""));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length + payload.text().length() + 256);
        int at = 0;
        for (Edit e : edits) {
            out.write(svg, at, e.start() - at);
            byte[] bytes = e.text().getBytes(charset);
            out.write(bytes, 0, bytes.length);
            at = e.end();
        }
        out.write(svg, at, svg.length - at);
        return out.toByteArray();
    }

    /** A replacement of bytes [start, end) by text. */
    private record Edit(int start, int end, String text) {
    }

    /** Returns the badge element as the specifications write it, in characters the charset can encode. */
    private static String element(BadgePayload payload, Charset charset) {
        CharsetEncoder encoder = charset.equals(StandardCharsets.UTF_8) ? null : charset.newEncoder();
        String name = PREFIX + ":" + Embedding.svgElement(payload.version());
        String text = payload.text();
        StringBuilder sb = new StringBuilder(text.length() + 128);
        sb.append('<').append(name);
        if (payload.kind() == BadgePayload.Kind.JSON) {
            if (payload.version() == BadgeVersion.V2_0) {
                // OB 2.0 puts the assertion URL in verify beside the JSON; OB 3.0 omits verify for JSON.
                hostedUrl(text).ifPresent(url -> attribute(sb, "verify", url, encoder));
            }
            sb.append('>');
            cdata(sb, text, encoder);
            sb.append("</").append(name).append('>');
        } else {
            attribute(sb, "verify", text, encoder);
            if (payload.version() == BadgeVersion.V2_0) {
                sb.append("/>");
            } else {
                sb.append("></").append(name).append('>');
            }
        }
        return sb.toString();
    }

    private static void attribute(StringBuilder sb, String name, String value, CharsetEncoder encoder) {
        sb.append(' ').append(name).append("=\"");
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\t':
                case '\n':
                case '\r':
                    // Character references survive attribute-value normalisation; raw white space does not.
                    reference(sb, cp);
                    break;
                default:
                    if (canEncode(encoder, cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        reference(sb, cp);
                    }
            }
        });
        sb.append('"');
    }

    private static void cdata(StringBuilder sb, String text, CharsetEncoder encoder) {
        sb.append("<![CDATA[");
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ']' && text.startsWith("]]>", i)) {
                sb.append("]]]]><![CDATA[>");
                i += 3;
                continue;
            }
            if (cp == '\r' || !canEncode(encoder, cp)) {
                // A CR would be turned into LF by line-end normalisation; a reference keeps it exact.
                sb.append("]]>");
                reference(sb, cp);
                sb.append("<![CDATA[");
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        sb.append("]]>");
    }

    private static boolean canEncode(CharsetEncoder encoder, int cp) {
        return encoder == null || cp < 0x80 || encoder.canEncode(new String(Character.toChars(cp)));
    }

    private static void reference(StringBuilder sb, int cp) {
        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
    }

    /** Returns the URL of a hosted OB 2.0 assertion: its {@code id}, else its 1.x {@code verify.url}. */
    static Optional<String> hostedUrl(String json) {
        String id = null;
        String verifyUrl = null;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if ("verify".equals(field) && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING && "url".equals(inner)) {
                            verifyUrl = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON we can read: bake without a verify attribute rather than guess one.
            return Optional.empty();
        }
        if (id != null && isHttp(id)) {
            return Optional.of(id);
        }
        return verifyUrl != null && isHttp(verifyUrl) ? Optional.of(verifyUrl) : Optional.empty();
    }

    private static boolean isHttp(String s) {
        return BadgePayload.classify(s).filter(k -> k == BadgePayload.Kind.URL).isPresent();
    }

    /**
     * Returns the document's charset: UTF-16 by its layout, UTF-8 by its byte order mark, else the
     * encoding its XML declaration names (UTF-8 if none), which must keep ASCII one byte per character.
     */
    private static Charset charset(byte[] svg, XmlPrefix.Prolog prolog) {
        if (prolog.mode() == XmlPrefix.Mode.UTF16BE) {
            return StandardCharsets.UTF_16BE;
        }
        if (prolog.mode() == XmlPrefix.Mode.UTF16LE) {
            return StandardCharsets.UTF_16LE;
        }
        if (prolog.bom() == 3) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(svg, 0, prolog.rootOffset(), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int end = head.indexOf("?>");
        Matcher m = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        Charset charset;
        try {
            charset = Charset.forName(m.group(1).strip());
        } catch (IllegalArgumentException e) {
            throw new BakeException(BakeCode.UNSUPPORTED_ENCODING, "the XML declaration names an unknown encoding", 0, e);
        }
        if (!charset.canEncode()
                || !Arrays.equals(ASCII_SAMPLE.getBytes(charset), ASCII_SAMPLE.getBytes(StandardCharsets.US_ASCII))) {
            throw new BakeException(BakeCode.UNSUPPORTED_ENCODING, "encoding " + charset.name()
                    + " does not match a document whose markup is one byte per character", 0, null);
        }
        return charset;
    }

    /**
     * Returns a strict decoder over the document without its byte order mark. Decoding here rather than
     * in the XML reader keeps the JDK's parser from printing encoding errors to stderr.
     */
    private static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private void checkLength(String text) {
        // Cheap bound first: a UTF-8 byte per char at least.
        if (text.length() > limits.maxBadgeTextBytes()
                || text.getBytes(StandardCharsets.UTF_8).length > limits.maxBadgeTextBytes()) {
            throw new BakeException(BakeCode.BADGE_TOO_LARGE, "badge text is beyond the limit of "
                    + limits.maxBadgeTextBytes() + " bytes");
        }
    }

    private XMLInputFactory factory() {
        // The JDK's own implementation, whatever StAX provider the class path offers, so the settings hold.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty("http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.TRUE);
        f.setProperty("jdk.xml.maxElementDepth", limits.maxXmlDepth());
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        f.setXMLReporter((message, type, info, location) -> {
            // Problems surface as exceptions; the default reporter would print to stderr.
        });
        return f;
    }

    /**
     * Reads the whole document; returns its one badge element, or null. With {@code lenient}, markup
     * that breaks after the badge element has been read is tolerated, as the baking specifications say
     * the rest of the document may be discarded; limits, entities and a second badge still fail.
     */
    private Found parse(Reader in, LimitedInput limiter, boolean lenient) {
        XMLStreamReader r = null;
        Found[] found = new Found[1];
        try {
            r = factory().createXMLStreamReader(in);
            walk(r, found);
            return found[0];
        } catch (XMLStreamException e) {
            BakeException failure = translate(e, limiter);
            if (lenient && found[0] != null && tolerable(failure.bakeCode())) {
                return found[0];
            }
            throw failure;
        } catch (BakeException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser must not leak its own runtime exceptions through our API.
            if (limiter != null && limiter.exceeded()) {
                throw limiter.tooLarge();
            }
            // The parser's message can quote the document (element names, text): say what, never echo it.
            throw new BakeException(BakeCode.MALFORMED_XML, "the SVG cannot be read as XML", -1, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // Nothing to release beyond the reader itself.
                }
            }
        }
    }

    private static boolean tolerable(BakeCode code) {
        return code == BakeCode.MALFORMED_XML || code == BakeCode.INVALID_UTF8;
    }

    /** Walks the document, leaving the badge element in {@code out[0]} as soon as it ends. */
    private void walk(XMLStreamReader r, Found[] out) throws XMLStreamException {
        int depth = 0;
        int ordinal = 0;
        Found found = null;
        BadgeVersion version = null;
        String verify = null;
        int badgeDepth = -1;
        int badgeOrdinal = -1;
        int badgeLine = -1;
        List<String> segments = new ArrayList<>();
        List<Boolean> cdata = new ArrayList<>();
        long chars = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    depth++;
                    ordinal++;
                    if (ordinal == 1) {
                        checkRoot(r);
                    }
                    BadgeVersion v = badgeVersion(r.getNamespaceURI(), r.getLocalName());
                    if (v != null) {
                        if (found != null || version != null) {
                            throw new BakeException(BakeCode.DUPLICATE_BADGE, "a second badge element on line "
                                    + line(r) + "; an image carries one badge", line(r), column(r), null);
                        }
                        version = v;
                        verify = r.getAttributeValue(null, "verify");
                        badgeDepth = depth;
                        badgeOrdinal = ordinal;
                        badgeLine = (int) line(r);
                    }
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (version != null) {
                        String text = r.getText();
                        chars += text.length();
                        if (chars > limits.maxBadgeTextBytes()) {
                            throw new BakeException(BakeCode.BADGE_TOO_LARGE, "badge element content is beyond the limit of "
                                    + limits.maxBadgeTextBytes() + " bytes", line(r), column(r), null);
                        }
                        segments.add(text);
                        cdata.add(event == XMLStreamConstants.CDATA);
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new BakeException(BakeCode.XML_FORBIDDEN,
                            "an entity reference is refused; entities are never expanded", line(r), column(r), null);
                case XMLStreamConstants.END_ELEMENT:
                    if (version != null && depth == badgeDepth) {
                        found = new Found(version, verify, body(segments, cdata), badgeOrdinal, badgeDepth, badgeLine);
                        out[0] = found;
                        version = null;
                    }
                    depth--;
                    break;
                default:
                    break;
            }
        }
    }

    private static void checkRoot(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        boolean svgNamespace = ns == null || ns.isEmpty() || SVG_NAMESPACE.equals(ns);
        if (!"svg".equals(r.getLocalName()) || !svgNamespace) {
            throw new BakeException(BakeCode.NOT_AN_IMAGE, "the root element is not an SVG svg element "
                    + "(http://www.w3.org/2000/svg)", line(r), column(r), null);
        }
    }

    private static BadgeVersion badgeVersion(String namespace, String local) {
        for (BadgeVersion v : BadgeVersion.values()) {
            if (Embedding.svgNamespace(v).equals(namespace) && Embedding.svgElement(v).equals(local)) {
                return v;
            }
        }
        return null;
    }

    /**
     * Returns the badge text in an element's content: from the first CDATA section to the end of the
     * last (so the white space that pretty-prints the element is not part of it), or, with no CDATA
     * section, the content without surrounding white space. Null when there is no content.
     */
    private static String body(List<String> segments, List<Boolean> cdata) {
        int first = cdata.indexOf(Boolean.TRUE);
        int last = cdata.lastIndexOf(Boolean.TRUE);
        StringBuilder sb = new StringBuilder();
        if (first >= 0) {
            for (int i = first; i <= last; i++) {
                sb.append(segments.get(i));
            }
            return sb.toString();
        }
        segments.forEach(sb::append);
        int from = 0;
        int to = sb.length();
        while (from < to && XmlPrefix.isSpace(sb.charAt(from))) {
            from++;
        }
        while (to > from && XmlPrefix.isSpace(sb.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : sb.substring(from, to);
    }

    private static BakeException translate(XMLStreamException e, LimitedInput limiter) {
        if (limiter != null && limiter.exceeded()) {
            return limiter.tooLarge();
        }
        if (limiter != null && limiter.ioFailure() != null) {
            return new BakeException(BakeCode.IO_ERROR, "reading the image failed: " + limiter.ioFailure().getMessage(),
                    limiter.count(), limiter.ioFailure());
        }
        Location at = e.getLocation();
        long line = at == null ? -1 : at.getLineNumber();
        long column = at == null ? -1 : at.getColumnNumber();
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                return new BakeException(BakeCode.INVALID_UTF8, "the SVG is not valid in its encoding", line, column, e);
            }
            if (t instanceof BakeException) {
                return (BakeException) t;
            }
        }
        // Where, not what: the parser's message names elements and quotes text of the input.
        return new BakeException(BakeCode.MALFORMED_XML, "the SVG is not well-formed XML", line, column, e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() != null
                && ((XMLStreamException) t).getNestedException() != t) {
            return ((XMLStreamException) t).getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static int read(InputStream in, byte[] b, int off, LimitedInput limiter) {
        try {
            return in.read(b, off, b.length - off);
        } catch (IOException e) {
            throw new BakeException(BakeCode.IO_ERROR, "reading the image failed: " + e.getMessage(),
                    limiter == null ? -1 : limiter.count(), e);
        }
    }

    private static long line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? -1 : l.getLineNumber();
    }

    private static long column(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? -1 : l.getColumnNumber();
    }
}
