package dev.laurel.badges.web;

import dev.laurel.badges.api.provider.ApiHandler;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.provider.oauth.LoginThrottle;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.core.taxonomy.classify.BadgeClassSource;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.web.multipart.FormPart;
import dev.laurel.badges.web.multipart.MultipartCode;
import dev.laurel.badges.web.multipart.MultipartException;
import dev.laurel.badges.web.multipart.MultipartLimits;
import dev.laurel.badges.web.multipart.MultipartParser;
import dev.laurel.badges.web.view.FormPage;
import dev.laurel.badges.web.view.ReportPage;
import dev.laurel.badges.web.view.Site;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Laurel's web pages as an {@link ApiHandler}: the verify page ({@code GET /}), the report page that answers its
 * form ({@code POST /}, {@code multipart/form-data}) and the style sheet ({@code GET /assets/laurel.css}). Any host
 * of an {@code ApiHandler} serves them: {@code laurel serve}, {@code LaurelServer}, or {@code ApiServlet} in an
 * application's own servlet container; {@link #orElse(ApiHandler)} puts them in front of another handler (the
 * OB 3.0 API) that answers every other path. docs/WEB.md documents the pages and their HTML contract.
 *
 * <p>Every response carries a strict Content-Security-Policy ({@value #CONTENT_SECURITY_POLICY}),
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. The report page answers 200
 * whatever the verdict; a malformed form gets a 400 page, an upload over the limit a 413 page, a URL that cannot
 * be fetched a 502 page. Markup comes only from the precompiled jte templates, which escape every value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * WebPages pages = WebPages.builder(BadgeChecker.of(verifier)).serviceName("Acme badges").build();
 * ApiHandler handler = pages.orElse(provider);   // the OB 3.0 API behind the pages
 * }</pre>
 */
public final class WebPages implements ApiHandler {

    /** The upload limit when none is given: 2 MiB, far above any real badge, baked images included. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 2L * 1024 * 1024;

    /** The Content-Security-Policy of every response: nothing from elsewhere, no script, no inline style. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The path of the style sheet. */
    public static final String STYLE_PATH = "/assets/laurel.css";

    /** Room for the form's framing and its small fields (text, url) beside an upload of the full limit. */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    /** What the URL field asks for: every form the verifier reads. */
    private static final String ACCEPT = "application/ld+json, application/json, application/vc+ld+json,"
            + " application/jwt, image/png, image/svg+xml;q=0.9, */*;q=0.1";

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            WebPages.class.getClassLoader(), "dev.laurel.badges.web.templates");

    private final BadgeChecker checker;
    private final ReportViews views;
    private final DocumentFetcher fetcher;
    private final long maxUploadBytes;
    private final Site site;
    private final byte[] style;
    private final Optional<PublicPages> shared;
    private final Optional<AccountPages> account;

    private WebPages(Builder b) {
        this.checker = b.checker;
        this.fetcher = b.fetcher;
        this.maxUploadBytes = b.maxUploadBytes;
        this.site = new Site(b.serviceName, b.maxUploadBytes);
        this.views = new ReportViews(b.classifier, b.badgeClasses, b.clock, site);
        this.style = resource("laurel.css");
        this.shared = b.store.map(store -> new PublicPages(store, b.checker, views, b.classifier, b.pathways, b.clock,
                site, b.publicBaseUri));
        this.account = b.accounts.map(accounts -> new AccountPages(b.store.orElseThrow(), accounts, b.checker,
                shared.orElseThrow(), b.pathways, new Sessions(b.sessionClock), new LoginThrottle(b.sessionClock),
                site, b.maxUploadBytes, b.storeUnverified));
    }

    /**
     * Starts a builder.
     *
     * @param checker what verifies the given badges
     * @return the builder
     * @throws NullPointerException if checker is null
     */
    public static Builder builder(BadgeChecker checker) {
        return new Builder(checker);
    }

    /**
     * Tells whether a path is one of these pages'.
     *
     * @param path the request path
     * @return true for {@code /} and the assets, and with a store for {@code /badges/...} and {@code /u/...}
     */
    public boolean owns(String path) {
        return path.equals("/") || path.equals(STYLE_PATH) || (shared.isPresent()
                && (path.startsWith(PublicPages.BADGES) || path.startsWith(PublicPages.USERS)))
                || (account.isPresent() && AccountPages.owns(path));
    }

    /**
     * Returns a handler that answers these pages' paths here and passes every other request to {@code next}
     * unchanged (its headers included: the OB 3.0 API keeps its own).
     *
     * @param next the handler of every other path
     * @return the combined handler
     * @throws NullPointerException if next is null
     */
    public ApiHandler orElse(ApiHandler next) {
        Objects.requireNonNull(next, "next");
        return request -> owns(request.path()) ? handle(request) : next.handle(request);
    }

    /**
     * Answers a request for one of the pages; any other path gets a 404 page.
     *
     * @param request the request
     * @return the page
     */
    @Override
    public ApiResponse handle(ApiRequest request) {
        String method = request.method();
        if (request.path().equals(STYLE_PATH)) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                return notAllowed("GET, HEAD");
            }
            return secured(new ApiResponse(200, Map.of("Content-Type", List.of("text/css; charset=utf-8"),
                    "Cache-Control", List.of("public, max-age=3600")), style));
        }
        if (account.isPresent() && AccountPages.owns(request.path())) {
            return account.get().handle(request).orElseGet(() -> form(404, "There is no page at this address."));
        }
        if (shared.isPresent() && (request.path().startsWith(PublicPages.BADGES)
                || request.path().startsWith(PublicPages.USERS))) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                return notAllowed("GET, HEAD");
            }
            Optional<ApiResponse> answer = request.path().startsWith(PublicPages.BADGES)
                    ? shared.get().badge(request) : shared.get().backpack(request);
            // One 404 for every "no": absent, private, unknown user, no public badge (no account enumeration).
            return answer.orElseGet(() -> form(404, "There is no public page at this address. It may be private,"
                    + " or never have existed. Verify a badge here instead."));
        }
        if (!request.path().equals("/")) {
            return form(404, "There is no page at this address. Verify a badge here instead.");
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return page("verify", new FormPage(site, 200, Optional.empty()), 200);
        }
        if (method.equals("POST")) {
            return submit(request);
        }
        return notAllowed("GET, HEAD, POST");
    }

    /** The verify form's answer. */
    private ApiResponse submit(ApiRequest request) {
        long maxForm = maxUploadBytes + FORM_OVERHEAD_BYTES;
        List<FormPart> parts;
        try {
            parts = MultipartParser.parse(request.header("content-type").orElse(""), request.body(),
                    MultipartLimits.ofMaxBytes(maxForm));
        } catch (MultipartException e) {
            if (e.code() == MultipartCode.TOO_LARGE) {
                return tooLarge();
            }
            return form(400, "The form could not be read (" + e.code().name() + "): " + e.getMessage() + ".");
        }
        Optional<FormPart> file = first(parts, "file").filter(p -> p.size() > 0);
        Optional<String> text = first(parts, "text").map(FormPart::text).filter(t -> !t.isBlank());
        Optional<String> url = first(parts, "url").map(FormPart::text).map(String::strip).filter(t -> !t.isEmpty());
        int given = (file.isPresent() ? 1 : 0) + (text.isPresent() ? 1 : 0) + (url.isPresent() ? 1 : 0);
        if (given != 1) {
            return form(400, given == 0
                    ? "Nothing to verify: choose a file, paste the badge's JSON or JWT, or give its address."
                    : "Give only one badge at a time: a file, pasted text or an address, not " + given + " of them.");
        }
        String name;
        byte[] bytes;
        if (file.isPresent()) {
            name = file.get().filename().filter(n -> !n.isBlank()).orElse("upload");
            bytes = file.get().content();
        } else if (text.isPresent()) {
            name = "pasted";
            bytes = text.get().strip().getBytes(StandardCharsets.UTF_8);
        } else {
            name = url.get();
            Optional<URI> uri = httpUri(name);
            if (uri.isEmpty()) {
                return form(400, "The address must be an absolute http or https URL, such as https://example.org/badge.json.");
            }
            try {
                FetchedDocument fetched = fetcher.fetch(uri.get(), ACCEPT);
                bytes = fetched.body();
            } catch (FetchException e) {
                return form(502, fetchProblem(uri.get(), e));
            }
        }
        if (bytes.length > maxUploadBytes) {
            return tooLarge();
        }
        CheckedBadge checked = checker.check(name, bytes);
        ReportPage report = views.report(name, bytes, checked);
        return page("report", report, 200);
    }

    /** A sentence for a URL the fetcher would not or could not fetch. */
    private static String fetchProblem(URI uri, FetchException e) {
        if (e.fetchCode() == FetchCode.FETCH_REFUSED && e.getMessage() != null && e.getMessage().startsWith("offline")) {
            return "This server is offline: it fetches nothing from the network, so it could not fetch " + uri
                    + ". Download the badge and upload the file, or paste its JSON or JWT.";
        }
        return "The badge at " + uri + " could not be fetched (" + e.fetchCode().name() + "): " + e.getMessage()
                + ". Upload the file or paste its JSON or JWT instead.";
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                // The fragment is the client's; the fetcher takes an address without one.
                return Optional.of(new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null));
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<FormPart> first(List<FormPart> parts, String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private ApiResponse tooLarge() {
        return form(413, "The badge is too large: this server takes up to " + site.maxUpload() + ".");
    }

    private ApiResponse form(int status, String problem) {
        return page("verify", new FormPage(site, status, Optional.of(problem)), status);
    }

    private ApiResponse notAllowed(String allow) {
        return form(405, "This address only answers " + allow + ".").withHeader("Allow", allow);
    }

    /** Renders a template into a secured HTML response. */
    static ApiResponse page(String template, Object model, int status) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template + ".jte", model, out);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("text/html; charset=utf-8"));
        headers.put("Cache-Control", List.of("no-store"));
        return secured(new ApiResponse(status, headers, out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The security headers every response of the pages carries. */
    private static ApiResponse secured(ApiResponse response) {
        return secured(response, CONTENT_SECURITY_POLICY);
    }

    /** The security headers, with the given Content-Security-Policy. */
    static ApiResponse secured(ApiResponse response, String policy) {
        return response.withHeader("Content-Security-Policy", policy)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + WebPages.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds {@link WebPages}; each setter checks its argument at once. */
    public static final class Builder {

        private final BadgeChecker checker;
        private Classifier classifier = Classifier.standard();
        private BadgeClassSource badgeClasses = BadgeClassSource.none();
        private DocumentFetcher fetcher = DocumentFetcher.refusing();
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private Clock clock = Clock.systemUTC();
        private String serviceName = "Laurel";
        private Optional<CredentialStore> store = Optional.empty();
        private Optional<URI> publicBaseUri = Optional.empty();
        private Pathways pathways = Pathways.of(List.of());
        private Optional<AuthorizationStore> accounts = Optional.empty();
        private boolean storeUnverified;
        private Clock sessionClock = Clock.systemUTC();

        private Builder(BadgeChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
        }

        /**
         * Sets how badges are placed on the levels (default {@link Classifier#standard()}, as {@code laurel
         * classify}).
         *
         * @param value the classifier
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder classifier(Classifier value) {
            this.classifier = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets where the classifier finds the badge class an OB 2.0 assertion only links to (default {@link
         * BadgeClassSource#none()}: such an assertion is classified from itself, as {@code laurel classify} without
         * {@code --url-map} or {@code --fetch}). {@code laurel serve} gives one over its verifier's fetcher.
         *
         * @param value the source
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder badgeClasses(BadgeClassSource value) {
            this.badgeClasses = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the fetcher of the URL field (default: refuse every address, so the page says it is offline). Give
         * the verifier's own safe fetcher, with its limits.
         *
         * @param value the fetcher
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder fetcher(DocumentFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the largest badge accepted, in bytes (default {@value #DEFAULT_MAX_UPLOAD_BYTES}); larger ones get
         * the 413 page.
         *
         * @param value the limit
         * @return this builder
         * @throws IllegalArgumentException if value is not positive
         */
        public Builder maxUploadBytes(long value) {
            if (value < 1 || value > Integer.MAX_VALUE - FORM_OVERHEAD_BYTES) {
                throw new IllegalArgumentException("maxUploadBytes must be 1 to "
                        + (Integer.MAX_VALUE - FORM_OVERHEAD_BYTES) + ", got " + value);
            }
            this.maxUploadBytes = value;
            return this;
        }

        /**
         * Sets the clock the report's dates are judged by (default the system's, UTC).
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the name in every page's title and header (default {@code Laurel}).
         *
         * @param value the name
         * @return this builder
         * @throws IllegalArgumentException if value is blank
         */
        public Builder serviceName(String value) {
            if (Objects.requireNonNull(value, "value").isBlank()) {
                throw new IllegalArgumentException("serviceName must not be blank");
            }
            this.serviceName = value;
            return this;
        }

        /**
         * Sets the store of the shared pages: with it the pages also answer {@code GET /badges/{id}} (a badge shared
         * by link or in public), {@code /badges/{id}/verify}, {@code /badges/{id}/image} and {@code GET /u/{name}} (a
         * learner's public badges). Without it those paths are not the pages'.
         *
         * @param value the store (the caller keeps it open while the pages serve, and closes it)
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder store(CredentialStore value) {
            this.store = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the public base URL of the site, for the absolute addresses of share links and Open Graph tags
         * (default: the base URI of each request, which is wrong behind a proxy that rewrites the host).
         *
         * @param value an absolute http or https URL, such as {@code https://badges.example.org/}
         * @return this builder
         * @throws IllegalArgumentException if value is not an absolute http(s) URL with a host, or has a query or
         *     fragment
         */
        public Builder publicBaseUri(URI value) {
            Objects.requireNonNull(value, "value");
            String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null
                    || value.getRawQuery() != null || value.getRawFragment() != null) {
                throw new IllegalArgumentException("the public URL must be an absolute http or https URL with a host"
                        + " and no query or fragment, got " + value);
            }
            this.publicBaseUri = Optional.of(value);
            return this;
        }

        /**
         * Sets the pathways a learner may choose; the backpack page shows progress toward the chosen ones (default
         * none).
         *
         * @param value the pathways
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder pathways(Pathways value) {
            this.pathways = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the learner accounts: with them (and a {@link #store(CredentialStore) store}) the pages also answer
         * {@code /login}, {@code /logout}, {@code /account} and its forms ({@code /account/visibility},
         * {@code /account/pathways}, {@code /account/upload}).
         *
         * @param value the accounts (the caller keeps them open while the pages serve)
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder accounts(AuthorizationStore value) {
            this.accounts = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets whether the learner's upload stores a badge that does not verify (default false: it is refused with
         * a message), as {@code laurel serve --store-unverified}.
         *
         * @param value true to store unverified badges too
         * @return this builder
         */
        public Builder storeUnverified(boolean value) {
            this.storeUnverified = value;
            return this;
        }

        /**
         * Sets the clock of sign-in sessions and of the sign-in throttle (default the system's). Kept apart from
         * {@link #clock(Clock)}, which may be fixed to judge badges at a given time.
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder sessionClock(Clock value) {
            this.sessionClock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the pages.
         *
         * @return the pages
         * @throws IllegalStateException if accounts are set without a store
         */
        public WebPages build() {
            if (accounts.isPresent() && store.isEmpty()) {
                throw new IllegalStateException("accounts need a store: the learner's page lists its badges");
            }
            return new WebPages(this);
        }
    }
}
