package dev.laurel.badges.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The parser's promises: any body gives the parts or its typed error, never another exception; forms round-trip. */
class MultipartParserProperties {

    private static final String BOUNDARY = "----jqwikBoundary42";
    private static final MultipartLimits LIMITS = new MultipartLimits(4096, 8, 256);

    @Property(tries = 2000)
    void anyBytesGivePartsOrTheTypedError(@ForAll @Size(max = 600) byte[] body, @ForAll("contentTypes") String type) {
        parseQuietly(type, body);
    }

    @Property(tries = 2000)
    void aMangledFormGivesPartsOrTheTypedError(@ForAll("forms") List<FormPart> parts, @ForAll int position,
                                               @ForAll byte value, @ForAll("cuts") int cut) {
        byte[] body = encode(parts);
        int at = Math.floorMod(position, body.length);
        body[at] = value;
        byte[] shorter = java.util.Arrays.copyOf(body, Math.max(0, body.length - cut));
        parseQuietly("multipart/form-data; boundary=" + BOUNDARY, shorter);
    }

    @Property(tries = 500)
    void aWellFormedFormRoundTrips(@ForAll("forms") List<FormPart> parts) throws MultipartException {
        byte[] body = encode(parts);
        if (body.length > LIMITS.maxBytes()) {
            return;
        }
        assertThat(MultipartParser.parse("multipart/form-data; boundary=" + BOUNDARY, body, LIMITS))
                .isEqualTo(parts);
    }

    private static void parseQuietly(String type, byte[] body) {
        try {
            List<FormPart> parts = MultipartParser.parse(type, body, LIMITS);
            assertThat(parts.size()).isLessThanOrEqualTo(LIMITS.maxParts());
        } catch (MultipartException e) {
            assertThat(e.code()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.just("multipart/form-data; boundary=" + BOUNDARY),
                Arbitraries.just("multipart/form-data; boundary=\"a b\""),
                Arbitraries.strings().ofMaxLength(80).map(s -> "multipart/form-data; boundary=" + s),
                Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 40);
    }

    @Provide
    Arbitrary<List<FormPart>> forms() {
        Arbitrary<String> names = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<Optional<String>> files = Arbitraries.strings().alpha().numeric().withChars(".-_ ;")
                .ofMaxLength(20).optional();
        Arbitrary<byte[]> contents = Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                .filter(b -> !new String(b, StandardCharsets.ISO_8859_1).contains("\r\n--" + BOUNDARY));
        Arbitrary<FormPart> part = Combinators.combine(names, files, contents)
                .as((n, f, c) -> new FormPart(n, f, f.map(x -> "application/octet-stream"), c));
        return part.list().ofMaxSize(LIMITS.maxParts());
    }

    private static byte[] encode(List<FormPart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FormPart p : parts) {
            String header = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + p.filename().map(f -> "; filename=\"" + f + "\"").orElse("") + "\r\n"
                    + p.contentType().map(t -> "Content-Type: " + t + "\r\n").orElse("") + "\r\n";
            out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
