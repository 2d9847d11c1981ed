package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.laurel.badges.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance over every official example in shared/openbadges (copied to src/test/resources/ob2 and
 * ob3, see ORIGIN.md there). Each file's expected kind and validity is written down here; {@link #KINDS} and
 * {@link #resource} are shared with the other example tests (e.g. taxonomy classification).
 */
public class ExamplesConformanceTest {

    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** Expected kind of every example file. */
    public static final Map<String, DocumentKind> KINDS = Map.ofEntries(
            entry("ob3/ob_v3p0_docformat-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_equality-and-comparison-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_equality-and-comparison-02.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples-01.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_achievementAlignmentCase-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_achievementAlignmentCe-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_fullOpenBadge-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_skillAssertionCase-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_examples_skillAssertionCtdl-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_extensions-00.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_impl_extensions-03.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_impl_linked-data-proof-clr-01.json", DocumentKind.CLR_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_linked-data-proof-clr-06.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_impl_linked-data-proof-clr-07.json", DocumentKind.CLR_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_migrating-01.json", DocumentKind.OB2_BADGE_CLASS),
            entry("ob3/ob_v3p0_impl_migrating-03.json", DocumentKind.OB2_PROFILE),
            entry("ob3/ob_v3p0_impl_migrating-04.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_recommended-practices-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_recommended-practices-04.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob3/ob_v3p0_impl_recommended-practices-05.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_impl_recommended-practices-06.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_impl_recommended-practices-07.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_integrity-00.json", DocumentKind.NOT_A_BADGE),
            entry("ob3/ob_v3p0_readme-00.json", DocumentKind.OB3_CREDENTIAL),
            entry("ob2/ob_v2p0_examples_index-00.json", DocumentKind.OB2_ASSERTION),
            entry("ob2/ob_v2p0_examples_index-02.json", DocumentKind.OB2_PROFILE),
            entry("ob2/ob_v2p0_examples_index-05.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-06.json", DocumentKind.OB2_ASSERTION),
            entry("ob2/ob_v2p0_examples_index-08.json", DocumentKind.OB2_CRYPTOGRAPHIC_KEY),
            entry("ob2/ob_v2p0_examples_index-09.json", DocumentKind.OB2_REVOCATION_LIST),
            entry("ob2/ob_v2p0_examples_index-10.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-11.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-14.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-15.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-18.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-19.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-20.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-21.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-22.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_examples_index-24.json", DocumentKind.OB2_ENDORSEMENT),
            entry("ob2/ob_v2p0_examples_index-25.json", DocumentKind.OB2_ENDORSEMENT),
            entry("ob2/ob_v2p0_examples_index-26.json", DocumentKind.OB2_ENDORSEMENT),
            entry("ob2/ob_v2p0_extensions_endorsement_index-00.json", DocumentKind.OB2_BADGE_CLASS),
            entry("ob2/ob_v2p0_extensions_endorsement_index-01.json", DocumentKind.OB2_ASSERTION),
            entry("ob2/ob_v2p0_extensions_index-00.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_index-01.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_index-03.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_index-04.json", DocumentKind.OB2_BADGE_CLASS),
            entry("ob2/ob_v2p0_extensions_index-05.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-00.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-01.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-02.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-03.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-04.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-05.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_extensions_licenseExtension_index-06.json", DocumentKind.NOT_A_BADGE),
            entry("ob2/ob_v2p0_index-00.json", DocumentKind.OB2_ASSERTION),
            entry("ob2/ob_v2p0_index-02.json", DocumentKind.OB2_ENDORSEMENT));

    /** The complete OB 3.0 credentials the official schema accepts (CLARIFICATIONS point 4). */
    static final List<String> VALID_OB3 = List.of("docformat-00", "equality-and-comparison-00",
            "equality-and-comparison-02", "examples_achievementAlignmentCase-00", "examples_achievementAlignmentCe-00",
            "examples_basicOpenBadgeCredential-00", "examples_fullOpenBadge-00", "examples_skillAssertionCase-00",
            "examples_skillAssertionCtdl-00", "impl_recommended-practices-00", "impl_recommended-practices-04");

    public static byte[] resource(String name) {
        try (InputStream in = ExamplesConformanceTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> files() {
        return KINDS.keySet().stream().sorted();
    }

    static Stream<String> badges() {
        return files().filter(f -> KINDS.get(f) != DocumentKind.NOT_A_BADGE);
    }

    @Test
    void everyExampleFileHasAnExpectation() throws IOException {
        long files;
        try (Stream<String> ob3 = listing("ob3"); Stream<String> ob2 = listing("ob2")) {
            files = Stream.concat(ob3, ob2).filter(KINDS::containsKey).count();
        }
        assertThat(files).isEqualTo(KINDS.size());
    }

    private static Stream<String> listing(String folder) throws IOException {
        String text = new String(resource(folder + "/ORIGIN.md"), StandardCharsets.UTF_8);
        return text.lines().filter(l -> l.startsWith("| ") && l.contains(".json"))
                .map(l -> folder + "/" + l.substring(2, l.indexOf(' ', 2)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachExampleIsDetectedAsWhatItIs(String file) {
        BadgeDocument doc = BadgeJson.standard().read(resource(file));
        assertThat(doc.kind()).as(file).isEqualTo(KINDS.get(file));
        if (!doc.isBadge()) {
            assertThat(doc.description()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("badges")
    void everyWholeBadgeDocumentRoundTripsWithoutLoss(String file) throws IOException {
        byte[] input = resource(file);
        BadgeDocument doc = BadgeJson.standard().read(input);
        String written = BadgeJson.standard().write(doc.model().orElseThrow());
        JsonNode expected = TREES.readTree(input);
        assertThat(TREES.readTree(written)).as(file).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("validOb3")
    void everyCompleteOfficialCredentialValidates(String file) {
        ValidationResult result = BadgeJson.standard().validate(resource(file));
        assertThat(result.errors()).as(file).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    static Stream<String> validOb3() {
        return VALID_OB3.stream().map(n -> "ob3/ob_v3p0_" + n + ".json");
    }

    @Test
    void examples01FailsForItsRealReasons() {
        ValidationResult result = BadgeJson.standard().validate(resource("ob3/ob_v3p0_examples-01.json"));
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(Problem::path)
                .contains("/credentialSubject/type", "/credentialSubject/achievement");
    }

    @Test
    void readme00FailsBecauseTheSubjectHasNoType() {
        ValidationResult result = BadgeJson.standard().validate(resource("ob3/ob_v3p0_readme-00.json"));
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(Problem::path).contains("/credentialSubject/type");
    }

    @Test
    void migrating04FailsInItsIssuer() {
        ValidationResult result = BadgeJson.standard().validate(resource("ob3/ob_v3p0_impl_migrating-04.json"));
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).allMatch(p -> p.path().startsWith("/issuer"));
    }

    @Test
    void clrCredentialIsReadAsAClrNotAsABadgeItIsNot() {
        // Before CLR support this was "not a badge"; a CLR is now read and validated as what it is (ClrExamplesTest).
        ValidationResult result = BadgeJson.standard().validate(resource("ob3/ob_v3p0_impl_linked-data-proof-clr-01.json"));
        assertThat(result.kind()).isEqualTo(DocumentKind.CLR_CREDENTIAL);
        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void joseHeaderAndLoneProofAreFragments() {
        assertThat(BadgeJson.standard().read(resource("ob3/ob_v3p0_integrity-00.json")).description())
                .contains("JOSE header");
        assertThat(BadgeJson.standard().read(resource("ob3/ob_v3p0_impl_linked-data-proof-clr-06.json")).description())
                .contains("proof");
    }

    @Test
    void ob2IntroductionExampleLacksOnlyTheRequiredHashedFlag() {
        // OB 2.0 IdentityObject: "hashed" is required; the spec's introductory example omits it.
        ValidationResult result = BadgeJson.standard().validate(resource("ob2/ob_v2p0_index-00.json"));
        assertThat(result.errors()).extracting(Problem::path).containsExactly("/recipient/hashed");
    }

    @Test
    void ob2SignedAssertionPayloadValidates() {
        ValidationResult result = BadgeJson.standard().validate(resource("ob2/ob_v2p0_examples_index-06.json"));
        assertThat(result.kind()).isEqualTo(DocumentKind.OB2_ASSERTION);
        assertThat(result.errors()).isEmpty();
    }
}
