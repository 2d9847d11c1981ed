package dev.laurel.badges.api.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads and writes the API's JSON wire values. Reading goes through {@link BadgeJson#readTree(byte[])}, so
 * untrusted bodies meet its size, depth and duplicate-key limits; every failure is a {@link WireException}
 * with a JSON Pointer where one value is at fault. Properties the schemas do not define are ignored on
 * reading (a client should not fail on a server's extension) and never written. Thread-safe.
 */
public final class WireCodec {

    /** The schema's pattern for a compact JWS in {@code compactJwsString}. */
    private static final Pattern COMPACT_JWS = Pattern.compile("^[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+$");

    private static final WireCodec STANDARD = new WireCodec(BadgeJson.standard());

    private final BadgeJson json;

    private WireCodec(BadgeJson json) {
        this.json = json;
    }

    /**
     * The codec with {@link BadgeJson#standard()}'s limits.
     *
     * @return the shared codec
     */
    public static WireCodec standard() {
        return STANDARD;
    }

    /**
     * The codec with a caller's {@code BadgeJson} (e.g. other limits).
     *
     * @param json the reader
     * @return a codec
     */
    public static WireCodec with(BadgeJson json) {
        return new WireCodec(Objects.requireNonNull(json, "json"));
    }

    // ---- Imsx_StatusInfo -------------------------------------------------------------------------------

    /**
     * The status as a JSON object: the code minor fields always as an array, the description as a string.
     *
     * @param status the status
     * @return a new object
     */
    public ObjectNode toJson(StatusInfo status) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("imsx_codeMajor", status.codeMajor().json());
        o.put("imsx_severity", status.severity().json());
        if (status.description() != null) {
            o.put("imsx_description", status.description());
        }
        if (!status.codeMinor().isEmpty()) {
            ArrayNode fields = o.putObject("imsx_codeMinor").putArray("imsx_codeMinorField");
            for (StatusInfo.CodeMinorField f : status.codeMinor()) {
                fields.addObject().put("imsx_codeMinorFieldName", f.name())
                        .put("imsx_codeMinorFieldValue", f.value().json());
            }
        }
        return o;
    }

    /**
     * The status as compact JSON text.
     *
     * @param status the status
     * @return the JSON
     */
    public String write(StatusInfo status) {
        return json.serialize(toJson(status), false);
    }

    /**
     * Reads an Imsx_StatusInfo body. Both forms the schema allows are read: {@code imsx_codeMinorField} as one
     * object or an array; {@code imsx_description} and {@code imsx_codeMinorFieldName} as a string or a
     * language map, of which the {@code en} entry (else the first) is kept.
     *
     * @param body the body's bytes
     * @return the status
     * @throws WireException if it is not well-formed or not an Imsx_StatusInfo
     */
    public StatusInfo readStatusInfo(byte[] body) {
        ObjectNode o = object(tree(body), "");
        StatusInfo.CodeMajor major = enumValue(StatusInfo.CodeMajor.class, required(o, "imsx_codeMajor", ""),
                "/imsx_codeMajor");
        StatusInfo.Severity severity = enumValue(StatusInfo.Severity.class, required(o, "imsx_severity", ""),
                "/imsx_severity");
        JsonNode d = o.get("imsx_description");
        String description = d == null ? null : languageString(d, "/imsx_description");
        List<StatusInfo.CodeMinorField> fields = new ArrayList<>();
        JsonNode minor = o.get("imsx_codeMinor");
        if (minor != null) {
            ObjectNode m = object(minor, "/imsx_codeMinor");
            JsonNode f = required(m, "imsx_codeMinorField", "/imsx_codeMinor");
            String at = "/imsx_codeMinor/imsx_codeMinorField";
            if (f.isArray()) {
                if (f.isEmpty()) {
                    throw new WireException(WireCode.INVALID_VALUE, "imsx_codeMinorField is an empty array", at, null);
                }
                for (int i = 0; i < f.size(); i++) {
                    fields.add(codeMinorField(f.get(i), at + "/" + i));
                }
            } else {
                fields.add(codeMinorField(f, at));
            }
        }
        return new StatusInfo(major, severity, description, fields);
    }

    private StatusInfo.CodeMinorField codeMinorField(JsonNode node, String at) {
        ObjectNode f = object(node, at);
        String name = languageString(required(f, "imsx_codeMinorFieldName", at), at + "/imsx_codeMinorFieldName");
        StatusInfo.CodeMinorValue value = enumValue(StatusInfo.CodeMinorValue.class,
                required(f, "imsx_codeMinorFieldValue", at), at + "/imsx_codeMinorFieldValue");
        return new StatusInfo.CodeMinorField(name, value);
    }

    // ---- GetOpenBadgeCredentialsResponse ---------------------------------------------------------------

    /**
     * The response as a JSON object; an empty list is left out (both properties are optional).
     *
     * @param response the response
     * @return a new object
     */
    public ObjectNode toJson(CredentialsResponse response) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (!response.credential().isEmpty()) {
            ArrayNode a = o.putArray("credential");
            response.credential().forEach(a::add);
        }
        if (!response.compactJwsString().isEmpty()) {
            ArrayNode a = o.putArray("compactJwsString");
            response.compactJwsString().forEach(a::add);
        }
        return o;
    }

    /**
     * The response as compact JSON text.
     *
     * @param response the response
     * @return the JSON
     */
    public String write(CredentialsResponse response) {
        return json.serialize(toJson(response), false);
    }

    /**
     * Reads a GetOpenBadgeCredentialsResponse body. Each credential must be a JSON object (it is kept as
     * received, not checked against the AchievementCredential schema: the caller verifies); each compact JWS
     * must match the schema's pattern. A single object or string where the JSON-LD schema allows one is
     * read as a list of one.
     *
     * @param body the body's bytes
     * @return the response
     * @throws WireException if it is not well-formed or not a GetOpenBadgeCredentialsResponse
     */
    public CredentialsResponse readCredentialsResponse(byte[] body) {
        ObjectNode o = object(tree(body), "");
        List<ObjectNode> credentials = oneOrMany(o, "credential", WireCodec::object);
        List<String> jws = oneOrMany(o, "compactJwsString", WireCodec::compactJws);
        return new CredentialsResponse(credentials, jws);
    }

    /** Reads a property the JSON-LD schema allows as one value or an array of them; absent is empty. */
    private static <T> List<T> oneOrMany(ObjectNode o, String name, BiFunction<JsonNode, String, T> read) {
        List<T> values = new ArrayList<>();
        JsonNode v = o.get(name);
        if (v != null && v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                values.add(read.apply(v.get(i), "/" + name + "/" + i));
            }
        } else if (v != null) {
            values.add(read.apply(v, "/" + name));
        }
        return values;
    }

    private static String compactJws(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw wrongType(at, "a string");
        }
        String s = node.textValue();
        if (!COMPACT_JWS.matcher(s).matches()) {
            throw new WireException(WireCode.INVALID_VALUE, "not a compact JWS", at, null);
        }
        return s;
    }

    // ---- ServiceDescriptionDocument --------------------------------------------------------------------

    private static final String SCHEME = "/components/securitySchemes/OAuth2ACG";
    private static final String FLOW = SCHEME + "/flows/authorizationCode";

    /**
     * The discovery document as a JSON object: {@code x-imssf-privacyPolicyUrl} in {@code info}, where the
     * OpenAPI description's OpenApiInfo puts it.
     *
     * @param d the description
     * @return a new object
     */
    public ObjectNode toJson(ServiceDescription d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("openapi", d.openapi());
        if (!d.servers().isEmpty()) {
            ArrayNode servers = o.putArray("servers");
            d.servers().forEach(u -> servers.addObject().put("url", u.toString()));
        }
        ObjectNode info = o.putObject("info");
        info.put("title", d.title()).put("version", d.version()).put("termsOfService", d.termsOfService().toString())
                .put("x-imssf-privacyPolicyUrl", d.privacyPolicyUrl().toString());
        if (d.image() != null) {
            info.put("x-imssf-image", d.image().toString());
        }
        ObjectNode scheme = o.putObject("components").putObject("securitySchemes").putObject("OAuth2ACG");
        scheme.put("type", "oauth2").put("description", "OAuth 2.0 Authorization Code Grant authorization");
        if (d.name() != null) {
            scheme.put("x-imssf-name", d.name());
        }
        scheme.put("x-imssf-registrationUrl", d.registrationUrl().toString());
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", d.authorizationUrl().toString()).put("tokenUrl", d.tokenUrl().toString());
        if (d.refreshUrl() != null) {
            flow.put("refreshUrl", d.refreshUrl().toString());
        }
        ObjectNode scopes = flow.putObject("scopes");
        d.scopes().forEach(scopes::put);
        return o;
    }

    /**
     * The discovery document as compact JSON text.
     *
     * @param d the description
     * @return the JSON
     */
    public String write(ServiceDescription d) {
        return json.serialize(toJson(d), false);
    }

    /**
     * Reads a discovery document. {@code termsOfService} and {@code x-imssf-privacyPolicyUrl} are read from
     * {@code info}, else from the security scheme ({@code x-imssf-termsOfServiceUrl},
     * {@code x-imssf-privacyPolicyUrl}), where the specification's own example has them.
     *
     * @param body the body's bytes
     * @param allowLoopbackHttp whether {@code http} URLs on a loopback host are accepted (development)
     * @return the description
     * @throws WireException if it is not well-formed, lacks a required value, or a URL is not https
     */
    public ServiceDescription readServiceDescription(byte[] body, boolean allowLoopbackHttp) {
        ObjectNode o = object(tree(body), "");
        String openapi = text(required(o, "openapi", ""), "/openapi");
        ObjectNode info = object(required(o, "info", ""), "/info");
        ObjectNode components = object(required(o, "components", ""), "/components");
        ObjectNode schemes = object(required(components, "securitySchemes", "/components"), "/components/securitySchemes");
        ObjectNode scheme = object(required(schemes, "OAuth2ACG", "/components/securitySchemes"), SCHEME);
        if (!"oauth2".equals(text(required(scheme, "type", SCHEME), SCHEME + "/type"))) {
            throw new WireException(WireCode.INVALID_VALUE, "the scheme's type is not oauth2", SCHEME + "/type", null);
        }
        ObjectNode flows = object(required(scheme, "flows", SCHEME), SCHEME + "/flows");
        ObjectNode flow = object(required(flows, "authorizationCode", SCHEME + "/flows"), FLOW);
        Map<String, String> scopes = new java.util.LinkedHashMap<>();
        ObjectNode scopeNode = object(required(flow, "scopes", FLOW), FLOW + "/scopes");
        Iterator<Map.Entry<String, JsonNode>> it = scopeNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            scopes.put(e.getKey(), text(e.getValue(), FLOW + "/scopes/" + e.getKey().replace("~", "~0").replace("/", "~1")));
        }
        List<URI> servers = new ArrayList<>();
        JsonNode s = o.get("servers");
        if (s != null) {
            if (!s.isArray()) {
                throw wrongType("/servers", "an array");
            }
            for (int i = 0; i < s.size(); i++) {
                servers.add(uri(required(object(s.get(i), "/servers/" + i), "url", "/servers/" + i), "/servers/" + i + "/url"));
            }
        }
        ServiceDescription d = new ServiceDescription(openapi, text(required(info, "title", "/info"), "/info/title"),
                text(required(info, "version", "/info"), "/info/version"),
                info.has("termsOfService") || !scheme.has("x-imssf-termsOfServiceUrl")
                        ? uri(required(info, "termsOfService", "/info"), "/info/termsOfService")
                        : uri(scheme.get("x-imssf-termsOfServiceUrl"), SCHEME + "/x-imssf-termsOfServiceUrl"),
                info.has("x-imssf-privacyPolicyUrl") || !scheme.has("x-imssf-privacyPolicyUrl")
                        ? uri(required(info, "x-imssf-privacyPolicyUrl", "/info"), "/info/x-imssf-privacyPolicyUrl")
                        : uri(scheme.get("x-imssf-privacyPolicyUrl"), SCHEME + "/x-imssf-privacyPolicyUrl"),
                info.has("x-imssf-image") ? uri(info.get("x-imssf-image"), "/info/x-imssf-image") : null,
                scheme.has("x-imssf-name") ? text(scheme.get("x-imssf-name"), SCHEME + "/x-imssf-name") : null,
                uri(required(scheme, "x-imssf-registrationUrl", SCHEME), SCHEME + "/x-imssf-registrationUrl"),
                uri(required(flow, "authorizationUrl", FLOW), FLOW + "/authorizationUrl"),
                uri(required(flow, "tokenUrl", FLOW), FLOW + "/tokenUrl"),
                flow.has("refreshUrl") ? uri(flow.get("refreshUrl"), FLOW + "/refreshUrl") : null, scopes, servers);
        checkUrls(d, allowLoopbackHttp);
        return d;
    }

    /** Checks every URL of a description, with the pointer where {@link #toJson(ServiceDescription)} puts it. */
    static void checkUrls(ServiceDescription d, boolean allowLoopbackHttp) {
        ServiceDescription.checkUrl(d.termsOfService(), "/info/termsOfService", allowLoopbackHttp);
        ServiceDescription.checkUrl(d.privacyPolicyUrl(), "/info/x-imssf-privacyPolicyUrl", allowLoopbackHttp);
        if (d.image() != null) {
            ServiceDescription.checkUrl(d.image(), "/info/x-imssf-image", allowLoopbackHttp);
        }
        ServiceDescription.checkUrl(d.registrationUrl(), SCHEME + "/x-imssf-registrationUrl", allowLoopbackHttp);
        ServiceDescription.checkUrl(d.authorizationUrl(), FLOW + "/authorizationUrl", allowLoopbackHttp);
        ServiceDescription.checkUrl(d.tokenUrl(), FLOW + "/tokenUrl", allowLoopbackHttp);
        if (d.refreshUrl() != null) {
            ServiceDescription.checkUrl(d.refreshUrl(), FLOW + "/refreshUrl", allowLoopbackHttp);
        }
        for (int i = 0; i < d.servers().size(); i++) {
            ServiceDescription.checkUrl(d.servers().get(i), "/servers/" + i + "/url", allowLoopbackHttp);
        }
    }

    private static String text(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw wrongType(at, "a string");
        }
        return node.textValue();
    }

    private static URI uri(JsonNode node, String at) {
        try {
            return new URI(text(node, at));
        } catch (URISyntaxException e) {
            throw new WireException(WireCode.INVALID_VALUE, "not a URI", at, null);
        }
    }

    // ---- shared ----------------------------------------------------------------------------------------

    private JsonNode tree(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            return json.readTree(body);
        } catch (BadgeJsonException e) {
            // BadgeJson's messages name the place, never the input's text: safe to pass on.
            throw new WireException(WireCode.MALFORMED_JSON, e.getMessage(), "", e);
        }
    }

    private static ObjectNode object(JsonNode node, String at) {
        if (!(node instanceof ObjectNode)) {
            throw wrongType(at, "an object");
        }
        return (ObjectNode) node;
    }

    private static JsonNode required(ObjectNode o, String name, String at) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            throw new WireException(WireCode.MISSING_PROPERTY, name + " is required", at + "/" + name, null);
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String at) {
        if (!node.isTextual()) {
            throw wrongType(at, "a string");
        }
        // Exact, lower-case spelling only: the schema's enum is case-sensitive.
        String text = node.textValue();
        if (text.equals(text.toLowerCase(Locale.ROOT))) {
            for (E e : type.getEnumConstants()) {
                if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return e;
                }
            }
        }
        throw new WireException(WireCode.INVALID_VALUE, "not one of the schema's values", at, null);
    }

    private static String languageString(JsonNode node, String at) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isObject() && !node.isEmpty()) {
            JsonNode en = node.get("en");
            JsonNode chosen = en != null ? en : node.elements().next();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw wrongType(at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), "a string");
                }
            }
            return chosen.textValue();
        }
        throw wrongType(at, "a string or a language map");
    }

    private static WireException wrongType(String at, String expected) {
        return new WireException(WireCode.WRONG_TYPE, "expected " + expected + (at.isEmpty() ? "" : " at " + at),
                at, null);
    }
}
