package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.internal.json.DocumentCache;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.CheckList;
import dev.laurel.badges.verify.jose.internal.Ob2Documents;
import dev.laurel.badges.verify.jose.internal.Uris;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.IssuerBinding;
import dev.laurel.badges.verify.keys.KeyAuthorization;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyResolution;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Ob2Check;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies an OB 2.0 signed badge: a compact JWS whose payload is an Assertion, as OB 2.0 "SignedBadge
 * Verification" describes.
 *
 * <p>Steps, each a {@link dev.laurel.badges.verify.report.Check} with an id from {@link dev.laurel.badges.verify.report.JwsCheck}, {@link dev.laurel.badges.verify.report.VcJwtCheck} and {@link dev.laurel.badges.verify.report.Ob2Check}: parse and
 * algorithm allow-list as for every JWS; the payload is a JSON object; {@code verification.type} is
 * {@code SignedBadge}; the issuer profile is found through {@code badge} (embedded or fetched) and
 * the badge class's {@code issuer}, and is always fetched from the issuer's http(s) id (an embedded
 * profile is written by whoever signed, so it cannot vouch for the key) and must carry that id; the key is {@code verification.creator}, which must be listed in
 * the profile's {@code publicKey} (without a creator, every listed key is tried); each key's
 * {@code CryptographicKey} document (embedded or fetched) must name the issuer as {@code owner}; the
 * signature must verify with one of them; and, unless turned off, the assertion's {@code id} (or legacy
 * {@code uid}) must not be in the issuer's {@code revocationList}. {@code kid}, {@code jku} and {@code x5u}
 * headers are never followed. Documents are fetched through the {@link DocumentFetcher} and what is read
 * from them is kept while the fetcher returns the same bytes: with a
 * {@link dev.laurel.badges.verify.fetch.CachingDocumentFetcher}, ten thousand assertions of one badge class
 * fetch and parse the class, the issuer and the key once. Thread-safe.
 *
 * <pre>{@code
 * SignedBadgeVerifier verifier = SignedBadgeVerifier.of(CachingDocumentFetcher.of(new HttpDocumentFetcher()));
 * SignedBadgeResult result = verifier.verify(jws);
 * }</pre>
 */
public final class SignedBadgeVerifier {

    /** The media types asked for when fetching OB 2.0 documents. */
    public static final String ACCEPT = "application/ld+json, application/json";

    private static final Set<String> EXPECTED_HEADERS = Set.of("alg", "typ", "cty");

    private final DocumentFetcher fetcher;
    private final KeyResolver resolver;
    private final IssuerBinding binding;
    private final JosePolicy policy;
    private final boolean checkRevocation;
    private final BindingMode bindingMode;
    private final Caches caches;

    private static final class Caches {
        final DocumentCache<ObjectNode> badgeClasses = new DocumentCache<>();
        final DocumentCache<Ob2Documents.Issuer> issuers = new DocumentCache<>();
        final DocumentCache<Ob2Documents.Revocations> revocations = new DocumentCache<>();
    }

    private SignedBadgeVerifier(DocumentFetcher fetcher, KeyResolver resolver, JosePolicy policy,
            boolean checkRevocation, BindingMode bindingMode, Caches caches) {
        this.fetcher = fetcher;
        this.resolver = resolver;
        this.binding = new IssuerBinding(resolver);
        this.policy = policy;
        this.checkRevocation = checkRevocation;
        this.bindingMode = bindingMode;
        this.caches = caches;
    }

    /**
     * Returns a verifier with the default policy that checks revocation.
     *
     * @param fetcher fetches badge classes, issuer profiles, keys and revocation lists
     * @return the verifier
     * @throws NullPointerException if fetcher is null
     */
    public static SignedBadgeVerifier of(DocumentFetcher fetcher) {
        return new SignedBadgeVerifier(Objects.requireNonNull(fetcher, "fetcher"), KeyResolver.of(fetcher),
                JosePolicy.defaults(), true, BindingMode.STRICT, new Caches());
    }

    /**
     * Returns a copy with another policy.
     *
     * @param value the policy
     * @return the new verifier
     * @throws NullPointerException if value is null
     */
    public SignedBadgeVerifier withPolicy(JosePolicy value) {
        return new SignedBadgeVerifier(fetcher, resolver, Objects.requireNonNull(value, "policy"), checkRevocation,
                bindingMode, caches);
    }

