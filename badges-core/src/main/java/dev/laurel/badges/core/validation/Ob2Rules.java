package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.constraint.IriValidator;
import dev.laurel.badges.core.json.JsonArray;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonString;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Criteria;
import dev.laurel.badges.core.model.ob2.CryptographicKey;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.Evidence;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.Image;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob2.Profile;
import dev.laurel.badges.core.model.ob2.RevocationList;
import dev.laurel.badges.core.model.ob2.RevokedAssertion;
import dev.laurel.badges.core.model.ob2.VerificationObject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OB 2.0 rules beyond single-property constraints, by model type.
 *
 * <p>Hibernate Validator cannot cascade into a {@link Ref} (it has no value extractor for it, and
 * {@code Ref.Embedded} does not mark its value {@code @Valid}), so these rules validate embedded
 * objects themselves, through {@link BadgeValidator}, and report the findings under the property's
 * path. References by IRI are checked to be IRIs. Embedded {@code related} versions and image
 * {@code author}s are partial descriptions by nature and are not validated beyond their IRIs.
 *
 * <p>Paths of list elements follow the document: a list written as a single value (recorded in
 * {@link Extensions#compacted()}) has no index.
 */
final class Ob2Rules {

    private static final Pattern IDENTITY_HASH = Pattern.compile("sha256\\$[0-9a-fA-F]{64}|md5\\$[0-9a-fA-F]{32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+?[1-9][0-9]{1,14}(;ext=[0-9]+)?");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private Ob2Rules() {
    }

    /**
     * Returns the rules by model type.
     *
     * @return an immutable map
     */
    static Map<Class<?>, SpecRule<?>> all() {
        return Map.ofEntries(
                rule(Assertion.class, Ob2Rules::assertion),
                rule(BadgeClass.class, Ob2Rules::badgeClass),
                rule(Profile.class, Ob2Rules::profile),
                rule(IdentityObject.class, Ob2Rules::identityObject),
                rule(VerificationObject.class, Ob2Rules::verificationObject),
                rule(Criteria.class, Ob2Rules::criteria),
                rule(Image.class, Ob2Rules::image),
                rule(CryptographicKey.class, Ob2Rules::cryptographicKey),
                rule(RevocationList.class, Ob2Rules::revocationList),
                rule(RevokedAssertion.class, Ob2Rules::revokedAssertion),
                rule(Endorsement.class, Ob2Rules::endorsement));
    }

    private static <T> Map.Entry<Class<?>, SpecRule<?>> rule(Class<T> type, SpecRule<T> rule) {
        return Map.entry(type, rule);
    }

    // --- the object types ---

    private static void assertion(Assertion a, RuleSink sink) {
        context(a.context(), sink);
        boolean revoked = a.isRevoked();
        if (!revoked) {
            // A revoked assertion needs only id and revoked (OB 2.0, Assertion: revoked), so these are
            // checked here rather than with @NotNull.
            requireList(a.type(), "/type", sink);
            require(a.recipient(), "/recipient", sink);
            require(a.badge(), "/badge", sink);
            require(a.issuedOn(), "/issuedOn", sink);
        }
        requireType(a.type(), sink, Ob2Vocabulary.ASSERTION);
        assertionVerification(a.verification(), a.id(), revoked, sink);
        a.badge().ifPresent(ref -> ref(ref, "/badge", true, sink));
        a.image().ifPresent(ref -> {
            if (!assertionImageNotData(ref, sink)) {
                imageRef(ref, "/image", sink);
            } else {
                ref(ref, "/image", false, sink);
            }
        });
        refs(a.evidence(), "evidence", a.extensions(), true, sink);
        refs(a.related(), "related", a.extensions(), false, sink);
        refs(a.endorsement(), "endorsement", a.extensions(), true, sink);
        zone(a.issuedOn(), "/issuedOn", sink);
        zone(a.expires(), "/expires", sink);
        if (a.issuedOn().isPresent() && a.expires().isPresent()
                && !a.expires().get().instant().isAfter(a.issuedOn().get().instant())) {
            sink.error(ValidationCode.DATES_OUT_OF_ORDER, "/expires", "expires must be after issuedOn");
        }
        if (a.revocationReason().isPresent() && !revoked) {
            sink.warning(ValidationCode.SPEC_RULE_BROKEN, "/revocationReason",
                    "revocationReason is given but the assertion is not revoked");
        }
        version(a.version(), sink);
        extensionObjects(a.extensions(), sink);
    }

    private static void badgeClass(BadgeClass b, RuleSink sink) {
        context(b.context(), sink);
        requireType(b.type(), sink, Ob2Vocabulary.BADGE_CLASS);
        b.image().ifPresent(ref -> imageRef(ref, "/image", sink));
        b.criteria().ifPresent(ref -> ref(ref, "/criteria", true, sink));
        b.issuer().ifPresent(ref -> ref(ref, "/issuer", true, sink));
        refs(b.related(), "related", b.extensions(), false, sink);
        refs(b.endorsement(), "endorsement", b.extensions(), true, sink);
        version(b.version(), sink);
        extensionObjects(b.extensions(), sink);
    }

    private static void profile(Profile p, RuleSink sink) {
        context(p.context(), sink);
        requireType(p.type(), sink, Ob2Vocabulary.ISSUER, Ob2Vocabulary.PROFILE);
        p.email().filter(e -> !e.isBlank() && !EMAIL.matcher(e).matches()).ifPresent(e ->
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/email", "not an e-mail address: " + Shown.value(e)));
        p.telephone().filter(t -> !E164.matcher(t).matches()).ifPresent(t ->
                sink.warning(ValidationCode.VALUE_NOT_ALLOWED, "/telephone",
                        "should be an E.164 number such as +16175551212, got " + Shown.value(t)));
        p.image().ifPresent(ref -> imageRef(ref, "/image", sink));
        refs(p.publicKey(), "publicKey", p.extensions(), true, sink);
        refs(p.related(), "related", p.extensions(), false, sink);
        refs(p.endorsement(), "endorsement", p.extensions(), true, sink);
        version(p.version(), sink);
        extensionObjects(p.extensions(), sink);
    }

    private static void identityObject(IdentityObject r, RuleSink sink) {
        if (r.type().size() > 1) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/type",
                    "a recipient is identified by exactly one property, got " + r.type().size());
        }
        String type = r.type().isEmpty() ? "" : r.type().get(0);
        if (!type.isEmpty() && !Ob2Vocabulary.IDENTIFIER_PROPERTIES.contains(type) && !IriValidator.isIri(type)) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/type",
                    "recipient type must be email, url, telephone, id or a property IRI, got " + Shown.value(type));
        }
        if (r.identity().isEmpty()) {
            return;
        }
        String identity = r.identity().get();
        boolean looksHashed = IDENTITY_HASH.matcher(identity).matches();
        boolean hashed = r.hashed().orElse(false);
        if (hashed && !looksHashed) {
            sink.error(ValidationCode.INVALID_IDENTITY_HASH, "/identity",
                    "a hashed identity must be sha256$ and 64 hex digits or md5$ and 32 hex digits, got "
                            + Shown.value(identity));
        } else if (!hashed && looksHashed) {
            sink.error(ValidationCode.INVALID_IDENTITY_HASH, "/identity",
                    "identity is a hash but hashed is not true");
        }
        if (!hashed && !looksHashed) {
            if (type.equals("email") && !EMAIL.matcher(identity).matches()) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/identity",
                        "an email identity must be an e-mail address, got " + Shown.value(identity));
            } else if ((type.equals("url") || type.equals("id")) && !IriValidator.isIri(identity)) {
                sink.error(ValidationCode.INVALID_IRI, "/identity",
                        "a " + type + " identity must be an absolute IRI, got " + Shown.value(identity));
            } else if (type.equals("telephone") && !E164.matcher(identity).matches()) {
                sink.warning(ValidationCode.VALUE_NOT_ALLOWED, "/identity",
                        "a telephone identity should be an E.164 number, got " + Shown.value(identity));
            }
        }
        if (r.salt().isPresent() && !hashed) {
            sink.warning(ValidationCode.SPEC_RULE_BROKEN, "/salt", "salt is given but the identity is not hashed");
        }
    }

    private static void verificationObject(VerificationObject v, RuleSink sink) {
        v.verificationProperty().filter(p -> !p.equals("id")).ifPresent(p ->
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/verificationProperty",
                        "only id is supported as verificationProperty, got " + Shown.value(p)));
        List<String> origins = v.allowedOrigins();
        for (int i = 0; i < origins.size(); i++) {
            if (!isHostName(origins.get(i))) {
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, elementPath("allowedOrigins", i, origins.size(),
                        v.extensions()), "allowedOrigins entries are host names such as example.org, got "
                        + Shown.value(origins.get(i)));
            }
        }
        v.creator().ifPresent(ref -> ref(ref, "/creator", true, sink));
    }

    private static void criteria(Criteria c, RuleSink sink) {
        // A blank-node id is no criteria page: such criteria need their narrative, as 1EdTech's validator
        // has it (validation.py criteria_property_dependencies).
        if (c.id().filter(id -> !isBlankNode(id)).isEmpty() && c.narrative().filter(n -> !n.isBlank()).isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/narrative",
                    "criteria need an id (a criteria page) or a narrative");
        }
    }

    private static void image(Image image, RuleSink sink) {
        image.id().ifPresent(id -> imageMediaType(id, "/id", sink));
        image.author().ifPresent(ref -> ref(ref, "/author", false, sink));
    }

    private static void cryptographicKey(CryptographicKey k, RuleSink sink) {
        context(k.context(), sink);
        k.publicKeyPem().filter(pem -> !pem.contains("-----BEGIN ")).ifPresent(pem ->
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/publicKeyPem", "not a PEM-encoded key"));
    }

    private static void revocationList(RevocationList list, RuleSink sink) {
        context(list.context(), sink);
        requireType(list.type(), sink, Ob2Vocabulary.REVOCATION_LIST);
        refs(list.revokedAssertions(), "revokedAssertions", list.extensions(), true, sink);
    }

    private static void revokedAssertion(RevokedAssertion entry, RuleSink sink) {
        if (entry.id().isEmpty() && entry.uid().isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/id",
                    "a revoked entry needs an id (or, for pre-1.1 badges, a uid)");
        }
    }

    private static void endorsement(Endorsement e, RuleSink sink) {
        context(e.context(), sink);
        boolean revoked = e.isRevoked();
        if (!revoked) {
            // A revoked endorsement needs only id, issuer and revoked (OB 2.0, Endorsement).
            requireList(e.type(), "/type", sink);
            require(e.claim(), "/claim", sink);
            require(e.issuedOn(), "/issuedOn", sink);
        }
        requireType(e.type(), sink, Ob2Vocabulary.ENDORSEMENT);
        assertionVerification(e.verification(), e.id(), revoked, sink);
        e.claim().ifPresent(ref -> ref(ref, "/claim", true, sink));
        e.issuer().ifPresent(ref -> ref(ref, "/issuer", true, sink));
        refs(e.related(), "related", e.extensions(), false, sink);
        refs(e.endorsement(), "endorsement", e.extensions(), true, sink);
        zone(e.issuedOn(), "/issuedOn", sink);
        version(e.version(), sink);
        extensionObjects(e.extensions(), sink);
    }

    // --- shared checks ---

    /** The verification of an assertion or endorsement: hosted or signed, and what each needs. */
    private static void assertionVerification(Optional<VerificationObject> verification, Optional<String> id,
            boolean revoked, RuleSink sink) {
        if (verification.isEmpty()) {
            if (!revoked) {
                sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/verification", "required property missing");
            }
            return;
        }
        VerificationObject v = verification.get();
        if (v.type().isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/verification/type", "required property missing");
            return;
        }
        boolean hosted = v.isHosted();
        boolean signed = v.isSigned();
        if (!hosted && !signed) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/verification/type",
                    "verification type must be HostedBadge or SignedBadge (aliases hosted, signed)");
        } else if (hosted && signed) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/verification/type",
                    "verification type names both hosted and signed verification");
        } else if (hosted) {
            id.filter(i -> IriValidator.isIri(i) && !isHttpUrl(i)).ifPresent(i ->
                    sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/id",
                            "hosted verification fetches the document from its id, which must be an HTTP(S) URL"));
            if (v.creator().isPresent()) {
                sink.warning(ValidationCode.VALUE_NOT_ALLOWED, "/verification/creator",
                        "creator is used by signed verification only");
            }
        } else if (v.creator().isEmpty()) {
            // The spec lets verifiers fall back to every key of the issuer profile, so this is a warning.
            sink.warning(ValidationCode.REQUIRED_PROPERTY_MISSING, "/verification/creator",
                    "a signed badge should name its signing key in creator");
        }
    }

    private static void context(List<JsonValue> context, RuleSink sink) {
        if (context.isEmpty()) {
            return; // embedded objects inherit the context of their document
        }
        if (context.contains(JsonValue.of(Ob2Vocabulary.CONTEXT))
                || context.contains(JsonValue.of(Ob2Vocabulary.CONTEXT_HOSTED))) {
            return;
        }
        if (context.contains(JsonValue.of(Ob2Vocabulary.CONTEXT_V1))) {
            sink.warning(ValidationCode.VALUE_NOT_ALLOWED, "/@context",
                    "an Open Badges 1.1 context; OB 2.0 documents use " + Ob2Vocabulary.CONTEXT);
        } else {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/@context",
                    "@context must include " + Ob2Vocabulary.CONTEXT);
        }
    }

    private static void require(Optional<?> value, String path, RuleSink sink) {
        if (value.isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, path, "required property missing");
        }
    }

    private static void requireList(List<?> value, String path, RuleSink sink) {
        if (value.isEmpty()) {
            sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, path, "required property missing");
        }
    }

    /** An absent type is reported as missing by its own constraint; a type without the class name here. */
    private static void requireType(List<String> type, RuleSink sink, String... accepted) {
        if (type.isEmpty()) {
            return;
        }
        for (String a : accepted) {
            if (type.contains(a)) {
                return;
            }
        }
        sink.error(ValidationCode.MISSING_TYPE, "/type", "type must include " + String.join(" or ", accepted));
    }

    private static void zone(Optional<Timestamp> time, String path, RuleSink sink) {
        time.filter(t -> !t.hasZone()).ifPresent(t -> sink.warning(ValidationCode.DATE_WITHOUT_ZONE, path,
                "OB 2.0 dates should be ISO 8601 with a time zone, got " + Shown.value(t.text())));
    }

    private static void version(Optional<JsonValue> version, RuleSink sink) {
        version.filter(v -> v.kind() != JsonValue.Kind.STRING && v.kind() != JsonValue.Kind.NUMBER).ifPresent(v ->
                sink.error(ValidationCode.VALUE_NOT_ALLOWED, "/version", "version must be a string or a number"));
    }

    /** Extension objects (OB 2.0, Extensions) carry their own {@code @context} and the type {@code Extension}. */
    private static void extensionObjects(Extensions extensions, RuleSink sink) {
        for (Map.Entry<String, JsonValue> member : extensions.properties().members().entrySet()) {
            if (!(member.getValue() instanceof JsonObject object)) {
                continue;
            }
            boolean typed = typeIncludes(object.get("type").orElse(null), Ob2Vocabulary.EXTENSION);
            if (!member.getKey().startsWith("extensions:") && !typed) {
                continue;
            }
            String path = JsonPointers.child("", member.getKey());
            if (!typed) {
                sink.error(ValidationCode.MISSING_TYPE, path + "/type", "an extension's type must include Extension");
            }
            if (!object.has("@context")) {
                sink.error(ValidationCode.REQUIRED_PROPERTY_MISSING, path + "/@context",
                        "an extension must name its context");
            }
            if (object.get("id").orElse(null) instanceof JsonString id && isBlankNode(id.value())) {
                sink.warning(ValidationCode.INVALID_IRI, path + "/id", BLANK_NODE_MESSAGE);
            }
        }
    }

    private static boolean typeIncludes(JsonValue type, String wanted) {
        if (type instanceof JsonString s) {
            return s.value().equals(wanted);
        }
        if (type instanceof JsonArray array) {
            return array.values().contains(JsonValue.of(wanted));
        }
        return false;
    }

    private static void imageRef(Ref<Image> ref, String path, RuleSink sink) {
        if (ref instanceof Ref.Iri<Image> iri && IriValidator.isIri(iri.iri())) {
            imageMediaType(iri.iri(), path, sink);
        }
        ref(ref, path, true, sink);
    }

    /**
     * An assertion's image is the baked image hosted by the issuer, never a data URI: 1EdTech's reference
     * validator refuses one there ({@code validation.py}, Assertion {@code image} with
     * {@code allow_data_uri: False}; {@code images.py validate_image}), while a BadgeClass or Profile may
     * carry one.
     */
    private static boolean assertionImageNotData(Ref<Image> ref, RuleSink sink) {
        Optional<String> iri = ref instanceof Ref.Iri<Image> i ? Optional.of(i.iri())
                : ref instanceof Ref.Embedded<Image> e ? e.value().id() : Optional.empty();
        if (iri.filter(Ob2Rules::isDataUri).isEmpty()) {
            return false;
        }
        sink.error(ValidationCode.VALUE_NOT_ALLOWED, ref instanceof Ref.Iri<Image> ? "/image" : "/image/id",
                "an assertion's image must be a URL, not a data URI (only a BadgeClass or Profile image may be one)");
        return true;
    }

    private static boolean isDataUri(String iri) {
        return iri.regionMatches(true, 0, "data:", 0, 5);
    }

    /** OB 2.0 images are PNG or SVG; a data URI says which. */
    private static void imageMediaType(String iri, String path, RuleSink sink) {
        String lower = iri.length() > 32 ? iri.substring(0, 32).toLowerCase(Locale.ROOT) : iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") && !lower.startsWith("data:image/png") && !lower.startsWith("data:image/svg+xml")) {
            sink.error(ValidationCode.VALUE_NOT_ALLOWED, path, "an image must be PNG or SVG");
        }
    }

    private static <T extends Identified> void refs(List<Ref<T>> refs, String name, Extensions extensions,
            boolean validateEmbedded, RuleSink sink) {
        for (int i = 0; i < refs.size(); i++) {
            ref(refs.get(i), elementPath(name, i, refs.size(), extensions), validateEmbedded, sink);
        }
    }

    /** A reference by IRI must be an IRI; an embedded object is validated in full when asked. */
    private static void ref(Ref<?> ref, String path, boolean validateEmbedded, RuleSink sink) {
        if (ref instanceof Ref.Iri<?> iri) {
            if (!IriValidator.isIri(iri.iri())) {
                sink.error(ValidationCode.INVALID_IRI, path,
                        "must be an absolute IRI or an embedded object, got " + Shown.value(iri.iri()));
            }
        } else if (ref instanceof Ref.Embedded<?> embedded) {
            if (validateEmbedded) {
                boolean blank = isBlankNodeObject(embedded.value());
                for (Problem p : BadgeValidator.standard().validate(embedded.value())) {
                    if (blank && p.isError() && p.code() == ValidationCode.INVALID_IRI && p.path().equals("/id")) {
                        sink.warning(ValidationCode.INVALID_IRI, path + "/id", BLANK_NODE_MESSAGE);
                    } else {
                        forward(List.of(p), path, sink);
                    }
                }
            } else {
                embedded.value().id().filter(id -> !IriValidator.isIri(id)).ifPresent(id ->
                        sink.error(ValidationCode.INVALID_IRI, path + "/id", "must be an absolute IRI, got " + Shown.value(id)));
            }
        }
    }

    /** What a blank-node id is told: accepted, as 1EdTech's validator does, but it names nothing. */
    private static final String BLANK_NODE_MESSAGE = "a blank-node id (_:...) names nothing outside this document;"
            + " accepted as 1EdTech's reference validator does, but an http(s) or urn:uuid IRI is expected";

    /**
     * Tells whether an embedded object is evidence or criteria with a blank-node id. 1EdTech's validator
     * takes {@code _:} ids as IRIs ({@code tasks/utils.py is_iri}) and reads blank-id criteria as narrative
     * criteria ({@code validation.py criteria_property_dependencies}); such nodes are never fetched or
     * trusted by id, so a blank id is a warning there. Badge classes, profiles and endorsements are
     * fetched or trusted by their id and still need an IRI.
     */
    private static boolean isBlankNodeObject(Object value) {
        if (value instanceof Evidence e) {
            return e.id().filter(Ob2Rules::isBlankNode).isPresent();
        }
        if (value instanceof Criteria c) {
            return c.id().filter(Ob2Rules::isBlankNode).isPresent();
        }
        return false;
    }

    private static boolean isBlankNode(String id) {
        return id.startsWith("_:");
    }

    private static void forward(List<Problem> problems, String prefix, RuleSink sink) {
        for (Problem p : problems) {
            ValidationCode code = p.code() instanceof ValidationCode v ? v : ValidationCode.SPEC_RULE_BROKEN;
            if (p.isError()) {
                sink.error(code, prefix + p.path(), p.message());
            } else {
                sink.warning(code, prefix + p.path(), p.message());
            }
        }
    }

    private static String elementPath(String name, int index, int size, Extensions extensions) {
        if (size == 1 && extensions.compacted().contains(name)) {
            return "/" + name;
        }
        return "/" + name + "/" + index;
    }

    private static boolean isHttpUrl(String iri) {
        String lower = iri.length() > 8 ? iri.substring(0, 8).toLowerCase(Locale.ROOT) : iri.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") && iri.length() > 7) || (lower.startsWith("https://") && iri.length() > 8);
    }

    private static boolean isHostName(String value) {
        if (value.isEmpty() || value.length() > 253 || value.endsWith(".")) {
            return false;
        }
        for (String label : value.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

}
