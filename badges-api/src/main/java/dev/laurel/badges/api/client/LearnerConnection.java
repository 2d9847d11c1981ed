package dev.laurel.badges.api.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.wire.CredentialsResponse;
import dev.laurel.badges.api.wire.PageLinks;
import dev.laurel.badges.api.wire.WireException;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One learner's connection to one provider: the OB 3.0 API's resource operations with that learner's access
 * token ({@code Authorization: Bearer}). Made by {@link Ob3ApiClient#completeAuthorization} or {@link
 * Ob3ApiClient#connect}; holds no token itself (they are in the client's {@link TokenStore}), so it is cheap,
 * immutable and thread-safe.
 *
 * <p>Before a call the access token is refreshed if it expires within the client's leeway and a refresh token
 * is stored; if the provider still answers 401, the token is refreshed once and the call repeated once. A
 * second 401 is {@link ApiClientCode#UNAUTHORIZED}; a refused refresh token is {@link
 * ApiClientCode#INVALID_GRANT} (the learner must authorise again; the dead tokens are removed).
 */
public final class LearnerConnection {

    /** The page size of {@link #allCredentials()}. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The OpenAPI description's pattern for a compact JWS. */
    private static final Pattern COMPACT_JWS = Pattern.compile("[a-zA-Z0-9_-]+\\.[a-zA-Z0-9_-]*\\.[a-zA-Z0-9_-]+");

    private final Ob3ApiClient client;
    private final ClientRegistration registration;
    private final TokenKey key;

    LearnerConnection(Ob3ApiClient client, ClientRegistration registration, TokenKey key) {
        this.client = client;
        this.registration = registration;
        this.key = key;
    }

    /**
     * The registration used.
     *
     * @return the registration
     */
    public ClientRegistration registration() {
        return registration;
    }

    /**
     * The key under which the learner's tokens are stored.
     *
     * @return the key
     */
    public TokenKey tokenKey() {
        return key;
    }

    /**
     * The stored tokens for this learner and client, if any.
     *
     * @return the tokens
     */
    public Optional<StoredTokens> tokens() {
        return client.tokenStore.load(key).filter(t -> t.clientId().equals(registration.clientId()));
    }

    // ---- getCredentials --------------------------------------------------------------------------------

    /**
     * One page of {@code getCredentials}.
     *
     * @param limit the page size, at least 1
     * @param offset the index of the first credential, not negative
     * @return the page
     * @throws ApiClientException for any failure (see {@link ApiClientCode})
     * @throws IllegalArgumentException if a number is out of range
     */
    public CredentialsPage getCredentials(int limit, int offset) {
        return page(credentialsUrl(limit, offset, null), "getCredentials");
    }

    /**
     * One page of {@code getCredentials}, only credentials issued after {@code since}.
     *
     * @param limit the page size, at least 1
     * @param offset the index of the first credential, not negative
     * @param since the instant, sent to the second in UTC ({@code 2024-05-01T12:00:00Z})
     * @return the page
     * @throws ApiClientException for any failure
     * @throws IllegalArgumentException if a number is out of range
     */
    public CredentialsPage getCredentials(int limit, int offset, Instant since) {
        return page(credentialsUrl(limit, offset, Objects.requireNonNull(since, "since")), "getCredentials");
    }

    /**
     * Every credential, following the provider's {@code Link: rel="next"} from page to page ({@value
     * #DEFAULT_PAGE_SIZE} per page).
     *
     * @return all credentials, in the provider's order
     * @throws ApiClientException for any failure of any page, and {@link ApiClientCode#PAGING_LOOP}, {@link
     *     ApiClientCode#TOO_MANY_PAGES} or {@link ApiClientCode#LINK_REFUSED} for broken paging
     */
    public CredentialsResponse allCredentials() {
        return allCredentials(DEFAULT_PAGE_SIZE);
    }

    /**
     * Every credential, with a page size of the caller's.
     *
     * @param pageSize the {@code limit} of the first request, at least 1 (the provider's links decide the rest)
     * @return all credentials
     * @throws ApiClientException as {@link #allCredentials()}
     * @throws IllegalArgumentException if {@code pageSize} is below 1
     */
    public CredentialsResponse allCredentials(int pageSize) {
        return all(pageSize, null);
    }

    /**
     * Every credential issued after {@code since}.
     *
     * @param pageSize the {@code limit} of the first request, at least 1
     * @param since the instant
     * @return the credentials
     * @throws ApiClientException as {@link #allCredentials()}
     * @throws IllegalArgumentException if {@code pageSize} is below 1
     */
    public CredentialsResponse allCredentials(int pageSize, Instant since) {
        return all(pageSize, Objects.requireNonNull(since, "since"));
    }

    /**
     * Follows the pages. Bounded three ways: a page already read ends it with PAGING_LOOP, more than maxPages
     * with TOO_MANY_PAGES, and a link off the credentials endpoint with LINK_REFUSED (a hostile provider could
     * otherwise send the bearer token to any URL). Without a {@code Link} header, the offset advances by the
     * page's size while {@code X-Total-Count} says more remain.
     */
    private CredentialsResponse all(int limit, Instant since) {
        URI endpoint = registration.provider().credentialsUrl();
        URI first = credentialsUrl(limit, 0, since);
        List<ObjectNode> json = new ArrayList<>();
        List<String> jwts = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI url = first;
        long offset = 0;
        for (int pages = 0;; pages++) {
            if (pages >= client.maxPages) {
                throw new ApiClientException(ApiClientCode.TOO_MANY_PAGES,
                        "getCredentials: more than " + client.maxPages + " pages", null);
            }
            if (!seen.add(url.normalize())) {
                throw new ApiClientException(ApiClientCode.PAGING_LOOP,
                        "getCredentials: the next link leads back to a page already read", null);
            }
            CredentialsPage page = page(url, "getCredentials");
            json.addAll(page.credentials().credential());
            jwts.addAll(page.credentials().compactJwsString());
            int size = page.credentials().size();
            offset += size;
            URI next = page.links().next();
            boolean noLinkHeader = page.links().first() == null && page.links().last() == null && next == null;
            if (next == null && noLinkHeader && size > 0 && page.total().isPresent()
                    && offset < page.total().getAsLong() && offset <= Integer.MAX_VALUE) {
                next = credentialsUrl(limit, (int) offset, since);
            }
            if (next == null) {
                return new CredentialsResponse(json, jwts);
            }
            if (!Urls.sameOrigin(next, endpoint) || !Objects.equals(next.getRawPath(), endpoint.getRawPath())
                    || !Urls.isSafe(next, client.allowLoopbackHttp)) {
                throw new ApiClientException(ApiClientCode.LINK_REFUSED,
                        "getCredentials: the next link leaves the credentials endpoint: " + Transport.clip(next.toString()),
                        null);
            }
            url = next;
        }
    }

    private URI credentialsUrl(int limit, int offset, Instant since) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset not negative");
        }
        String query = "?limit=" + limit + "&offset=" + offset;
        if (since != null) {
            query += "&since=" + DateTimeFormatter.ISO_INSTANT.format(since.truncatedTo(ChronoUnit.SECONDS));
        }
        return URI.create(registration.provider().credentialsUrl() + query);
    }

    private CredentialsPage page(URI url, String op) {
        Transport.Answer a = authorized(token -> client.transport.request(url).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build(), op);
        if (a.status() != 200) {
            throw client.transport.apiError(a, op);
        }
        try {
            CredentialsResponse credentials = client.codec.readCredentialsResponse(a.body());
            Optional<String> total = a.header(PageLinks.TOTAL_COUNT_HEADER);
            List<String> link = a.headers().allValues(PageLinks.LINK_HEADER);
            PageLinks links = new PageLinks(null, null, null, null);
            if (!link.isEmpty()) {
                // Parsed without a base and resolved here: see Urls.resolve for the query-only case.
                PageLinks raw = PageLinks.parse(String.join(", ", link), null);
                links = new PageLinks(Urls.resolve(url, raw.first()), Urls.resolve(url, raw.prev()),
                        Urls.resolve(url, raw.next()), Urls.resolve(url, raw.last()));
            }
            return new CredentialsPage(credentials,
                    total.isPresent() ? OptionalLong.of(PageLinks.parseTotalCount(total.get())) : OptionalLong.empty(),
                    links, url);
        } catch (WireException e) {
            throw Transport.malformed(op, a.status(), e.getMessage(), e.pointer(), e);
        }
    }

    // ---- upsertCredential ------------------------------------------------------------------------------

    /**
     * {@code upsertCredential}: stores a credential in the learner's backpack. A JSON credential (text that
     * starts with <code>{</code>) is sent as is with {@code Content-Type: application/json}; a VC-JWT (a compact
     * JWS, surrounding white space removed) with {@code Content-Type: text/plain}.
     *
     * @param credential the credential's JSON text or compact JWS
     * @return the outcome: created (201), replaced (200) or not modified (304)
     * @throws ApiClientException for any failure, e.g. {@link ApiClientCode#BAD_REQUEST} with the provider's
     *     StatusInfo when it refuses the credential, {@link ApiClientCode#PAYLOAD_TOO_LARGE}
     * @throws IllegalArgumentException if it is neither a JSON object's text nor a compact JWS
     */
    public UpsertResponse upsertCredential(String credential) {
        String text = Objects.requireNonNull(credential, "credential").strip();
        boolean json = text.startsWith("{");
        if (!json && !COMPACT_JWS.matcher(text).matches()) {
            throw new IllegalArgumentException("the credential is neither JSON object text nor a compact JWS");
        }
        String body = json ? credential : text;
        String type = json ? "application/json" : "text/plain";
        URI url = registration.provider().credentialsUrl();
        String op = "upsertCredential";
        Transport.Answer a = authorized(token -> client.transport.request(url).header("Content-Type", type)
                .header("Accept", json ? "application/json" : "text/plain, application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), op);
        switch (a.status()) {
            case 201:
                return new UpsertResponse(201, UpsertResponse.Outcome.CREATED, a.text());
            case 200:
                return new UpsertResponse(200, UpsertResponse.Outcome.REPLACED, a.text());
            case 304:
                return new UpsertResponse(304, UpsertResponse.Outcome.NOT_MODIFIED, "");
            default:
                throw client.transport.apiError(a, op);
        }
    }

    // ---- profile ---------------------------------------------------------------------------------------

    /**
     * {@code getProfile}: the learner's profile.
     *
     * @return the profile, a new object the caller owns
     * @throws ApiClientException for any failure; {@link ApiClientCode#NOT_FOUND} when the learner has none,
     *     {@link ApiClientCode#MALFORMED_RESPONSE} when the body is not a JSON object
     */
    public ObjectNode getProfile() {
        URI url = registration.provider().profileUrl();
        String op = "getProfile";
        Transport.Answer a = authorized(token -> client.transport.request(url).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build(), op);
        if (a.status() != 200) {
            throw client.transport.apiError(a, op);
        }
        return object(a, op);
    }

    /**
     * {@code putProfile}: replaces the learner's profile.
     *
     * @param profileJson the profile as JSON object text
     * @return the outcome: 200 (with the profile the provider answered, when it sent one), 202 or 304
     * @throws ApiClientException for any failure
     * @throws IllegalArgumentException if {@code profileJson} is not a JSON object within BadgeJson's limits
     */
    public ProfileUpdate putProfile(String profileJson) {
        Objects.requireNonNull(profileJson, "profileJson");
        try {
            if (!BadgeJson.standard().readTree(profileJson.getBytes(StandardCharsets.UTF_8)).isObject()) {
                throw new IllegalArgumentException("the profile is not a JSON object");
            }
        } catch (BadgeJsonException e) {
            throw new IllegalArgumentException("the profile is not well-formed JSON: " + e.getMessage(), e);
        }
        URI url = registration.provider().profileUrl();
        String op = "putProfile";
        Transport.Answer a = authorized(token -> client.transport.request(url).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(profileJson, StandardCharsets.UTF_8)).build(), op);
        switch (a.status()) {
            case 200:
                return new ProfileUpdate(200, a.body().length == 0 ? null : object(a, op));
            case 202:
            case 304:
                return new ProfileUpdate(a.status(), null);
            default:
                throw client.transport.apiError(a, op);
        }
    }

    private static ObjectNode object(Transport.Answer a, String op) {
        JsonNode node;
        try {
            node = BadgeJson.standard().readTree(a.body());
        } catch (BadgeJsonException e) {
            throw Transport.malformed(op, a.status(), "the body is not well-formed JSON: " + e.getMessage(), "", e);
        }
        if (!node.isObject()) {
            throw Transport.malformed(op, a.status(), "the body is not a JSON object", "", null);
        }
        return (ObjectNode) node;
    }

    // ---- revocation ------------------------------------------------------------------------------------

    /**
     * Revokes the learner's tokens at the registration's revocation endpoint (RFC 7009, {@code
     * client_secret_basic}, with {@code token_type_hint}) and forgets them.
     *
     * @return true when the provider confirmed; false when nothing was sent because no tokens are stored or
     *     the registration has no revocation URL (the tokens are then only forgotten locally)
     * @throws ApiClientException if the provider refused or could not be reached (the tokens are kept, so that
     *     the call can be repeated)
     * @throws IllegalArgumentException if the revocation URL breaks the client's URL rules
     */
    public boolean revoke() {
        return client.revoke(registration, key);
    }

    // ---- the token dance -------------------------------------------------------------------------------

    /** Sends with the current token; on a 401, refreshes once (when a refresh token is stored) and repeats. */
    private Transport.Answer authorized(Function<String, HttpRequest> build, String op) {
        StoredTokens tokens = client.currentTokens(registration, key);
        Transport.Answer a = client.transport.send(build.apply(tokens.accessToken()), op);
        if (a.status() == 401 && tokens.refreshToken() != null) {
            StoredTokens fresh = client.refresh(registration, key, tokens);
            if (!fresh.accessToken().equals(tokens.accessToken())) {
                a = client.transport.send(build.apply(fresh.accessToken()), op);
            }
        }
        return a;
    }

}