    /**
     * Returns a copy that does or does not check the issuer's revocation list (for a caller that checks
     * revocation itself).
     *
     * @param value whether to check it
     * @return the new verifier
     */
    public SignedBadgeVerifier withRevocationCheck(boolean value) {
        return new SignedBadgeVerifier(fetcher, resolver, policy, value, bindingMode, caches);
    }

    /**
     * Returns a copy that judges the issuer binding ({@code proof.key-binding}) under another mode. An
     * OB 2.0 key is trusted only as the issuer's own profile lists it, so the binding is confirmed or
     * refused, never left unconfirmed; the mode is there for symmetry with the other formats.
     *
     * @param mode the binding mode
     * @return the new verifier
     * @throws NullPointerException if mode is null
     */
    public SignedBadgeVerifier withKeyBinding(BindingMode mode) {
        return new SignedBadgeVerifier(fetcher, resolver, policy, checkRevocation,
                Objects.requireNonNull(mode, "mode"), caches);
    }

    /**
     * Verifies a signed badge, finding its issuer through {@code badge} and {@code issuer}. Never throws
     * for bad input.
     *
     * @param compactJws the JWS; surrounding white space is ignored
     * @return the checks and what could be read
     * @throws NullPointerException if compactJws is null
     */
    public SignedBadgeResult verify(String compactJws) {
        Objects.requireNonNull(compactJws, "compactJws");
        return guarded(checks -> JwsInspection.inspect(compactJws, policy, EXPECTED_HEADERS, false, checks),
                Optional.empty());
    }

    /**
     * Verifies a signed badge that {@code BadgeJson} has already read, without parsing it again: the header
     * and payload trees are the ones read from {@link CompactJws#compact()}, and the signature is checked
     * over that text. The trees are not modified.
     *
     * @param jws the JWS as {@code BadgeJson.read} returned it
     * @return the checks and what could be read
     * @throws NullPointerException if jws is null
     */
    public SignedBadgeResult verify(CompactJws jws) {
        Objects.requireNonNull(jws, "jws");
        return guarded(checks -> JwsInspection.inspect(jws, policy, EXPECTED_HEADERS, false, checks), Optional.empty());
    }

    /**
     * Verifies a signed badge whose issuer profile the caller already has (it is not fetched again).
     *
     * @param compactJws the JWS
     * @param issuerProfile the issuer profile; its {@code publicKey} decides which keys are trusted
     * @return the checks and what could be read
     * @throws NullPointerException if an argument is null
     */
    public SignedBadgeResult verify(String compactJws, ObjectNode issuerProfile) {
        Objects.requireNonNull(compactJws, "compactJws");
        Objects.requireNonNull(issuerProfile, "issuerProfile");
        return guarded(checks -> JwsInspection.inspect(compactJws, policy, EXPECTED_HEADERS, false, checks),
                Optional.of(issuerProfile));
    }

