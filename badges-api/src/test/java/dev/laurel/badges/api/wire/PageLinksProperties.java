package dev.laurel.badges.api.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PageLinksProperties {

    @Property
    void buildThenParseGivesTheSameLinks(@ForAll("requests") URI request, @ForAll @IntRange(min = 1, max = 1000) int limit,
            @ForAll @LongRange(min = 0, max = 1_000_000) long offset, @ForAll @LongRange(min = 0, max = 1_000_000) long total) {
        PageLinks built = PageLinks.of(request, limit, offset, total);
        assertThat(PageLinks.parse(built.toHeader(), request)).isEqualTo(built);
        assertThat(built.first()).isNotNull();
        assertThat(built.last()).isNotNull();
        assertThat(built.prev() != null).isEqualTo(offset > 0);
        assertThat(built.next() != null).isEqualTo(offset + limit < total);
    }

    @Property
    void anyShortHeaderParsesOrFailsTyped(@ForAll("headers") String header) {
        try {
            PageLinks.parse(header, URI.create("https://x.example/c"));
        } catch (WireException e) {
            assertThat(e.wireCode()).isIn(WireCode.INVALID_LINK_HEADER, WireCode.HEADER_TOO_LONG);
        }
    }

    @Provide
    Arbitrary<URI> requests() {
        Arbitrary<String> value = Arbitraries.strings().withChars("abcXYZ019-._~%3A").ofMaxLength(12)
                .map(s -> s.replace("%", "%25").replace("%253A", "%3A"));
        return Arbitraries.of("https://b.example/ims/ob/v3p0/credentials", "http://127.0.0.1:8080/ims/ob/v3p0/credentials",
                        "https://b.example:8443/a%20b/credentials")
                .flatMap(base -> value.list().ofMaxSize(3).map(vs -> {
                    StringBuilder q = new StringBuilder();
                    for (int i = 0; i < vs.size(); i++) {
                        q.append(q.length() == 0 ? "?" : "&").append("p").append(i).append('=').append(vs.get(i));
                    }
                    return URI.create(base + q);
                }));
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.strings().withChars("<>;,=\"\\ \tabc/:?&rel nextlast\u0000\u00e9").ofMaxLength(60);
    }
}
