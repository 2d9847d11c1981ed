package dev.laurel.badges.web;

import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.oauth.LoginThrottle;
import dev.laurel.badges.api.provider.oauth.Passwords;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialPage;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.IncomingCredential;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.api.store.StoredUser;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.web.multipart.FormPart;
import dev.laurel.badges.web.multipart.MultipartCode;
import dev.laurel.badges.web.multipart.MultipartException;
import dev.laurel.badges.web.multipart.MultipartLimits;
import dev.laurel.badges.web.multipart.MultipartParser;
import dev.laurel.badges.web.view.AccountBadge;
import dev.laurel.badges.web.view.AccountPage;
import dev.laurel.badges.web.view.LoginPage;
import dev.laurel.badges.web.view.PathwayChoice;
import dev.laurel.badges.web.view.Site;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in ({@code /login}, {@code /logout}) and the learner's own page ({@code /account} and its three forms). Every
 * POST checks a CSRF token (the session's, or for sign-in a double-submit cookie) in constant time, and the
 * {@code Origin} header when the browser sends one; every successful POST answers 303 (post/redirect/get).
 */
final class AccountPages {

    /** The pre-session cookie of the sign-in form's CSRF token (double submit). */
    static final String LOGIN_COOKIE = "laurel_login";
    /** The most badges the learner's page lists. */
    static final int MAX_BADGES = 500;

    private static final String WRONG_LOGIN = "Wrong name or password.";

    private final CredentialStore store;
    private final AuthorizationStore accounts;
    private final BadgeChecker checker;
    private final PublicPages shared;
    private final Pathways pathways;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Site site;
    private final long maxUploadBytes;
    private final boolean storeUnverified;

    AccountPages(CredentialStore store, AuthorizationStore accounts, BadgeChecker checker, PublicPages shared,
                 Pathways pathways, Sessions sessions, LoginThrottle throttle, Site site, long maxUploadBytes,
                 boolean storeUnverified) {
        this.store = store;
        this.accounts = accounts;
        this.checker = checker;
        this.shared = shared;
        this.pathways = pathways;
        this.sessions = sessions;
        this.throttle = throttle;
        this.site = site;
        this.maxUploadBytes = maxUploadBytes;
        this.storeUnverified = storeUnverified;
    }

    /** Tells whether a path is one of these pages'. */
    static boolean owns(String path) {
        return path.equals("/login") || path.equals("/logout") || path.equals("/account")
                || path.startsWith("/account/");
    }

    /** Answers one of the paths of {@link #owns}; empty for a path it does not know (a 404). */
    Optional<ApiResponse> handle(ApiRequest request) {
        String path = request.path();
        boolean get = request.method().equals("GET") || request.method().equals("HEAD");
        boolean post = request.method().equals("POST");
        switch (path) {
            case "/login":
                return Optional.of(get ? loginForm(request) : post ? login(request) : notAllowed("GET, HEAD, POST"));
            case "/logout":
                return Optional.of(post ? logout(request) : notAllowed("POST"));
            case "/account":
                return Optional.of(get ? account(request) : notAllowed("GET, HEAD"));
            case "/account/visibility":
            case "/account/pathways":
            case "/account/upload":
                return Optional.of(post ? action(request) : notAllowed("POST"));
            default:
                return Optional.empty();
        }
    }

    private ApiResponse loginForm(ApiRequest request) {
        if (session(request).isPresent()) {
            return seeOther("/account");
        }
        return loginPage(request, 200, Optional.empty(), "");
    }

    /** The sign-in form with a fresh double-submit token in its cookie and its hidden field. */
    private ApiResponse loginPage(ApiRequest request, int status, Optional<String> problem, String name) {
        String token = Sessions.random();
        return WebPages.page("login", new LoginPage(site, status, problem, name, token), status)
                .withHeader("Set-Cookie", cookie(request, LOGIN_COOKIE, token, "/login", "Strict", -1));
    }

    private ApiResponse login(ApiRequest request) {
        Map<String, List<String>> form = form(request);
        String name = single(form, "name");
        if (!sameOrigin(request) || !Sessions.same(single(form, "csrf"), cookieValue(request, LOGIN_COOKIE))) {
            return loginPage(request, 403, Optional.of("The form expired or came from elsewhere. Sign in again."),
                    name);
        }
        Optional<Duration> wait = throttle.waitFor(name);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            return loginPage(request, 429, Optional.of("Too many failed sign-ins with this name. Try again in "
                    + seconds + (seconds == 1 ? " second." : " seconds.")), name)
                    .withHeader("Retry-After", Long.toString(seconds));
        }
        Optional<StoredUser> user = check(name, single(form, "password"));
        if (user.isEmpty()) {
            // One message for an unknown name, a wrong password and a disabled account: no enumeration.
            throttle.failed(name);
            return loginPage(request, 401, Optional.of(WRONG_LOGIN), name);
        }
        throttle.succeeded(name);
        Optional<String> token = sessions.start(user.get().name());
        if (token.isEmpty()) {
            return loginPage(request, 503, Optional.of("Too many people are signed in. Try again later."), name);
        }
        return seeOther("/account")
                .withHeader("Set-Cookie", cookie(request, Sessions.COOKIE, token.get(), "/", "Lax", -1))
                .withHeader("Set-Cookie", cookie(request, LOGIN_COOKIE, "", "/login", "Strict", 0));
    }

    private Optional<StoredUser> check(String name, String password) {
        return Passwords.signIn(accounts, name, password);
    }

    private ApiResponse logout(ApiRequest request) {
        Optional<Sessions.Session> s = session(request);
        if (s.isPresent()) {
            if (!sameOrigin(request) || !Sessions.same(single(form(request), "csrf"), s.get().csrf())) {
                return forbidden(request, s.get());
            }
            sessions.end(cookieValue(request, Sessions.COOKIE));
        }
        return seeOther("/login").withHeader("Set-Cookie", cookie(request, Sessions.COOKIE, "", "/", "Lax", 0));
    }

    private ApiResponse account(ApiRequest request) {
        Optional<Sessions.Session> s = session(request);
        if (s.isEmpty()) {
            return seeOther("/login");
        }
        Optional<String> message = sessions.takeFlash(cookieValue(request, Sessions.COOKIE));
        return accountPage(request, s.get(), 200, message);
    }

    private ApiResponse accountPage(ApiRequest request, Sessions.Session s, int status, Optional<String> message) {
        String owner = s.owner();
        List<StoredCredential> stored = all(owner);
        List<AccountBadge> badges = new ArrayList<>();
        for (StoredCredential c : stored.subList(0, Math.min(stored.size(), MAX_BADGES))) {
            badges.add(shared.accountBadge(request, c));
        }
        Set<String> chosen = store.chosenPathways(owner);
        List<PathwayChoice> choices = new ArrayList<>();
        for (Pathway p : pathways.all()) {
            choices.add(new PathwayChoice(p.id(), p.name(), chosen.contains(p.id())));
        }
        AccountPage page = new AccountPage(site, status, owner, s.csrf(), message, badges, choices,
                stored.size() > MAX_BADGES, PublicPages.USERS + PublicPages.encode(owner));
        return WebPages.page("account", page, status);
    }

    /** Every credential of the owner, up to one more than the page lists (to know it is cut). */
    private List<StoredCredential> all(String owner) {
        List<StoredCredential> out = new ArrayList<>();
        int offset = 0;
        while (out.size() <= MAX_BADGES) {
            CredentialPage page = store.list(owner, CredentialQuery.of(100, offset));
            out.addAll(page.credentials());
            if (!page.hasNext() || page.credentials().isEmpty()) {
                break;
            }
            offset += page.credentials().size();
        }
        return out;
    }

    /** The three forms of the learner's page. */
    private ApiResponse action(ApiRequest request) {
        Optional<Sessions.Session> s = session(request);
        if (s.isEmpty()) {
            return seeOther("/login");
        }
        String token = cookieValue(request, Sessions.COOKIE);
        if (request.path().equals("/account/upload")) {
            return upload(request, s.get(), token);
        }
        Map<String, List<String>> form = form(request);
        if (!sameOrigin(request) || !Sessions.same(single(form, "csrf"), s.get().csrf())) {
            return forbidden(request, s.get());
        }
        String owner = s.get().owner();
        if (request.path().equals("/account/visibility")) {
            Optional<Visibility> visibility = visibility(single(form, "visibility"));
            String key = single(form, "key");
            Optional<StoredCredential> target = all(owner).stream().filter(c -> c.key().value().equals(key))
                    .findFirst();
            if (visibility.isEmpty() || target.isEmpty()) {
                return accountPage(request, s.get(), 400, Optional.of("That badge or visibility is not one of yours."));
            }
            store.setVisibility(owner, target.get().key(), visibility.get());
            sessions.flash(token, "Saved: the badge is now " + label(visibility.get()) + ".");
            return seeOther("/account");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : form.getOrDefault("pathway", List.of())) {
            if (pathways.get(id).isPresent()) {
                ids.add(id);
            }
        }
        store.choosePathways(owner, ids);
        sessions.flash(token, "Saved your pathways.");
        return seeOther("/account");
    }

    private ApiResponse upload(ApiRequest request, Sessions.Session s, String token) {
        List<FormPart> parts;
        try {
            parts = MultipartParser.parse(request.header("content-type").orElse(""), request.body(),
                    MultipartLimits.ofMaxBytes(maxUploadBytes + 64 * 1024));
        } catch (MultipartException e) {
            return accountPage(request, s, e.code() == MultipartCode.TOO_LARGE ? 413 : 400,
                    Optional.of("The upload could not be read (" + e.code().name() + ")."));
        }
        String csrf = parts.stream().filter(p -> p.name().equals("csrf")).findFirst().map(FormPart::text).orElse("");
        if (!sameOrigin(request) || !Sessions.same(csrf, s.csrf())) {
            return forbidden(request, s);
        }
        Optional<FormPart> file = parts.stream().filter(p -> p.name().equals("file") && p.size() > 0).findFirst();
        Optional<String> text = parts.stream().filter(p -> p.name().equals("text")).findFirst().map(FormPart::text)
                .filter(t -> !t.isBlank());
        if (file.isPresent() == text.isPresent()) {
            return accountPage(request, s, 400, Optional.of("Give one badge: a file or pasted text."));
        }
        byte[] bytes = file.isPresent() ? file.get().content() : text.get().strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxUploadBytes) {
            return accountPage(request, s, 413, Optional.of("The badge is too large: up to " + site.maxUpload() + "."));
        }
        CheckedBadge checked = checker.check(file.flatMap(FormPart::filename).orElse("pasted"), bytes);
        if (!checked.verified() && !storeUnverified) {
            return accountPage(request, s, 422, Optional.of("Not added: the badge is not verified. Open it on the"
                    + " verify page to see why."));
        }
        // A baked image holds the credential as text: that text is what is stored, as the verifier read it.
        String payload;
        if (ImageFormat.detect(bytes).isPresent()) {
            Optional<BakedBadge> baked = Baker.standard().extract(bytes);
            if (baked.isEmpty()) {
                return accountPage(request, s, 422, Optional.of("Not added: the image holds no badge."));
            }
            payload = baked.get().text().strip();
        } else {
            payload = new String(bytes, StandardCharsets.UTF_8).strip();
        }
        CredentialFormat format = payload.startsWith("{") ? CredentialFormat.JSON : CredentialFormat.JWT;
        try {
            store.upsert(s.owner(), IncomingCredential.parse(format, payload));
        } catch (StoreException e) {
            return accountPage(request, s, 422, Optional.of("Not added: " + e.getMessage() + "."));
        }
        sessions.flash(token, checked.verified() ? "Added the badge (verified). It is private until you share it."
                : "Added the badge, although it is not verified. It is private until you share it.");
        return seeOther("/account");
    }

    private ApiResponse forbidden(ApiRequest request, Sessions.Session s) {
        return accountPage(request, s, 403, Optional.of("The form expired or came from elsewhere: nothing was"
                + " changed. Try again."));
    }

    private static Optional<Visibility> visibility(String value) {
        for (Visibility v : Visibility.values()) {
            if (v.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static String label(Visibility v) {
        switch (v) {
            case PUBLIC:
                return "public";
            case LINK:
                return "visible to anyone with the link";
            default:
                return "private";
        }
    }

    private Optional<Sessions.Session> session(ApiRequest request) {
        return sessions.find(cookieValue(request, Sessions.COOKIE));
    }

    /**
     * A browser's Origin header, when sent, must be this site's (the request's own or the public base). Under the
     * pages' {@code Referrer-Policy: no-referrer} browsers send {@code Origin: null} on their own forms, which tells
     * nothing either way: the CSRF token alone decides then.
     */
    private boolean sameOrigin(ApiRequest request) {
        Optional<String> origin = request.header("origin");
        if (origin.isEmpty() || origin.get().equals("null")) {
            return true;
        }
        return origin.get().equalsIgnoreCase(origin(request.baseUri()))
                || shared.publicBase().map(AccountPages::origin).filter(origin.get()::equalsIgnoreCase).isPresent();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Map<String, List<String>> form(ApiRequest request) {
        String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return ApiRequest.decodeForm(new String(request.body(), StandardCharsets.UTF_8));
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        return values.size() == 1 ? values.get(0) : "";
    }

    /** The value of a cookie from the request's Cookie header, or the empty string. */
    static String cookieValue(ApiRequest request, String name) {
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            if (!h.getKey().equalsIgnoreCase("cookie")) {
                continue;
            }
            for (String header : h.getValue()) {
                for (String pair : header.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                        return pair.substring(eq + 1).strip();
                    }
                }
            }
        }
        return "";
    }

    /** A Set-Cookie value: HttpOnly, the given SameSite and path, Secure over https; maxAge 0 deletes it. */
    private static String cookie(ApiRequest request, String name, String value, String path, String sameSite,
                                 int maxAge) {
        StringBuilder out = new StringBuilder(name).append('=').append(value).append("; HttpOnly; SameSite=")
                .append(sameSite).append("; Path=").append(path);
        if (maxAge >= 0) {
            out.append("; Max-Age=").append(maxAge);
        }
        if ("https".equalsIgnoreCase(request.baseUri().getScheme())) {
            out.append("; Secure");
        }
        return out.toString();
    }

    private static ApiResponse seeOther(String path) {
        return WebPages.secured(new ApiResponse(303, Map.of("Location", List.of(path), "Cache-Control",
                List.of("no-store")), new byte[0]), WebPages.CONTENT_SECURITY_POLICY);
    }

    private ApiResponse notAllowed(String allow) {
        return WebPages.page("login", new LoginPage(site, 405, Optional.of("This address only answers " + allow + "."),
                "", ""), 405).withHeader("Allow", allow);
    }
}
