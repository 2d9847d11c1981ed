package dev.laurel.badges.api.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The paging links of {@code getCredentials}: the RFC 8288 {@code Link} header with the relations the OB 3.0
 * API names ({@code first}, {@code prev}, {@code next}, {@code last}), each a URI with {@code limit} and
 * {@code offset} query parameters, and the {@code X-Total-Count} header.
 *
 * <p>The specification: {@code first} and {@code last} always appear; {@code next} when the page is
 * incomplete; {@code prev} when the offset is greater than zero. {@link #of} builds exactly that; {@link
 * #parse} reads any server's header and leaves a relation it did not send null.
 *
 * @param first the first page, or null (parsed headers only)
 * @param prev the previous page, or null
 * @param next the next page, or null when this is the last page
 * @param last the last page, or null (parsed headers only)
 */
public record PageLinks(URI first, URI prev, URI next, URI last) {

    /** The longest {@code Link} or {@code X-Total-Count} header read; four full URIs fit many times over. */
    public static final int MAX_HEADER_LENGTH = 8192;

    /** The {@code Link} header's name. */
    public static final String LINK_HEADER = "Link";

    /** The total count header's name. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    /**
     * The links for one page.
     *
     * @param request the request URI (its other query parameters are kept, {@code limit} and {@code offset}
     *     replaced)
     * @param limit the page size, at least 1
     * @param offset the offset of this page, not negative
     * @param total the total number of credentials, not negative
     * @return the links
     * @throws IllegalArgumentException if a number is out of range
     */
    public static PageLinks of(URI request, int limit, long offset, long total) {
        if (limit < 1 || offset < 0 || total < 0) {
            throw new IllegalArgumentException("limit must be at least 1, offset and total not negative");
        }
        long lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit;
        URI prev = offset > 0 ? withPaging(request, limit, Math.max(0, offset - limit)) : null;
        URI next = offset + limit < total ? withPaging(request, limit, offset + limit) : null;
        return new PageLinks(withPaging(request, limit, 0), prev, next, withPaging(request, limit, lastOffset));
    }

    /**
     * The next page, if any.
     *
     * @return the next page's URI
     */
    public Optional<URI> optionalNext() {
        return Optional.ofNullable(next);
    }

    /**
     * The {@code Link} header's value: the relations present, in the order first, prev, next, last.
     *
     * @return the value, empty when no relation is present
     */
    public String toHeader() {
        List<String> parts = new ArrayList<>(4);
        add(parts, first, "first");
        add(parts, prev, "prev");
        add(parts, next, "next");
        add(parts, last, "last");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, URI uri, String rel) {
        if (uri != null) {
            parts.add("<" + uri.toASCIIString() + ">; rel=\"" + rel + "\"");
        }
    }

    /**
     * Reads a {@code Link} header (RFC 8288 section 3). Relations other than the four are ignored; a relation
     * given twice keeps its first target (RFC 8288 leaves the choice to the application). Relative targets are
     * resolved against {@code base}.
     *
     * @param header the header's value (several {@code Link} headers joined with {@code ", "})
     * @param base the request URI, to resolve relative targets against
     * @return the links
     * @throws WireException {@link WireCode#HEADER_TOO_LONG} above {@link #MAX_HEADER_LENGTH} characters,
     *     {@link WireCode#INVALID_LINK_HEADER} for anything not in the grammar or a target that is not a URI
     */
    public static PageLinks parse(String header, URI base) {
        checkLength(header, LINK_HEADER);
        LinkParser p = new LinkParser(header);
        URI[] found = new URI[4];
        // RFC 9110 section 5.6.1: a recipient accepts empty list elements ("a, , b").
        p.skipEmptyElements();
        while (!p.end()) {
            URI target = p.target(base);
            for (String rel : p.params()) {
                int i = List.of("first", "prev", "next", "last").indexOf(rel.toLowerCase(Locale.ROOT));
                if (i >= 0 && found[i] == null) {
                    found[i] = target;
                }
            }
            p.ows();
            if (!p.end()) {
                p.expect(',');
                p.skipEmptyElements();
            }
        }
        return new PageLinks(found[0], found[1], found[2], found[3]);
    }

    /**
     * Resolves a link target as RFC 3986 (section 5.2.2) does. {@link URI#resolve} follows the older RFC 2396,
     * which turns a query-only reference such as {@code ?offset=10} into the base's directory
     * ({@code .../v3p0/?offset=10}, losing the endpoint); that case is done here, the rest by {@code URI.resolve}.
     *
     * @param base      the absolute URI the reference appeared in (the request URI)
     * @param reference the reference, or null
     * @return the resolved URI, or null for a null reference
     */
    public static URI resolve(URI base, URI reference) {
        if (reference == null) {
            return null;
        }
        if (!reference.isAbsolute() && reference.getRawAuthority() == null
                && (reference.getRawPath() == null || reference.getRawPath().isEmpty()) && reference.getRawQuery() != null) {
            String b = base.toString();
            int cut = b.indexOf('#');
            b = cut < 0 ? b : b.substring(0, cut);
            cut = b.indexOf('?');
            b = cut < 0 ? b : b.substring(0, cut);
            return URI.create(b + "?" + reference.getRawQuery()
                    + (reference.getRawFragment() == null ? "" : "#" + reference.getRawFragment()));
        }
        return base.resolve(reference);
    }

    /**
     * Reads an {@code X-Total-Count} header.
     *
     * @param header the header's value
     * @return the count
     * @throws WireException {@link WireCode#INVALID_TOTAL_COUNT} unless it is 1 to 18 decimal digits
     *     (optionally surrounded by spaces), {@link WireCode#HEADER_TOO_LONG} if far too long
     */
    public static long parseTotalCount(String header) {
        checkLength(header, TOTAL_COUNT_HEADER);
        String s = header.strip();
        // 18 digits always fit a long: no overflow to catch.
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new WireException(WireCode.INVALID_TOTAL_COUNT,
                    "X-Total-Count is not a non-negative integer of at most 18 digits");
        }
        return Long.parseLong(s);
    }

    private static void checkLength(String header, String name) {
        if (header == null) {
            throw new WireException(WireCode.INVALID_LINK_HEADER, name + " header is missing");
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            throw new WireException(WireCode.HEADER_TOO_LONG,
                    name + " header has " + header.length() + " characters, more than " + MAX_HEADER_LENGTH);
        }
    }

    /** Sets {@code limit} and {@code offset} in a URI's query, keeping its other parameters in order. */
    static URI withPaging(URI request, int limit, long offset) {
        StringBuilder query = new StringBuilder();
        String raw = request.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&", -1)) {
                String name = pair.split("=", 2)[0];
                if (!name.equals("limit") && !name.equals("offset") && !pair.isEmpty()) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append("limit=").append(limit).append("&offset=").append(offset);
        String head = request.toASCIIString();
        int cut = head.indexOf('#');
        head = cut < 0 ? head : head.substring(0, cut);
        cut = head.indexOf('?');
        head = cut < 0 ? head : head.substring(0, cut);
        // The kept pairs come from the raw query, so the result is a valid URI again.
        return URI.create(head + "?" + query);
    }

    /** A small recursive-descent reader of RFC 8288's link-value list; every failure is a WireException. */
    private static final class LinkParser {
        private final String s;
        private int i;

        LinkParser(String s) {
            this.s = s;
        }

        boolean end() {
            return i >= s.length();
        }

        void ows() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        void skipEmptyElements() {
            ows();
            while (i < s.length() && s.charAt(i) == ',') {
                i++;
                ows();
            }
        }

        void expect(char c) {
            if (end() || s.charAt(i) != c) {
                throw fail("expected '" + c + "'");
            }
            i++;
        }

        URI target(URI base) {
            expect('<');
            int close = s.indexOf('>', i);
            if (close < 0) {
                throw fail("'<' without '>'");
            }
            String ref = s.substring(i, close);
            i = close + 1;
            try {
                URI uri = new URI(ref);
                return base == null ? uri : resolve(base, uri);
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw fail("a link target is not a URI reference");
            }
        }

        /** Reads the link-params and returns the relation types of every {@code rel} parameter. */
        List<String> params() {
            List<String> rels = new ArrayList<>();
            while (true) {
                ows();
                if (end() || s.charAt(i) != ';') {
                    return rels;
                }
                i++;
                ows();
                String name = token();
                ows();
                String value = "";
                if (!end() && s.charAt(i) == '=') {
                    i++;
                    ows();
                    value = !end() && s.charAt(i) == '"' ? quoted() : token();
                }
                if (name.equalsIgnoreCase("rel")) {
                    for (String rel : value.trim().split("[ \t]+")) {
                        if (!rel.isEmpty()) {
                            rels.add(rel);
                        }
                    }
                }
            }
        }

        private String token() {
            int start = i;
            while (i < s.length() && isTchar(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw fail("expected a token");
            }
            return s.substring(start, i);
        }

        private String quoted() {
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        break;
                    }
                    c = s.charAt(i++);
                }
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    throw fail("a control character in a quoted string");
                }
                b.append(c);
            }
            throw fail("an unterminated quoted string");
        }

        private static boolean isTchar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }

        private WireException fail(String what) {
            return new WireException(WireCode.INVALID_LINK_HEADER,
                    "Link header is not RFC 8288 syntax at character " + i + ": " + what);
        }
    }
}
