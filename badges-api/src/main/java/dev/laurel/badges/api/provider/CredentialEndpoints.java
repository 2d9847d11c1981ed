package dev.laurel.badges.api.provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialPage;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.IncomingCredential;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.api.store.StoredProfile;
import dev.laurel.badges.api.store.UpsertResult;
import dev.laurel.badges.api.wire.PageLinks;
import dev.laurel.badges.api.wire.Scopes;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The four resource operations of the OpenAPI description: {@code getCredentials}, {@code upsertCredential},
 * {@code getProfile}, {@code putProfile}. Each checks the bearer token and its scope first.
 */
final class CredentialEndpoints {

    /** The page size when the request names none. */
    static final int DEFAULT_LIMIT = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CredentialStore store;
    private final AccessTokenValidator tokens;
    private final Verifier verifier;
    private final UpsertVerification verification;
    private final BadgeJson json;
    private final WireCodec codec;

    CredentialEndpoints(CredentialStore store, AccessTokenValidator tokens, Verifier verifier,
                        UpsertVerification verification, BadgeJson json, WireCodec codec) {
        this.store = store;
        this.tokens = tokens;
        this.verifier = verifier;
        this.verification = verification;
        this.json = json;
        this.codec = codec;
    }

    ApiResponse getCredentials(ApiRequest request) {
        Authorized auth = Authorized.check(request, Scopes.CREDENTIAL_READONLY, tokens, codec);
        if (auth.refused()) {
            return auth.refusal();
        }
        CredentialQuery query;
        try {
            query = query(request);
        } catch (IllegalArgumentException e) {
            return status(StatusInfo.invalidQueryParameter(e.getMessage()));
        }
        CredentialPage page = store.list(auth.grant().owner(), query);
        PageLinks links = PageLinks.of(request.uri(), query.limit(), query.offset(), page.total());
        return ApiResponse.json(200, listBody(page))
                .withHeader(PageLinks.TOTAL_COUNT_HEADER, Long.toString(page.total()))
                .withHeader(PageLinks.LINK_HEADER, links.toHeader());
    }

