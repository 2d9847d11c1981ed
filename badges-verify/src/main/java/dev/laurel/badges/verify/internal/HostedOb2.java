package dev.laurel.badges.verify.internal;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.validation.ValidationCode;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob2.Profile;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.Ob2Check;
import dev.laurel.badges.verify.report.Outcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * OB 2.0 hosted verification (spec: "HostedBadge Verification"): the given assertion only names the
 * URL of the hosted file; the hosted file is fetched, compared with what was given, and used from then
 * on. Its badge class and issuer are fetched where they are IRIs (and validated), a fetched profile must
 * carry the id it was fetched from, and the assertion's id must lie in the scope the issuer declares
 * ({@code allowedOrigins}, {@code startsWith}), by default the issuer's origin. That scope is read only
 * from the profile hosted at the issuer's id, never from a profile embedded in the assertion.
 */
public final class HostedOb2 {

    /** The check id for the validity of a linked badge class or issuer profile. */

    private static final String ACCEPT = "application/ld+json, application/json";

    private final DocumentFetcher fetcher;
    private final BadgeJson json;

    /**
     * Documents read from fetched bodies, by body identity: a caching fetcher hands out the same array
     * for a cached document, so verifying many assertions of one badge class reads and validates the
     * class and its issuer once. Weak keys: an entry goes when the fetcher's cache lets go of the body.
     */
    private final Map<byte[], Read> reads = Collections.synchronizedMap(new WeakHashMap<>());

    /** A fetched body read once, and its validation computed on first use. */
    private final class Read {
        private final BadgeDocument doc;
        private volatile ValidationResult validation;

        Read(BadgeDocument doc) {
            this.doc = doc;
        }

        ValidationResult validation() {
            ValidationResult v = validation;
            if (v == null) {
                v = json.validate(doc);
                validation = v;
            }
            return v;
        }
    }

    /** The same reads by document identity, for validation; bounded, cleared when full. */
    private final Map<BadgeDocument, Read> byDocument = new IdentityHashMap<>();

    private static final int MAX_READS = 4096;

    private BadgeDocument read(byte[] body) {
        Read read = reads.get(body);
        if (read == null) {
            read = new Read(json.read(body));
            reads.put(body, read);
            synchronized (byDocument) {
                if (byDocument.size() >= MAX_READS) {
                    byDocument.clear();
                }
                byDocument.put(read.doc, read);
            }
        }
        return read.doc;
    }

    private ValidationResult validation(BadgeDocument doc) {
        Read read;
        synchronized (byDocument) {
            read = byDocument.get(doc);
        }
        return read != null ? read.validation() : json.validate(doc);
    }

    /**
     * Creates the verifier step.
     *
     * @param fetcher where hosted documents come from
     * @param json the JSON reader
     */
    public HostedOb2(DocumentFetcher fetcher, BadgeJson json) {
        this.fetcher = fetcher;
        this.json = json;
    }

    /**
     * What hosted verification found.
     *
     * @param checks the checks, in order
     * @param hosted the hosted assertion as fetched, to verify from here on
     * @param issuer the issuer's id, when known
     */
    public record Result(List<Check> checks, Optional<BadgeDocument> hosted, Optional<String> issuer) {
    }

