package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.json.SureSchema.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiled OB 3.0 schema check held against networknt on every OB 3.0 credential the tests already use:
 * "certainly valid" must never hide a finding, and the valid official examples must be certainly valid (or
 * nothing is gained).
 */
class SureSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every OB 3.0 credential in this module's test resources, plus the benchmark's fixture. */
    static Stream<String> credentials() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (String dir : List.of("ob3", "convert", "convert/expected")) {
            Path folder = Path.of(SureSchemaTest.class.getResource("/" + dir).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".json") && !n.startsWith("ob_v2p0"))
                        .sorted()
                        .forEach(n -> names.add(dir + "/" + n));
            }
        }
        return names.stream();
    }

    static JsonNode read(String name) throws IOException {
        try (InputStream in = SureSchemaTest.class.getResourceAsStream("/" + name)) {
            return StrictJson.of(JsonLimits.DEFAULT).parse(in);
        }
    }

    @Test
    void theOfficialSchemaCompilesFully() {
        // compile() throws on any keyword, format or $ref form it does not know.
        assertThatCode(() -> SureSchema.compileResource(Ob3Schema.RESOURCE)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"maxLength\": 3}", "{\"type\": [\"string\", \"null\"]}", "{\"format\": \"uri\"}",
            "{\"$ref\": \"https://example.org/other.json\"}", "{\"enum\": [1, 2]}", "{\"not\": {}}",
            "{\"properties\": {\"a\": {\"patternProperties\": {}}}}", "{\"$ref\": \"#/$defs/Missing\"}",
            "{\"contains\": {}, \"minContains\": 2}", "{\"type\": \"integer\"}"})
    void anUnknownKeywordOrFormFailsLoudly(String schema) {
        assertThatThrownBy(() -> SureSchema.compile(MAPPER.readTree(schema)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void certainlyValidNeverHidesAFindingAndInvalidIsAlwaysFound(String name) throws IOException {
        JsonNode credential = read(name);
        Verdict verdict = SureSchema.ob3Verdict(credential);
        List<?> engine = Ob3Schema.validateWithEngine(credential, false);
        if (verdict == Verdict.VALID) {
            assertThat(engine).as(name).isEmpty();
        }
        if (verdict == Verdict.INVALID) {
            assertThat(engine).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void everyCredentialNetworkntAcceptsIsCertainlyValid(String name) throws IOException {
        // Not required for correctness, but a valid credential answered "not sure" gains nothing; the repo's
        // own credentials use no doubtful date or number forms, so all of them must take the fast path.
        JsonNode credential = read(name);
        if (Ob3Schema.validateWithEngine(credential, false).isEmpty()) {
            assertThat(SureSchema.ob3Verdict(credential)).as(name).isEqualTo(Verdict.VALID);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ob_v3p0_docformat-00.json", "ob_v3p0_equality-and-comparison-00.json",
            "ob_v3p0_equality-and-comparison-02.json", "ob_v3p0_examples_achievementAlignmentCase-00.json",
            "ob_v3p0_examples_achievementAlignmentCe-00.json", "ob_v3p0_examples_basicOpenBadgeCredential-00.json",
            "ob_v3p0_examples_fullOpenBadge-00.json", "ob_v3p0_examples_skillAssertionCase-00.json",
            "ob_v3p0_examples_skillAssertionCtdl-00.json", "ob_v3p0_impl_recommended-practices-00.json",
            "ob_v3p0_impl_recommended-practices-04.json"})
    void theValidOfficialExamplesTakeTheFastPath(String name) throws IOException {
        assertThat(SureSchema.ob3Verdict(read("ob3/" + name))).isEqualTo(Verdict.VALID);
    }

    @Test
    void theBenchmarkFixtureTakesTheFastPath() throws IOException {
        Path fixture = Path.of("..", "benchmarks", "src", "main", "resources", "fixtures", "ob3-typical.json");
        // Surefire runs in the module folder; a missing fixture fails rather than skips.
        assertThat(Files.exists(fixture)).as("benchmark fixture " + fixture.toAbsolutePath()).isTrue();
        JsonNode credential = MAPPER.readTree(fixture.toFile());
        assertThat(Ob3Schema.validateWithEngine(credential, false)).isEmpty();
        assertThat(SureSchema.ob3Verdict(credential)).isEqualTo(Verdict.VALID);
    }

    @Test
    void theFastPathIsTakenThroughValidate() throws IOException {
        JsonNode invalid = read("ob3/ob_v3p0_examples-01.json");
        assertThat(SureSchema.certainlyValidOb3(invalid)).isFalse();
        assertThat(Ob3Schema.validate(invalid, false)).isEqualTo(Ob3Schema.validateWithEngine(invalid, false));
        JsonNode valid = read("ob3/ob_v3p0_examples_fullOpenBadge-00.json");
        assertThat(SureSchema.certainlyValidOb3(valid)).isTrue();
        assertThat(Ob3Schema.validate(valid, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-01-01T00:00:00Z", "2024-02-29T23:59:59.123456789+05:30", "1999-12-31T12:00:00-08:00",
            "2000-02-29T00:00:00.1Z", "9999-12-31T23:59:59+17:59"})
    void theDateTimeSubsetIsWhatEveryEngineParserAccepts(String text) {
        assertThat(SureSchema.Rfc3339.isPlainDateTime(text)).isTrue();
        // The engine's own format, as networknt calls it (ethlo ITU when present).
        assertThat(new com.networknt.schema.format.DateTimeFormat().matches(null, text)).isTrue();
        assertThatCode(() -> OffsetDateTime.parse(text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-01-01T00:00:00", "2010-01-01t00:00:00Z", "2010-01-01T00:00:00z",
            "2010-01-01T00:00:60Z", "2023-02-29T00:00:00Z", "2010-13-01T00:00:00Z", "2010-00-01T00:00:00Z",
            "2010-01-00T00:00:00Z", "2010-01-01T24:00:00Z", "2010-01-01T00:00:00.Z",
            "2010-01-01T00:00:00.1234567890Z", "2010-01-01T00:00:00-00:00", "2010-01-01T00:00:00+18:00",
            "0999-01-01T00:00:00Z", "2010-01-01 00:00:00Z", "2010-01-01T00:00Z", "+2010-01-01T00:00:00Z",
            "2010-01-01T00:00:00+0100", "2010-1-01T00:00:00Z", "2010-01-01T00:00:00ZZ", ""})
    void anythingDoubtfulIsLeftToTheEngine(String text) {
        assertThat(SureSchema.Rfc3339.isPlainDateTime(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2010-01-01", "2024-02-29", "9999-12-31"})
    void theDateSubsetParses(String text) {
        assertThat(SureSchema.Rfc3339.isPlainDate(text)).isTrue();
        assertThat(new com.networknt.schema.format.DateFormat().matches(null, text)).isTrue();
        assertThatCode(() -> LocalDate.parse(text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2010-01-01T00:00:00Z", "10000-01-01", "2010-1-1", "0000-01-01"})
    void doubtfulDatesAreLeftToTheEngine(String text) {
        assertThat(SureSchema.Rfc3339.isPlainDate(text)).isFalse();
    }
}
