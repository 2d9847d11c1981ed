package dev.laurel.badges.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.client.ScriptedProvider.Recorded;
import dev.laurel.badges.api.client.ScriptedProvider.Reply;
import dev.laurel.badges.api.provider.ProviderPaths;
import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.PageLinks;
import dev.laurel.badges.api.wire.ServiceDescription;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted backpack on {@link ScriptedProvider} that answers as the OB 3.0 OpenAPI description and the
 * OAuth RFCs say: discovery, 201 registration, a 302 authorization with code and state, a token endpoint
 * that checks client_secret_basic and the PKCE S256 verifier, refresh, revocation, and the resource endpoints
 * with bearer tokens, paging ({@code Link}, {@code X-Total-Count}) and Imsx_StatusInfo errors. Tests replace
 * single routes to script failures.
 */
final class ScriptedBackpack implements AutoCloseable {

    static final String CLIENT_ID = "lms-client";
    /** A secret with characters RFC 6749 2.3.1's form-encoding changes (':' ' ' '%' '+' and non-ASCII). */
    static final String CLIENT_SECRET = "s3:cr t%+é";

    final ScriptedProvider http;
    final WireCodec codec = WireCodec.standard();
    final ObjectMapper mapper = new ObjectMapper();
    final Map<String, String> codeChallenges = new ConcurrentHashMap<>();
    final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();
    final Set<String> validRefreshTokens = ConcurrentHashMap.newKeySet();
    final List<String> revoked = new CopyOnWriteArrayList<>();
    final List<String> credentials = new CopyOnWriteArrayList<>();
    final AtomicInteger issued = new AtomicInteger();
    volatile String profile = "{\"id\":\"https://backpack.example/learner\",\"type\":\"Profile\",\"name\":\"Ada\"}";
    /** What the authorization endpoint answers instead of a code, e.g. {@code access_denied}. */
    volatile String authorizationError;
    volatile long expiresIn = 3600;
    volatile boolean issueRefreshTokens = true;

    ScriptedBackpack() throws IOException {
        http = new ScriptedProvider();
        http.on("GET", ProviderPaths.DISCOVERY, r -> Reply.json(200, codec.write(description())));
        http.on("POST", ProviderPaths.REGISTRATION, this::register);
        http.on("GET", ProviderPaths.AUTHORIZE, this::authorize);
        http.on("POST", ProviderPaths.TOKEN, this::token);
        http.on("POST", ProviderPaths.REVOKE, this::revoke);
        http.on("GET", ProviderPaths.CREDENTIALS, this::list);
        http.on("POST", ProviderPaths.CREDENTIALS, this::upsert);
        http.on("GET", ProviderPaths.PROFILE, r -> authorised(r) ? Reply.json(200, profile) : unauthorized());
        http.on("PUT", ProviderPaths.PROFILE, r -> {
            if (!authorised(r)) {
                return unauthorized();
            }
            profile = r.text();
            return Reply.json(200, profile);
        });
    }

    ServiceDescription description() {
        URI b = http.base();
        return ServiceDescription.builder().info("Scripted backpack", "1.0")
                .policies(URI.create(b + "/terms"), URI.create(b + "/privacy"))
                .endpoints(http.url(ProviderPaths.REGISTRATION), http.url(ProviderPaths.AUTHORIZE),
                        http.url(ProviderPaths.TOKEN), http.url(ProviderPaths.TOKEN))
                .allowLoopbackHttp(true).build();
    }

    private Reply register(Recorded r) throws IOException {
        ObjectNode request = (ObjectNode) mapper.readTree(r.body());
        ObjectNode answer = request.deepCopy();
        answer.put("client_id", CLIENT_ID).put("client_secret", CLIENT_SECRET).put("client_id_issued_at", 1_765_000_000L)
                .put("client_secret_expires_at", 0);
        return Reply.json(201, mapper.writeValueAsString(answer));
    }

    private Reply authorize(Recorded r) {
        Map<String, String> q = r.form();
        String redirect = q.get("redirect_uri");
        String state = q.get("state");
        if (authorizationError != null) {
            return Reply.empty(302).withHeader("Location", redirect + "?error=" + authorizationError
                    + "&error_description=The+learner+said+no&state=" + enc(state));
        }
        assertThat(q).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                .containsEntry("code_challenge_method", "S256");
        String code = "code-" + issued.incrementAndGet();
        codeChallenges.put(code, q.get("code_challenge"));
        return Reply.empty(302).withHeader("Location", redirect + "?code=" + code + "&scope=" + enc(q.get("scope"))
                + "&state=" + enc(state));
    }

