package dev.laurel.badges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchPolicy;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.HttpDocumentFetcher;
import dev.laurel.badges.verify.internal.DidKeys;
import dev.laurel.badges.verify.internal.HostedOb2;
import dev.laurel.badges.verify.internal.RecipientMatcher;
import dev.laurel.badges.verify.internal.StatusLists;
import dev.laurel.badges.verify.jose.FetchingKeyResolver;
import dev.laurel.badges.verify.jose.IssuerKeyBinding;
import dev.laurel.badges.verify.jose.JosePolicy;
import dev.laurel.badges.verify.jose.ResolvedKey;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtVerifier;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of badges-verify: answers "is this badge real, unaltered, unexpired, unrevoked, valid
 * and issued to this person?" for any Open Badge, with every step as a {@link Check}.
 *
 * <p>Accepts JSON, a compact JWS/JWT, a baked PNG or SVG (a hosted URL inside is followed through the
 * fetcher), or a document already read. Handles OB 2.0 hosted and signed badges, OB 3.0 VC-JWT and
 * embedded Data Integrity proofs (eddsa-rdfc-2022, Ed25519Signature2020), key binding, validity dates,
 * status lists, embedded endorsements and recipient matching. A badge is verified only if it is also
 * valid: schema and specification problems fail it.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().build();           // safe HTTP fetching, with a cache
 * VerificationReport report = verifier.verify(bytes, Recipient.parse("email:alice@example.org"));
 * if (report.verified()) { ... }
 * report.checks().forEach(c -> System.out.println(c.id() + " " + c.outcome() + " " + c.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Untrusted input never throws; it yields a report.
 */
public final class Verifier {


    /** The id of the check that reports a defect: verification stopped by an unexpected exception. */
    static final String UNEXPECTED = "verifier.error";

    /** The id of the check on each embedded endorsement. */
    private static final String ENDORSEMENT = "endorsement.verified";

    private final DocumentFetcher fetcher;
    private final Clock clock;
    private final Duration clockSkew;
    private final boolean requireKeyBinding;
    private final int maxEndorsementDepth;
    private final BadgeJson json;
    private final DataIntegrityVerifier dataIntegrity;
    private final VcJwtVerifier vcJwt;
    private final SignedBadgeVerifier signedBadges;
    private final StatusLists statusLists;
    private final HostedOb2 hosted;
    private final DidKeys didKeys;

    private Verifier(Builder b) {
        this.fetcher = b.fetcher instanceof CachingDocumentFetcher ? b.fetcher : CachingDocumentFetcher.of(b.fetcher);
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.requireKeyBinding = b.requireKeyBinding;
        this.maxEndorsementDepth = b.maxEndorsementDepth;
        this.json = b.json;
        this.dataIntegrity = DataIntegrityVerifier.builder().fetcher(fetcher).clock(clock)
                .checkKeyBinding(true).fetchIssuerDocument(true).strictKeyBinding(requireKeyBinding).build();
        JosePolicy policy = JosePolicy.defaults().withClock(clock).withClockSkew(clockSkew);
        dev.laurel.badges.verify.did.KeyResolver dids = new dev.laurel.badges.verify.did.KeyResolver(fetcher);
        this.didKeys = new DidKeys(dids, fetcher);
        this.vcJwt = VcJwtVerifier.of(FetchingKeyResolver.of(fetcher).withDidResolver(didKeys)).withPolicy(policy);
        this.signedBadges = SignedBadgeVerifier.of(fetcher).withPolicy(policy);
        this.statusLists = new StatusLists(fetcher, dataIntegrity, vcJwt, json, clock);
        this.hosted = new HostedOb2(fetcher, json);
    }

    /**
     * Returns a builder; its defaults fetch over HTTP(S) under {@link FetchPolicy#defaults()} with a cache.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a verifier that makes no network call at all: any document it would need to fetch fails
     * its check.
     *
     * @return the verifier
     */
    public static Verifier offline() {
        return builder().fetcher(DocumentFetcher.refusing()).build();
    }

    /**
     * Verifies a badge: JSON, a compact JWS/JWT, or a baked PNG/SVG.
     *
     * @param input the bytes
     * @return the report
     * @throws NullPointerException if {@code input} is null
     */
    public VerificationReport verify(byte[] input) {
        return verify(input, Optional.empty());
    }

    /**
     * Verifies a badge and that it was issued to a known recipient.
     *
     * @param input the bytes
     * @param recipient the recipient the caller knows
     * @return the report; a mismatch fails {@code recipient.match}
     */
    public VerificationReport verify(byte[] input, Recipient recipient) {
        return verify(input, Optional.of(recipient));
    }

    /**
     * Verifies a badge given as text (JSON or a compact JWS/JWT).
     *
     * @param input the text
     * @return the report
     */
    public VerificationReport verify(String input) {
        Objects.requireNonNull(input, "input");
        return verify(input.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    /**
     * Verifies a badge, optionally against a known recipient.
     *
     * @param input JSON, a compact JWS/JWT or a baked image
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(byte[] input, Optional<Recipient> recipient) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(recipient, "recipient");
        List<Check> checks = new ArrayList<>();
        try {
            return verifyBytes(input, recipient, checks);
        } catch (RuntimeException e) {
            return unexpected(e, checks);
        }
    }

    /** Untrusted input never throws: a defect in a step or in a library still ends as a failed check. */
    private static VerificationReport unexpected(RuntimeException e, List<Check> checks) {
        List<Check> all = new ArrayList<>(checks);
        all.add(new Check(UNEXPECTED, Outcome.FAILED, "verification stopped unexpectedly: " + e, ""));
        return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), all, Optional.empty());
    }

    private VerificationReport verifyBytes(byte[] input, Optional<Recipient> recipient, List<Check> checks) {
        byte[] badge = input;
        Optional<String> bakedUrl = Optional.empty();
        Optional<ImageFormat> image = ImageFormat.detect(input);
        if (image.isPresent()) {
            Optional<BakedBadge> baked;
            try {
                baked = Baker.standard().extract(input);
            } catch (BakeException e) {
                checks.add(new Check("input.image", Outcome.FAILED, "cannot read the " + image.get() + " image: "
                        + e.getMessage() + " [" + e.code().name() + "]", ""));
                return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
            }
            if (baked.isEmpty()) {
                checks.add(new Check("input.image", Outcome.FAILED, "the " + image.get() + " image carries no badge", ""));
                return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
            }
            String text = baked.get().text().strip();
            if (baked.get().kind() == BadgePayload.Kind.URL) {
                checks.add(new Check("input.image", Outcome.PASSED, "the " + image.get()
                        + " image carries the URL of a hosted assertion: " + text, ""));
                try {
                    FetchedDocument doc = fetcher.fetch(URI.create(text), "application/ld+json, application/json");
                    badge = doc.body();
                    bakedUrl = Optional.of(text);
                } catch (FetchException e) {
                    // OB 2.0 "Revoking Hosted Assertions": 410 Gone means revoked.
                    checks.add(e.fetchCode() == FetchCode.GONE
                            ? new Check("status.revoked", Outcome.FAILED, "the issuer answers 410 Gone for " + text
                            + ": the assertion is revoked", "")
                            : new Check("hosted.fetch", Outcome.FAILED, "cannot fetch " + text + ": " + e.getMessage()
                            + " [" + e.code().name() + "]", ""));
                    return report(DocumentKind.OB2_ASSERTION, ProofFormat.HOSTED, Optional.empty(), checks, Optional.empty());
                } catch (IllegalArgumentException e) {
                    checks.add(new Check("hosted.fetch", Outcome.FAILED, "cannot fetch " + text + ": not a URL", ""));
                    return report(DocumentKind.OB2_ASSERTION, ProofFormat.HOSTED, Optional.empty(), checks, Optional.empty());
                }
            } else {
                checks.add(new Check("input.image", Outcome.PASSED, "extracted an OB " + baked.get().version().label()
                        + " badge from the " + image.get() + " image", ""));
                badge = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        BadgeDocument doc;
        try {
            doc = json.read(badge);
        } catch (BadgeJsonException e) {
            checks.add(new Check("input.readable", Outcome.FAILED, e.getMessage() + " [" + e.code().name() + "]", ""));
            return report(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, Optional.empty(), checks, Optional.empty());
        }
        // What the URL served counts as the hosted assertion only if it says it lives there; otherwise it is
        // treated like a given copy, fetched again from its own id and compared.
        boolean hostedAtUrl = bakedUrl.isPresent() && doc.kind() == DocumentKind.OB2_ASSERTION && doc.jws().isEmpty()
                && doc.model(Assertion.class).flatMap(Assertion::id).map(Verifier::withoutFragment)
                .equals(bakedUrl.map(Verifier::withoutFragment));
        return verify(doc, recipient, checks, 0, hostedAtUrl);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Verifies a document already read by {@link BadgeJson}.
     *
     * @param doc the document
     * @param recipient the recipient, if one is to be matched
     * @return the report
     */
    public VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(recipient, "recipient");
        List<Check> checks = new ArrayList<>();
        try {
            return verify(doc, recipient, checks, 0, false);
        } catch (RuntimeException e) {
            return unexpected(e, checks);
        }
    }

    private VerificationReport verify(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                      int depth, boolean alreadyFetched) {
        if (!doc.isBadge()) {
            checks.add(new Check("document.kind", Outcome.FAILED, "not an Open Badge: " + doc.description(), ""));
            return report(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        if (!doc.kind().isAwarded()) {
            checks.add(new Check("document.kind", Outcome.FAILED, "a " + doc.kind().displayName()
                    + " is a definition, not an awarded badge that can be verified", ""));
            return report(doc.kind(), ProofFormat.NONE, Optional.empty(), checks, Optional.of(doc));
        }
        checks.add(new Check("document.kind", Outcome.PASSED, "an OB " + doc.version().orElseThrow().label() + " "
                + doc.kind().displayName(), ""));
        if (doc.version().orElseThrow() == BadgeVersion.V3_0) {
            return verifyOb3(doc, recipient, checks, depth);
        }
        return verifyOb2(doc, recipient, checks, alreadyFetched);
    }

    // ------------------------------------------------------------------ OB 3.0

    private VerificationReport verifyOb3(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                         int depth) {
        validity(doc, checks);
        olderContexts(doc, checks);
        Optional<OpenBadgeCredential> credential = doc.model(OpenBadgeCredential.class);
        Optional<EndorsementCredential> endorsement = doc.model(EndorsementCredential.class);
        Optional<String> issuer = credential.flatMap(OpenBadgeCredential::issuer)
                .or(() -> endorsement.flatMap(EndorsementCredential::issuer)).flatMap(Ref::id);
        ProofFormat format;
        if (doc.jws().isPresent()) {
            format = ProofFormat.VC_JWT;
            VcJwtResult result = vcJwt.verify(doc.jws().get().compact());
            checks.addAll(result.checks());
            if (result.key().isPresent() && issuer.isPresent()) {
                checks.add(binding(jwtBinding(issuer.get(), result.key().get())));
            }
        } else if (doc.json().has("proof")) {
            format = ProofFormat.DATA_INTEGRITY;
            DataIntegrityReport result = dataIntegrity.verify(doc.json());
            checks.addAll(result.allChecks());
            jsonLdKeywords(doc.json(), "", 0, checks);
        } else {
            format = ProofFormat.NONE;
            checks.add(new Check("proof.present", Outcome.FAILED,
                    "no proof: the credential is neither a VC-JWT nor carries an embedded proof", ""));
        }
        Optional<Timestamp> from = credential.flatMap(OpenBadgeCredential::effectiveValidFrom)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidFrom));
        Optional<Timestamp> until = credential.flatMap(OpenBadgeCredential::effectiveValidUntil)
                .or(() -> endorsement.flatMap(EndorsementCredential::effectiveValidUntil));
        dates(from, until, doc.json().has("validFrom") ? "/validFrom" : "/issuanceDate",
                doc.json().has("validUntil") ? "/validUntil" : "/expirationDate", checks);
        JsonNode status = doc.json().get("credentialStatus");
        Optional<String> id = credential.flatMap(OpenBadgeCredential::id)
                .or(() -> endorsement.flatMap(EndorsementCredential::id));
        if (status != null && status.isObject()) {
            checks.add(statusLists.check(status, id));
        } else if (status != null && status.isArray() && !status.isEmpty()) {
            for (JsonNode entry : status) {
                checks.add(statusLists.check(entry, id));
            }
        } else {
            checks.add(new Check(StatusLists.CHECK, Outcome.SKIPPED, "no credentialStatus: nothing to check", ""));
        }
        List<CredentialSchema> schemas = credential.map(OpenBadgeCredential::credentialSchema)
                .orElseGet(() -> endorsement.map(EndorsementCredential::credentialSchema).orElse(List.of()));
        for (int i = 0; i < schemas.size(); i++) {
            checks.add(schema(schemas.get(i), "/credentialSchema/" + i, doc.kind()));
        }
        if (doc.json().has("refreshService")) {
            checks.add(new Check("refresh", Outcome.SKIPPED,
                    "refreshService present; Laurel does not refresh credentials (no call the caller did not ask for)",
                    "/refreshService"));
        }
        endorsements(credential, endorsement, checks, depth);
        recipient.ifPresent(r -> checks.add(credential.isPresent()
                ? RecipientMatcher.ob3(credential.get().credentialSubject(), r)
                : new Check(RecipientMatcher.CHECK, Outcome.FAILED, "an endorsement has no recipient to match", "")));
        return report(doc.kind(), format, issuer, checks, Optional.of(doc));
    }

    /**
     * CLARIFICATIONS point 6 for a VC-JWT. {@link IssuerKeyBinding} cannot tell whether a header {@code jwk}
     * belongs to a DID issuer; the DID can: a did:key or did:jwk is its key, a did:web document lists its
     * assertion keys. Without this, anyone could sign for any did:key issuer with a key of their own.
     */
    private Check jwtBinding(String issuerId, ResolvedKey key) {
        Check check = IssuerKeyBinding.check(issuerId, key, fetcher);
        if (check.outcome() != Outcome.WARNING || !issuerId.startsWith("did:")) {
            return check;
        }
        Optional<Boolean> own = didKeys.isAssertionKeyOf(issuerId, key.key());
        if (own.isEmpty()) {
            return check;
        }
        return own.get()
                ? new Check(check.id(), Outcome.PASSED, "the key is one of the issuer DID's assertion keys ("
                + issuerId + ")", check.path())
                : new Check(check.id(), Outcome.FAILED, "the issuer is " + issuerId + ", and the key (thumbprint "
                + key.key().thumbprint() + ") is not one of its assertion keys", check.path());
    }

    /** The most findings of {@link #jsonLdKeywords} reported for one document. */
    private static final int MAX_KEYWORD_FINDINGS = 8;

    /**
     * An embedded proof signs the JSON-LD dataset, while every other step (validity dates, status, recipient,
     * endorsements, the schema) reads the JSON: the two must hold the same statements. JSON-LD keywords
     * used as member names let the JSON hide or move signed statements and add unsigned ones: a
     * {@code validUntil} or {@code credentialStatus} inside {@code @nest} is signed but not read (an expired or
     * revoked credential verified), an {@code @id} instead of {@code id} hides the id a revocation list names,
     * an {@code @index} is read but not signed. Inline contexts could alias those keywords under ordinary
     * names (the bundled contexts alias only {@code id} and {@code type}). Both are refused as
     * {@code proof.context} failures; only published (string) contexts and plain member names pass.
     */
    private static void jsonLdKeywords(JsonNode node, String path, int depth, List<Check> checks) {
        if (depth > 256) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                jsonLdKeywords(node.get(i), path + "/" + i, depth + 1, checks);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            String at = path + "/" + name.replace("~", "~0").replace("/", "~1");
            long found = checks.stream().filter(c -> c.id().equals("proof.context") && c.outcome() == Outcome.FAILED)
                    .count();
            if (found >= MAX_KEYWORD_FINDINGS) {
                return;
            }
            if (name.equals("@context")) {
                JsonNode value = field.getValue();
                boolean published = value.isTextual() || value.isArray() && value.size() > 0
                        && java.util.stream.StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isTextual);
                if (!published) {
                    checks.add(new Check("proof.context", Outcome.FAILED, "an inline context can redefine JSON-LD"
                            + " keywords, so that the JSON read differs from the signed statements; only published"
                            + " contexts (URLs) are accepted with an embedded proof", at));
                }
                continue;
            }
            if (name.startsWith("@")) {
                checks.add(new Check("proof.context", Outcome.FAILED, "the JSON-LD keyword " + name
                        + " is used as a member name: it lets the JSON read differ from the signed statements", at));
                continue;
            }
            jsonLdKeywords(field.getValue(), at, depth + 1, checks);
        }
    }

    private Check binding(Check check) {
        if (requireKeyBinding && check.outcome() == Outcome.WARNING) {
            return new Check(check.id(), Outcome.FAILED, check.message() + " (key binding is required)", check.path());
        }
        return check;
    }

    private static Check schema(CredentialSchema schema, String path, DocumentKind kind) {
        String id = schema.id().orElse("");
        String type = schema.type().orElse("");
        if (!type.equals("1EdTechJsonSchemaValidator2019")) {
            return new Check("schema.credential-schema", Outcome.WARNING, "credentialSchema of type \"" + type
                    + "\" is not a validator Laurel runs; not checked", path);
        }
        if (id.equals(BadgeJson.OB3_SCHEMA_ID) && kind == DocumentKind.OB3_CREDENTIAL) {
            return new Check("schema.credential-schema", Outcome.PASSED,
                    "checked against the bundled official OB 3.0 schema (see document.valid)", path);
        }
        return new Check("schema.credential-schema", Outcome.WARNING, "schema " + id
                + " is not bundled with Laurel and is never fetched; not checked", path);
    }

    /**
     * OB 3.0 step 6: every embedded endorsement (object or VC-JWT) must itself verify, by these same rules,
     * so the endorsements an endorsement's embedded issuer profile carries are verified too, down to
     * {@code maxEndorsementDepth}. The {@value #ENDORSEMENT} checks of an endorsement's own endorsements are
     * repeated in this report under their JSON Pointer (for a VC-JWT endorsement, the pointer of the JWT),
     * so that a deeper endorsement left unverified shows as a warning at the top.
     */
    private void endorsements(Optional<OpenBadgeCredential> credential, Optional<EndorsementCredential> endorsement,
                              List<Check> checks, int depth) {
        List<String> paths = new ArrayList<>();
        List<Object> found = new ArrayList<>();
        credential.ifPresent(c -> {
            collect(c.endorsement(), c.endorsementJwt(), "", paths, found);
            c.achievement().ifPresent(a -> collect(a.endorsement(), a.endorsementJwt(),
                    "/credentialSubject/achievement", paths, found));
            c.issuer().flatMap(Ref::embedded).ifPresent(p -> collect(p.endorsement(), p.endorsementJwt(),
                    "/issuer", paths, found));
        });
        endorsement.flatMap(EndorsementCredential::issuer).flatMap(Ref::embedded).ifPresent(p ->
                collect(p.endorsement(), p.endorsementJwt(), "/issuer", paths, found));
        for (int i = 0; i < found.size(); i++) {
            if (depth >= maxEndorsementDepth) {
                checks.add(new Check(ENDORSEMENT, Outcome.WARNING,
                        "endorsements nested deeper than " + maxEndorsementDepth + " are not verified", paths.get(i)));
                continue;
            }
            Object item = found.get(i);
            VerificationReport sub;
            try {
                BadgeDocument read = item instanceof String jwt ? json.read(jwt)
                        : json.read(json.toJson(item));
                sub = read.kind() == DocumentKind.OB3_ENDORSEMENT_CREDENTIAL
                        ? verify(read, Optional.empty(), new ArrayList<>(), depth + 1, false)
                        : null;
            } catch (BadgeJsonException e) {
                sub = null;
            }
            if (sub == null) {
                checks.add(new Check(ENDORSEMENT, Outcome.FAILED,
                        "not an EndorsementCredential that can be read", paths.get(i)));
                continue;
            }
            String what = "endorsement by " + sub.issuer().orElse("an unknown issuer");
            checks.add(sub.verified()
                    ? new Check(ENDORSEMENT, Outcome.PASSED, what + " verifies", paths.get(i))
                    : new Check(ENDORSEMENT, Outcome.FAILED, what + " does not verify: "
                    + sub.failures().stream().map(c -> c.id() + " (" + c.message() + ")").limit(3).toList(),
                    paths.get(i)));
            boolean jwt = item instanceof String;
            for (Check nested : sub.checks()) {
                if (nested.id().equals(ENDORSEMENT)) {
                    checks.add(new Check(ENDORSEMENT, nested.outcome(), jwt
                            ? nested.message() + " (inside this VC-JWT endorsement, at " + nested.path() + ")"
                            : nested.message(), jwt ? paths.get(i) : paths.get(i) + nested.path()));
                }
            }
        }
    }

    private static void collect(List<EndorsementCredential> objects, List<String> jwts, String base,
                                List<String> paths, List<Object> found) {
        for (int i = 0; i < objects.size(); i++) {
            found.add(objects.get(i));
            paths.add(base + "/endorsement/" + i);
        }
        for (int i = 0; i < jwts.size(); i++) {
            found.add(jwts.get(i));
            paths.add(base + "/endorsementJwt/" + i);
        }
    }

    // ------------------------------------------------------------------ OB 2.0

    private VerificationReport verifyOb2(BadgeDocument doc, Optional<Recipient> recipient, List<Check> checks,
                                         boolean alreadyFetched) {
        ProofFormat format;
        Optional<String> issuer = Optional.empty();
        BadgeDocument current = doc;
        if (doc.jws().isPresent()) {
            format = ProofFormat.SIGNED_JWS;
            SignedBadgeResult result = signedBadges.verify(doc.jws().get().compact());
            checks.addAll(result.checks());
            issuer = result.issuer().map(i -> i.path("id").asText("")).filter(s -> !s.isEmpty());
            validity(doc, checks);
            // SignedBadge step 3: the linked badge class and issuer profile are validated too (an embedded
            // badge class already was, with the assertion).
            JsonNode badgeRef = doc.json().get("badge");
            if (badgeRef != null && badgeRef.isTextual() && result.badgeClass().isPresent()) {
                checks.addAll(hosted.validateLinked(json.read(result.badgeClass().get()), badgeRef.textValue(), "/badge"));
            }
            if (result.issuer().isPresent()) {
                checks.addAll(hosted.validateLinked(json.read(result.issuer().get()), issuer.orElse("the issuer's id"),
                        "/badge/issuer"));
            }
        } else if (doc.kind() == DocumentKind.OB2_ASSERTION && isHosted(doc)) {
            format = ProofFormat.HOSTED;
            HostedOb2.Result result = hosted.verify(doc, alreadyFetched);
            checks.addAll(result.checks());
            issuer = result.issuer();
            if (result.hosted().isEmpty()) {
                return report(doc.kind(), format, issuer, checks, Optional.of(doc));
            }
            current = result.hosted().get();
            validity(current, checks);
        } else {
            format = ProofFormat.NONE;
            validity(doc, checks);
            checks.add(new Check("proof.present", Outcome.FAILED, doc.kind() == DocumentKind.OB2_ASSERTION
                    ? "an OB 2.0 signed badge must be given as its compact JWS, not as JSON"
                    : "an OB 2.0 " + doc.kind().displayName() + " given as JSON cannot be verified", "/verification"));
        }
        Optional<Assertion> assertion = current.model(Assertion.class);
        Optional<Endorsement> endorsement = current.model(Endorsement.class);
        if (assertion.isPresent()) {
            dates(assertion.get().issuedOn(), assertion.get().expires(), "/issuedOn", "/expires", checks);
            if (format != ProofFormat.HOSTED && assertion.get().isRevoked()) {
                checks.add(new Check("status.revoked", Outcome.FAILED, "the assertion says it is revoked", "/revoked"));
            }
        } else {
            endorsement.ifPresent(e -> dates(e.issuedOn(), Optional.empty(), "/issuedOn", "/expires", checks));
        }
        if (recipient.isPresent()) {
            checks.add(assertion.isPresent() ? RecipientMatcher.ob2(assertion.get(), recipient.get())
                    : new Check(RecipientMatcher.CHECK, Outcome.FAILED, "an endorsement has no recipient to match", ""));
        }
        return report(current.kind(), format, issuer, checks, Optional.of(current));
    }

    private static boolean isHosted(BadgeDocument doc) {
        return doc.model(Assertion.class).flatMap(Assertion::verification).map(v -> v.isHosted()).orElse(false);
    }

    // ------------------------------------------------------------------ shared steps

    /** Clarification 7: a badge whose proof is good but which breaks the schema or the rules is not verified. */
    private void validity(BadgeDocument doc, List<Check> checks) {
        ValidationResult result = json.validate(doc);
        if (result.problems().isEmpty()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid against the "
                    + (doc.kind() == DocumentKind.OB3_CREDENTIAL ? "official OB 3.0 schema and " : "")
                    + "specification rules", ""));
            return;
        }
        if (result.valid()) {
            checks.add(new Check("document.valid", Outcome.PASSED, "valid, with "
                    + result.problems().size() + " warning(s)", ""));
        }
        for (Problem p : result.problems()) {
            checks.add(new Check("document.valid", p.isError() ? Outcome.FAILED : Outcome.WARNING,
                    p.message() + " [" + p.code().name() + "]", p.path()));
        }
    }

    /** CLARIFICATIONS point 8: the OB 3.0 contexts before 3.0.3 verify, with a warning naming them. */
    private static void olderContexts(BadgeDocument doc, List<Check> checks) {
        JsonNode contexts = doc.json().get("@context");
        if (contexts == null || !contexts.isArray()) {
            return;
        }
        for (int i = 0; i < contexts.size(); i++) {
            String context = contexts.get(i).asText("");
            boolean older = context.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")
                    ? !context.equals("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                    : context.startsWith("https://imsglobal.github.io/openbadges-specification/ob_v3p0");
            if (older) {
                checks.add(new Check("document.valid", Outcome.WARNING, "an older OB 3.0 context " + context
                        + "; current credentials use https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
                        + " [LEGACY_FORM]", "/@context/" + i));
            }
        }
    }

    private void dates(Optional<Timestamp> from, Optional<Timestamp> until, String fromPath, String untilPath,
                       List<Check> checks) {
        Instant now = clock.instant();
        if (from.isPresent()) {
            boolean future = from.get().instant().isAfter(now.plus(clockSkew));
            checks.add(future
                    ? new Check("validity.not-before", Outcome.FAILED, "not valid before " + from.get().text(), fromPath)
                    : new Check("validity.not-before", Outcome.PASSED, "valid from " + from.get().text(), fromPath));
        }
        if (until.isPresent()) {
            boolean expired = now.minus(clockSkew).isAfter(until.get().instant());
            checks.add(expired
                    ? new Check("validity.expiry", Outcome.FAILED, "expired at " + until.get().text(), untilPath)
                    : new Check("validity.expiry", Outcome.PASSED, "valid until " + until.get().text(), untilPath));
        } else {
            checks.add(new Check("validity.expiry", Outcome.PASSED, "does not expire", ""));
        }
    }

    private static VerificationReport report(DocumentKind kind, ProofFormat format, Optional<String> issuer,
                                             List<Check> checks, Optional<BadgeDocument> doc) {
        return new VerificationReport(kind, format, issuer, checks, doc);
    }

    /** Configures a {@link Verifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private DocumentFetcher fetcher;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofMinutes(5);
        private boolean requireKeyBinding;
        private int maxEndorsementDepth = 2;
        private BadgeJson json = BadgeJson.standard();

        private Builder() {
        }

        /**
         * Sets where documents are fetched from (a caching decorator is added unless it is one).
         *
         * @param value the fetcher, e.g. {@code MapDocumentFetcher} for offline use
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher value) {
            this.fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /**
         * Sets the clock that judges validity dates.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how far a date may be in the future (issuance) or past (expiry) and still pass; default 5 minutes.
         *
         * @param value the skew, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder clockSkew(Duration value) {
            Objects.requireNonNull(value, "clockSkew");
            if (value.isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative: " + value);
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * Makes an unconfirmed key binding (a key nothing ties to the issuer) a failure instead of a warning.
         *
         * @param value whether binding is required
         * @return this builder
         */
        public Builder requireKeyBinding(boolean value) {
            this.requireKeyBinding = value;
            return this;
        }

        /**
         * Sets how deep embedded endorsements (of endorsements...) are verified; default 2.
         *
         * @param value the depth, 0 to 8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxEndorsementDepth(int value) {
            if (value < 0 || value > 8) {
                throw new IllegalArgumentException("maxEndorsementDepth must be 0 to 8, was " + value);
            }
            this.maxEndorsementDepth = value;
            return this;
        }

        /**
         * Sets the JSON reader (e.g. with other limits).
         *
         * @param value the reader
         * @return this builder
         */
        public Builder json(BadgeJson value) {
            this.json = Objects.requireNonNull(value, "json");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public Verifier build() {
            if (fetcher == null) {
                fetcher = new HttpDocumentFetcher(FetchPolicy.defaults());
            }
            return new Verifier(this);
        }
    }
}