    private SignedBadgeResult guarded(Function<CheckList, Optional<JwsInspection.Parsed>> inspect,
            Optional<ObjectNode> issuerProfile) {
        CheckList checks = new CheckList();
        try {
            return run(inspect.apply(checks), issuerProfile, checks);
        } catch (RuntimeException e) {
            checks.fail(JwsCheck.FORMAT, "verification failed unexpectedly", "");
            return new SignedBadgeResult(checks.toList(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    private SignedBadgeResult run(Optional<JwsInspection.Parsed> parsed, Optional<ObjectNode> givenIssuer,
            CheckList checks) {
        if (parsed.isEmpty()) {
            return stop(checks, "the token was refused", null, null);
        }
        ObjectNode assertion;
        if (parsed.get().payloadTree().isPresent()) {
            // Read once already, from this very text; a copy, since the result hands it out.
            assertion = parsed.get().payloadTree().get().deepCopy();
        } else {
            try {
                assertion = Json.parseObject(JwsInspection.payloadBytes(parsed.get()));
            } catch (Json.NotAnObjectException e) {
                checks.fail(Ob2Check.PAYLOAD, "the payload is " + e.getMessage(), "");
                return stop(checks, "the payload is not an assertion", null, null);
            }
        }
        checks.pass(Ob2Check.PAYLOAD, "the payload is a JSON object", "");
        JsonNode verification = assertion.get("verification");
        JsonNode vType = verification == null ? null : verification.get("type");
        if (Json.hasType(vType, "SignedBadge") || Json.hasType(vType, "signed")) {
            checks.pass(Ob2Check.VERIFICATION, "verification.type is SignedBadge", "/verification/type");
        } else if (Json.hasType(vType, "HostedBadge") || Json.hasType(vType, "hosted")) {
            checks.fail(Ob2Check.VERIFICATION, "the assertion declares hosted, not signed, verification",
                    "/verification/type");
        } else {
            checks.fail(Ob2Check.VERIFICATION, "the assertion does not declare SignedBadge verification",
                    "/verification");
        }
        Optional<String> creator = verification == null ? Optional.empty() : Json.idOf(verification.get("creator"));

        ObjectNode badgeClass = null;
        Ob2Documents.Issuer issuer;
        try {
            JsonNode badge = assertion.get("badge");
            if (badge != null && badge.isObject()) {
                badgeClass = (ObjectNode) badge;
            } else if (givenIssuer.isEmpty()) {
                String badgeId = badge != null && badge.isTextual() ? badge.textValue() : null;
                if (badgeId == null) {
                    checks.fail(Ob2Check.ISSUER, "the assertion has no badge", "/badge");
                    return stop(checks, "no issuer", null, null);
                }
                FetchedDocument doc = fetch(badgeId);
                badgeClass = caches.badgeClasses.get(doc, Ob2Documents::object);
            }
            Optional<String> namedIssuer = badgeClass == null ? Optional.empty() : Json.idOf(badgeClass.get("issuer"));
            if (givenIssuer.isPresent()) {
                issuer = Ob2Documents.Issuer.of(givenIssuer.get());
                if (namedIssuer.isPresent() && !namedIssuer.equals(issuer.id())) {
                    checks.fail(Ob2Check.ISSUER, "the badge class names issuer " + namedIssuer.get()
                            + ", not the given profile " + issuer.id().orElse("(no id)"), "/badge");
                    return stop(checks, "another issuer", badgeClass, issuer);
                }
            } else if (namedIssuer.isEmpty()) {
                checks.fail(Ob2Check.ISSUER, "the badge class names no issuer", "/badge");
                return stop(checks, "no issuer", badgeClass, null);
            } else if (!isHttp(namedIssuer.get())) {
                // Keys are trusted only as the issuer's own hosted profile lists them; an embedded profile
                // is written by whoever signed, so it cannot vouch for the signing key.
                checks.fail(Ob2Check.ISSUER, "issuer " + namedIssuer.get()
                        + " is not an http(s) URL, so its profile and keys cannot be fetched from it", "/badge");
                return stop(checks, "issuer profile not hosted", badgeClass, null);
            } else {
                issuer = caches.issuers.get(fetch(namedIssuer.get()),
                        d -> Ob2Documents.Issuer.of(Ob2Documents.object(d)));
                if (!namedIssuer.equals(issuer.id())) {
                    Optional<Ob2Documents.Issuer> declared = sameOriginDeclared(namedIssuer.get(), issuer);
                    if (declared.isEmpty()) {
                        checks.fail(Ob2Check.ISSUER, "the profile at " + namedIssuer.get() + " claims to be "
                                + issuer.id().orElse("(no id)"), "/badge");
                        return stop(checks, "issuer profile mismatch", badgeClass, issuer);
                    }
                    // 1EdTech's validator warns and reads the declared id instead (graph.py jsonld_compact_data);
                    // on the same origin, and only when that document declares that id too (HostedOb2.redirected).
                    checks.warn(Ob2Check.ISSUER, "the profile at " + namedIssuer.get() + " declares its id as "
                            + declared.get().id().orElseThrow() + " on the same origin; read from there instead,"
                            + " as 1EdTech's validator does", "/badge");
                    issuer = declared.get();
                }
            }
        } catch (FetchException | Ob2Documents.UnreadableException e) {
            checks.fail(Ob2Check.ISSUER, "the issuer profile cannot be had: " + e.getMessage(), "/badge");
            return stop(checks, "no issuer", badgeClass, null);
        }
        if (issuer.id().isEmpty()) {
            checks.fail(Ob2Check.ISSUER, "the issuer profile has no id", "/badge");
            return stop(checks, "no issuer id", badgeClass, issuer);
        }
        String issuerId = issuer.id().get();
        checks.pass(Ob2Check.ISSUER, "issuer " + issuerId, "/badge");

        List<Ob2Documents.KeyRef> refs = new ArrayList<>();
        if (creator.isPresent()) {
            for (Ob2Documents.KeyRef ref : issuer.keys()) {
                if (ref.id().filter(creator.get()::equals).isPresent()) {
                    refs.add(ref);
                }
            }
            if (refs.isEmpty()) {
                checks.fail(Ob2Check.KEY, "verification.creator " + creator.get()
                        + " is not listed in the issuer's publicKey", "/verification/creator");
                return stop(checks, "untrusted key", badgeClass, issuer);
            }
            checks.pass(Ob2Check.KEY, "the issuer lists the creator key " + creator.get(), "/verification/creator");
        } else {
            refs.addAll(issuer.keys());
            if (refs.isEmpty()) {
                checks.fail(Ob2Check.KEY, "the assertion names no creator and the issuer lists no publicKey",
                        "/verification");
                return stop(checks, "no key", badgeClass, issuer);
            }
            checks.pass(Ob2Check.KEY, "trying the " + refs.size() + " key(s) the issuer lists", "/verification");
        }

        List<VerificationMethod> usable = new ArrayList<>();
        List<String> ownerProblems = new ArrayList<>();
        List<String> keyProblems = new ArrayList<>();
        for (Ob2Documents.KeyRef ref : refs) {
            KeyResolution resolution = ref.embedded().isPresent() ? embeddedKey(ref, issuer)
                    : resolver.resolve(ref.id().get());
            if (resolution.method().isEmpty() || resolution.method().get().origin() == KeyOrigin.FRAGMENT) {
                keyProblems.add("key " + ref.id().orElse("(embedded key)") + " cannot be had: " + resolution.describe());
                continue;
            }
            VerificationMethod key = resolution.method().get();
            if (key.controller().filter(issuerId::equals).isEmpty()) {
                ownerProblems.add("key " + key.id() + " is owned by " + key.controller().orElse("nobody")
                        + ", not by the issuer " + issuerId);
                continue;
            }
            if (key.key().kind() != parsed.get().algorithm().keyKind()) {
                keyProblems.add("key " + key.id() + " is " + key.key().kind() + ", but alg is "
                        + parsed.get().algorithm().jwaName());
                continue;
            }
            usable.add(key);
        }
        if (!ownerProblems.isEmpty() && usable.isEmpty()) {
            checks.fail(Ob2Check.KEY_OWNER, String.join("; ", ownerProblems), "/verification");
        } else if (!ownerProblems.isEmpty()) {
            checks.warn(Ob2Check.KEY_OWNER, String.join("; ", ownerProblems), "/verification");
        } else if (!usable.isEmpty() || !keyProblems.isEmpty()) {
            checks.pass(Ob2Check.KEY_OWNER, "the issuer owns the key", "/verification");
        }
        if (usable.isEmpty()) {
            if (!keyProblems.isEmpty()) {
                checks.fail(JwsCheck.KEY, String.join("; ", keyProblems), "/verification");
            }
            return stop(checks, "no usable key the issuer owns", badgeClass, issuer);
        }
        checks.pass(JwsCheck.KEY, usable.size() + " usable key(s)", "/verification");
        VerificationMethod verifiedWith = null;
        for (VerificationMethod k : usable) {
            if (JwsInspection.signatureValid(parsed.get(), k.key())) {
                verifiedWith = k;
                break;
            }
        }
        if (verifiedWith == null) {
            checks.fail(JwsCheck.SIGNATURE, "the signature does not verify with the issuer's key", "");
            return result(checks, null, badgeClass, issuer, null);
        }
        checks.pass(JwsCheck.SIGNATURE, "the signature verifies with " + verifiedWith.id(), "");
        checks.add(binding.evaluate(Optional.of(issuerId), verifiedWith, Optional.of(issuer.node())).check(
                bindingMode, "/verification"));
        if (checkRevocation) {
            checkRevocation(assertion, issuer, checks);
        }
        return result(checks, assertion, badgeClass, issuer, verifiedWith);
    }

    private void checkRevocation(ObjectNode assertion, Ob2Documents.Issuer issuer, CheckList checks) {
        if (issuer.revocationList().isEmpty()) {
            checks.skip(Ob2Check.REVOCATION_LIST, "the issuer publishes no revocation list", "/id");
            return;
        }
        Ob2Documents.Revocations revocations;
        try {
            revocations = caches.revocations.get(fetch(issuer.revocationList().get()),
                    d -> Ob2Documents.Revocations.of(Ob2Documents.object(d)));
        } catch (FetchException | Ob2Documents.UnreadableException e) {
            checks.fail(Ob2Check.REVOCATION_LIST, "the revocation list cannot be read: " + e.getMessage(), "/id");
            return;
        }
        Optional<String> id = Json.text(assertion, "id");
        Optional<String> uid = Json.text(assertion, "uid");
        String hit = id.filter(revocations.revoked()::containsKey)
                .or(() -> uid.filter(revocations.revoked()::containsKey)).orElse(null);
        if (hit != null) {
            String reason = revocations.revoked().get(hit);
            checks.fail(Ob2Check.REVOCATION_LIST, "the issuer has revoked this assertion"
                    + (reason.isEmpty() ? "" : ": " + reason), id.isPresent() ? "/id" : "/uid");
        } else if (id.isEmpty() && uid.isEmpty()) {
            checks.fail(Ob2Check.REVOCATION_LIST, "the assertion has neither id nor uid to look up", "/id");
        } else {
            checks.pass(Ob2Check.REVOCATION_LIST, "not in the issuer's revocation list", "/id");
        }
    }

    /** A {@code CryptographicKey} embedded in the issuer's own profile: read where it stands. */
    private static KeyResolution embeddedKey(Ob2Documents.KeyRef ref, Ob2Documents.Issuer issuer) {
        ObjectNode node = ref.embedded().get();
        return KeyResolver.embedded(node, ref.id(), Json.idOf(node.get("owner")), issuer.id().flatMap(Uris::parse),
                "key embedded in the issuer's profile");
    }

    /**
     * The profile at the id a fetched profile declares, when that id is an http(s) URL on the origin it was
     * fetched from and the document there declares the same id; else empty (the caller fails ob2.issuer).
     */
    private Optional<Ob2Documents.Issuer> sameOriginDeclared(String fetchedFrom, Ob2Documents.Issuer profile)
            throws FetchException {
        Optional<String> declared = profile.id();
        if (declared.isEmpty() || !isHttp(declared.get()) || !sameOrigin(fetchedFrom, declared.get())) {
            return Optional.empty();
        }
        Ob2Documents.Issuer there = caches.issuers.get(fetch(declared.get()),
                d -> Ob2Documents.Issuer.of(Ob2Documents.object(d)));
        return there.id().equals(declared) ? Optional.of(there) : Optional.empty();
    }

    private static boolean sameOrigin(String a, String b) {
        Optional<URI> x = Uris.parse(a);
        Optional<URI> y = Uris.parse(b);
        return x.isPresent() && y.isPresent() && x.get().getScheme() != null && x.get().getHost() != null
                && x.get().getScheme().equalsIgnoreCase(y.get().getScheme())
                && x.get().getHost().equalsIgnoreCase(String.valueOf(y.get().getHost()))
                && x.get().getPort() == y.get().getPort();
    }

    private static boolean isHttp(String id) {
        String lower = id.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private FetchedDocument fetch(String url) {
        URI uri = Uris.parse(url).orElseThrow(() -> new Ob2Documents.UnreadableException("not a URI: " + url));
        return fetcher.fetch(uri, ACCEPT);
    }

    private static SignedBadgeResult stop(CheckList checks, String why, ObjectNode badgeClass,
            Ob2Documents.Issuer issuer) {
        checks.skip(JwsCheck.SIGNATURE, "not checked: " + why, "");
        return result(checks, null, badgeClass, issuer, null);
    }

    private static SignedBadgeResult result(CheckList checks, ObjectNode assertion, ObjectNode badgeClass,
            Ob2Documents.Issuer issuer, VerificationMethod key) {
        return new SignedBadgeResult(checks.toList(), Optional.ofNullable(assertion),
                Optional.ofNullable(badgeClass).map(ObjectNode::deepCopy),
                Optional.ofNullable(issuer).map(i -> i.node().deepCopy()), Optional.ofNullable(key));
    }
}