    /** The token endpoint: client_secret_basic form-decoded (RFC 6749 2.3.1), PKCE S256, one-time codes. */
    private Reply token(Recorded r) throws Exception {
        if (!clientAuthenticated(r)) {
            return Reply.json(401, "{\"error\":\"invalid_client\"}");
        }
        Map<String, String> form = r.form();
        String grant = form.get("grant_type");
        if ("authorization_code".equals(grant)) {
            String challenge = codeChallenges.remove(form.getOrDefault("code", ""));
            if (challenge == null || !challenge.equals(s256(form.getOrDefault("code_verifier", "")))) {
                return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad code or verifier\"}");
            }
            return tokens(form.get("scope"));
        }
        if ("refresh_token".equals(grant)) {
            if (!validRefreshTokens.remove(form.getOrDefault("refresh_token", ""))) {
                return Reply.json(400, "{\"error\":\"invalid_grant\"}");
            }
            return tokens(form.get("scope"));
        }
        return Reply.json(400, "{\"error\":\"unsupported_grant_type\"}");
    }

    Reply tokens(String scope) throws IOException {
        int n = issued.incrementAndGet();
        String access = "at-" + n;
        String refresh = "rt-" + n;
        validAccessTokens.add(access);
        ObjectNode o = mapper.createObjectNode().put("access_token", access).put("token_type", "Bearer")
                .put("expires_in", expiresIn).put("scope", scope);
        if (issueRefreshTokens) {
            validRefreshTokens.add(refresh);
            o.put("refresh_token", refresh);
        }
        return Reply.json(200, mapper.writeValueAsString(o)).withHeader("Cache-Control", "no-store");
    }

    boolean clientAuthenticated(Recorded r) {
        String auth = r.header("Authorization");
        if (auth == null || !auth.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        String[] parts = decoded.split(":", 2);
        return parts.length == 2 && URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(CLIENT_ID)
                && URLDecoder.decode(parts[1], StandardCharsets.UTF_8).equals(CLIENT_SECRET);
    }

    private Reply revoke(Recorded r) {
        if (!clientAuthenticated(r)) {
            return Reply.json(401, "{\"error\":\"invalid_client\"}");
        }
        String token = r.form().get("token");
        revoked.add(token);
        validAccessTokens.remove(token);
        validRefreshTokens.remove(token);
        return Reply.empty(200);
    }

    boolean authorised(Recorded r) {
        String auth = r.header("Authorization");
        return auth != null && auth.startsWith("Bearer ") && validAccessTokens.contains(auth.substring(7));
    }

    Reply unauthorized() {
        return Reply.json(401, codec.write(StatusInfo.unauthorized("the access token is not valid")))
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"expired\"");
    }

    private Reply list(Recorded r) {
        if (!authorised(r)) {
            return unauthorized();
        }
        Map<String, String> q = r.form();
        int limit = Integer.parseInt(q.getOrDefault("limit", "10"));
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        List<ObjectNode> json = new ArrayList<>();
        List<String> jwts = new ArrayList<>();
        for (String c : credentials.subList(Math.min(offset, credentials.size()),
                Math.min(offset + limit, credentials.size()))) {
            if (c.startsWith("{")) {
                try {
                    json.add((ObjectNode) mapper.readTree(c));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                jwts.add(c);
            }
        }
        PageLinks links = PageLinks.of(http.url(r.uri().toString()), limit, offset, credentials.size());
        return Reply.json(200, codec.write(new CredentialsResponse(json, jwts)))
                .withHeader("Link", links.toHeader()).withHeader("X-Total-Count", String.valueOf(credentials.size()));
    }

    private Reply upsert(Recorded r) {
        if (!authorised(r)) {
            return unauthorized();
        }
        String body = r.text();
        boolean known = credentials.contains(body);
        if (!known) {
            credentials.add(body);
        }
        return Reply.text(known ? 200 : 201, r.header("Content-Type"), body);
    }

    static String s256(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
