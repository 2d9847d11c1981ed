package dev.laurel.badges.web;

import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.store.CredentialPage;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.share.ShareException;
import dev.laurel.badges.core.taxonomy.share.ShareLinks;
import dev.laurel.badges.web.view.AccountBadge;
import dev.laurel.badges.web.view.BackpackItem;
import dev.laurel.badges.web.view.BackpackPage;
import dev.laurel.badges.web.view.BadgeDetails;
import dev.laurel.badges.web.view.BadgePage;
import dev.laurel.badges.web.view.ImageView;
import dev.laurel.badges.web.view.LevelGroup;
import dev.laurel.badges.web.view.OpenGraph;
import dev.laurel.badges.web.view.PathwayView;
import dev.laurel.badges.web.view.ReportPage;
import dev.laurel.badges.web.view.Site;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shared pages over a {@link CredentialStore}: a badge's page ({@code /badges/{id}}, its report and its image)
 * and a learner's public backpack ({@code /u/{name}}). Each method answers empty for "no such page", which the
 * caller turns into the same 404 page whatever the reason (absent, private, unknown user, nothing public), so
 * that the pages reveal neither accounts nor private badges.
 */
final class PublicPages {

    /** The path prefix of badge pages. */
    static final String BADGES = "/badges/";
    /** The path prefix of backpack pages. */
    static final String USERS = "/u/";
    /** The most public badges one backpack page shows. */
    static final int MAX_BACKPACK = 500;
    /** The Content-Security-Policy of an SVG badge image served on its own: no script, no loads, sandboxed. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /** Page order: the formal ladder from the top (what a reader looks for first), then informal levels. */
    private static final List<LevelKind> ORDER = List.of(LevelKind.CERTIFICATION, LevelKind.ABILITY, LevelKind.SKILL,
            LevelKind.KNOWLEDGE, LevelKind.PARTICIPATION, LevelKind.RECOGNITION);
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/svg+xml", "image/jpeg", "image/gif",
            "image/webp");
    private static final int PAGE = 100;

    private final CredentialStore store;
    private final BadgeChecker checker;
    /** The stored badges' checks, kept a while: the pages list many badges on every load. */
    private final StoredChecks checks;
    private final ReportViews views;
    private final Classifier classifier;
    private final Pathways pathways;
    private final Clock clock;
    private final Site site;
    private final Optional<URI> publicBase;

    PublicPages(CredentialStore store, BadgeChecker checker, ReportViews views, Classifier classifier,
                Pathways pathways, Clock clock, Site site, Optional<URI> publicBase) {
        this.store = store;
        this.checker = checker;
        this.checks = new StoredChecks(checker);
        this.views = views;
        this.classifier = classifier;
        this.pathways = pathways;
        this.clock = clock;
        this.site = site;
        this.publicBase = publicBase;
    }

    /** One shared badge as the pages see it: the stored row, what the checker found, and its share URL. */
    private record Shared(StoredCredential stored, byte[] bytes, CheckedBadge checked, Optional<BackpackEntry> entry,
                          String segment, URI shareUrl) {
    }

    /** {@code /badges/{id}}, {@code /badges/{id}/verify} and {@code /badges/{id}/image}; empty for a 404. */
    Optional<ApiResponse> badge(ApiRequest request) {
        String rest = request.path().substring(BADGES.length());
        String[] parts = rest.split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        String action = parts.length == 2 ? parts[1] : "";
        if (!action.isEmpty() && !action.equals("verify") && !action.equals("image")) {
            return Optional.empty();
        }
        // "Verify this badge" is a visitor asking now: a fresh check, never a kept one.
        Optional<Shared> found = shared(request, parts[0], action.equals("verify"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Shared s = found.get();
        ReportPage report = views.report(s.shareUrl().toString(), s.bytes(), s.checked());
        if (action.equals("verify")) {
            return Optional.of(WebPages.page("report", report, 200));
        }
        Optional<ImageView> image = report.details().flatMap(BadgeDetails::image);
        if (action.equals("image")) {
            return image.flatMap(ImageView::dataUri).flatMap(PublicPages::imageResponse);
        }
        String base = base(request);
        Optional<String> ogImage = image.flatMap(i -> i.dataUri().isPresent()
                ? Optional.of(base + "badges/" + s.segment() + "/image") : i.link());
        String name = report.details().flatMap(BadgeDetails::name).orElse("Badge");
        String description = report.details().flatMap(BadgeDetails::description)
                .orElse("A badge issued by " + report.details().flatMap(BadgeDetails::issuer).orElse("an issuer")
                        + ", shared by " + s.stored().owner() + ".");
        OpenGraph og = new OpenGraph(name, description, s.shareUrl().toString(), ogImage);
        Optional<String> linkedIn = s.entry().flatMap(e -> linkedIn(request, e));
        Optional<String> ownerHref = hasPublic(s.stored().owner())
                ? Optional.of(USERS + encode(s.stored().owner())) : Optional.empty();
        String visibility = s.stored().visibility().name().toLowerCase(Locale.ROOT);
        BadgePage page = new BadgePage(site, report.details(), report.ladder(), visibility, s.stored().owner(),
                ownerHref, BADGES + s.segment() + "/verify", og, linkedIn);
        return Optional.of(WebPages.page("badgepage", page, 200));
    }

    private Optional<Shared> shared(ApiRequest request, String segment, boolean fresh) {
        String id;
        try {
            id = decode(segment);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (id.isBlank()) {
            return Optional.empty();
        }
        Optional<StoredCredential> stored = store.findShared(id)
                .filter(c -> c.visibility() == Visibility.LINK || c.visibility() == Visibility.PUBLIC);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = stored.get().payload().getBytes(StandardCharsets.UTF_8);
        CheckedBadge checked = fresh ? checker.check("badge", bytes) : checks.check(stored.get());
        Optional<BackpackEntry> entry = ReportViews.credential(checked).map(c -> entry(c, stored.get().visibility(),
                checked.verified()));
        ShareLinks links = shareLinks(request);
        URI shareUrl = entry.filter(e -> e.id().isPresent()).map(links::shareUrl)
                .orElse(URI.create(base(request) + "badges/" + encode(id)));
        String path = shareUrl.getRawPath();
        return Optional.of(new Shared(stored.get(), bytes, checked, entry, path.substring(path.lastIndexOf('/') + 1),
                shareUrl));
    }

    private Optional<String> linkedIn(ApiRequest request, BackpackEntry entry) {
        try {
            return Optional.of(shareLinks(request).linkedInAddToProfile(entry).toString());
        } catch (ShareException e) {
            // No name or no issuer to show: LinkedIn's form would be empty, so the page offers no link.
            return Optional.empty();
        }
    }

    /** The bytes of an embedded {@code data:} image, with its type; empty when it is not an image we serve. */
    static Optional<ApiResponse> imageResponse(String dataUri) {
        int comma = dataUri.indexOf(',');
        if (!dataUri.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            return Optional.empty();
        }
        String meta = dataUri.substring(5, comma).toLowerCase(Locale.ROOT);
        String type = meta.split(";", -1)[0].strip();
        if (!IMAGE_TYPES.contains(type)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            String data = dataUri.substring(comma + 1);
            bytes = meta.endsWith(";base64") ? Base64.getDecoder().decode(data.replaceAll("\\s", ""))
                    : URLDecoder.decode(data.replace("+", "%2B"), StandardCharsets.UTF_8)
                            .getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(type));
        headers.put("Cache-Control", List.of("public, max-age=300"));
        ApiResponse response = new ApiResponse(200, headers, bytes);
        // An SVG opened on its own is a document: it gets its own policy (no script, no loads, sandboxed) in place
        // of the pages' one. Raster images keep the pages' policy.
        return Optional.of(type.equals("image/svg+xml") ? WebPages.secured(response, SVG_POLICY)
                : WebPages.secured(response, WebPages.CONTENT_SECURITY_POLICY));
    }

    /** {@code /u/{name}}; empty for a 404 (unknown user and no public badge alike). */
    Optional<ApiResponse> backpack(ApiRequest request) {
        String segment = request.path().substring(USERS.length());
        String owner;
        try {
            owner = decode(segment);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (owner.isBlank() || segment.contains("/")) {
            return Optional.empty();
        }
        List<StoredCredential> stored = new ArrayList<>();
        boolean truncated = false;
        int offset = 0;
        while (true) {
            CredentialPage page = store.list(owner, CredentialQuery.of(PAGE, offset).visibleTo(Audience.PUBLIC));
            for (StoredCredential c : page.credentials()) {
                // The store already filters; this guard keeps a LINK or PRIVATE badge off the page whatever it does.
                if (c.visibility() != Visibility.PUBLIC) {
                    continue;
                }
                if (stored.size() == MAX_BACKPACK) {
                    truncated = true;
                    break;
                }
                stored.add(c);
            }
            if (truncated || !page.hasNext() || page.credentials().isEmpty()) {
                break;
            }
            offset += page.credentials().size();
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ShareLinks links = shareLinks(request);
        Backpack backpack = Backpack.empty(classifier);
        Map<String, List<BackpackItem>> groups = new LinkedHashMap<>();
        ORDER.forEach(k -> groups.put(k.id(), new ArrayList<>()));
        groups.put("unclassified", new ArrayList<>());
        for (StoredCredential c : stored) {
            byte[] bytes = c.payload().getBytes(StandardCharsets.UTF_8);
            CheckedBadge checked = checks.check(c);
            Optional<Credential> credential = ReportViews.credential(checked);
            if (credential.isEmpty()) {
                groups.get("unclassified").add(new BackpackItem("(a badge this server cannot read)", c.issuerId(),
                        "unclassified", Optional.empty(), Optional.empty(), Optional.empty()));
                continue;
            }
            BackpackEntry entry = entry(credential.get(), Visibility.PUBLIC, checked.verified());
            backpack = backpack.with(entry);
            Credential cr = credential.get();
            Optional<String> name = cr.name().or(() -> cr.definition().flatMap(BadgeDefinition::name));
            String level = entry.kind().map(LevelKind::id).orElse("unclassified");
            Optional<String> href = entry.id().map(id -> links.shareUrl(entry).toString());
            groups.get(level).add(new BackpackItem(name.orElse("(no name)"),
                    cr.issuerName().or(cr::issuerId).orElse(c.issuerId()), level, entry.id(), href,
                    ReportViews.image(cr, bytes, name).filter(i -> i.dataUri().isPresent())));
        }
        List<LevelGroup> out = new ArrayList<>();
        groups.forEach((level, items) -> {
            if (!items.isEmpty()) {
                out.add(new LevelGroup(level, heading(level), items));
            }
        });
        Instant now = Instant.now(clock);
        List<PathwayView> progress = new ArrayList<>();
        for (String id : store.chosenPathways(owner)) {
            if (pathways.get(id).isPresent()) {
                PathwayProgress p = pathways.progress(id, backpack, now);
                progress.add(new PathwayView(id, p.pathway().name(), p.doneCount(), p.steps().size(), p.complete()));
            }
        }
        BackpackPage page = new BackpackPage(site, owner, out, progress, stored.size(), truncated);
        return Optional.of(WebPages.page("backpack", page, 200));
    }

    private static String heading(String level) {
        switch (level) {
            case "certification":
                return "Certifications";
            case "ability":
                return "Abilities";
            case "skill":
                return "Skills";
            case "knowledge":
                return "Knowledge";
            case "participation":
                return "Participation";
            case "recognition":
                return "Recognition";
            default:
                return "Not on the ladder";
        }
    }

    private boolean hasPublic(String owner) {
        return !store.list(owner, CredentialQuery.of(1, 0).visibleTo(Audience.PUBLIC)).credentials().isEmpty();
    }

    private BackpackEntry entry(Credential credential, Visibility visibility, boolean verified) {
        Instant now = Instant.now(clock);
        return Backpack.empty(classifier).with(credential, visibility,
                verified ? VerificationStatus.verified(now) : VerificationStatus.notVerified(now)).entries().get(0);
    }

    /** The public base URL, ending in a slash: the builder's, else the request's own. */
    private String base(ApiRequest request) {
        String base = publicBase.orElse(request.baseUri()).toString();
        return base.endsWith("/") ? base : base + "/";
    }

    private ShareLinks shareLinks(ApiRequest request) {
        return ShareLinks.withBase(base(request) + "badges/");
    }

    /** The public base URL, when the builder set one. */
    Optional<URI> publicBase() {
        return publicBase;
    }

    /** One of the learner's badges for their own page: name, issuer, visibility, and its links when shared. */
    AccountBadge accountBadge(ApiRequest request, StoredCredential c) {
        byte[] bytes = c.payload().getBytes(StandardCharsets.UTF_8);
        CheckedBadge checked = checks.check(c);
        Optional<Credential> credential = ReportViews.credential(checked);
        String visibility = c.visibility().name().toLowerCase(Locale.ROOT);
        if (credential.isEmpty()) {
            return new AccountBadge(c.key().value(), "(a badge this server cannot read)", c.issuerId(), visibility,
                    Optional.empty(), Optional.empty());
        }
        Credential cr = credential.get();
        BackpackEntry entry = entry(cr, c.visibility(), checked.verified());
        boolean shared = c.visibility() != Visibility.PRIVATE && entry.id().isPresent();
        return new AccountBadge(c.key().value(),
                cr.name().or(() -> cr.definition().flatMap(BadgeDefinition::name)).orElse("(no name)"),
                cr.issuerName().or(cr::issuerId).orElse(c.issuerId()), visibility,
                shared ? Optional.of(shareLinks(request).shareUrl(entry).toString()) : Optional.empty(),
                shared ? linkedIn(request, entry) : Optional.empty());
    }

    /** Percent-encodes one path segment as ShareLinks does (RFC 3986 unreserved characters stay). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** Decodes one path segment ({@code +} is a plus sign in a path, not a space). */
    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