    /**
     * Verifies a hosted assertion.
     *
     * @param given the assertion as given
     * @param givenIsHosted whether {@code given} was itself just fetched from its URL (nothing to compare)
     * @return the result
     */
    public Result verify(BadgeDocument given, boolean givenIsHosted) {
        List<Check> checks = new ArrayList<>();
        Assertion assertion = given.model(Assertion.class).orElseThrow();
        Optional<String> id = assertion.id().filter(HostedOb2::isHttp);
        if (id.isEmpty()) {
            checks.add(fail(Ob2Check.HOSTED_FETCH, "a hosted assertion needs an http(s) id to be fetched from", "/id"));
            return new Result(checks, Optional.empty(), Optional.empty());
        }
        BadgeDocument hosted;
        if (givenIsHosted) {
            hosted = given;
        } else {
            Optional<BadgeDocument> fetched = fetch(id.get(), Ob2Check.HOSTED_FETCH, "/id", checks, true);
            if (fetched.isEmpty()) {
                return new Result(checks, Optional.empty(), Optional.empty());
            }
            hosted = fetched.get();
            if (hosted.kind() != DocumentKind.OB2_ASSERTION) {
                checks.add(fail(Ob2Check.HOSTED_FETCH, "the document at " + id.get() + " is not an OB 2.0 Assertion", "/id"));
                return new Result(checks, Optional.empty(), Optional.empty());
            }
            checks.add(pass(Ob2Check.HOSTED_FETCH, "fetched the hosted assertion from " + id.get(), "/id"));
            checks.add(hosted.json().equals(given.json())
                    ? pass(Ob2Check.HOSTED_MATCH, "the assertion given is the one hosted at its id", "")
                    : fail(Ob2Check.HOSTED_MATCH, "the assertion given differs from the one hosted at " + id.get(), ""));
        }
        Assertion current = hosted.model(Assertion.class).orElseThrow();
        if (!current.id().equals(assertion.id())) {
            checks.add(fail(Ob2Check.HOSTED_MATCH, "the hosted assertion has another id: " + current.id().orElse("none"), "/id"));
        }
        checks.add(current.isRevoked()
                ? fail(Ob2Check.REVOKED, "the issuer revoked this assertion"
                + current.revocationReason().map(r -> ": " + r).orElse(""), "/revoked")
                : pass(Ob2Check.REVOKED, "the hosted assertion is not revoked", "/revoked"));

        Optional<Linked<BadgeClass>> badgeClass = resolve(current.badge(), BadgeClass.class,
                DocumentKind.OB2_BADGE_CLASS, Ob2Check.HOSTED_BADGECLASS, "/badge", checks);
        Optional<String> badgeClassId = current.badge().flatMap(Ref::id);
        Optional<Linked<Profile>> issuer = badgeClass.flatMap(b -> resolve(b.model().issuer(), Profile.class,
                DocumentKind.OB2_PROFILE, Ob2Check.HOSTED_ISSUER, "/badge/issuer", checks));
        // The issuer's id: that of the profile read (a same-origin profile may declare another id than the
        // URL the badge class names; see redirected), else the badge class's link.
        Optional<String> issuerId = issuer.filter(Linked::fetched).flatMap(i -> i.model().id())
                .or(() -> badgeClass.flatMap(b -> b.model().issuer().flatMap(Ref::id)));
        if (issuer.isPresent()) {
            checks.add(origin(id.get(), badgeClassId, issuerId.orElse(""), trustedPolicy(issuer.get(), issuerId)));
        }
        return new Result(checks, Optional.of(hosted), issuerId);
    }

    /** A badge class or profile the assertion links to, and whether it was fetched from its own id. */
    private record Linked<T>(T model, boolean fetched) {
    }

