package dev.laurel.badges.json.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Profile;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.laurel.badges.json.convert.Accounting.resource;
import static dev.laurel.badges.json.convert.Accounting.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conversion rules one at a time, and what hostile or broken input does to them. */
class ConverterTest {

    private static final String ASSERTION = """
            {
              "@context": "https://w3id.org/openbadges/v2",
              "type": "Assertion",
              "id": "https://example.org/assertions/1",
              "recipient": {"type": "email", "hashed": false, "identity": "alice@example.org"},
              "issuedOn": "2024-01-02T03:04:05Z",
              "verification": {"type": "hosted"},
              "badge": {
                "type": "BadgeClass",
                "id": "https://example.org/badges/1",
                "name": "Badge",
                "description": "A badge.",
                "image": "https://example.org/badges/1.png",
                "criteria": {"narrative": "Do it."},
                "issuer": {
                  "type": "Profile",
                  "id": "https://example.org/issuer",
                  "name": "Issuer",
                  "url": "https://example.org",
                  "email": "badges@example.org"
                }
              }
            }""";

    private static final String CREDENTIAL = """
            {
              "@context": ["https://www.w3.org/ns/credentials/v2",
                           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "id": "https://example.org/credentials/1",
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "issuer": {"id": "https://example.org/issuer", "type": ["Profile"], "name": "Issuer",
                         "url": "https://example.org", "email": "badges@example.org"},
              "validFrom": "2024-01-02T03:04:05Z",
              "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [{"type": "IdentityObject", "hashed": false, "identityHash": "alice@example.org",
                                "identityType": "emailAddress"}],
                "achievement": {
                  "id": "https://example.org/badges/1",
                  "type": ["Achievement"],
                  "name": "Badge",
                  "description": "A badge.",
                  "image": {"id": "https://example.org/badges/1.png", "type": "Image"},
                  "criteria": {"narrative": "Do it."}
                }
              }
            }""";

    // ------------------------------------------------------------------ helpers

    private static ObjectNode json(String text) {
        return (ObjectNode) tree(text.getBytes(StandardCharsets.UTF_8));
    }

    private static BadgeDocument doc(JsonNode json) {
        return BadgeJson.standard().read(json.toString());
    }

    private static ConversionResult<Object> toV3(JsonNode json) {
        return Converter.standard().convert(doc(json), BadgeVersion.V3_0);
    }

    private static ConversionResult<Object> toV2(JsonNode json) {
        return Converter.standard().convert(doc(json), BadgeVersion.V2_0);
    }

    private static JsonNode out(ConversionResult<?> result) {
        return tree(result.model());
    }

    private static List<String> briefs(ConversionResult<?> result) {
        return result.problems().stream().map(Accounting::brief).toList();
    }

    private static ValidationResult validate(ConversionResult<?> result) {
        return BadgeJson.standard().validate(BadgeJson.standard().write(result.model()).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ the base cases

    @Test
    void baseAssertionConvertsLosslesslyAndValidates() {
        ObjectNode in = json(ASSERTION);
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).containsExactly("INFO NO_COUNTERPART /verification");
        assertThat(result.isLossless()).isTrue();
        assertThat(validate(result).errors()).isEmpty();
        Accounting.assertAccounted(in, result);
    }

    @Test
    void baseCredentialConvertsLosslesslyAndValidates() {
        ObjectNode in = json(CREDENTIAL);
        ConversionResult<Object> result = toV2(in);

        assertThat(briefs(result)).containsExactly("INFO NO_COUNTERPART /credentialSubject/type");
        assertThat(validate(result).errors()).isEmpty();
        Accounting.assertAccounted(in, result);
    }

    // ------------------------------------------------------------------ same version, documents

    @Test
    void convertingToTheSameVersionGivesTheSameJsonTreeForEveryExample() {
        for (String file : new String[] {"ob2/ob_v2p0_index-00.json", "ob2/ob_v2p0_examples_index-00.json",
                "ob2/ob_v2p0_examples_index-02.json", "ob2/ob_v2p0_examples_index-09.json",
                "ob3/ob_v3p0_examples_fullOpenBadge-00.json", "ob3/ob_v3p0_impl_migrating-04.json",
                "ob3/ob_v3p0_examples-01.json"}) {
            BadgeDocument doc = BadgeJson.standard().read(resource(file));
            ConversionResult<Object> result = Converter.standard().convert(doc, doc.version().orElseThrow());
            assertThat(result.model()).as(file).isSameAs(doc.model().orElseThrow());
            assertThat(tree(result.model())).as(file).isEqualTo(tree(resource(file)));
            assertThat(result.problems()).as(file).isEmpty();
            Accounting.assertAccounted(doc.json(), result);
        }
    }

    @Test
    void aSignedDocumentLosesItsSignatureAndSaysSo() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(ASSERTION.getBytes(StandardCharsets.UTF_8));
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RS256\"}".getBytes(
                StandardCharsets.UTF_8));
        BadgeDocument jws = BadgeJson.standard().read(header + "." + payload + ".c2lnbmF0dXJl");

