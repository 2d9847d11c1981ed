package dev.laurel.badges.api.wire;

import static dev.laurel.badges.api.wire.WireCodecTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static final URI REQ = URI.create("https://backpack.example/ims/ob/v3p0/credentials?since=2024-01-01T00%3A00%3A00Z&limit=5");

    @Test
    void aMiddlePageHasAllFourRelations() {
        PageLinks l = PageLinks.of(REQ, 10, 20, 45);
        assertThat(l.toHeader()).isEqualTo(
                "<https://backpack.example/ims/ob/v3p0/credentials?since=2024-01-01T00%3A00%3A00Z&limit=10&offset=0>; rel=\"first\", "
                + "<https://backpack.example/ims/ob/v3p0/credentials?since=2024-01-01T00%3A00%3A00Z&limit=10&offset=10>; rel=\"prev\", "
                + "<https://backpack.example/ims/ob/v3p0/credentials?since=2024-01-01T00%3A00%3A00Z&limit=10&offset=30>; rel=\"next\", "
                + "<https://backpack.example/ims/ob/v3p0/credentials?since=2024-01-01T00%3A00%3A00Z&limit=10&offset=40>; rel=\"last\"");
    }

    @Test
    void theFirstAndLastPagesFollowTheSpec() {
        PageLinks first = PageLinks.of(REQ, 10, 0, 45);
        assertThat(first.prev()).isNull();
        assertThat(first.next()).isNotNull();
        PageLinks last = PageLinks.of(REQ, 10, 40, 45);
        assertThat(last.next()).isNull();
        assertThat(last.last().getQuery()).endsWith("limit=10&offset=40");
        PageLinks empty = PageLinks.of(REQ, 10, 0, 0);
        assertThat(empty.first()).isEqualTo(empty.last());
        assertThat(empty.prev()).isNull();
        assertThat(empty.next()).isNull();
    }

    @Test
    void parsesOtherServersSpellings() {
        PageLinks l = PageLinks.parse("</c?limit=2&offset=4>;rel=next,\t<https://x.example/c?offset=0>; title=\"a, b;\"; "
                + "rel=\"first other\" , <https://x.example/c?offset=8>; REL=Last; anchor=\"#x\", <u>; rel=prev; rel=next",
                URI.create("https://x.example/c?limit=2&offset=2"));
        assertThat(l.next()).isEqualTo(URI.create("https://x.example/c?limit=2&offset=4"));
        assertThat(l.first()).isEqualTo(URI.create("https://x.example/c?offset=0"));
        assertThat(l.last()).isEqualTo(URI.create("https://x.example/c?offset=8"));
        assertThat(l.prev()).isEqualTo(URI.create("https://x.example/u"));
    }

    @Test
    void hostileHeadersGiveTypedErrors() {
        URI base = URI.create("https://x.example/");
        assertError(() -> PageLinks.parse("<" + "a".repeat(PageLinks.MAX_HEADER_LENGTH) + ">; rel=next", base),
                WireCode.HEADER_TOO_LONG, "");
        for (String bad : new String[] {"<https://x.example/", "https://x.example/; rel=next", "<a b>; rel=next",
            "<a>; rel=\"next", "<a>; =next", "<a>; rel=next; ;", "<a>; rel=next <b>", "<a>; rel=\"\u0001\"",
            "<a>>; rel=next", "<a>; rel=\"x\\"}) {
            assertError(() -> PageLinks.parse(bad, base), WireCode.INVALID_LINK_HEADER, "");
        }
        assertThat(PageLinks.parse(", <a>; rel=next,, ,", base).next()).isEqualTo(URI.create("https://x.example/a"));
        assertError(() -> PageLinks.parse(null, base), WireCode.INVALID_LINK_HEADER, "");
    }

    @Test
    void aQueryOnlyTargetKeepsTheEndpointsPathAsRfc3986Says() {
        PageLinks links = PageLinks.parse("<?offset=10&limit=5>; rel=\"next\", <../v3p0/credentials?offset=0>; rel=\"first\"", REQ);
        assertThat(links.next()).isEqualTo(URI.create("https://backpack.example/ims/ob/v3p0/credentials?offset=10&limit=5"));
        assertThat(links.first()).isEqualTo(URI.create("https://backpack.example/ims/ob/v3p0/credentials?offset=0"));
        assertThat(PageLinks.resolve(REQ, null)).isNull();
    }

    @Test
    void totalCount() {
        assertThat(PageLinks.parseTotalCount(" 45 ")).isEqualTo(45);
        assertThat(PageLinks.parseTotalCount("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        for (String bad : new String[] {"", "-1", "1e3", "0x10", "9999999999999999999", "4 5", "+4"}) {
            assertError(() -> PageLinks.parseTotalCount(bad), WireCode.INVALID_TOTAL_COUNT, "");
        }
        assertError(() -> PageLinks.parseTotalCount("1".repeat(100_000)), WireCode.HEADER_TOO_LONG, "");
    }
}