    ApiResponse upsertCredential(ApiRequest request) {
        Authorized auth = Authorized.check(request, Scopes.CREDENTIAL_UPSERT, tokens, codec);
        if (auth.refused()) {
            return auth.refusal();
        }
        String mediaType = mediaType(request);
        CredentialFormat format;
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            format = CredentialFormat.JSON;
        } else if (mediaType.equals("text/plain") || mediaType.equals("application/jwt") || mediaType.endsWith("+jwt")) {
            // text/plain is the OpenAPI description's; the JWT media types (RFC 7519, VC-JOSE-COSE's vc+jwt) say
            // the same, and a client that sends them means a compact VC-JWT.
            format = CredentialFormat.JWT;
        } else {
            return status(StatusInfo.invalidData("Content-Type must be application/json (a credential) or "
                    + "text/plain (a VC-JWT), not " + (mediaType.isEmpty() ? "none" : mediaType)));
        }
        byte[] body = request.body();
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            return status(StatusInfo.invalidData("the body is not UTF-8"));
        }
        IncomingCredential.Read read;
        try {
            read = IncomingCredential.read(format, text.get(), json);
        } catch (StoreException e) {
            return status(StatusInfo.invalidData(e.getMessage() + (e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")")));
        }
        if (verification == UpsertVerification.VERIFY) {
            // The document read for the store is the one verified: the payload is parsed once.
            VerificationReport report = verifier.verify(read.document(), Optional.empty());
            if (!report.verified()) {
                String failed = report.checks().stream().filter(c -> c.outcome() == Outcome.FAILED).limit(5)
                        .map(CredentialEndpoints::describe).collect(Collectors.joining("; "));
                return status(StatusInfo.invalidData("the credential does not verify: "
                        + (failed.isEmpty() ? "a credential inside it failed" : failed)));
            }
        }
        UpsertResult result = store.upsert(auth.grant().owner(), read.credential());
        // The OpenAPI description: "The response body MUST be the AchievementCredential in the request", also
        // when the backpack keeps a newer equal one (KEPT_NEWER); the header says which happened.
        return new ApiResponse(result.outcome().httpStatus(), java.util.Map.of(), body)
                .withHeader("Content-Type", format == CredentialFormat.JSON ? ApiResponse.JSON : "text/plain;charset=UTF-8")
                .withHeader(Provider.UPSERT_OUTCOME_HEADER, result.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    ApiResponse getProfile(ApiRequest request) {
        Authorized auth = Authorized.check(request, Scopes.PROFILE_READONLY, tokens, codec);
        if (auth.refused()) {
            return auth.refusal();
        }
        Optional<StoredProfile> profile = store.profile(auth.grant().owner());
        return profile.map(p -> ApiResponse.json(200, p.json()))
                .orElseGet(() -> status(StatusInfo.notFound("no profile has been put for this account")));
    }

    ApiResponse putProfile(ApiRequest request) {
        Authorized auth = Authorized.check(request, Scopes.PROFILE_UPDATE, tokens, codec);
        if (auth.refused()) {
            return auth.refusal();
        }
        String mediaType = mediaType(request);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return status(StatusInfo.invalidData("Content-Type must be application/json"));
        }
        Optional<String> text = utf8(request.body());
        if (text.isEmpty()) {
            return status(StatusInfo.invalidData("the body is not UTF-8"));
        }
        Optional<String> problem = profileProblem(text.get());
        if (problem.isPresent()) {
            return status(StatusInfo.invalidData(problem.get()));
        }
        StoredProfile stored = store.putProfile(auth.grant().owner(), text.get());
        return ApiResponse.json(200, stored.json());
    }

    /**
     * The Profile schema's required properties: {@code id} (a URI) and {@code type} containing {@code Profile}.
     * Everything else (extensions included) is kept as sent.
     */
    private Optional<String> profileProblem(String text) {
        JsonNode node;
        try {
            node = json.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.of("the profile is not well-formed JSON: " + e.getMessage());
        }
        if (!node.isObject()) {
            return Optional.of("the profile must be a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank() || !id.asText().contains(":")) {
            return Optional.of("the profile needs an id (a URI) (at /id)");
        }
        JsonNode type = node.get("type");
        boolean profile = type != null && (type.isTextual() ? type.asText().equals("Profile")
                : type.isArray() && java.util.stream.StreamSupport.stream(type.spliterator(), false)
                        .anyMatch(t -> t.isTextual() && t.asText().equals("Profile")));
        return profile ? Optional.empty() : Optional.of("the profile's type must include \"Profile\" (at /type)");
    }

    private static CredentialQuery query(ApiRequest request) {
        Map<String, List<String>> parameters = request.queryParameters();  // decoded once for all three
        int limit = intParameter(parameters, "limit", DEFAULT_LIMIT, 1);
        int offset = intParameter(parameters, "offset", 0, 0);
        CredentialQuery query = CredentialQuery.of(Math.min(limit, CredentialQuery.MAX_LIMIT), offset);
        Optional<String> since = first(parameters, "since");
        return since.isPresent() ? query.since(instant(since.get())) : query;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static int intParameter(Map<String, List<String>> parameters, String name, int absent, int minimum) {
        Optional<String> value = first(parameters, name);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.get().trim());
            if (n < minimum) {
                throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + shorten(value.get()) + "\"");
        }
    }

    /** ISO 8601 as the OpenAPI description writes it ({@code YYYY-MM-DDThh:mm:ss}, read as UTC) or with an offset. */
    private static Instant instant(String value) {
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("since must be an ISO 8601 date-time, not \"" + shorten(v) + "\"");
            }
        }
    }

    /**
     * Writes the stored JSON credentials as they are (each was read as a JSON object when stored). Both lists
     * are always present, empty or not: the schema allows either, and a client that reads {@code credential}
     * without checking for it then works on an empty backpack too.
     */
    private static String listBody(CredentialPage page) {
        StringWriter out = new StringWriter(256 + page.credentials().stream().mapToInt(c -> c.payload().length()).sum());
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("credential");
            for (StoredCredential c : page.credentials()) {
                if (c.format() == CredentialFormat.JSON) {
                    g.writeRawValue(c.payload());
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("compactJwsString");
            for (StoredCredential c : page.credentials()) {
                if (c.format() == CredentialFormat.JWT) {
                    g.writeString(c.payload());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail
        }
        return out.toString();
    }

    private ApiResponse status(StatusInfo info) {
        return ApiResponse.json(info.httpStatus(), codec.write(info));
    }

    private static String describe(Check c) {
        return c.step().id() + (c.path().isEmpty() ? "" : " at " + c.path()) + ": " + c.message();
    }

    private static String mediaType(ApiRequest request) {
        String type = request.header("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