        ConversionResult<Object> result = Converter.standard().convert(jws, BadgeVersion.V3_0);
        assertThat(result.problems().get(0)).satisfies(p -> {
            assertThat(p.code()).isEqualTo(ConversionCode.SIGNATURE_DROPPED);
            assertThat(p.path()).isEmpty();
        });
        assertThat(Converter.standard().convert(jws, BadgeVersion.V2_0).problems())
                .extracting(Problem::code).containsExactly(ConversionCode.SIGNATURE_DROPPED);
    }

    @Test
    void aRevocationListHasNoOb3Counterpart() {
        BadgeDocument doc = BadgeJson.standard().read(resource("ob2/ob_v2p0_examples_index-09.json"));
        assertThatThrownBy(() -> Converter.standard().convert(doc, BadgeVersion.V3_0))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("RevocationList")
                .satisfies(e -> assertThat(((ConversionException) e).code()).isEqualTo(ConversionCode.UNSUPPORTED_DOCUMENT));
    }

    @Test
    void aCryptographicKeyHasNoOb3Counterpart() {
        BadgeDocument doc = BadgeJson.standard().read(resource("ob2/ob_v2p0_examples_index-08.json"));
        assertThatThrownBy(() -> Converter.standard().convert(doc, BadgeVersion.V3_0))
                .isInstanceOf(ConversionException.class);
    }

    @Test
    void aDocumentThatIsNotABadgeCannotBeConverted() {
        BadgeDocument doc = BadgeJson.standard().read(resource("ob3/ob_v3p0_impl_linked-data-proof-clr-06.json"));
        assertThatThrownBy(() -> Converter.standard().convert(doc, BadgeVersion.V2_0))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("not an Open Badge");
    }

    @Test
    void aClrHasNoCounterpartAsAWholeInEitherVersion() {
        BadgeDocument doc = BadgeJson.standard().read(resource("ob3/ob_v3p0_impl_linked-data-proof-clr-01.json"));
        for (BadgeVersion target : BadgeVersion.values()) {
            assertThatThrownBy(() -> Converter.standard().convert(doc, target))
                    .isInstanceOfSatisfying(ConversionException.class,
                            e -> assertThat(e.code()).isEqualTo(ConversionCode.UNSUPPORTED_DOCUMENT))
                    .hasMessageContaining("CLR");
        }
    }

    @Test
    void nullArgumentsAreTheCallersMistake() {
        BadgeDocument doc = doc(json(ASSERTION));
        assertThatThrownBy(() -> Converter.standard().convert(null, BadgeVersion.V3_0))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
        assertThatThrownBy(() -> Converter.standard().convert(doc, null))
                .isInstanceOf(NullPointerException.class).hasMessage("target");
        assertThatThrownBy(() -> Converter.standard().convert(doc, BadgeVersion.V3_0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("resolver");
        assertThatThrownBy(() -> Converter.standard().toV3((Assertion) null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> Converter.standard().withNewCredentialIds(null))
                .isInstanceOf(NullPointerException.class).hasMessage("ids");
    }

    // ------------------------------------------------------------------ ids

    @Test
    void aNewCredentialIdMustBeAUri() {
        Assertion assertion = doc(json(ASSERTION)).model(Assertion.class).orElseThrow();
        assertThatThrownBy(() -> Converter.standard().withNewCredentialIds(() -> "not a uri").toV3(assertion))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a uri");
    }

    @Test
    void anAssertionIdThatIsNotAnIriIsAnErrorAndNotLinkedAsEvidence() {
        ObjectNode in = json(ASSERTION);
        in.put("id", "assertion-1");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /id");
        assertThat(out(result).has("id")).isFalse();
        assertThat(out(result).has("evidence")).isFalse();
        Accounting.assertAccounted(in, result);
    }

    @Test
    void aHostedOb2AssertionNeedsAnHttpId() {
        ObjectNode in = json(CREDENTIAL);
        in.put("id", "urn:uuid:2b2c9a3e-7c36-4b84-9d5c-1ad0b3d5c2f1");
        ConversionResult<Object> result = toV2(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /id");
        assertThat(validate(result).errors()).extracting(Problem::path).containsExactly("/id");
    }

    // ------------------------------------------------------------------ recipients

    @ParameterizedTest
    @CsvSource({
            "email, alice@example.org, emailAddress",
            "telephone, +15555550100, ext:telephone",
            "url, https://alice.example.org, ext:url",
            "http://schema.org/email, alice@example.org, emailAddress",
            "userName, alice, userName"})
    void recipientTypesBecomeIdentityTypes(String type, String identity, String identityType) {
        ObjectNode in = json(ASSERTION);
        ObjectNode recipient = (ObjectNode) in.get("recipient");
        recipient.put("type", type);
        recipient.put("identity", identity);
        ConversionResult<Object> result = toV3(in);

        JsonNode io = out(result).path("credentialSubject").path("identifier").path(0);
        assertThat(io.path("identityType").asText()).isEqualTo(identityType);
        assertThat(io.path("identityHash").asText()).isEqualTo(identity);
        assertThat(result.isComplete()).isTrue();
        assertThat(validate(result).errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"email, emailAddress", "telephone, ext:telephone", "url, ext:url"})
    void identityTypesComeBackAsTheRecipientTypes(String type, String identityType) {
        ObjectNode in = json(CREDENTIAL);
        ((ObjectNode) in.path("credentialSubject").path("identifier").path(0)).put("identityType", identityType);
        assertThat(out(toV2(in)).path("recipient").path("type").asText()).isEqualTo(type);
    }

    @Test
    void aRecipientTypeOutsideEveryVocabularyIsAnError() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("recipient")).put("type", "http://example.org/vocab#badgeNumber");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /recipient/type");
        assertThat(out(result).path("credentialSubject").has("identifier")).isFalse();
    }

    @Test
    void aHashedIdentityKeepsItsHashAndSalt() {
        ObjectNode in = json(ASSERTION);
        ObjectNode recipient = (ObjectNode) in.get("recipient");
        recipient.put("hashed", true);
        recipient.put("identity", "md5$0123456789abcdef0123456789abcdef");
        recipient.put("salt", "pepper");
        JsonNode io = out(toV3(in)).path("credentialSubject").path("identifier").path(0);

        assertThat(io.path("hashed").asBoolean()).isTrue();
        assertThat(io.path("identityHash").asText()).isEqualTo("md5$0123456789abcdef0123456789abcdef");
        assertThat(io.path("salt").asText()).isEqualTo("pepper");
    }

    @Test
    void aHashedIdentityThatIsNotAHashIsAnError() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("recipient")).put("hashed", true);
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /recipient/identity");
        assertThat(validate(result).valid()).isFalse();
    }

    @Test
    void hashedWrittenAsAStringIsRewrittenAsABoolean() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("recipient")).put("hashed", "false");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("INFO VALUE_REWRITTEN /recipient/hashed");
        assertThat(out(result).path("credentialSubject").path("identifier").path(0).path("hashed").isBoolean()).isTrue();
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void recipientExtensionsHaveNoPlaceInTheClosedIdentityObject() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("recipient")).put("name", "Alice");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("WARNING NO_COUNTERPART /recipient/name");
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void anIdRecipientThatIsNotAnIriIsAnError() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("recipient")).put("type", "id");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /recipient/identity");
        assertThat(out(result).path("credentialSubject").has("id")).isFalse();
    }

    @Test
    void anIdentityTypeOb2HasNoTermForIsKeptAsAnErrorUnlessTheSubjectHasAnId() {
        ObjectNode in = json(CREDENTIAL);
        ((ObjectNode) in.path("credentialSubject").path("identifier").path(0)).put("identityType", "sisSourcedId");
        ConversionResult<Object> kept = toV2(in);
        assertThat(briefs(kept)).contains("ERROR INVALID_VALUE /credentialSubject/identifier/0/identityType");
        assertThat(out(kept).path("recipient").path("type").asText()).isEqualTo("sisSourcedId");
        assertThat(validate(kept).errors()).extracting(Problem::path).containsExactly("/recipient/type");

        ((ObjectNode) in.get("credentialSubject")).put("id", "did:example:alice");
        ConversionResult<Object> withId = toV2(in);
        assertThat(briefs(withId)).contains("WARNING NO_COUNTERPART /credentialSubject/identifier/0");
        assertThat(withId.isComplete()).isTrue();
        assertThat(out(withId).path("recipient").path("identity").asText()).isEqualTo("did:example:alice");
    }

    @Test
    void ob2RecipientRulesThatOb3LacksAreReported() {
        ObjectNode in = json(CREDENTIAL);
        ObjectNode io = (ObjectNode) in.path("credentialSubject").path("identifier").path(0);
        io.put("identityHash", "alice at example dot org");
        assertThat(briefs(toV2(in))).contains("ERROR INVALID_VALUE /credentialSubject/identifier/0/identityHash");

        io.put("identityHash", "sha256$" + "0".repeat(64));
        assertThat(briefs(toV2(in))).contains("ERROR INVALID_VALUE /credentialSubject/identifier/0/identityHash");
    }

    @Test
    void theCredentialImageStandsInForASubjectImageOb2CannotUse() {
        ObjectNode in = json(CREDENTIAL);
        in.set("image", json("{\"id\": \"https://example.org/credentials/1.png\", \"type\": \"Image\"}"));
        ((ObjectNode) in.get("credentialSubject")).set("image", json("{\"type\": \"Image\"}"));
        ConversionResult<Object> result = toV2(in);

        assertThat(out(result).path("image").asText()).isEqualTo("https://example.org/credentials/1.png");
        assertThat(briefs(result)).contains("WARNING INVALID_VALUE /credentialSubject/image");
        Accounting.assertAccounted(in, result);
    }

    @Test
    void ob2CriteriaNeedAnIdOrANarrative() {
        ObjectNode in = json(CREDENTIAL);
        ((ObjectNode) in.path("credentialSubject").path("achievement")).set("criteria", json("{}"));
        ConversionResult<Object> result = toV2(in);

        assertThat(briefs(result)).contains("ERROR MISSING_IN_SOURCE /credentialSubject/achievement/criteria/narrative");
        assertThat(result.isComplete()).isEqualTo(validate(result).valid());
    }

    // ------------------------------------------------------------------ dates

    @Test
    void aUnixTimestampBecomesAZonedDateTime() {
        ObjectNode in = json(ASSERTION);
        in.put("issuedOn", 1483228799L);
        ConversionResult<Object> result = toV3(in);

        assertThat(out(result).path("validFrom").asText()).isEqualTo("2016-12-31T23:59:59Z");
        assertThat(briefs(result)).contains("INFO VALUE_REWRITTEN /issuedOn");
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void aDateTimeWithoutZoneIsReadAsUtc() {
        ObjectNode in = json(ASSERTION);
        in.put("issuedOn", "2024-01-02T03:04:05");
        assertThat(out(toV3(in)).path("validFrom").asText()).isEqualTo("2024-01-02T03:04:05Z");
    }

    @Test
    void aZonedTimeWithoutSecondsIsWrittenInTheRfc3339FormTheSchemaWants() {
        ObjectNode in = json(ASSERTION);
        in.put("issuedOn", "2005-09-04T01:21+02:00");
        ConversionResult<Object> result = toV3(in);

        assertThat(out(result).path("validFrom").asText()).isEqualTo("2005-09-03T23:21:00Z");
        assertThat(briefs(result)).contains("INFO VALUE_REWRITTEN /issuedOn");
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void anUnreadableIssueDateIsAnError() {
        ObjectNode in = json(ASSERTION);
        in.put("issuedOn", "last tuesday");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /issuedOn");
        assertThat(out(result).has("validFrom")).isFalse();
    }

    @Test
    void expiryBeforeIssueIsAnError() {
        ObjectNode in = json(ASSERTION);
        in.put("expires", "2020-01-01T00:00:00Z");
        assertThat(briefs(toV3(in))).contains("ERROR INVALID_VALUE /expires");
    }

    @Test
    void ob2HasOneIssueDateSoADifferentValidFromIsLost() {
        ObjectNode in = json(CREDENTIAL);
        in.put("awardedDate", "2023-06-01T00:00:00Z");
        ConversionResult<Object> result = toV2(in);
        assertThat(out(result).path("issuedOn").asText()).isEqualTo("2023-06-01T00:00:00Z");
        assertThat(briefs(result)).contains("WARNING NO_COUNTERPART /validFrom");

        in.put("awardedDate", "2024-01-02T03:04:05Z");
        assertThat(toV2(in).mappings()).contains(new Mapping("/validFrom", "/issuedOn"),
                new Mapping("/awardedDate", "/issuedOn"));
    }

    @Test
    void aVcdm11CredentialGivesItsIssuanceAndExpirationDates() {
        ObjectNode in = json(CREDENTIAL);
        in.set("@context", json("{\"c\":[\"https://www.w3.org/2018/credentials/v1\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]}").get("c"));
        in.remove("validFrom");
        in.put("issuanceDate", "2022-01-01T00:00:00Z");
        in.put("expirationDate", "2032-01-01T00:00:00Z");
        JsonNode out = out(toV2(in));

        assertThat(out.path("issuedOn").asText()).isEqualTo("2022-01-01T00:00:00Z");
        assertThat(out.path("expires").asText()).isEqualTo("2032-01-01T00:00:00Z");
    }

    // ------------------------------------------------------------------ status, proofs, revocation

    @Test
    void aRevokedAssertionCannotBeCarriedIntoACredential() {
        ObjectNode in = json(ASSERTION);
        in.put("revoked", true);
        in.put("revocationReason", "Issued in error.");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR NO_COUNTERPART /revoked", "WARNING NO_COUNTERPART /revocationReason");
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void aSignedOb2BadgeIsReportedUnsigned() {
        ObjectNode in = json(ASSERTION);
        in.set("verification", json("{\"type\":\"SignedBadge\",\"creator\":\"https://example.org/key\"}"));
        assertThat(briefs(toV3(in))).contains("WARNING SIGNATURE_DROPPED /verification");
    }

    @Test
    void proofsStatusAndResultsAreReportedLost() {
        ObjectNode in = json(CREDENTIAL);
        in.set("proof", json("{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-rdfc-2022\"}"));
        in.set("credentialStatus", json("{\"id\":\"https://example.org/status/1#5\",\"type\":\"BitstringStatusListEntry\"}"));
        ((ObjectNode) in.get("credentialSubject")).set("result", json("{\"r\":[{\"type\":[\"Result\"],\"value\":\"A\"}]}")
                .get("r"));
        ConversionResult<Object> result = toV2(in);

        assertThat(briefs(result)).contains("WARNING SIGNATURE_DROPPED /proof", "WARNING NO_COUNTERPART /credentialStatus",
                "WARNING NO_COUNTERPART /credentialSubject/result");
        assertThat(result.isComplete()).isTrue();
        assertThat(result.isLossless()).isFalse();
    }

    // ------------------------------------------------------------------ references

    @Test
    void theResolverMaySupplyModelRecordsOrDocuments() {
        ObjectNode in = json(ASSERTION);
        JsonNode badge = in.remove("badge");
        in.put("badge", "https://example.org/badges/1");
        BadgeClass badgeClass = BadgeJson.standard().fromJson((ObjectNode) badge, BadgeClass.class);

        ConversionResult<Object> fromRecord = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                ReferenceResolver.of(Map.of("https://example.org/badges/1", badgeClass)));
        ConversionResult<Object> fromDocument = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                iri -> Optional.of(BadgeJson.standard().read(badge.toString())));

        assertThat(fromRecord.isComplete()).isTrue();
        assertThat(out(fromRecord)).isEqualTo(out(fromDocument));
        assertThat(out(fromRecord).path("issuer").path("id").asText()).isEqualTo("https://example.org/issuer");
        assertThat(fromRecord.mappings()).contains(new Mapping("/badge", "/credentialSubject/achievement/id"),
                new Mapping("/badge/name", "/credentialSubject/achievement/name"));
    }

    @Test
    void theResolverSupplyingTheWrongKindOfDocumentIsReportedNotThrown() {
        ObjectNode in = json(ASSERTION);
        in.put("badge", "https://example.org/badges/1");
        Profile profile = BadgeJson.standard().fromJson((ObjectNode) json(ASSERTION).path("badge").path("issuer"),
                Profile.class);
        ConversionResult<Object> result = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                ReferenceResolver.of(Map.of("https://example.org/badges/1", profile)));

        assertThat(briefs(result)).contains("WARNING INVALID_VALUE /badge", "ERROR UNRESOLVED_REFERENCE /badge");
    }

    @Test
    void theResolverSupplyingSomethingThatIsNotABadgeIsReportedNotThrown() {
        ObjectNode in = json(ASSERTION);
        in.put("badge", "https://example.org/badges/1");
        ConversionResult<Object> result = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                iri -> Optional.of("<html>not a badge</html>"));

        assertThat(briefs(result)).contains("WARNING INVALID_VALUE /badge", "ERROR UNRESOLVED_REFERENCE /badge");
    }

    @Test
    void aResolverReturningNullIsTheCallersMistake() {
        ObjectNode in = json(ASSERTION);
        in.put("badge", "https://example.org/badges/1");
        assertThatThrownBy(() -> Converter.standard().convert(doc(in), BadgeVersion.V3_0, iri -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("https://example.org/badges/1");
    }

    @Test
    void aBadgeClassThatNamesItselfAsItsIssuerIsNotResolvedAgain() {
        ObjectNode in = json(ASSERTION);
        ObjectNode badge = (ObjectNode) in.remove("badge");
        badge.put("issuer", "https://example.org/badges/1");
        in.put("badge", "https://example.org/badges/1");
        Map<String, Object> documents = new HashMap<>();
        documents.put("https://example.org/badges/1", BadgeJson.standard().read(badge.toString()));
        ConversionResult<Object> result = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                ReferenceResolver.of(documents));

        assertThat(briefs(result)).filteredOn(b -> b.endsWith(" /badge/issuer"))
                .containsExactly("WARNING UNRESOLVED_REFERENCE /badge/issuer");
        assertThat(out(result).path("issuer").asText()).isEqualTo("https://example.org/badges/1");
    }

    @Test
    @Timeout(20)
    void aCredentialWithFiftyThousandEvidenceEntriesConvertsInLinearTime() {
        ObjectNode in = json(CREDENTIAL);
        com.fasterxml.jackson.databind.node.ArrayNode evidence = in.putArray("evidence");
        for (int i = 0; i < 50_000; i++) {
            evidence.addObject().put("id", "https://example.org/evidence/" + i).putArray("type").add("Evidence");
        }
        dev.laurel.badges.core.model.ob3.OpenBadgeCredential credential = BadgeJson.standard().fromJson(in,
                dev.laurel.badges.core.model.ob3.OpenBadgeCredential.class);
        ConversionResult<Assertion> result = Converter.standard().toV2(credential);

        assertThat(result.model().evidence()).hasSize(50_000);
        assertThat(result.mappings()).contains(new Mapping("/evidence/49999/id", "/evidence/49999"));
    }

    @Test
    void endorsementsNamedByIriAreEmbeddedWhenSuppliedAndReportedWhenNot() {
        ObjectNode in = json(ASSERTION);
        in.put("endorsement", "https://example.org/endorsement-124.json");
        assertThat(briefs(toV3(in))).contains("WARNING UNRESOLVED_REFERENCE /endorsement");

        ConversionResult<Object> resolved = Converter.standard().convert(doc(in), BadgeVersion.V3_0,
                ReferenceResolver.of(Map.of("https://example.org/endorsement-124.json",
                        BadgeJson.standard().read(resource("ob2/ob_v2p0_examples_index-24.json")))));
        JsonNode endorsement = out(resolved).path("endorsement").path(0);
        assertThat(endorsement.path("id").asText()).isEqualTo("https://example.org/endorsement-124.json");
        assertThat(briefs(resolved)).contains("ERROR MISSING_IN_SOURCE /endorsement/name");
    }

    @Test
    void resolverOfCopiesItsMap() {
        Map<String, Object> documents = new HashMap<>();
        ReferenceResolver resolver = ReferenceResolver.of(documents);
        documents.put("https://example.org/x", "x");
        assertThat(resolver.resolve("https://example.org/x")).isEmpty();
        assertThat(ReferenceResolver.none().resolve("https://example.org/x")).isEmpty();
    }

    // ------------------------------------------------------------------ extensions and odd members

    @Test
    void extensionsAreCarriedToTheObjectThatCorrespondsAndMapped() {
        ObjectNode in = json(ASSERTION);
        JsonNode extension = json("""
                {"@context": "https://openbadgespec.org/extensions/applyLinkExtension/context.json",
                 "type": ["Extension", "extensions:ApplyLink"], "url": "http://website.com/apply"}""");
        in.set("extensions:ApplyLink", extension);
        ((ObjectNode) in.get("badge")).set("extensions:ApplyLink", extension);
        ((ObjectNode) in.path("badge").path("issuer")).set("extensions:ApplyLink", extension);
        ((ObjectNode) in.path("badge").path("criteria")).set("extensions:ApplyLink", extension);
        ConversionResult<Object> result = toV3(in);
        JsonNode out = out(result);

        assertThat(out.get("extensions:ApplyLink")).isEqualTo(extension);
        assertThat(out.path("credentialSubject").path("achievement").get("extensions:ApplyLink")).isEqualTo(extension);
        assertThat(out.path("issuer").get("extensions:ApplyLink")).isEqualTo(extension);
        assertThat(out.path("credentialSubject").path("achievement").path("criteria").get("extensions:ApplyLink"))
                .isEqualTo(extension);
        assertThat(result.mappings()).contains(
                new Mapping("/badge/criteria/extensions:ApplyLink", "/credentialSubject/achievement/criteria/extensions:ApplyLink"));
        assertThat(result.isLossless()).isTrue();
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void anExtensionNamedLikeAnOb3PropertyIsAConflictNotCarried() {
        ObjectNode in = json(ASSERTION);
        in.put("validFrom", "1999-01-01T00:00:00Z");
        in.put("credentialSubject", "hijack");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("WARNING NAME_CONFLICT /validFrom", "WARNING NAME_CONFLICT /credentialSubject");
        assertThat(out(result).path("validFrom").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(out(result).path("credentialSubject").isObject()).isTrue();
    }

    @Test
    void extensionNamesWithSlashesAndTildesArePointedAtCorrectly() {
        ObjectNode in = json(ASSERTION);
        in.put("http://example.org/terms/a~b", "value");
        ConversionResult<Object> result = toV3(in);

        assertThat(result.mappings()).contains(new Mapping("/http:~1~1example.org~1terms~1a~0b",
                "/http:~1~1example.org~1terms~1a~0b"));
        Accounting.assertAccounted(in, result);
    }

    @Test
    void aValueOfTheWrongTypeForARequiredPropertyIsAnError() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("badge")).put("name", 42);
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("ERROR INVALID_VALUE /badge/name");
        assertThat(result.isComplete()).isEqualTo(validate(result).valid());
        Accounting.assertAccounted(in, result);
    }

    @Test
    void nullsAndEmptyListsCarryNothingAndSaySo() {
        ObjectNode in = json(ASSERTION);
        in.putNull("narrative");
        in.putArray("evidence");
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("INFO NO_COUNTERPART /narrative", "INFO NO_COUNTERPART /evidence");
        assertThat(result.isLossless()).isTrue();
        Accounting.assertAccounted(in, result);
    }

    @Test
    void theLanguageOfABadgeClassBecomesItsInLanguageInTheSchemasCase() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("badge")).put("@language", "en-us");
        ConversionResult<Object> result = toV3(in);

        assertThat(out(result).path("credentialSubject").path("achievement").path("inLanguage").asText()).isEqualTo("en-US");
        assertThat(briefs(result)).contains("INFO VALUE_REWRITTEN /badge/@language");
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void anImageKeepsIdAndCaptionAndLosesTheRest() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("badge")).set("image", json("""
                {"id": "https://example.org/badges/1.png", "type": "schema:ImageObject", "caption": "A badge",
                 "author": "https://example.org/artist", "extensions:Alt": {"text": "alt"}}"""));
        ConversionResult<Object> result = toV3(in);

        assertThat(out(result).path("credentialSubject").path("achievement").path("image")).isEqualTo(json(
                "{\"id\": \"https://example.org/badges/1.png\", \"type\": \"Image\", \"caption\": \"A badge\"}"));
        assertThat(briefs(result)).contains("WARNING NO_COUNTERPART /badge/image/author",
                "WARNING NO_COUNTERPART /badge/image/extensions:Alt");
        assertThat(validate(result).errors()).isEmpty();
    }

    @Test
    void relatedBadgeClassesKeepIdTypeVersionAndLanguage() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("badge")).set("related", json("""
                {"r": [{"id": "https://example.org/badges/1-es", "@language": "es", "version": 2,
                        "type": "BadgeClass", "name": "Insignia"}]}""").get("r"));
        ConversionResult<Object> result = toV3(in);

        assertThat(out(result).path("credentialSubject").path("achievement").path("related").path(0)).isEqualTo(json("""
                {"id": "https://example.org/badges/1-es", "type": ["Related", "https://w3id.org/openbadges#BadgeClass"],
                 "inLanguage": "es", "version": "2"}"""));
        assertThat(briefs(result)).contains("WARNING NO_COUNTERPART /badge/related/0/name",
                "INFO VALUE_REWRITTEN /badge/related/0/version");
    }

    @Test
    void evidenceKeepsItsPropertiesAndIriTypes() {
        ObjectNode in = json(ASSERTION);
        in.set("evidence", json("""
                {"e": [{"id": "https://example.org/work", "type": ["Evidence", "https://schema.org/CreativeWork"],
                        "name": "Work", "narrative": "Built it.", "genre": "Robot", "audience": "Judges",
                        "extensions:Rating": 5}]}""").get("e"));
        ConversionResult<Object> result = toV3(in);

        JsonNode evidence = out(result).path("evidence").path(0);
        assertThat(evidence.path("type").toString()).isEqualTo("[\"Evidence\",\"https://schema.org/CreativeWork\"]");
        assertThat(evidence.path("genre").asText()).isEqualTo("Robot");
        assertThat(evidence.path("extensions:Rating").asInt()).isEqualTo(5);
        assertThat(result.isLossless()).isTrue();
    }

    @Test
    void anEmbeddedObjectCannotBringItsOwnExtraContext() {
        ObjectNode in = json(ASSERTION);
        ((ObjectNode) in.get("badge")).set("@context", json(
                "{\"c\": [\"https://w3id.org/openbadges/v2\", \"https://example.org/ext.json\"]}").get("c"));
        in.set("@context", json("{\"c\": [\"https://w3id.org/openbadges/v2\", \"https://example.org/top.json\"]}").get("c"));
        ConversionResult<Object> result = toV3(in);

        assertThat(briefs(result)).contains("INFO NO_COUNTERPART /badge/@context/0",
                "WARNING NO_COUNTERPART /badge/@context/1");
        assertThat(out(result).path("@context").path(2).asText()).isEqualTo("https://example.org/top.json");
    }

    // ------------------------------------------------------------------ definitions both ways

    @Test
    void aBadgeClassAndAProfileConvertToStandaloneOb3Documents() {
        BadgeDocument badge = doc(((ObjectNode) json(ASSERTION).get("badge")).put("@context", "https://w3id.org/openbadges/v2"));
        ConversionResult<Achievement> achievement = Converter.standard().toV3(badge.model(BadgeClass.class).orElseThrow());
        assertThat(out(achievement).path("@context").asText()).isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(out(achievement).path("creator").path("id").asText()).isEqualTo("https://example.org/issuer");
        assertThat(validate(achievement).errors()).isEmpty();

        ConversionResult<BadgeClass> back = Converter.standard().toV2(achievement.model());
        assertThat(out(back).path("issuer").path("email").asText()).isEqualTo("badges@example.org");
        assertThat(validate(back).errors()).isEmpty();
    }

    @Test
    void anEndorsementCredentialBecomesAHostedEndorsement() {
        BadgeDocument doc = BadgeJson.standard().read(resource("ob3/ob_v3p0_examples_fullOpenBadge-00.json"));
        EndorsementCredential endorsement = doc.model(dev.laurel.badges.core.model.ob3.OpenBadgeCredential.class)
                .orElseThrow().endorsement().get(0);
        ConversionResult<dev.laurel.badges.core.model.ob2.Endorsement> result = Converter.standard().toV2(endorsement);
        JsonNode out = out(result);

        assertThat(out.path("type").asText()).isEqualTo("Endorsement");
        assertThat(out.path("claim").path("endorsementComment").asText()).isNotBlank();
        assertThat(out.path("verification").path("type").asText()).isEqualTo("hosted");
        assertThat(briefs(result)).contains("WARNING SIGNATURE_DROPPED /proof", "WARNING NO_COUNTERPART /name");
    }

    // ------------------------------------------------------------------ the result record

    @Test
    void theResultTellsCompleteFromLossless() {
        Problem info = Problem.warning(ConversionCode.VALUE_REWRITTEN, "/a", "x");
        ConversionResult<String> withWarning = new ConversionResult<>("m", List.of(info), List.of());
        assertThat(withWarning.isComplete()).isTrue();
        assertThat(withWarning.isLossless()).isFalse();

        Problem error = Problem.error(ConversionCode.MISSING_IN_SOURCE, "/b", "y");
        ConversionResult<String> withError = new ConversionResult<>("m", List.of(error), List.of());
        assertThat(withError.isComplete()).isFalse();
        assertThat(withError.errors()).containsExactly(error);
        assertThat(withError.problems(ConversionCode.MISSING_IN_SOURCE)).containsExactly(error);

        ConversionResult<String> clean = new ConversionResult<>("m",
                List.of(new Problem(ConversionCode.NO_COUNTERPART, Severity.INFO, "/c", "z")), List.of());
        assertThat(clean.isLossless()).isTrue();
    }

    @Test
    void theResultRecordsRejectNulls() {
        assertThatThrownBy(() -> new ConversionResult<>(null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("model");
        assertThatThrownBy(() -> new Mapping(null, "/a")).isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThat(new Mapping("", "/a")).hasToString("/ -> /a");
    }
}
