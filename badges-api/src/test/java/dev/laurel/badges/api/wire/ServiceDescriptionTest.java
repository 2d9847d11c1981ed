package dev.laurel.badges.api.wire;

import static dev.laurel.badges.api.wire.WireCodecTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServiceDescriptionTest {

    private static final WireCodec CODEC = WireCodec.standard();
    private static final String FLOW = "/components/securitySchemes/OAuth2ACG/flows/authorizationCode";

    private static ServiceDescription.Builder builder(String base) {
        return ServiceDescription.builder().info("Laurel backpack", "1.0").name("Laurel")
                .policies(URI.create(base + "/terms"), URI.create(base + "/privacy"))
                .image(URI.create(base + "/logo.png"))
                .endpoints(URI.create(base + "/oauth/register"), URI.create(base + "/oauth/authorize"),
                        URI.create(base + "/oauth/token"), URI.create(base + "/oauth/token"))
                .server(URI.create(base + "/ims/ob/v3p0"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsWithTheRequiredShape() throws Exception {
        ServiceDescription d = builder("https://backpack.example").build();
        String json = CODEC.write(d);
        assertThat(CODEC.readServiceDescription(utf8(json), false)).isEqualTo(d);
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
        assertThat(tree.at("/info/x-imssf-privacyPolicyUrl").textValue()).isEqualTo("https://backpack.example/privacy");
        assertThat(tree.at("/components/securitySchemes/OAuth2ACG/type").textValue()).isEqualTo("oauth2");
        assertThat(tree.at("/components/securitySchemes/OAuth2ACG/x-imssf-registrationUrl").textValue())
                .isEqualTo("https://backpack.example/oauth/register");
        assertThat(tree.at(FLOW + "/scopes").size()).isEqualTo(4);
        assertThat(d.scopes().keySet()).containsExactlyElementsOf(Scopes.ALL);
    }

    @Test
    void httpOnlyOnLoopbackAndOnlyWhenAllowed() {
        ServiceDescription loop = builder("http://127.0.0.1:8080").allowLoopbackHttp(true).build();
        byte[] json = utf8(CODEC.write(loop));
        assertThat(CODEC.readServiceDescription(json, true)).isEqualTo(loop);
        assertError(() -> CODEC.readServiceDescription(json, false), WireCode.INVALID_VALUE, "/info/termsOfService");
        assertError(() -> builder("http://localhost:8080").build(), WireCode.INVALID_VALUE, "/info/termsOfService");
        assertError(() -> builder("http://backpack.example").allowLoopbackHttp(true).build(),
                WireCode.INVALID_VALUE, "/info/termsOfService");
        assertThat(builder("http://[::1]:8080").allowLoopbackHttp(true).build().tokenUrl().getPort()).isEqualTo(8080);
    }

    @Test
    void readsTheSpecExampleShapeWithPoliciesInTheScheme() {
        String json = "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"P\",\"version\":\"1\"},\"components\":{"
                + "\"securitySchemes\":{\"OAuth2ACG\":{\"type\":\"oauth2\",\"x-imssf-name\":\"Example Provider\","
                + "\"x-imssf-privacyPolicyUrl\":\"https://p.example/privacy\","
                + "\"x-imssf-registrationUrl\":\"https://p.example/registration\","
                + "\"x-imssf-termsOfServiceUrl\":\"https://p.example/terms\",\"flows\":{\"authorizationCode\":{"
                + "\"tokenUrl\":\"https://p.example/token\",\"authorizationUrl\":\"https://p.example/authorize\","
                + "\"scopes\":{\"" + Scopes.CREDENTIAL_READONLY + "\":\"read\"}}}}}}}";
        ServiceDescription d = CODEC.readServiceDescription(utf8(json), false);
        assertThat(d.privacyPolicyUrl()).isEqualTo(URI.create("https://p.example/privacy"));
        assertThat(d.termsOfService()).isEqualTo(URI.create("https://p.example/terms"));
        assertThat(d.refreshUrl()).isNull();
        assertThat(d.scopes()).containsOnlyKeys(Scopes.CREDENTIAL_READONLY);
    }

    @Test
    void hostileDocumentsGiveTypedErrorsWithPointers() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String good = CODEC.write(builder("https://b.example").build());
        assertError(() -> CODEC.readServiceDescription(utf8(good.substring(0, good.length() / 2)), false),
                WireCode.MALFORMED_JSON, "");
        ObjectNode noToken = (ObjectNode) m.readTree(good);
        ((ObjectNode) noToken.at(FLOW)).remove("tokenUrl");
        assertError(() -> CODEC.readServiceDescription(utf8(noToken.toString()), false),
                WireCode.MISSING_PROPERTY, FLOW + "/tokenUrl");
        ObjectNode badType = (ObjectNode) m.readTree(good);
        ((ObjectNode) badType.at("/info")).put("title", 5);
        assertError(() -> CODEC.readServiceDescription(utf8(badType.toString()), false),
                WireCode.WRONG_TYPE, "/info/title");
        ObjectNode notUri = (ObjectNode) m.readTree(good);
        ((ObjectNode) notUri.at(FLOW)).put("authorizationUrl", "https://b.example/a b");
        assertError(() -> CODEC.readServiceDescription(utf8(notUri.toString()), false),
                WireCode.INVALID_VALUE, FLOW + "/authorizationUrl");
        ObjectNode relative = (ObjectNode) m.readTree(good);
        ((ObjectNode) relative.at("/components/securitySchemes/OAuth2ACG")).put("x-imssf-registrationUrl", "/register");
        assertError(() -> CODEC.readServiceDescription(utf8(relative.toString()), false),
                WireCode.INVALID_VALUE, "/components/securitySchemes/OAuth2ACG/x-imssf-registrationUrl");
        String dup = good.replaceFirst("\\{", "{\"openapi\":\"3.0.0\",");
        assertError(() -> CODEC.readServiceDescription(utf8(dup), false), WireCode.MALFORMED_JSON, "");
    }
}
