package dev.laurel.badges.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.CryptographicKey;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.RevocationList;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.validation.BadgeValidator;
import dev.laurel.badges.core.validation.ValidationCode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The front door of badges-json: reads Open Badges 2.0 and 3.0 documents and CLR 2.0 records (JSON, or a
 * compact JWS/JWT whose payload is one) into the model without loss, writes the model back as the JSON the
 * specifications show, and validates against the official schema and the specification rules.
 *
 * <pre>{@code
 * BadgeJson json = BadgeJson.standard();
 * BadgeDocument doc = json.read(bytes);                      // kind, model, JSON
 * OpenBadgeCredential credential = doc.model(OpenBadgeCredential.class).orElseThrow();
 * String written = json.write(credential);                   // same JSON tree as the input
 * ValidationResult result = json.validate(bytes);            // problems with codes and JSON Pointers
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class BadgeJson {

    /** The {@code $id} of the official OB 3.0 AchievementCredential JSON Schema that ships in the jar. */
    public static final String OB3_SCHEMA_ID = Ob3Schema.SCHEMA_ID;

    /** The {@code $id} of the official CLR 2.0 ClrCredential JSON Schema that ships in the jar. */
    public static final String CLR_SCHEMA_ID = ClrSchema.SCHEMA_ID;

    private static final BadgeJson STANDARD = new BadgeJson(JsonLimits.DEFAULT);

    private static final Map<DocumentKind, Class<?>> MODEL_TYPES = modelTypes();

    private final StrictJson strict;
    private final ObjectWriter writer;
    private final ObjectWriter prettyWriter;

    private BadgeJson(JsonLimits limits) {
        this.strict = StrictJson.of(limits);
        this.writer = strict.mapper().writer();
        this.prettyWriter = strict.mapper().writerWithDefaultPrettyPrinter();
    }

    /** The model type a document of a kind is read as, if any (used by the strict Jackson module too). */
    static Optional<Class<?>> modelType(DocumentKind kind) {
        return Optional.ofNullable(MODEL_TYPES.get(kind));
    }

    /** Tells whether a model type is read from whole documents (it has a kind of its own). */
    static boolean isDocumentType(Class<?> type) {
        return MODEL_TYPES.containsValue(type);
    }

    private static Map<DocumentKind, Class<?>> modelTypes() {
        Map<DocumentKind, Class<?>> types = new EnumMap<>(DocumentKind.class);
        types.put(DocumentKind.OB3_CREDENTIAL, OpenBadgeCredential.class);
        types.put(DocumentKind.OB3_ENDORSEMENT_CREDENTIAL, EndorsementCredential.class);
        types.put(DocumentKind.OB3_PROFILE, dev.laurel.badges.core.model.ob3.Profile.class);
        types.put(DocumentKind.OB3_ACHIEVEMENT, Achievement.class);
        types.put(DocumentKind.CLR_CREDENTIAL, ClrCredential.class);
        types.put(DocumentKind.OB2_ASSERTION, Assertion.class);
        types.put(DocumentKind.OB2_BADGE_CLASS, BadgeClass.class);
        types.put(DocumentKind.OB2_PROFILE, dev.laurel.badges.core.model.ob2.Profile.class);
        types.put(DocumentKind.OB2_REVOCATION_LIST, RevocationList.class);
        types.put(DocumentKind.OB2_CRYPTOGRAPHIC_KEY, CryptographicKey.class);
        types.put(DocumentKind.OB2_ENDORSEMENT, Endorsement.class);
        return Map.copyOf(types);
    }

    /**
     * Returns the instance with the default {@link JsonLimits}.
     *
     * @return the shared instance
     */
    public static BadgeJson standard() {
        return STANDARD;
    }

    /**
     * Returns an instance with other limits.
     *
     * @param limits the limits for untrusted input
     * @return a new instance
     * @throws NullPointerException if {@code limits} is null
     */
    public static BadgeJson withLimits(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(JsonLimits.DEFAULT) ? STANDARD : new BadgeJson(limits);
    }

    /**
     * Returns the limits in force.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return strict.limits();
    }

    /**
     * Returns a Jackson module that reads and writes every model record (OB 2.0 and 3.0, CLR 2.0) in
     * applications' own {@code ObjectMapper}s, e.g. in Spring. Reading through it is lenient: values of
     * the wrong type are kept in the extensions; use {@link #validate(byte[])} to find problems. The same
     * module is registered by {@code ObjectMapper.findAndRegisterModules()} (it is a service);
     * {@link LaurelJacksonModule#strict()} also refuses a document of the wrong kind.
     *
     * @return the module
     */
    public static Module jacksonModule() {
        return new LaurelJacksonModule();
    }

    // ---- reading ----

    /**
     * Reads a document: a JSON object, or a compact JWS/JWT whose payload is one.
     *
     * @param input UTF-8 bytes (a UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are refused with
     *     {@link JsonCode#UNSUPPORTED_ENCODING})
     * @return the document; a well-formed document that is not a badge has kind
     *     {@link DocumentKind#NOT_A_BADGE}
     * @throws BadgeJsonException if the input is not well-formed UTF-8 JSON or JWS within the limits
     * @throws NullPointerException if {@code input} is null
     */
    public BadgeDocument read(byte[] input) {
        Objects.requireNonNull(input, "input");
        StrictJson.requireUtf8(input);
        int start = firstContent(input);
        if (start < input.length && input[start] != '{' && input.length <= strict.limits().maxDocumentBytes()) {
            String text = compactText(input);
            if (text != null) {
                return readJws(text);
            }
        }
        // An object, or something else parsed so that the error says exactly what is wrong.
        return document(asObject(strict.parse(input)), Optional.empty());
    }

    /**
     * Parses untrusted bytes into a Jackson tree under this instance's {@link JsonLimits}, with every
     * safeguard {@link #read(byte[])} applies: UTF-8 only (a UTF-8 byte order mark is skipped; UTF-16 and
     * UTF-32, with or without a byte order mark, are refused), size, nesting, string, number and name
     * limits, no duplicate keys, nothing after the value. Any JSON value is returned (an object, an
     * array, a scalar); nothing is detected or validated. This is the one entry point for other code
     * (key documents, DID documents, status lists, JWK sets) that parses bytes it did not produce.
     *
     * <pre>{@code
     * JsonNode tree = BadgeJson.standard().readTree(fetched.body());
     * }</pre>
     *
     * @param input the bytes, e.g. a fetched document's body
     * @return a new tree the caller owns
     * @throws BadgeJsonException with {@link JsonCode#UNSUPPORTED_ENCODING}, {@link JsonCode#EMPTY_INPUT},
     *     {@link JsonCode#DOCUMENT_TOO_LARGE}, {@link JsonCode#MALFORMED_JSON}, {@link JsonCode#DUPLICATE_KEY},
     *     {@link JsonCode#INVALID_UTF8}, a limit's code or another {@link JsonCode}; its message says what
     *     is wrong and where (line and column, or a JSON Pointer), never the input's text
     * @throws NullPointerException if {@code input} is null
     */
    public JsonNode readTree(byte[] input) {
        Objects.requireNonNull(input, "input");
        return strict.parse(input);
    }

    /**
     * Reads a document from text.
     *
     * @param input the JSON or compact JWS
     * @return the document
     * @throws BadgeJsonException if the input is not well-formed JSON or JWS within the limits
     */
    public BadgeDocument read(String input) {
        Objects.requireNonNull(input, "input");
        return read(input.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a document from a stream, up to the document size limit.
     *
     * @param input the stream; not closed
     * @return the document
     * @throws BadgeJsonException if the stream is too large, unreadable, or not well-formed
     */
    public BadgeDocument read(InputStream input) {
        Objects.requireNonNull(input, "input");
        return read(StrictJson.readBounded(input, strict.limits().maxDocumentBytes()));
    }

    /**
     * Reads a document and returns its model as the expected type.
     *
     * @param input the JSON or compact JWS
     * @param type the model class, e.g. {@code OpenBadgeCredential.class}
     * @param <T> the type
     * @return the model
     * @throws BadgeJsonException if the input cannot be read, or is another kind of document
     *     ({@link JsonCode#NOT_A_BADGE})
     */
    public <T> T read(String input, Class<T> type) {
        BadgeDocument doc = read(input);
        return doc.model(type).orElseThrow(() -> new BadgeJsonException(JsonCode.NOT_A_BADGE,
                "expected " + type.getSimpleName() + " but the document is "
                        + (doc.isBadge() ? "a " + doc.kind().displayName() : doc.description())));
    }

    /**
     * Reads a model record of a given type from a JSON object, without detection.
     *
     * @param json the object
     * @param type the model class
     * @param <T> the type
     * @return the model (values of the wrong type are kept in its extensions)
     * @throws IllegalArgumentException if {@code type} is not a model record
     */
    public <T> T fromJson(ObjectNode json, Class<T> type) {
        requireModel(type);
        return ModelCodec.instance().read(type, json, "", new ArrayList<>());
    }

    /**
     * Reads a document from a parsed JSON object (for callers that already hold a tree).
     *
     * @param json the object
     * @return the document
     */
    public BadgeDocument read(ObjectNode json) {
        Objects.requireNonNull(json, "json");
        return document(json, Optional.empty());
    }

    private BadgeDocument readJws(String compact) {
        String[] parts = compact.split("\\.", -1);
        ObjectNode header = asJwsObject(decodeSegment(parts[0], "header"), "header");
        ObjectNode payload = asJwsObject(decodeSegment(parts[1], "payload"), "payload");
        if (parts[2].isEmpty()) {
            throw new BadgeJsonException(JsonCode.MALFORMED_JWS, "the JWS has no signature (unsecured JWS)");
        }
        CompactJws jws = new CompactJws(compact, header, payload);
        JsonNode vc = payload.get("vc");
        if (vc != null && vc.isObject() && !payload.has("@context")) {
            // VCDM 1.1 VC-JWT: the credential sits in the "vc" claim.
            BadgeDocument doc = document((ObjectNode) vc, Optional.of(jws));
            List<Problem> problems = new ArrayList<>(doc.problems());
            problems.add(Problem.warning(JsonCode.LEGACY_FORM, "",
                    "VC-JWT in the VC Data Model 1.1 form: the credential is in the \"vc\" claim"));
            return new BadgeDocument(doc.kind(), doc.model(), doc.json(), doc.jws(), doc.description(), problems);
        }
        return document(payload, Optional.of(jws));
    }

    private JsonNode decodeSegment(String segment, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            throw new BadgeJsonException(JsonCode.MALFORMED_JWS, "the JWS " + what + " is not base64url");
        }
        try {
            return strict.parse(bytes);
        } catch (BadgeJsonException e) {
            throw new BadgeJsonException(JsonCode.MALFORMED_JWS, "the JWS " + what + " is not JSON: "
                    + e.getMessage(), e.line(), e.column(), e);
        }
    }

    private static ObjectNode asJwsObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new BadgeJsonException(JsonCode.MALFORMED_JWS, "the JWS " + what + " is not a JSON object");
        }
        return (ObjectNode) node;
    }

    private static ObjectNode asObject(JsonNode node) {
        if (!node.isObject()) {
            throw new BadgeJsonException(JsonCode.NOT_AN_OBJECT, "expected a JSON object but found "
                    + (node.isArray() ? "an array" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    private BadgeDocument document(ObjectNode json, Optional<CompactJws> jws) {
        Detector.Detection detection = Detector.detect(json);
        if (detection.kind() == DocumentKind.NOT_A_BADGE) {
            return new BadgeDocument(DocumentKind.NOT_A_BADGE, Optional.empty(), json, jws,
                    detection.description(), List.of());
        }
        if (detection.kind() == DocumentKind.CLR_CREDENTIAL) {
            requireNestedWithinLimit(json);
        }
        List<Problem> problems = new ArrayList<>();
        Object model = ModelCodec.instance().read(MODEL_TYPES.get(detection.kind()), json, "", problems);
        if (detection.legacy()) {
            problems.add(Problem.warning(JsonCode.LEGACY_FORM, "/@context", legacyMessage(json)));
        }
        return new BadgeDocument(detection.kind(), Optional.of(model), json, jws, "", problems);
    }

    /** A CLR may nest at most {@link JsonLimits#maxNestedCredentials()} credentials. */
    private void requireNestedWithinLimit(ObjectNode clr) {
        JsonNode nested = clr.at(ClrSchema.NESTED);
        int count = nested.isArray() ? nested.size() : nested.isMissingNode() || nested.isNull() ? 0 : 1;
        int max = strict.limits().maxNestedCredentials();
        if (count > max) {
            throw new BadgeJsonException(JsonCode.TOO_MANY_NESTED_CREDENTIALS, "the CLR nests " + count
                    + " credentials at " + ClrSchema.NESTED + "; the limit is " + max);
        }
    }

    private static String legacyMessage(ObjectNode json) {
        List<String> contexts = Detector.strings(json.get("@context"));
        if (Detector.strings(json.get("type")).contains(ClrCredential.TYPE)) {
            if (contexts.contains(Detector.VC_V1)) {
                return "VC Data Model 1.1 CLR (context " + Detector.VC_V1 + "); read by the 1.1 rules";
            }
            if (!contexts.contains(Detector.CLR_CONTEXT)) {
                return "a CLR 2.0 context other than " + Detector.CLR_CONTEXT + ": " + contexts.stream()
                        .filter(c -> c.contains("/clr/")).findFirst().orElse("none");
            }
        }
        if (contexts.contains(Detector.VC_V1)) {
            return "VC Data Model 1.1 credential (context " + Detector.VC_V1 + "); read by the 1.1 rules";
        }
        if (contexts.contains(Detector.OB1)) {
            return "Open Badges 1.1 context " + Detector.OB1 + "; read as 2.0";
        }
        return "an OB 3.0 context older than 3.0.3: "
                + contexts.stream().filter(c -> c.startsWith(Detector.OB3_PREFIX)).findFirst().orElse("");
    }

    /**
     * The input, stripped, when it has the compact JWS form ({@link CompactJws#looksCompact(String)} of
     * {@code new String(input, UTF_8).strip()}), else null. When the first and last bytes after ASCII white
     * space are ASCII, stripping finds the same range, and the bytes are checked where they are.
     */
    private static String compactText(byte[] input) {
        int from = 0;
        int to = input.length;
        while (from < to && isAsciiSpace(input[from])) {
            from++;
        }
        while (to > from && isAsciiSpace(input[to - 1])) {
            to--;
        }
        if (to > from && input[from] >= 0 && input[to - 1] >= 0) {
            return CompactJws.looksCompact(input, from, to)
                    ? new String(input, from, to - from, StandardCharsets.ISO_8859_1) : null;
        }
        String text = new String(input, StandardCharsets.UTF_8).strip();
        return CompactJws.looksCompact(text) ? text : null;
    }

    /** ASCII white space as {@link Character#isWhitespace} (and so {@link String#strip()}) sees it. */
    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    private static int firstContent(byte[] input) {
        int i = 0;
        if (input.length >= 3 && (input[0] & 0xff) == 0xEF && (input[1] & 0xff) == 0xBB && (input[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < input.length && (input[i] == ' ' || input[i] == '\n' || input[i] == '\r' || input[i] == '\t')) {
            i++;
        }
        return i;
    }

    // ---- validation ----

    /**
     * Validates an input: well-formedness, what it is, the official OB 3.0 JSON Schema for credentials (the
     * official CLR 2.0 ClrCredential schema for a CLR, and the OB 3.0 one for each credential it nests), the
     * model's constraints and the specification rules. Never throws for bad content: unreadable
     * input is an invalid result with one problem.
     *
     * @param input UTF-8 JSON or a compact JWS
     * @return the result
     * @throws NullPointerException if {@code input} is null
     */
    public ValidationResult validate(byte[] input) {
        BadgeDocument doc;
        try {
            doc = read(input);
        } catch (BadgeJsonException e) {
            return new ValidationResult(DocumentKind.NOT_A_BADGE, Optional.empty(),
                    List.of(Problem.error(e.code(), "", e.getMessage())));
        }
        return validate(doc);
    }

    /**
     * Validates text.
     *
     * @param input JSON or a compact JWS
     * @return the result
     */
    public ValidationResult validate(String input) {
        Objects.requireNonNull(input, "input");
        return validate(input.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Validates a document already read.
     *
     * @param doc the document
     * @return the result
     */
    public ValidationResult validate(BadgeDocument doc) {
        Objects.requireNonNull(doc, "doc");
        if (!doc.isBadge()) {
            return new ValidationResult(DocumentKind.NOT_A_BADGE, Optional.of(doc),
                    List.of(Problem.error(JsonCode.NOT_A_BADGE, "", "not an Open Badge: " + doc.description())));
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> schemaPaths = new HashSet<>();
        if (doc.kind() == DocumentKind.OB3_CREDENTIAL) {
            boolean legacy = Detector.strings(doc.json().get("@context")).contains(Detector.VC_V1);
            for (Problem p : Ob3Schema.validate(doc.json(), legacy)) {
                problems.add(p);
                schemaPaths.add(p.path());
            }
        } else if (doc.kind() == DocumentKind.CLR_CREDENTIAL) {
            for (Problem p : ClrSchema.validate(doc.json())) {
                problems.add(p);
                schemaPaths.add(p.path());
            }
        }
        for (Problem p : doc.problems()) {
            // The schema already says what is wrong with a value of the wrong type.
            if (!(p.code() == JsonCode.WRONG_TYPE && coveredBy(schemaPaths, p.path()))) {
                problems.add(p);
            }
        }
        for (Problem p : BadgeValidator.standard().validate(doc.model().orElseThrow())) {
            boolean duplicate = (p.code() == ValidationCode.REQUIRED_PROPERTY_MISSING
                    || p.code() == ValidationCode.MISSING_TYPE || p.code() == ValidationCode.BLANK_VALUE
                    || p.code() == ValidationCode.INVALID_IRI) && coveredBy(schemaPaths, p.path());
            if (!duplicate) {
                problems.add(p);
            }
        }
        problems.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                : a.path().compareTo(b.path()));
        return new ValidationResult(doc.kind(), Optional.of(doc), problems);
    }

    private static boolean coveredBy(Set<String> schemaPaths, String path) {
        for (String p = path; ; ) {
            if (schemaPaths.contains(p)) {
                return true;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0 || p.isEmpty()) {
                return false;
            }
            p = p.substring(0, slash);
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    // ---- writing ----

    /**
     * Writes a model record as compact JSON.
     *
     * @param model an OB 2.0 or 3.0 model record
     * @return the JSON text
     * @throws IllegalArgumentException if {@code model} is not a model record
     */
    public String write(Object model) {
        return serialize(toJson(model), false);
    }

    /**
     * Writes a model record as indented JSON.
     *
     * @param model an OB 2.0 or 3.0 model record
     * @return the JSON text
     * @throws IllegalArgumentException if {@code model} is not a model record
     */
    public String writePretty(Object model) {
        return serialize(toJson(model), true);
    }

    /**
     * Writes a model record as a Jackson tree.
     *
     * @param model an OB 2.0 or 3.0 model record
     * @return a new object node
     * @throws IllegalArgumentException if {@code model} is not a model record
     */
    public ObjectNode toJson(Object model) {
        Objects.requireNonNull(model, "model");
        requireModel(model.getClass());
        return ModelCodec.instance().write(model);
    }

    /**
     * Writes a JSON tree as text.
     *
     * @param json the tree
     * @param pretty whether to indent
     * @return the text
     */
    public String serialize(JsonNode json, boolean pretty) {
        try {
            return (pretty ? prettyWriter : writer).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void requireModel(Class<?> type) {
        if (!ModelCodec.instance().supports(type)) {
            throw new IllegalArgumentException(type.getName() + " is not an Open Badges model record");
        }
    }
}
