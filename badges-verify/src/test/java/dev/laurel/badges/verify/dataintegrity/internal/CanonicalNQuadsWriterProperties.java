package dev.laurel.badges.verify.dataintegrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast N-Quads writer must write every quad exactly as Titanium's writer does. */
class CanonicalNQuadsWriterProperties {

    @Provide
    Arbitrary<String> texts() {
        // Plain text, the characters Titanium escapes, surrogates (paired and not) and non-ASCII letters.
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" :/#-.").ofMaxLength(20),
                Arbitraries.strings().withChars("ab \"\\\n\r\t\b\f\u0000\u001f\u007f\u0080é€\ud83d\ude00\ud800\udc00")
                        .ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> terms() {
        return Arbitraries.oneOf(Arbitraries.of("_:c14n0", "_:b12"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> "https://example.com/" + s),
                texts().map(s -> "urn:x:" + s));
    }

    @Provide
    Arbitrary<String> datatypes() {
        return Arbitraries.of(null, "http://www.w3.org/2001/XMLSchema#string",
                "http://www.w3.org/2001/XMLSchema#dateTime", "https://www.w3.org/ns/i18n#en_ltr",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(null, null, "en", "de-CH");
    }

    @Provide
    Arbitrary<String> directions() {
        return Arbitraries.of(null, null, null, "ltr", "rtl");
    }

    @Provide
    Arbitrary<String> graphs() {
        return Arbitraries.of(null, null, "_:c14n3", "https://example.com/g");
    }

    @Property(tries = 2000)
    void writesWhatTitaniumWrites(@ForAll("terms") String subject, @ForAll("terms") String predicate,
            @ForAll("texts") String literal, @ForAll("terms") String iri, @ForAll boolean isLiteral,
            @ForAll("datatypes") String datatype, @ForAll("languages") String language,
            @ForAll("directions") String direction, @ForAll("graphs") String graph) throws Exception {
        String object = isLiteral ? literal : iri;
        String type = isLiteral && datatype == null ? "http://www.w3.org/2001/XMLSchema#string" : isLiteral ? datatype : null;
        assertThat(fast(subject, predicate, object, type, language, direction, graph))
                .isEqualTo(titanium(subject, predicate, object, type, language, direction, graph));
    }

    @Example
    void plainTextIsWrittenAsItIs() throws Exception {
        String quad = fast("_:c14n0", "https://schema.org/name", "Café ☕ \ud83d\ude00", "http://www.w3.org/2001/XMLSchema#string",
                null, null, "_:c14n1");
        assertThat(quad).isEqualTo("_:c14n0 <https://schema.org/name> \"Café ☕ \ud83d\ude00\" _:c14n1 .\n");
        assertThat(CanonicalNQuadsWriter.plain("a\"b")).isFalse();
        assertThat(CanonicalNQuadsWriter.plain("a\u007fb")).isFalse();
        assertThat(CanonicalNQuadsWriter.plain("a\tb")).isFalse();
        assertThat(CanonicalNQuadsWriter.plain("a\\b")).isFalse();
        assertThat(CanonicalNQuadsWriter.plain("a\u0080b")).isTrue();
    }

    private static String fast(String s, String p, String o, String dt, String lang, String dir, String g)
            throws Exception {
        StringWriter out = new StringWriter();
        new CanonicalNQuadsWriter(out).quad(s, p, o, dt, lang, dir, g);
        return out.toString();
    }

    private static String titanium(String s, String p, String o, String dt, String lang, String dir, String g)
            throws Exception {
        StringWriter out = new StringWriter();
        new NQuadsWriter(out).quad(s, p, o, dt, lang, dir, g);
        return out.toString();
    }
}
