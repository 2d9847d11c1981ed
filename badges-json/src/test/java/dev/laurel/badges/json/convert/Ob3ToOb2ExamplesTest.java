package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.laurel.badges.json.convert.Accounting.resource;
import static dev.laurel.badges.json.convert.Accounting.tree;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complete OB 3.0 credentials of the specification (CLARIFICATIONS point 4) converted to OB 2.0: each
 * report lists every property that does not carry over, with its pointer, and what the OB 2.0 form lacks.
 */
class Ob3ToOb2ExamplesTest {

    /** What each conversion reports, written down from the mapping table (docs/CONVERSION.md). */
    static final Map<String, List<String>> REPORTS = Map.ofEntries(
            entry("docformat-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "INFO NO_COUNTERPART /credentialSchema",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("equality-and-comparison-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("equality-and-comparison-02", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("examples_achievementAlignmentCase-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("examples_achievementAlignmentCe-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("examples_basicOpenBadgeCredential-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("examples_fullOpenBadge-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /description",
                    "INFO NO_COUNTERPART /image",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/activityEndDate",
                    "WARNING NO_COUNTERPART /credentialSubject/activityStartDate",
                    "WARNING NO_COUNTERPART /credentialSubject/creditsEarned",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/1/targetType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/achievementType",
                    "INFO NO_COUNTERPART /credentialSubject/achievement/creator",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/creditsAvailable",
                    "INFO NO_COUNTERPART /credentialSubject/achievement/endorsement/0/@context",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/endorsement/0/name",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/endorsement/0/issuer/url",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/endorsement/0/issuer/email",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/endorsement/0/validUntil",
                    "INFO NO_COUNTERPART /credentialSubject/achievement/endorsement/0/credentialSchema",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/endorsement/0/credentialStatus",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/endorsement/0/refreshService",
                    "WARNING SIGNATURE_DROPPED /credentialSubject/achievement/endorsement/0/proof",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/fieldOfStudy",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/humanCode",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/otherIdentifier",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/resultDescription",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/specialization",
                    "WARNING NO_COUNTERPART /credentialSubject/licenseNumber",
                    "WARNING NO_COUNTERPART /credentialSubject/result",
                    "WARNING NO_COUNTERPART /credentialSubject/role",
                    "WARNING NO_COUNTERPART /credentialSubject/source",
                    "WARNING NO_COUNTERPART /credentialSubject/term",
                    "WARNING NO_COUNTERPART /credentialSubject/identifier/1",
                    "WARNING NO_COUNTERPART /credentialSubject/id",
                    "INFO NO_COUNTERPART /endorsement/0/@context",
                    "WARNING NO_COUNTERPART /endorsement/0/name",
                    "ERROR MISSING_IN_SOURCE /endorsement/0/issuer/url",
                    "ERROR MISSING_IN_SOURCE /endorsement/0/issuer/email",
                    "WARNING NO_COUNTERPART /endorsement/0/validUntil",
                    "INFO NO_COUNTERPART /endorsement/0/credentialSchema",
                    "WARNING NO_COUNTERPART /endorsement/0/credentialStatus",
                    "WARNING NO_COUNTERPART /endorsement/0/refreshService",
                    "WARNING SIGNATURE_DROPPED /endorsement/0/proof",
                    "INFO NO_COUNTERPART /credentialSchema",
                    "WARNING NO_COUNTERPART /credentialStatus",
                    "WARNING NO_COUNTERPART /refreshService",
                    "INFO NO_COUNTERPART /issuer/endorsement/0/@context",
                    "WARNING NO_COUNTERPART /issuer/endorsement/0/name",
                    "ERROR MISSING_IN_SOURCE /issuer/endorsement/0/issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/endorsement/0/issuer/email",
                    "WARNING NO_COUNTERPART /issuer/endorsement/0/validUntil",
                    "INFO NO_COUNTERPART /issuer/endorsement/0/credentialSchema",
                    "WARNING NO_COUNTERPART /issuer/endorsement/0/credentialStatus",
                    "WARNING NO_COUNTERPART /issuer/endorsement/0/refreshService",
                    "WARNING SIGNATURE_DROPPED /issuer/endorsement/0/proof",
                    "WARNING NO_COUNTERPART /issuer/address",
                    "WARNING NO_COUNTERPART /issuer/otherIdentifier/0",
                    "WARNING NO_COUNTERPART /issuer/otherIdentifier/1",
                    "WARNING NO_COUNTERPART /issuer/official",
                    "WARNING NO_COUNTERPART /issuer/parentOrg")),
            entry("examples_skillAssertionCase-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "WARNING NO_COUNTERPART /description",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/achievementType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/creator",
                    "INFO NO_COUNTERPART /credentialSchema")),
            entry("examples_skillAssertionCtdl-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/achievementType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/creator",
                    "INFO NO_COUNTERPART /credentialSchema")),
            entry("impl_recommended-practices-00", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/alignment/0/targetType",
                    "ERROR MISSING_IN_SOURCE /credentialSubject/achievement/image",
                    "ERROR MISSING_IN_SOURCE /issuer/url",
                    "ERROR MISSING_IN_SOURCE /issuer/email")),
            entry("impl_recommended-practices-04", List.of(
                    "WARNING NO_COUNTERPART /name",
                    "INFO NO_COUNTERPART /credentialSubject/type",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/achievementType",
                    "WARNING NO_COUNTERPART /credentialSubject/achievement/creator",
                    "INFO NO_COUNTERPART /credentialSchema")));

    static BadgeDocument read(String name) {
        return BadgeJson.standard().read(resource("ob3/ob_v3p0_" + name + ".json"));
    }

    static Stream<String> credentials() {
        return REPORTS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void eachLostPropertyIsReportedWithItsPointer(String name) {
        BadgeDocument doc = read(name);
        ConversionResult<Object> result = Converter.standard().convert(doc, BadgeVersion.V2_0);

        assertThat(result.model()).isInstanceOf(Assertion.class);
        assertThat(result.problems()).extracting(Accounting::brief).containsExactlyInAnyOrderElementsOf(REPORTS.get(name));
        Accounting.assertAccounted(doc.json(), result);
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void theOb2FormIsValidExactlyWhenTheReportHasNoErrors(String name) {
        ConversionResult<Object> result = Converter.standard().convert(read(name), BadgeVersion.V2_0);

        ValidationResult validation = BadgeJson.standard().validate(
                BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
        assertThat(validation.kind()).isEqualTo(DocumentKind.OB2_ASSERTION);
        assertThat(validation.errors()).hasSameSizeAs(result.errors());
        assertThat(validation.valid()).isEqualTo(result.isComplete());
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void theAssertionIsHostedAtTheCredentialsIdWithItsBadgeAndIssuerEmbedded(String name) {
        BadgeDocument doc = read(name);
        JsonNode out = tree(Converter.standard().convert(doc, BadgeVersion.V2_0).model());
        JsonNode in = doc.json();

        JsonNode context = out.get("@context");
        assertThat((context.isArray() ? context.get(0) : context).asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(out.get("type").asText()).isEqualTo("Assertion");
        assertThat(out.get("id")).isEqualTo(in.get("id"));
        assertThat(out.path("verification").path("type").asText()).isEqualTo("hosted");
        JsonNode from = in.has("awardedDate") ? in.get("awardedDate") : in.get("validFrom");
        assertThat(out.get("issuedOn")).isEqualTo(from);
        JsonNode achievement = in.path("credentialSubject").path("achievement");
        assertThat(out.path("badge").get("id")).isEqualTo(achievement.get("id"));
        assertThat(out.path("badge").get("name")).isEqualTo(achievement.get("name"));
        assertThat(out.path("badge").get("description")).isEqualTo(achievement.get("description"));
        JsonNode issuer = in.get("issuer");
        assertThat(out.path("badge").path("issuer").path("id").asText(out.path("badge").path("issuer").asText()))
                .isEqualTo(issuer.path("id").asText(issuer.asText()));
        assertThat(out.path("recipient").path("identity").isTextual()).isTrue();
    }

    @Test
    void contextsBeyondTheVcAndOb3OnesAreCarriedOver() {
        ConversionResult<Object> result = Converter.standard().convert(read("equality-and-comparison-00"),
                BadgeVersion.V2_0);
        assertThat(tree(result.model()).get("@context").toString()).isEqualTo(
                "[\"https://w3id.org/openbadges/v2\",\"https://www.w3.org/2018/credentials/examples/v2\"]");
        assertThat(result.mappings()).contains(new Mapping("/@context/2", "/@context/1"));
    }

    @Test
    void aDidSubjectBecomesAnIdRecipient() {
        JsonNode out = tree(Converter.standard().convert(read("examples_basicOpenBadgeCredential-00"), BadgeVersion.V2_0)
                .model());
        assertThat(out.path("recipient").path("type").asText()).isEqualTo("id");
        assertThat(out.path("recipient").path("identity").asText()).isEqualTo("did:example:ebfeb1f712ebc6f1c276e12ec21");
        assertThat(out.path("recipient").path("hashed").asBoolean(true)).isFalse();
    }

    @Test
    void anEmailIdentifierIsPreferredForTheRecipient() {
        BadgeDocument doc = read("examples_fullOpenBadge-00");
        JsonNode out = tree(Converter.standard().convert(doc, BadgeVersion.V2_0).model());
        assertThat(out.path("recipient").path("type").asText()).isEqualTo("email");
        assertThat(out.path("recipient").path("identity").asText())
                .isEqualTo(doc.json().path("credentialSubject").path("identifier").path(0).path("identityHash").asText());
    }

    @Test
    void anAssertionSurvivesTheRoundTripThroughOb3() {
        BadgeDocument original = BadgeJson.standard().read(resource("ob2/ob_v2p0_index-00.json"));
        OpenBadgeCredential credential = Converter.standard().toV3(original.model(Assertion.class).orElseThrow())
                .model();
        ConversionResult<Assertion> back = Converter.standard().toV2(credential);
        JsonNode in = original.json();
        JsonNode out = tree(back.model());

        assertThat(out.get("id")).isEqualTo(in.get("id"));
        assertThat(out.path("recipient").get("type")).isEqualTo(in.path("recipient").get("type"));
        assertThat(out.path("recipient").get("identity")).isEqualTo(in.path("recipient").get("identity"));
        assertThat(Instant.parse(out.get("issuedOn").asText().replace("+00:00", "Z")))
                .isEqualTo(Instant.parse(in.get("issuedOn").asText().replace("+00:00", "Z")));
        for (String property : new String[] {"id", "name", "description", "image", "criteria"}) {
            assertThat(out.path("badge").get(property)).as(property).isEqualTo(in.path("badge").get(property));
        }
        for (String property : new String[] {"id", "name", "url", "email"}) {
            assertThat(out.path("badge").path("issuer").get(property)).as(property)
                    .isEqualTo(in.path("badge").path("issuer").get(property));
        }
        // The link to the original that OB 3.0 added comes back as evidence, in the OB 2.0 vocabulary.
        assertThat(out.path("evidence").path(0).path("id")).isEqualTo(in.get("id"));
        assertThat(out.path("evidence").path(0).path("type").toString()).isEqualTo("[\"Evidence\",\"Assertion\"]");
        assertThat(back.problems()).extracting(Problem::path).contains("/name");
    }
}