    /**
     * The issuer's verification policy, taken only from the profile hosted at the issuer's id: a profile
     * embedded in the (attacker-hostable) assertion or badge class cannot widen the issuer's scope.
     */
    private Optional<VerificationObject> trustedPolicy(Linked<Profile> issuer, Optional<String> issuerId) {
        if (issuer.fetched()) {
            return issuer.model().verification();
        }
        if (issuerId.isEmpty() || !isHttp(issuerId.get())) {
            return Optional.empty();
        }
        try {
            BadgeDocument doc = read(fetcher.fetch(URI.create(stripFragment(issuerId.get())), ACCEPT).body());
            return doc.model(Profile.class).filter(p -> p.id().equals(issuerId))
                    .flatMap(Profile::verification);
        } catch (FetchException | BadgeJsonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Check origin(String assertionId, Optional<String> badgeClassId, String issuerId,
                         Optional<VerificationObject> policy) {
        if (policy.isPresent() && !policy.get().startsWith().isEmpty()) {
            boolean inScope = policy.get().startsWith().stream().anyMatch(assertionId::startsWith);
            return inScope ? pass(Ob2Check.HOSTED_ORIGIN, "the assertion id starts with a prefix the issuer allows", "/id")
                    : fail(Ob2Check.HOSTED_ORIGIN, "the assertion id is outside the issuer's startsWith scope "
                    + policy.get().startsWith(), "/id");
        }
        if (policy.isPresent() && !policy.get().allowedOrigins().isEmpty()) {
            String host = host(assertionId);
            boolean allowed = policy.get().allowedOrigins().stream().anyMatch(o -> o.equalsIgnoreCase(host));
            return allowed ? pass(Ob2Check.HOSTED_ORIGIN, "the assertion is hosted on " + host + ", an origin the issuer allows", "/id")
                    : fail(Ob2Check.HOSTED_ORIGIN, "the assertion is hosted on " + host + ", not one of the issuer's allowedOrigins "
                    + policy.get().allowedOrigins(), "/id");
        }
        String issuerOrigin = origin(issuerId);
        if (!origin(assertionId).equals(issuerOrigin)) {
            return fail(Ob2Check.HOSTED_ORIGIN, "the assertion is not hosted on the issuer's origin " + issuerOrigin, "/id");
        }
        if (badgeClassId.isPresent() && isHttp(badgeClassId.get()) && !origin(badgeClassId.get()).equals(issuerOrigin)) {
            // The hosted rule constrains the assertion (1EdTech's validator checks only its id:
            // verification.py hosted_id_in_verification_scope). Only the issuer's origin can host the
            // assertion that links to this badge class, so a badge class kept elsewhere (a CDN, a badge
            // platform) was still chosen by the issuer: a warning, not a failure.
            return new Check(Ob2Check.HOSTED_ORIGIN, Outcome.WARNING, "/badge", "the assertion is hosted on the issuer's"
                    + " origin " + issuerOrigin + "; its badge class is hosted on another origin, "
                    + origin(badgeClassId.get()));
        }
        return pass(Ob2Check.HOSTED_ORIGIN, "the assertion is hosted on the issuer's origin " + issuerOrigin, "/id");
    }

    private <T> Optional<Linked<T>> resolve(Optional<? extends Ref<?>> ref, Class<T> type, DocumentKind kind,
                                            CheckId checkId, String path, List<Check> checks) {
        if (ref.isEmpty()) {
            checks.add(fail(checkId, "missing", path));
            return Optional.empty();
        }
        if (ref.get().embedded().isPresent()) {
            Object embedded = ref.get().embedded().get();
            if (type.isInstance(embedded)) {
                // Embedded objects are validated with the hosted assertion (document.valid).
                checks.add(pass(checkId, "embedded in the hosted document", path));
                return Optional.of(new Linked<>(type.cast(embedded), false));
            }
        }
        String iri = ref.get().id().orElse("");
        Optional<BadgeDocument> doc = fetch(iri, checkId, path, checks, false);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        if (doc.get().kind() != kind || doc.get().model(type).isEmpty()) {
            checks.add(fail(checkId, "the document at " + iri + " is not an OB 2.0 " + type.getSimpleName(), path));
            return Optional.empty();
        }
        T model = doc.get().model(type).get();
        if (model instanceof Profile profile && !profile.id().map(HostedOb2::stripFragment)
                .equals(Optional.of(stripFragment(iri)))) {
            return redirected(iri, profile, type, kind, checkId, path, checks);
        }
        checks.add(pass(checkId, "fetched from " + iri, path));
        checks.addAll(validateLinked(doc.get(), iri, path));
        return Optional.of(new Linked<>(model, true));
    }

    /**
     * A profile fetched from {@code iri} that declares another id. 1EdTech's validator warns and fetches the
     * declared id instead ({@code tasks/graph.py jsonld_compact_data}, "Node fetched from source ... declared
     * its id as ..."). Laurel does the same, with a WARNING, when the declared id is an http(s) URL on the same
     * origin and the document there declares that id itself: the profile used is then the one its own URL
     * serves, exactly as if the badge class had named it, and the hosted-origin rule and the issuer's scope
     * are read from it. Anything else still fails: a declared id on another origin is what a copy lending a
     * famous issuer's name looks like, and a {@code urn:uuid} (or other unfetchable) id cannot be confirmed by
     * anyone (the validator fails too: its refetch of a urn cannot succeed).
     */
    private <T> Optional<Linked<T>> redirected(String iri, Profile profile, Class<T> type, DocumentKind kind,
                                               CheckId checkId, String path, List<Check> checks) {
        String declared = profile.id().orElse("");
        if (!isHttp(declared) || !origin(stripFragment(declared)).equals(origin(stripFragment(iri)))) {
            checks.add(fail(checkId, "the profile at " + iri + " claims to be " + (declared.isEmpty() ? "(no id)" : declared)
                    + (isHttp(declared) ? ", on another origin" : ", which cannot be fetched to confirm it"), path));
            return Optional.empty();
        }
        List<Check> refetch = new ArrayList<>();
        Optional<BadgeDocument> doc = fetch(declared, checkId, path, refetch, false);
        if (doc.isEmpty()) {
            checks.add(fail(checkId, "the profile at " + iri + " declares its id as " + declared
                    + ", which cannot be fetched", path));
            checks.addAll(refetch);
            return Optional.empty();
        }
        Optional<T> model = doc.get().kind() == kind ? doc.get().model(type) : Optional.empty();
        if (model.isEmpty() || !((Profile) model.get()).id().map(HostedOb2::stripFragment)
                .equals(Optional.of(stripFragment(declared)))) {
            checks.add(fail(checkId, "the profile at " + iri + " declares its id as " + declared
                    + ", but the document there is not an OB 2.0 Profile with that id", path));
            return Optional.empty();
        }
        checks.add(new Check(checkId, Outcome.WARNING, path, "the profile at " + iri + " declares its id as "
                + declared + " on the same origin; read from " + declared + " instead, as 1EdTech's validator does"));
        checks.addAll(validateLinked(doc.get(), declared, path));
        return Optional.of(new Linked<>(model.get(), true));
    }

    /**
     * Validates a badge class or issuer profile the assertion links to (OB 2.0 "Data Validation": every
     * Badge Object of the badge must be valid, not only the assertion).
     *
     * @param doc the linked document as fetched
     * @param source where it came from, for the messages
     * @param path the JSON Pointer, in the assertion, of the link
     * @return {@value #Ob2Check.LINKED_VALID} checks: one PASSED, or one per problem (errors FAILED, warnings WARNING)
     */
    public List<Check> validateLinked(BadgeDocument doc, String source, String path) {
        List<Check> checks = new ArrayList<>();
        ValidationResult result = validation(doc);
        String what = "the " + doc.kind().displayName() + " at " + source;
        if (result.problems().isEmpty()) {
            checks.add(pass(Ob2Check.LINKED_VALID, what + " is valid", path));
            return checks;
        }
        for (Problem p : result.problems()) {
            if (p.isError() && isInlineV2Context(doc, p)) {
                checks.add(new Check(Ob2Check.LINKED_VALID, Outcome.WARNING, path, what + ": "
                        + INLINE_CONTEXT_MESSAGE + " at /@context", Optional.of(p.code())));
                continue;
            }
            checks.add(new Check(Ob2Check.LINKED_VALID, p.isError() ? Outcome.FAILED : Outcome.WARNING, path,
                    what + ": " + p.message() + " at " + (p.path().isEmpty() ? "/" : p.path()), Optional.of(p.code())));
        }
        return checks;
    }

    /**
     * The one error an inline copy of the OB 2.0 context gives ("@context must include" the URL), for a
     * linked badge class or profile whose inline context {@link Ob2InlineContext} finds equivalent.
     */
    private static boolean isInlineV2Context(BadgeDocument doc, Problem p) {
        return p.code() == ValidationCode.VALUE_NOT_ALLOWED && p.path().equals("/@context")
                && (doc.kind() == DocumentKind.OB2_BADGE_CLASS || doc.kind() == DocumentKind.OB2_PROFILE)
                && Ob2InlineContext.isEquivalent(doc.json().get("@context"));
    }

    /** What an inline OB 2.0 context is told. */
    public static final String INLINE_CONTEXT_MESSAGE = "its @context is written inline, equivalent to "
            + Ob2Vocabulary.CONTEXT + " (accepted as 1EdTech's validator accepts it; the issuer should name the"
            + " context URL)";

    /**
     * Tells whether an OB 2.0 assertion or endorsement writes, instead of the OB 2.0 context URL, an inline
     * context equivalent to it ({@link Ob2InlineContext}).
     *
     * @param doc the document
     * @return {@code true} if it does
     */
    public static boolean isInlineV2Context(BadgeDocument doc) {
        return (doc.kind() == DocumentKind.OB2_ASSERTION || doc.kind() == DocumentKind.OB2_ENDORSEMENT)
                && Ob2InlineContext.isEquivalent(doc.json().get("@context"));
    }

    private Optional<BadgeDocument> fetch(String iri, CheckId checkId, String path, List<Check> checks, boolean assertion) {
        if (!isHttp(iri)) {
            checks.add(fail(checkId, "cannot fetch \"" + iri + "\": not an http(s) URL", path));
            return Optional.empty();
        }
        try {
            FetchedDocument doc = fetcher.fetch(URI.create(stripFragment(iri)), ACCEPT);
            return Optional.of(read(doc.body()));
        } catch (FetchException e) {
            if (assertion && e.fetchCode() == FetchCode.GONE) {
                checks.add(fail(Ob2Check.REVOKED, "the issuer answers 410 Gone for " + iri + ": the assertion is revoked",
                        "/id"));
            } else {
                checks.add(Check.failed(checkId, path, "cannot fetch " + iri + ": " + e.getMessage(), e.code()));
            }
        } catch (BadgeJsonException e) {
            checks.add(Check.failed(checkId, path, "the document at " + iri + " is not readable JSON: " + e.getMessage(),
                    e.code()));
        } catch (IllegalArgumentException e) {
            checks.add(fail(checkId, "\"" + iri + "\" is not a URL", path));
        }
        return Optional.empty();
    }

    static boolean isHttp(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String stripFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Check pass(CheckId id, String message, String path) {
        return new Check(id, Outcome.PASSED, path, message);
    }

    private static Check fail(CheckId id, String message, String path) {
        return new Check(id, Outcome.FAILED, path, message);
    }
}
