package dev.laurel.badges.api.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WireCodecTest {

    private static final String BASE = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final WireCodec CODEC = WireCodec.standard();
    private static final String JWS = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

    private static String resource(String name) {
        try (InputStream in = WireCodecTest.class.getResourceAsStream("/schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an official schema from the test resources; nothing may be fetched. */
    private static JsonSchema schema(String file) {
        String id = BASE + file;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                b -> b.schemaLoaders(l -> l.schemas(Map.of(id, resource(file))))
                        .schemaMappers(m -> m.mappings(iri -> iri.startsWith("http") && !iri.equals(id)
                                ? "classpath:/nonexistent" : iri)));
        return factory.getSchema(SchemaLocation.of(id), SchemaValidatorsConfig.builder().build());
    }

    private static Set<ValidationMessage> validate(String file, String json) throws IOException {
        return schema(file).validate(MAPPER.readTree(json));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode credential() throws IOException {
        return (ObjectNode) MAPPER.readTree(resource("basic-credential.json"));
    }

    // ---- StatusInfo

    @ParameterizedTest
    @EnumSource(StatusInfo.CodeMinorValue.class)
    void everyCodeMinorRoundTripsAndValidates(StatusInfo.CodeMinorValue value) throws IOException {
        StatusInfo s = StatusInfo.failure(value, "what went wrong");
        String json = CODEC.write(s);
        assertThat(validate("ob_v3p0_imsx_statusinfo_schema.json", json)).isEmpty();
        assertThat(CODEC.readStatusInfo(utf8(json))).isEqualTo(s);
    }

    @Test
    void theCodeMinorListIsTheSchemasExactly() throws IOException {
        JsonNode schema = MAPPER.readTree(resource("ob_v3p0_imsx_statusinfo_schema.json"));
        JsonNode values = schema.at("/$defs/Imsx_CodeMinorField/properties/imsx_codeMinorFieldValue/enum");
        List<String> ours = java.util.Arrays.stream(StatusInfo.CodeMinorValue.values())
                .map(StatusInfo.CodeMinorValue::json).toList();
        List<String> theirs = new java.util.ArrayList<>();
        values.forEach(v -> theirs.add(v.textValue()));
        assertThat(ours).containsExactlyInAnyOrderElementsOf(theirs);
    }

    @Test
    void factoriesGiveTheSpecsHttpStatuses() {
        assertThat(StatusInfo.invalidData("x").httpStatus()).isEqualTo(400);
        assertThat(StatusInfo.invalidQueryParameter("x").httpStatus()).isEqualTo(400);
        assertThat(StatusInfo.unauthorized("x").httpStatus()).isEqualTo(401);
        assertThat(StatusInfo.forbidden("x").httpStatus()).isEqualTo(403);
        assertThat(StatusInfo.notFound("x").httpStatus()).isEqualTo(404);
        assertThat(StatusInfo.notAllowed("x").httpStatus()).isEqualTo(405);
        assertThat(StatusInfo.notAcceptable("x").httpStatus()).isEqualTo(406);
        assertThat(StatusInfo.internalServerError("x").httpStatus()).isEqualTo(500);
        assertThat(StatusInfo.serverBusy("x").httpStatus()).isEqualTo(503);
        assertThat(StatusInfo.forbidden("x").codeMajor()).isEqualTo(StatusInfo.CodeMajor.FAILURE);
        assertThat(StatusInfo.forbidden("x").severity()).isEqualTo(StatusInfo.Severity.ERROR);
        assertThat(new StatusInfo(StatusInfo.CodeMajor.SUCCESS, StatusInfo.Severity.STATUS, null, List.of())
                .httpStatus()).isEqualTo(200);
    }

    @Test
    void aMinimalStatusRoundTripsAndValidates() throws IOException {
        StatusInfo s = new StatusInfo(StatusInfo.CodeMajor.PROCESSING, StatusInfo.Severity.WARNING, null, List.of());
        String json = CODEC.write(s);
        assertThat(json).isEqualTo("{\"imsx_codeMajor\":\"processing\",\"imsx_severity\":\"warning\"}");
        assertThat(validate("ob_v3p0_imsx_statusinfo_schema.json", json)).isEmpty();
        assertThat(CODEC.readStatusInfo(utf8(json))).isEqualTo(s);
        // The validator is not vacuous: the schema rejects what it must.
        assertThat(validate("ob_v3p0_imsx_statusinfo_schema.json", "{\"imsx_codeMajor\":\"nope\"}")).isNotEmpty();
        assertThat(validate("ob_v3p0_getopenbadgecredentialsresponse_schema.json",
                "{\"compactJwsString\":[\"a.b\"],\"credential\":[{}]}")).isNotEmpty();
    }

    @Test
    void readsTheSingleObjectAndLanguageMapForms() {
        StatusInfo s = CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                + "\"imsx_description\":{\"fr\":\"non\",\"en\":\"no\"},\"imsx_codeMinor\":{\"imsx_codeMinorField\":"
                + "{\"imsx_codeMinorFieldName\":\"sys\",\"imsx_codeMinorFieldValue\":\"not_found\"}}}"));
        assertThat(s.description()).isEqualTo("no");
        assertThat(s.codeMinor()).containsExactly(
                new StatusInfo.CodeMinorField("sys", StatusInfo.CodeMinorValue.NOT_FOUND));
        assertThat(s.httpStatus()).isEqualTo(404);
    }

    @Test
    void hostileStatusInfoGivesTypedErrorsWithPointers() {
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"fail")), WireCode.MALFORMED_JSON, "");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"failure\",\"imsx_codeMajor\":\"success\","
                + "\"imsx_severity\":\"error\"}")), WireCode.MALFORMED_JSON, "");
        assertError(() -> CODEC.readStatusInfo(utf8("[]")), WireCode.WRONG_TYPE, "");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_severity\":\"error\"}")),
                WireCode.MISSING_PROPERTY, "/imsx_codeMajor");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":7,\"imsx_severity\":\"error\"}")),
                WireCode.WRONG_TYPE, "/imsx_codeMajor");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"FAILURE\",\"imsx_severity\":\"error\"}")),
                WireCode.INVALID_VALUE, "/imsx_codeMajor");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                + "\"imsx_codeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"a\","
                + "\"imsx_codeMinorFieldValue\":\"teapot\"}]}}")),
                WireCode.INVALID_VALUE, "/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue");
        assertError(() -> CODEC.readStatusInfo(utf8("{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                + "\"imsx_codeMinor\":{\"imsx_codeMinorField\":[]}}")),
                WireCode.INVALID_VALUE, "/imsx_codeMinor/imsx_codeMinorField");
    }

    // ---- CredentialsResponse

    @Test
    void aResponseRoundTripsLosslesslyAndValidates() throws IOException {
        ObjectNode c = credential();
        c.put("x-extension", "kept as received");
        CredentialsResponse r = new CredentialsResponse(List.of(c), List.of(JWS));
        String json = CODEC.write(r);
        assertThat(validate("ob_v3p0_getopenbadgecredentialsresponse_schema.json",
                CODEC.write(new CredentialsResponse(List.of(credential()), List.of(JWS))))).isEmpty();
        CredentialsResponse back = CODEC.readCredentialsResponse(utf8(json));
        assertThat(back).isEqualTo(r);
        // Reading then writing gives the same JSON tree as received.
        assertThat(MAPPER.readTree(CODEC.write(back))).isEqualTo(MAPPER.readTree(json));
        assertThat(back.credential().get(0).get("x-extension").textValue()).isEqualTo("kept as received");
    }

    @Test
    void theRecordIsImmutable() throws IOException {
        ObjectNode c = credential();
        CredentialsResponse r = new CredentialsResponse(List.of(c), List.of());
        c.put("id", "changed after");
        r.credential().get(0).put("id", "changed through the accessor");
        assertThat(r.credential().get(0)).isEqualTo(credential());
    }

    @Test
    void anEmptyResponseIsAnEmptyObject() throws IOException {
        CredentialsResponse r = new CredentialsResponse(List.of(), List.of());
        assertThat(CODEC.write(r)).isEqualTo("{}");
        assertThat(validate("ob_v3p0_getopenbadgecredentialsresponse_schema.json", "{}")).isEmpty();
        assertThat(CODEC.readCredentialsResponse(utf8("{}"))).isEqualTo(r);
    }

    @Test
    void hostileResponsesGiveTypedErrorsWithPointers() {
        assertError(() -> CODEC.readCredentialsResponse(utf8("{\"credential\":[{\"id\":")), WireCode.MALFORMED_JSON, "");
        assertError(() -> CODEC.readCredentialsResponse(utf8("{\"credential\":[],\"credential\":[]}")),
                WireCode.MALFORMED_JSON, "");
        assertError(() -> CODEC.readCredentialsResponse(utf8("{\"credential\":[{},\"x\"]}")),
                WireCode.WRONG_TYPE, "/credential/1");
        assertError(() -> CODEC.readCredentialsResponse(utf8("{\"compactJwsString\":[\"" + JWS + "\",3]}")),
                WireCode.WRONG_TYPE, "/compactJwsString/1");
        assertError(() -> CODEC.readCredentialsResponse(utf8("{\"compactJwsString\":[\"not a jws\"]}")),
                WireCode.INVALID_VALUE, "/compactJwsString/0");
        assertError(() -> CODEC.readCredentialsResponse(new byte[0]), WireCode.MALFORMED_JSON, "");
        assertError(() -> CODEC.readCredentialsResponse("[".repeat(100_000).getBytes(StandardCharsets.UTF_8)),
                WireCode.MALFORMED_JSON, "");
    }

    static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, WireCode code, String pointer) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WireException.class, e -> {
            assertThat(e.wireCode()).isEqualTo(code);
            assertThat(e.pointer()).isEqualTo(pointer);
        });
    }

    @Test
    void scopesAreTheOpenApiStrings() {
        assertThat(Scopes.ALL).containsExactly(
                "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly",
                "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert",
                "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly",
                "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update");
    }
}
