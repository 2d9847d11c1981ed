package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadgeJsonReadingTest {

    private final BadgeJson json = BadgeJson.standard();
    private static final byte[] BASIC = ExamplesConformanceTest.resource(
            "ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json");

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jacksonModuleReadsAndWritesModelRecordsInAnApplicationsMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(BadgeJson.jacksonModule());
        OpenBadgeCredential credential = mapper.readValue(BASIC, OpenBadgeCredential.class);
        assertThat(credential.name()).contains("Teamwork Badge");
        JsonNode written = mapper.readTree(mapper.writeValueAsString(credential));
        assertThat(written).isEqualTo(mapper.readTree(BASIC));
    }

    @Test
    void vcJwtWithTheCredentialAsPayloadIsRead() {
        String jwt = b64("{\"alg\":\"EdDSA\"}") + "." + b64(new String(BASIC, StandardCharsets.UTF_8)) + ".c2ln";
        BadgeDocument doc = json.read(jwt);
        assertThat(doc.kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
        assertThat(doc.jws()).isPresent();
        assertThat(doc.jws().get().algorithm()).isEqualTo("EdDSA");
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void vcJwtInTheVcdm11FormIsReadWithALegacyWarning() {
        String payload = "{\"iss\":\"https://example.com/issuers/876543\",\"vc\":" + new String(BASIC, StandardCharsets.UTF_8) + "}";
        BadgeDocument doc = json.read(b64("{\"alg\":\"RS256\"}") + "." + b64(payload) + ".c2ln");
        assertThat(doc.kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
        assertThat(doc.problems()).extracting(Problem::code).containsExactly(JsonCode.LEGACY_FORM);
    }

    @Test
    void jwsWithAPayloadThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> json.read(b64("{\"alg\":\"RS256\"}") + "." + b64("not json") + ".c2ln"))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> assertThat(e.code()).isEqualTo(JsonCode.MALFORMED_JWS));
    }

    @Test
    void unsecuredJwsIsRefused() {
        assertThatThrownBy(() -> json.read(b64("{\"alg\":\"none\"}") + "." + b64("{}") + "."))
                .isInstanceOf(BadgeJsonException.class);
    }

    @Test
    void arrayAtTheTopIsNotAnObject() {
        assertThatThrownBy(() -> json.read("[1, 2]"))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> assertThat(e.code()).isEqualTo(JsonCode.NOT_AN_OBJECT));
    }

    @Test
    void readAsTheWrongTypeSaysWhatTheDocumentIs() {
        String text = new String(BASIC, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(text, dev.laurel.badges.core.model.ob2.Assertion.class))
                .isInstanceOfSatisfying(BadgeJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(JsonCode.NOT_A_BADGE);
                    assertThat(e.getMessage()).contains("OpenBadgeCredential");
                });
    }

    @Test
    void vcdm11CredentialValidatesByThe11Rules() {
        String v11 = new String(BASIC, StandardCharsets.UTF_8)
                .replace("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1")
                .replace("\"validFrom\"", "\"issuanceDate\"");
        ValidationResult result = json.validate(v11);
        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).contains(JsonCode.LEGACY_FORM);
    }

    @Test
    void writingANonModelObjectIsTheCallersMistake() {
        assertThatThrownBy(() -> json.write("a string")).isInstanceOf(IllegalArgumentException.class);
    }
}
