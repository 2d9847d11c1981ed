package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.JsonCode;
import dev.laurel.badges.json.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.laurel.badges.json.convert.Accounting.brief;
import static dev.laurel.badges.json.convert.Accounting.resource;
import static dev.laurel.badges.json.convert.Accounting.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OB 2.0 example assertion of the specification, and the OB 2.0 inputs of the migration guide,
 * converted to OB 3.0: the expected documents are in src/test/resources/convert/expected, the expected
 * reports are written down here.
 */
class Ob2ToOb3ExamplesTest {

    /** The documents the assertions name by IRI, as a caller that fetched them would supply them. */
    static final ReferenceResolver RESOLVER = ReferenceResolver.of(Map.of(
            "https://example.org/robotics-badge.json", read("convert/robotics-badge.json"),
            "https://example.org/organization.json", read("ob2/ob_v2p0_examples_index-02.json"),
            "http://endorser.org/endorsementclass1", read("ob2/ob_v2p0_extensions_endorsement_index-00.json")));

    /** Every OB 2.0 example assertion, with the report its conversion (with the resolver) must give. */
    static final Map<String, List<String>> ASSERTIONS = Map.of(
            "ob_v2p0_examples_index-00.json", List.of(
                    "INFO NO_COUNTERPART /badge/@context",
                    "INFO NO_COUNTERPART /badge/issuer/@context",
                    "WARNING NO_COUNTERPART /badge/issuer/publicKey",
                    "WARNING NO_COUNTERPART /badge/issuer/revocationList",
                    "INFO NO_COUNTERPART /verification"),
            "ob_v2p0_examples_index-06.json", List.of(
                    "INFO NO_COUNTERPART /badge/@context",
                    "INFO NO_COUNTERPART /badge/issuer/@context",
                    "WARNING NO_COUNTERPART /badge/issuer/publicKey",
                    "WARNING NO_COUNTERPART /badge/issuer/revocationList",
                    "WARNING SIGNATURE_DROPPED /verification"),
            "ob_v2p0_extensions_endorsement_index-01.json", List.of(
                    "INFO VALUE_REWRITTEN /issuedOn",
                    "INFO NO_COUNTERPART /badge/@context",
                    "WARNING UNRESOLVED_REFERENCE /badge/issuer"),
            "ob_v2p0_index-00.json", List.of(
                    "INFO VALUE_REWRITTEN /recipient/hashed",
                    "WARNING NO_COUNTERPART /badge/issuer/verification",
                    "INFO NO_COUNTERPART /verification"));

    static BadgeDocument read(String name) {
        return BadgeJson.standard().read(resource(name));
    }

    static Stream<String> assertions() {
        return ASSERTIONS.keySet().stream().sorted();
    }

    @Test
    void everyOb2ExampleAssertionHasAnExpectation() {
        String origin = new String(resource("ob2/ORIGIN.md"), StandardCharsets.UTF_8);
        List<String> assertions = origin.lines().filter(l -> l.startsWith("| ") && l.contains(".json"))
                .map(l -> l.substring(2, l.indexOf(' ', 2)))
                .filter(f -> read("ob2/" + f).kind() == DocumentKind.OB2_ASSERTION)
                .toList();
        assertThat(assertions).containsExactlyInAnyOrderElementsOf(ASSERTIONS.keySet());
    }

    @ParameterizedTest
    @MethodSource("assertions")
    void eachExampleAssertionConvertsToTheExpectedCredential(String file) {
        BadgeDocument doc = read("ob2/" + file);
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0, RESOLVER);

