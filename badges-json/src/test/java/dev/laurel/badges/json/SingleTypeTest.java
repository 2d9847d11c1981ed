package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.json.JsonArray;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Address;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.CredentialStatus;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.GeoCoordinates;
import dev.laurel.badges.core.model.ob3.IdentifierEntry;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Proof;
import dev.laurel.badges.core.model.ob3.RefreshService;
import dev.laurel.badges.core.model.ob3.TermsOfUse;
import dev.laurel.badges.core.validation.BadgeValidator;
import dev.laurel.badges.core.validation.ValidationCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The nine OB 3.0 classes whose {@code type} has cardinality 1 (Image, IdentityObject, GeoCoordinates,
 * IdentifierEntry, CredentialSchema, CredentialStatus, Proof, RefreshService, TermsOfUse): built in code they are
 * written with a plain string type, as the official JSON Schema requires, and a document that has an array there
 * is still read without loss.
 */
class SingleTypeTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final String IMAGE_TYPE = "/credentialSubject/achievement/image/type";

    /** A credential built with the builders and factories only, holding each single-typed class. */
    private static OpenBadgeCredential builtCredential() {
        Address address = Address.of("NL", "Utrecht");
        address = new Address(address.type(), address.addressCountry(), address.addressCountryCode(),
                address.addressRegion(), address.addressLocality(), address.streetAddress(),
                address.postOfficeBoxNumber(), address.postalCode(),
                Optional.of(GeoCoordinates.of(new BigDecimal("52.0907"), new BigDecimal("5.1214"))),
                address.extensions());
        Profile issuer = Profile.builder()
                .id("https://example.org/issuers/1")
                .name("Example College")
                .image(Image.of("https://example.org/issuers/1/logo.png", "Example College logo"))
                .address(address)
                .addOtherIdentifier(IdentifierEntry.of("EC-1", IdentifierTypeEnum.SOURCED_ID))
                .build();
        Achievement achievement = Achievement.builder()
                .id("https://example.org/achievements/teamwork")
                .name("Teamwork")
                .description("Collaborates within a group.")
                .criteria(Criteria.ofNarrative("Nominated by peers."))
                .image(Image.of("https://example.org/achievements/teamwork.png"))
                .addOtherIdentifier(IdentifierEntry.of("T-1", IdentifierTypeEnum.IDENTIFIER))
                .build();
        AchievementSubject subject = AchievementSubject.builder()
                .achievement(achievement)
                .addIdentifier(IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "learner@example.org"))
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "learner@example.org", "salt"))
                .build();
        return OpenBadgeCredential.builder()
                .id("urn:uuid:2a1c5b7e-3d6f-4c1a-9e0b-7f3d2c1b0a99")
                .issuer(issuer)
                .validFrom(Instant.parse("2025-01-01T00:00:00Z"))
                .name("Teamwork")
                .image(Image.of("data:image/png;base64,iVBORw0KGgo=", "badge"))
                .credentialSubject(subject)
                .addCredentialSchema(CredentialSchema.of(
                        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                        "1EdTechJsonSchemaValidator2019"))
                .credentialStatus(CredentialStatus.of("https://example.org/credentials/status/1",
                        "1EdTechRevocationList"))
                .refreshService(RefreshService.of("https://example.org/credentials/refresh/1",
                        "1EdTechCredentialRefresh"))
                .addTermsOfUse(TermsOfUse.of("https://example.org/terms", "ext:Policy"))
                .addProof(Proof.dataIntegrity("eddsa-rdfc-2022", Timestamp.parse("2025-01-01T00:00:00Z"),
                        "https://example.org/issuers/1#key-1", "assertionMethod").withProofValue("z3FXQjecWufY46"))
                .build();
    }

    @Test
    void credentialBuiltInCodeIsWrittenWithStringTypesAndPassesTheOfficialSchema() throws Exception {
        String json = BadgeJson.standard().write(builtCredential());

        JsonNode tree = TREES.readTree(json);
        for (String pointer : List.of("/image", "/issuer/image", "/issuer/address/geo", "/issuer/otherIdentifier/0",
                "/credentialSubject/achievement/image", "/credentialSubject/achievement/otherIdentifier/0",
                "/credentialSubject/identifier/0", "/credentialSubject/identifier/1", "/credentialSchema/0",
                "/credentialStatus", "/refreshService", "/termsOfUse/0", "/proof/0")) {
            assertThat(tree.at(pointer + "/type").isTextual()).as(pointer + "/type in " + json).isTrue();
        }
        assertThat(tree.at("/credentialSubject/achievement/image/type").textValue()).isEqualTo("Image");
        assertThat(tree.at("/credentialSubject/identifier/1/type").textValue()).isEqualTo("IdentityObject");
        assertThat(tree.at("/issuer/address/geo/type").textValue()).isEqualTo("GeoCoordinates");
        assertThat(tree.at("/proof/0/type").textValue()).isEqualTo("DataIntegrityProof");

        ValidationResult result = BadgeJson.standard().validate(json);
        assertThat(result.kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
        assertThat(result.errors()).as(json).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void credentialBuiltInCodeSurvivesWriteAndRead() {
        OpenBadgeCredential built = builtCredential();
        BadgeDocument doc = BadgeJson.standard().read(BadgeJson.standard().write(built));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.model(OpenBadgeCredential.class)).contains(built);
    }

    /** The specification's basic credential with an achievement image whose type is written as an array. */
    private static String imageWithArrayType() {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "http://example.com/credentials/3527",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://example.com/issuers/876543", "type": ["Profile"], "name": "Example Corp"},
                 "validFrom": "2010-01-01T00:00:00Z",
                 "name": "Teamwork Badge",
                 "credentialSubject": {
                   "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
                   "type": ["AchievementSubject"],
                   "achievement": {
                     "id": "https://example.com/achievements/21st-century-skills/teamwork",
                     "type": ["Achievement"],
                     "criteria": {"narrative": "Nominated by peers."},
                     "description": "Collaborates within a group.",
                     "name": "Teamwork",
                     "image": {"id": "https://example.com/teamwork.png", "type": ["Image"], "caption": "Teamwork"}
                   }
                 }}
                """;
    }

    @Test
    void imageWithAnArrayTypeIsReadWithoutLossAndReported() throws Exception {
        String input = imageWithArrayType();
        BadgeDocument doc = BadgeJson.standard().read(input);

        assertThat(doc.kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
        assertThat(doc.problems()).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(JsonCode.WRONG_TYPE, IMAGE_TYPE));
        Image image = doc.model(OpenBadgeCredential.class).orElseThrow().credentialSubject().orElseThrow()
                .achievement().orElseThrow().image().orElseThrow();
        assertThat(image.type()).isEmpty();
        assertThat(image.caption()).contains("Teamwork");
        assertThat(image.extensions().properties().get("type"))
                .contains(JsonArray.of(JsonValue.of("Image")));

        String written = BadgeJson.standard().write(doc.model().orElseThrow());
        assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(input));
        assertThat(TREES.readTree(written).at(IMAGE_TYPE).isArray()).isTrue();
    }

    @Test
    void imageWithAnArrayTypeFailsValidationAtItsType() {
        ValidationResult result = BadgeJson.standard().validate(imageWithArrayType());

        assertThat(result.valid()).isFalse();
        // The official schema names it; the reader's WRONG_TYPE and the model's MISSING_TYPE say the same.
        assertThat(result.errors()).isNotEmpty().extracting(Problem::code, Problem::path)
                .containsOnly(tuple(JsonCode.SCHEMA_VIOLATION, IMAGE_TYPE));
        // Without the schema the model's own rule still names the fault.
        OpenBadgeCredential model = result.document().orElseThrow().model(OpenBadgeCredential.class).orElseThrow();
        assertThat(BadgeValidator.standard().validate(model))
                .extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ValidationCode.MISSING_TYPE, IMAGE_TYPE));
    }

    @Test
    void writingNeverTurnsASingleTypeIntoAnArray() {
        ObjectNode image = BadgeJson.standard().toJson(Image.of("https://example.org/i.png"));
        assertThat(image.get("type").isTextual()).isTrue();
        ObjectNode identity = BadgeJson.standard().toJson(
                IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "a@example.org"));
        assertThat(identity.get("type").textValue()).isEqualTo("IdentityObject");
    }
}