        assertThat(result.model()).isInstanceOf(OpenBadgeCredential.class);
        assertThat(tree(result.model())).isEqualTo(tree(resource("convert/expected/" + file)));
        assertThat(result.problems()).extracting(Accounting::brief)
                .containsExactlyInAnyOrderElementsOf(ASSERTIONS.get(file));
        assertThat(result.isComplete()).isTrue();
        Accounting.assertAccounted(doc.json(), result);
    }

    @ParameterizedTest
    @MethodSource("assertions")
    void eachConvertedExampleValidatesAgainstTheOfficialSchema(String file) {
        ConversionResult<Object> result = Converter.standard().convert(read("ob2/" + file), BadgeVersion.V3_0, RESOLVER);

        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
        assertThat(validation.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ob_v2p0_examples_index-00.json", "ob_v2p0_examples_index-06.json",
            "ob_v2p0_extensions_endorsement_index-01.json"})
    void withoutTheReferencedBadgeClassTheCredentialLacksExactlyWhatItWouldGive(String file) {
        BadgeDocument doc = read("ob2/" + file);
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0);

        assertThat(result.errors()).extracting(Accounting::brief)
                .containsExactly("ERROR UNRESOLVED_REFERENCE /badge");
        assertThat(result.isComplete()).isFalse();
        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.errors()).extracting(Problem::path).containsExactlyInAnyOrder(
                "/credentialSubject/achievement/criteria", "/credentialSubject/achievement/description",
                "/credentialSubject/achievement/name", "/issuer");
        assertThat(validation.errors()).extracting(Problem::code).containsOnly(JsonCode.SCHEMA_VIOLATION);
        Accounting.assertAccounted(doc.json(), result);
    }

    @Test
    void migrationGuideBadgeClassBecomesAnAchievementLinkedToItsOb3Version() {
        BadgeDocument doc = read("ob3/ob_v3p0_impl_migrating-01.json");
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0);

        assertThat(result.model()).isInstanceOf(Achievement.class);
        assertThat(tree(result.model())).isEqualTo(tree(resource("convert/expected/ob_v3p0_impl_migrating-01.json")));
        // The guide's badge class example is abbreviated: it has only id and related.
        assertThat(result.problems()).extracting(Accounting::brief).containsExactlyInAnyOrder(
                "ERROR MISSING_IN_SOURCE /name",
                "ERROR MISSING_IN_SOURCE /description",
                "ERROR MISSING_IN_SOURCE /criteria");
        Accounting.assertAccounted(doc.json(), result);
        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.kind()).isEqualTo(DocumentKind.OB3_ACHIEVEMENT);
        assertThat(validation.errors()).extracting(Problem::path)
                .containsExactlyInAnyOrder("/name", "/description", "/criteria");
    }

    @Test
    void migrationGuideIssuerBecomesAProfileWhoseOtherIdentifierIsItsOb3Id() {
        BadgeDocument doc = read("ob3/ob_v3p0_impl_migrating-03.json");
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0);

        assertThat(tree(result.model())).isEqualTo(tree(resource("convert/expected/ob_v3p0_impl_migrating-03.json")));
        assertThat(result.problems()).extracting(Accounting::brief).containsExactlyInAnyOrder(
                "INFO NO_COUNTERPART /related/0/type",
                "INFO NO_COUNTERPART /related/0/version");
        assertThat(result.isLossless()).isTrue();
        Accounting.assertAccounted(doc.json(), result);
        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.kind()).isEqualTo(DocumentKind.OB3_PROFILE);
        assertThat(validation.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ob_v2p0_examples_index-24.json", "ob_v2p0_examples_index-25.json",
            "ob_v2p0_index-02.json"})
    void exampleEndorsementsConvertButLackTheNameOb3Requires(String file) {
        BadgeDocument doc = read("ob2/" + file);
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0);

        assertThat(result.errors()).extracting(Accounting::brief).containsExactly("ERROR MISSING_IN_SOURCE /name");
        JsonNode out = tree(result.model());
        assertThat(out.path("type")).hasToString("[\"VerifiableCredential\",\"EndorsementCredential\"]");
        assertThat(out.path("credentialSubject").path("id").asText()).isEqualTo(doc.json().path("claim").path("id").asText());
        assertThat(out.path("credentialSubject").path("endorsementComment").asText())
                .isEqualTo(doc.json().path("claim").path("endorsementComment").asText());
        assertThat(out.path("issuer").asText()).isEqualTo(doc.json().path("issuer").asText());
        assertThat(out.path("validFrom").asText()).isEqualTo("2016-12-31T23:59:59+00:00");
        assertThat(out.path("evidence").path(0).path("id").asText()).isEqualTo(doc.json().path("id").asText());
        Accounting.assertAccounted(doc.json(), result);
        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.kind()).isEqualTo(DocumentKind.OB3_ENDORSEMENT_CREDENTIAL);
        assertThat(validation.errors()).extracting(Problem::path).containsExactly("/name");
    }

    @Test
    void claimPropertiesBeyondTheCommentAreCarriedAsExtensionsOfTheSubject() {
        // index-25's claim has evidence, index-02's an email: OB 3.0 EndorsementSubject allows extensions.
        ConversionResult<Object> withEvidence = Converter.standard().convert(read("ob2/ob_v2p0_examples_index-25.json"),
                BadgeVersion.V3_0);
        assertThat(tree(withEvidence.model()).path("credentialSubject").path("evidence").asText())
                .isEqualTo("https://example.org/photos/my-photos-of-the-robot-competition.html");
        assertThat(withEvidence.mappings()).contains(new Mapping("/claim/evidence", "/credentialSubject/evidence"));
    }

    @Test
    void revokedEndorsementIsReportedAsSomethingOb3CannotSayInTheCredential() {
        BadgeDocument doc = read("ob2/ob_v2p0_examples_index-26.json");
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V3_0);

        assertThat(result.problems()).extracting(Accounting::brief).contains(
                "ERROR NO_COUNTERPART /revoked",
                "WARNING NO_COUNTERPART /revocationReason",
                "ERROR MISSING_IN_SOURCE /claim",
                "ERROR MISSING_IN_SOURCE /issuedOn");
        Accounting.assertAccounted(doc.json(), result);
    }
}
