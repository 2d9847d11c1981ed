package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.convert.ConversionCode;
import dev.laurel.badges.json.convert.ReferenceResolver;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Open Badges 2.0 to 3.0, JSON to JSON, following the OB 3.0 implementation guide's migration section:
 * an Assertion becomes an OpenBadgeCredential whose subject embeds the Achievement made from the
 * BadgeClass, whose issuer is the BadgeClass's issuer Profile, and whose evidence links the original
 * assertion (type {@code ["Evidence", "https://w3id.org/openbadges#Assertion"]}). Not thread-safe: one per
 * conversion.
 */
public final class Forward extends Engine {

    @Override
    String noCounterpart(String type) {
        return "the type " + type + " is an OB 2.0 term with no OB 3.0 counterpart";
    }

    /** The evidence type that marks the original OB 2.0 assertion (implementation guide, migration). */
    public static final String ORIGINAL_ASSERTION_TYPE = OB2_NAMESPACE + "Assertion";
    /** The evidence type that marks the original OB 2.0 endorsement. */
    public static final String ORIGINAL_ENDORSEMENT_TYPE = OB2_NAMESPACE + "Endorsement";
    /** The name of the evidence entry linking the original assertion. */
    public static final String ORIGINAL_ASSERTION_NAME = "Original Open Badges 2.0 assertion for this credential";

    private static final String ORIGINAL_ASSERTION_DESCRIPTION = "This credential was converted from the Open "
            + "Badges 2.0 assertion at this address, which can still be verified with the OB 2.0 protocols.";
    private static final String ORIGINAL_ENDORSEMENT_NAME = "Original Open Badges 2.0 endorsement";

    /** The date-time form of RFC 3339, which the OB 3.0 schema's {@code date-time} format checks. */
    private static final java.util.regex.Pattern RFC_3339 = java.util.regex.Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");

    /** How deep resolved references may nest (issuer of a badge class, endorsements of an issuer...). */
    private static final int MAX_RESOLUTION_DEPTH = 6;

    private static final Set<String> OB2_CONTEXTS = Set.of(Ob2Vocabulary.CONTEXT, Ob2Vocabulary.CONTEXT_HOSTED,
            Ob2Vocabulary.CONTEXT_V1);
    private static final Set<String> OB2_TERMS = Set.of("Assertion", "BadgeClass", "Profile", "Issuer",
            "Endorsement", "Evidence", "Criteria", "AlignmentObject", "Extension");

    private static final Set<String> CREDENTIAL = names(OpenBadgeCredential.class);
    private static final Set<String> ACHIEVEMENT = names(Achievement.class);
    private static final Set<String> PROFILE = names(Profile.class);
    private static final Set<String> EVIDENCE = names(Evidence.class);
    private static final Set<String> ALIGNMENT = names(Alignment.class);
    private static final Set<String> CRITERIA = names(Criteria.class);
    private static final Set<String> ENDORSEMENT = names(EndorsementCredential.class);
    private static final Set<String> ENDORSEMENT_SUBJECT = names(EndorsementSubject.class);

    private final ReferenceResolver resolver;
    private final Supplier<String> newIds;

    /**
     * Creates an engine for one conversion.
     *
     * @param trace where problems and mappings go
     * @param resolver supplies referenced OB 2.0 documents
     * @param newIds supplies a new id for the credential, or null to keep the assertion's id
     */
    public Forward(Trace trace, ReferenceResolver resolver, Supplier<String> newIds) {
        super(trace);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.newIds = newIds;
    }

    /** What converting a badge class gives the credential beyond the achievement. */
    private static final class BadgeOut {
        final ObjectNode achievement;
        JsonNode issuer;
        String issuerFrom;
        String name;
        String nameFrom;

        BadgeOut(ObjectNode achievement) {
            this.achievement = achievement;
        }
    }

    // ------------------------------------------------------------------ Assertion

    /**
     * Converts an Assertion to an OpenBadgeCredential.
     *
     * @param src the assertion's JSON
     * @return the credential's JSON
     */
    public ObjectNode assertion(ObjectNode src) {
        ObjectNode out = object();
        out.set("@context", ob3Context());
        out.set("type", array(Ob3Terms.VERIFIABLE_CREDENTIAL, OpenBadgeCredential.TYPE));
        ObjectNode subject = object();
        subject.set("type", array(AchievementSubject.TYPE));
        String subjectAt = "/credentialSubject";
        ArrayNode evidence = NODES.arrayNode();
        ArrayNode endorsements = NODES.arrayNode();
        String originalId = null;
        String idFrom = null;
        BadgeOut badge = null;
        Optional<Timestamp> validFrom = Optional.empty();
        Optional<Timestamp> validUntil = Optional.empty();
        String validUntilFrom = null;
        for (Map.Entry<String, JsonNode> m : members(src, "")) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            String p = at("", name);
            if (v.isNull()) {
                nullValue(p);
                continue;
            }
            switch (name) {
                case "@context":
                    context(v, p, out, "/@context");
                    break;
                case "id":
                    if (isIri(v)) {
                        originalId = v.textValue();
                        idFrom = p;
                        if (newIds == null) {
                            out.put("id", originalId);
                            trace.map(p, "/id");
                        }
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, p, "an OB 3.0 credential id must be a URI, got "
                                + describe(v));
                    }
                    break;
                case "type":
                    types(v, p, "/type", Ob2Vocabulary.ASSERTION);
                    break;
                case "recipient":
                    recipient(v, p, subject, subjectAt);
                    break;
                case "badge":
                    badge = badge(v, p, at(subjectAt, "achievement"));
                    if (badge != null) {
                        subject.set("achievement", badge.achievement);
                    }
                    break;
                case "verification":
                    verification(v, p);
                    break;
                case "issuedOn":
                    validFrom = zoned(v, p, true);
                    validFrom.ifPresent(t -> {
                        out.put("validFrom", t.text());
                        out.put("awardedDate", t.text());
                        trace.map(p, "/validFrom");
                        trace.map(p, "/awardedDate");
                    });
                    break;
                case "image":
                    // OB 3.0 AchievementSubject.image is the OB 2.0 Assertion.image (same definition, baked image).
                    image(v, p, subject, subjectAt);
                    break;
                case "evidence":
                    each(v, p, (e, ep) -> evidence(e, ep, evidence, "/evidence"));
                    break;
                case "narrative":
                    text(v, p, subject, "narrative", subjectAt);
                    break;
                case "expires":
                    validUntil = zoned(v, p, false);
                    validUntilFrom = p;
                    validUntil.ifPresent(t -> {
                        out.put("validUntil", t.text());
                        trace.map(p, "/validUntil");
                    });
                    break;
                case "revoked":
                    revoked(v, p, "assertion");
                    break;
                case "revocationReason":
                    lost(p, "OB 3.0 states revocation through a credentialStatus, not a reason in the credential");
                    break;
                case "uid":
                    lost(p, "an OB 3.0 credential has no uid; its id identifies it");
                    break;
                case "related":
                    lost(p, "an OB 3.0 credential has no related credentials");
                    break;
                case "version":
                    lost(p, "an OB 3.0 credential has no version");
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementRef(e, ep, endorsements, "/endorsement"));
                    break;
                default:
                    carry(name, v, "", out, "", CREDENTIAL, "OpenBadgeCredential");
            }
        }
        if (newIds != null) {
            String id = Objects.requireNonNull(newIds.get(), "the id supplier returned null");
            if (!isIri(id)) {
                throw new IllegalStateException("the id supplier returned \"" + id + "\", which is not a URI");
            }
            out.put("id", id);
        } else if (!src.has("id")) {
            missing("/id", "an OB 3.0 credential needs an id; the assertion has none");
        }
        if (!src.has("issuedOn")) {
            missing("/issuedOn", "an OB 3.0 credential needs validFrom, which comes from issuedOn");
        }
        if (!src.has("recipient")) {
            missing("/recipient", "an OB 3.0 credential subject needs an id or an identifier, which come from recipient");
        }
        if (!src.has("badge")) {
            missing("/badge", "an OB 3.0 credential subject needs the achievement, which comes from badge");
        }
        if (badge != null) {
            if (badge.issuer != null) {
                out.set("issuer", badge.issuer.deepCopy());
                trace.map(badge.issuerFrom, "/issuer");
            }
            if (badge.name != null) {
                out.put("name", badge.name);
                trace.map(badge.nameFrom, "/name");
            }
        }
        if (validFrom.isPresent() && validUntil.isPresent() && validUntil.get().compareTo(validFrom.get()) < 0) {
            trace.error(ConversionCode.INVALID_VALUE, validUntilFrom, "expires is before issuedOn; OB 3.0 requires "
                    + "validUntil to follow validFrom");
        }
        if (originalId != null) {
            int k = evidence.size();
            evidence.add(original(originalId, ORIGINAL_ASSERTION_TYPE, ORIGINAL_ASSERTION_NAME,
                    ORIGINAL_ASSERTION_DESCRIPTION));
            trace.map(idFrom, "/evidence/" + k + "/id");
        }
        out.set("credentialSubject", subject);
        setIfAny(out, "evidence", evidence);
        setIfAny(out, "endorsement", endorsements);
        return out;
    }

    /** A resolved document whose own id is unusable (reported) is known by the IRI it was resolved from. */
    private static void idFromReference(ObjectNode converted, String iri) {
        if (!converted.has("id")) {
            converted.put("id", iri);
        }
    }

    private static ObjectNode original(String id, String type, String name, String description) {
        ObjectNode e = object();
        e.put("id", id);
        e.set("type", array(Evidence.TYPE, type));
        e.put("name", name);
        if (description != null) {
            e.put("description", description);
        }
        return e;
    }

    private static ArrayNode ob3Context() {
        return array(Ob3Terms.VC_V2_CONTEXT, Ob3Terms.OB_CONTEXT);
    }

    /** The @context of a document: the OB 2.0 contexts give way to OB 3.0's, other contexts are kept. */
    private void context(JsonNode v, String p, ObjectNode out, String outPointer) {
        ArrayNode target = (ArrayNode) out.get("@context");
        trace.map(p, outPointer);
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            if (item.isTextual() && OB2_CONTEXTS.contains(item.textValue())) {
                continue;
            }
            String ip = v.isArray() ? at(p, i) : p;
            if (item.isTextual() || item.isObject()) {
                trace.map(ip, at(outPointer, target.size()));
                target.add(item.deepCopy());
            } else {
                trace.warning(ConversionCode.INVALID_VALUE, ip, "a context must be an IRI or an object, got "
                        + describe(item));
            }
        }
    }

    /** The @context of an embedded object: OB 3.0 objects inherit the document's context. */
    private void embeddedContext(JsonNode v, String p) {
        if (v.isArray() && v.isEmpty()) {
            dropped(p, "an empty context list carries nothing");
            return;
        }
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? at(p, i) : p;
            if (item.isTextual() && OB2_CONTEXTS.contains(item.textValue())) {
                dropped(ip, "an embedded object takes the OB 3.0 context of its document");
            } else {
                lost(ip, "an embedded object cannot bring its own context into an OB 3.0 document");
            }
        }
    }

    /** A type member: the OB 3.0 type is fixed; other OB 2.0 types are reported. */

    /** Types of an object whose OB 3.0 type list may hold other IRIs: absolute IRIs are kept. */
    private void openTypes(JsonNode v, String p, ObjectNode out, String outPointer, String ob3Type,
            Function<String, String> rename) {
        if (v.isArray() && v.isEmpty()) {
            dropped(p, "an empty type list carries nothing");
            return;
        }
        ArrayNode type = (ArrayNode) out.get("type");
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? at(p, i) : p;
            if (!item.isTextual()) {
                trace.warning(ConversionCode.INVALID_VALUE, ip, "a type must be a string, got " + describe(item));
                continue;
            }
            String t = rename.apply(item.textValue());
            if (t.equals(ob3Type)) {
                trace.map(ip, at(outPointer, "type"));
            } else if (t.indexOf(':') > 0 && isIri(t)) {
                trace.map(ip, at(at(outPointer, "type"), type.size()));
                type.add(t);
            } else {
                lost(ip, noCounterpart(t));
            }
        }
    }

    /**
     * A date-time: OB 3.0 requires RFC 3339 with a zone, so a date without one is read as UTC, and any form
     * RFC 3339 does not have (no seconds, a plain date, a Unix timestamp) is written as UTC with Z.
     */
    private Optional<Timestamp> zoned(JsonNode v, String p, boolean required) {
        Optional<Timestamp> t = timestamp(v, p, required);
        if (t.isEmpty() || t.get().hasZone() && RFC_3339.matcher(t.get().text()).matches()) {
            return t;
        }
        Timestamp z = Timestamp.of(t.get().instant());
        trace.info(ConversionCode.VALUE_REWRITTEN, p, "\"" + t.get().text() + "\" is written as " + z.text()
                + (t.get().hasZone() ? ", the RFC 3339 form OB 3.0 requires" : ": it has no time zone, so it is read "
                + "as UTC, and OB 3.0 requires one"));
        return Optional.of(z);
    }

    private void verification(JsonNode v, String p) {
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "verification must be an object, got " + describe(v));
            return;
        }
        boolean signed = false;
        boolean hosted = false;
        JsonNode type = v.get("type");
        if (type != null) {
            for (Iterator<JsonNode> it = values(type); it.hasNext(); ) {
                JsonNode t = it.next();
                signed |= t.isTextual() && Ob2Vocabulary.isSigned(t.textValue());
                hosted |= t.isTextual() && Ob2Vocabulary.isHosted(t.textValue());
            }
        }
        if (signed) {
            trace.warning(ConversionCode.SIGNATURE_DROPPED, p, "the OB 2.0 signature does not carry over: the "
                    + "converted credential is unsigned until it is signed again");
        } else if (hosted) {
            dropped(p, "OB 3.0 has no hosted verification; the original stays verifiable at its id, which the "
                    + "converted document links as evidence");
        } else {
            lost(p, "OB 3.0 has no verification object; this one names no known method");
        }
    }

    private void revoked(JsonNode v, String p, String what) {
        if (v.isBoolean() && v.booleanValue()) {
            trace.error(ConversionCode.NO_COUNTERPART, p, "the " + what + " is revoked; OB 3.0 states revocation "
                    + "through a credentialStatus, which a conversion cannot create");
        } else if (v.isBoolean()) {
            dropped(p, "not revoked: nothing to carry over");
        } else {
            trace.warning(ConversionCode.INVALID_VALUE, p, "revoked must be a boolean, got " + describe(v));
        }
    }

    // ------------------------------------------------------------------ recipient

    private boolean recipient(JsonNode v, String p, ObjectNode subject, String subjectAt) {
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "recipient must be an IdentityObject, got " + describe(v));
            return false;
        }
        String type = null;
        String identity = null;
        Boolean hashed = null;
        String salt = null;
        boolean ok = true;
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            switch (name) {
                case "type":
                    // One property identifies the recipient; an array of one is the same statement.
                    JsonNode single = value.isArray() && value.size() == 1 ? value.get(0) : value;
                    if (single.isTextual()) {
                        type = single.textValue();
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, mp, "the recipient type must be one string, got "
                                + describe(value));
                        ok = false;
                    }
                    break;
                case "identity":
                    if (value.isTextual()) {
                        identity = value.textValue();
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, mp, "identity must be a string, got " + describe(value));
                        ok = false;
                    }
                    break;
                case "hashed":
                    if (value.isBoolean()) {
                        hashed = value.booleanValue();
                    } else if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
                        hashed = Boolean.valueOf(value.textValue());
                        trace.info(ConversionCode.VALUE_REWRITTEN, mp, "the string \"" + value.textValue()
                                + "\" written as the boolean OB 3.0 requires");
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, mp, "hashed must be a boolean, got " + describe(value));
                        ok = false;
                    }
                    break;
                case "salt":
                    if (value.isTextual()) {
                        salt = value.textValue();
                    } else {
                        trace.warning(ConversionCode.INVALID_VALUE, mp, "salt must be a string, got " + describe(value));
                    }
                    break;
                default:
                    lost(mp, "an OB 3.0 IdentityObject allows no other properties");
            }
        }
        if (type == null && !v.has("type")) {
            missing(at(p, "type"), "the recipient has no type, so its OB 3.0 identityType is unknown");
            ok = false;
        }
        if (identity == null && !v.has("identity")) {
            missing(at(p, "identity"), "the recipient has no identity");
            ok = false;
        } else if (identity != null && blank(identity)) {
            trace.error(ConversionCode.INVALID_VALUE, at(p, "identity"), "the identity is blank");
            ok = false;
        }
        if (!ok) {
            return notCarried(p);
        }
        boolean looksHashed = IDENTITY_HASH.matcher(identity).matches();
        if (hashed == null) {
            hashed = looksHashed;
            trace.info(ConversionCode.VALUE_REWRITTEN, at(p, "hashed"), "hashed is missing; OB 3.0 requires it, "
                    + "so it is written as " + hashed + ", which is what the identity looks like");
        }
        if (("id".equals(type) || "@id".equals(type)) && !hashed) {
            if (!isIri(identity)) {
                trace.error(ConversionCode.INVALID_VALUE, at(p, "identity"), "an id identity must be an IRI, got \""
                        + identity + "\"");
                return notCarried(p);
            }
            subject.put("id", identity);
            String target = at(subjectAt, "id");
            trace.map(at(p, "identity"), target);
            trace.map(at(p, "type"), target);
            if (v.has("hashed")) {
                trace.map(at(p, "hashed"), target);
            }
            if (salt != null) {
                dropped(at(p, "salt"), "a salt means nothing for an identity that is not hashed");
            }
            return true;
        }
        String identityType = identityType(type);
        if (identityType == null) {
            trace.error(ConversionCode.INVALID_VALUE, at(p, "type"), "no OB 3.0 identityType stands for the recipient "
                    + "type \"" + type + "\"");
            return notCarried(p);
        }
        if (hashed && !looksHashed) {
            trace.error(ConversionCode.INVALID_VALUE, at(p, "identity"), "a hashed identity must be sha256$ and 64 hex "
                    + "digits or md5$ and 32 hex digits, as OB 3.0's IdentityHash requires");
        }
        ObjectNode io = object();
        io.put("type", "IdentityObject");
        io.put("hashed", hashed);
        io.put("identityHash", identity);
        io.put("identityType", identityType);
        String ioAt = at(at(subjectAt, "identifier"), 0);
        trace.map(at(p, "type"), at(ioAt, "identityType"));
        trace.map(at(p, "identity"), at(ioAt, "identityHash"));
        if (v.has("hashed")) {
            trace.map(at(p, "hashed"), at(ioAt, "hashed"));
        }
        if (salt != null) {
            io.put("salt", salt);
            trace.map(at(p, "salt"), at(ioAt, "salt"));
        }
        ArrayNode identifier = NODES.arrayNode();
        identifier.add(io);
        subject.set("identifier", identifier);
        if (!"email".equals(type) && !identityType.equals(type)) {
            trace.info(ConversionCode.VALUE_REWRITTEN, at(p, "type"), "the recipient type \"" + type
                    + "\" is written as the identityType \"" + identityType + "\"");
        }
        return true;
    }

    private boolean notCarried(String p) {
        trace.error(ConversionCode.INVALID_VALUE, p, "the recipient is not carried over, for the reason given for "
                + "its properties");
        return false;
    }

    /**
     * The OB 3.0 identityType for an OB 2.0 recipient type: {@code email} is {@code emailAddress}, {@code id}
     * is {@code identifier}, a term of the OB 3.0 vocabulary stays as it is, any other term {@code T} becomes
     * the extension term {@code ext:T} ({@code url} and {@code telephone} too: the vocabulary has no term
     * for them).
     *
     * @param type the OB 2.0 type
     * @return the identityType, or null when there is none
     */
    static String identityType(String type) {
        String term = type;
        for (String prefix : new String[] {"http://schema.org/", "https://schema.org/", "schema:"}) {
            if (type.startsWith(prefix)) {
                term = type.substring(prefix.length());
                if (!Set.of("email", "url", "telephone").contains(term)) {
                    return null;
                }
            }
        }
        if (term.equals("email")) {
            return IdentifierTypeEnum.EMAIL_ADDRESS.value();
        }
        if (term.equals("id") || term.equals("@id")) {
            return IdentifierTypeEnum.IDENTIFIER.value();
        }
        if (IdentifierTypeEnum.of(term).isStandard()) {
            return term;
        }
        String ext = "ext:" + term;
        return Ob3Terms.isExtensionTerm(ext) ? ext : null;
    }

    // ------------------------------------------------------------------ BadgeClass

    private BadgeOut badge(JsonNode v, String p, String tgt) {
        if (isIri(v)) {
            String iri = v.textValue();
            Optional<BadgeOut> resolved = resolve(iri, BadgeClass.class, "badge class", p, Severity.ERROR,
                    "OB 3.0 embeds the achievement (name, description, criteria) and takes the issuer from it",
                    json -> badgeClass(json, p, tgt, false, true, iri));
            if (resolved.isPresent()) {
                idFromReference(resolved.get().achievement, iri);
                trace.map(p, at(tgt, "id"));
                return resolved.get();
            }
            ObjectNode a = object();
            a.put("id", iri);
            a.set("type", array(Achievement.TYPE));
            trace.map(p, at(tgt, "id"));
            return new BadgeOut(a);
        }
        if (v.isObject()) {
            return badgeClass((ObjectNode) v, p, tgt, false, true, null);
        }
        trace.error(ConversionCode.INVALID_VALUE, p, "badge must be an IRI or a BadgeClass, got " + describe(v));
        return null;
    }

    /**
     * Converts a BadgeClass to an Achievement.
     *
     * @param src the badge class's JSON
     * @return the achievement's JSON, with an {@code @context} so that it stands as a document
     */
    public ObjectNode badgeClassDocument(ObjectNode src) {
        return definitionContext(badgeClass(src, "", "", true, false, null).achievement);
    }

    /**
     * An Achievement or Profile document names only the OB 3.0 context, as the guide's examples do (the
     * VC context would make it read as a credential).
     */
    private static ObjectNode definitionContext(ObjectNode out) {
        ArrayNode context = (ArrayNode) out.get("@context");
        if (context.size() == 1) {
            out.set("@context", context.get(0));
        }
        return out;
    }

    private BadgeOut badgeClass(ObjectNode src, String at, String tgt, boolean standalone, boolean inCredential,
            String resolvedFrom) {
        ObjectNode out = object();
        if (standalone) {
            out.set("@context", array(Ob3Terms.OB_CONTEXT));
        }
        out.set("type", array(Achievement.TYPE));
        BadgeOut result = new BadgeOut(out);
        ArrayNode alignment = NODES.arrayNode();
        ArrayNode tags = NODES.arrayNode();
        ArrayNode related = NODES.arrayNode();
        ArrayNode endorsement = NODES.arrayNode();
        boolean criteria = false;
        for (Map.Entry<String, JsonNode> m : members(src, at)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            String p = at(at, name);
            if (v.isNull()) {
                nullValue(p);
                continue;
            }
            switch (name) {
                case "@context":
                    if (standalone) {
                        context(v, p, out, "/@context");
                    } else {
                        embeddedContext(v, p);
                    }
                    break;
                case "@language":
                    language(v, p, out, "inLanguage", tgt);
                    break;
                case "id":
                    if (iri(v, p, out, "id", tgt, true) && resolvedFrom != null && !resolvedFrom.equals(v.textValue())) {
                        trace.warning(ConversionCode.INVALID_VALUE, p, "the badge class supplied for " + resolvedFrom
                                + " has the id " + v.textValue());
                    }
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), Ob2Vocabulary.BADGE_CLASS);
                    break;
                case "name":
                    if (text(v, p, out, "name", tgt, true)) {
                        result.name = v.textValue();
                        result.nameFrom = p;
                    }
                    break;
                case "description":
                    text(v, p, out, "description", tgt, true);
                    break;
                case "image":
                    image(v, p, out, tgt);
                    break;
                case "criteria":
                    criteria = criteria(v, p, out, at(tgt, "criteria"));
                    break;
                case "issuer":
                    result.issuer = issuer(v, p, out, at(tgt, "creator"));
                    result.issuerFrom = p;
                    break;
                case "alignment":
                    each(v, p, (e, ep) -> alignment(e, ep, alignment, at(tgt, "alignment")));
                    break;
                case "tags":
                    each(v, p, (e, ep) -> {
                        if (e.isTextual()) {
                            trace.map(ep, at(at(tgt, "tag"), tags.size()));
                            tags.add(e.textValue());
                        } else {
                            trace.warning(ConversionCode.INVALID_VALUE, ep, "a tag must be a string, got " + describe(e));
                        }
                    });
                    break;
                case "related":
                    each(v, p, (e, ep) -> related(e, ep, related, at(tgt, "related")));
                    break;
                case "version":
                    version(v, p, out, tgt);
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementRef(e, ep, endorsement, at(tgt, "endorsement")));
                    break;
                default:
                    carry(name, v, at, out, tgt, ACHIEVEMENT, "Achievement");
            }
        }
        setIfAny(out, "alignment", alignment);
        setIfAny(out, "tag", tags);
        setIfAny(out, "related", related);
        setIfAny(out, "endorsement", endorsement);
        requireMember(src, "id", at, "an OB 3.0 Achievement needs an id");
        requireMember(src, "name", at, "an OB 3.0 Achievement needs a name");
        requireMember(src, "description", at, "an OB 3.0 Achievement needs a description");
        if (!src.has("criteria")) {
            missing(at(at, "criteria"), "an OB 3.0 Achievement needs criteria");
        } else if (!criteria) {
            trace.error(ConversionCode.INVALID_VALUE, at(at, "criteria"), "an OB 3.0 Achievement needs criteria, and "
                    + "these could not be converted");
        }
        if (inCredential && !src.has("issuer")) {
            missing(at(at, "issuer"), "an OB 3.0 credential needs an issuer, which OB 2.0 gives in the badge class");
        }
        return result;
    }

    private void version(JsonNode v, String p, ObjectNode out, String tgt) {
        if (v.isTextual()) {
            text(v, p, out, "version", tgt);
        } else if (v.isNumber()) {
            out.put("version", v.asText());
            trace.map(p, at(tgt, "version"));
            trace.info(ConversionCode.VALUE_REWRITTEN, p, "the number " + v.asText() + " is written as the string "
                    + "OB 3.0 requires");
        } else {
            trace.warning(ConversionCode.INVALID_VALUE, p, "version must be a string or a number, got " + describe(v));
        }
    }

    private boolean criteria(JsonNode v, String p, ObjectNode parent, String tgt) {
        if (v.isTextual()) {
            ObjectNode c = object();
            if (iri(v, p, c, "id", tgt, true)) {
                parent.set("criteria", c);
                return true;
            }
            return false;
        }
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "criteria must be an IRI or a Criteria object, got " + describe(v));
            return false;
        }
        ObjectNode c = object();
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "id":
                    iri(value, mp, c, "id", tgt, false);
                    break;
                case "narrative":
                    text(value, mp, c, "narrative", tgt);
                    break;
                case "type":
                    if (value.isTextual() && value.textValue().equals(Ob2Vocabulary.CRITERIA)) {
                        dropped(mp, "OB 3.0 Criteria has no type");
                    } else {
                        lost(mp, "OB 3.0 Criteria has no type");
                    }
                    break;
                case "@context":
                    embeddedContext(value, mp);
                    break;
                default:
                    carry(name, value, p, c, tgt, CRITERIA, "Criteria");
            }
        }
        parent.set("criteria", c);
        return true;
    }

    private JsonNode issuer(JsonNode v, String p, ObjectNode achievement, String creatorAt) {
        if (v.isTextual()) {
            String iri = v.textValue();
            if (!isIri(iri)) {
                trace.error(ConversionCode.INVALID_VALUE, p, "an OB 3.0 issuer id must be a URI, got " + describe(v));
                return null;
            }
            Optional<ObjectNode> profile = resolve(iri, dev.laurel.badges.core.model.ob2.Profile.class,
                    "issuer profile", p, Severity.WARNING, "the credential names its issuer by id only",
                    json -> profile(json, p, creatorAt, false, iri));
            trace.map(p, at(creatorAt, "id"));
            if (profile.isPresent()) {
                idFromReference(profile.get(), iri);
                achievement.set("creator", profile.get());
                return profile.get();
            }
            ObjectNode creator = object();
            creator.put("id", iri);
            creator.set("type", array(Profile.TYPE));
            achievement.set("creator", creator);
            return TextNode.valueOf(iri);
        }
        if (v.isObject()) {
            ObjectNode profile = profile((ObjectNode) v, p, creatorAt, false, null);
            achievement.set("creator", profile);
            return profile;
        }
        trace.error(ConversionCode.INVALID_VALUE, p, "issuer must be an IRI or a Profile, got " + describe(v));
        return null;
    }

    private void alignment(JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "an alignment must be an AlignmentObject, got " + describe(v));
            return;
        }
        String tgt = at(tgtList, list.size());
        ObjectNode a = object();
        a.set("type", array(Alignment.TYPE));
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "type":
                    types(value, mp, at(tgt, "type"), Ob2Vocabulary.ALIGNMENT_OBJECT, Alignment.TYPE);
                    break;
                case "targetName":
                    text(value, mp, a, name, tgt, true);
                    break;
                case "targetUrl":
                    iri(value, mp, a, name, tgt, true);
                    break;
                case "targetDescription":
                case "targetFramework":
                case "targetCode":
                    text(value, mp, a, name, tgt);
                    break;
                case "@context":
                    embeddedContext(value, mp);
                    break;
                default:
                    carry(name, value, p, a, tgt, ALIGNMENT, "Alignment");
            }
        }
        requireMember((ObjectNode) v, "targetName", p, "an OB 3.0 Alignment needs a targetName");
        requireMember((ObjectNode) v, "targetUrl", p, "an OB 3.0 Alignment needs a targetUrl");
        list.add(a);
    }

    private void related(JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = at(tgtList, list.size());
        ObjectNode r = object();
        r.set("type", array("Related"));
        if (v.isTextual()) {
            if (iri(v, p, r, "id", tgt, false)) {
                list.add(r);
            }
            return;
        }
        if (!v.isObject() || !isIri(v.path("id"))) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "an OB 3.0 Related needs an id (an IRI); this related "
                    + "badge class has none and is not carried over");
            return;
        }
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "id":
                    iri(value, mp, r, "id", tgt, false);
                    break;
                case "type":
                    openTypes(value, mp, r, tgt, "Related",
                            t -> OB2_TERMS.contains(t) ? OB2_NAMESPACE + t : t);
                    break;
                case "version":
                    version(value, mp, r, tgt);
                    break;
                case "@language":
                    language(value, mp, r, "inLanguage", tgt);
                    break;
                case "@context":
                    embeddedContext(value, mp);
                    break;
                default:
                    lost(mp, "an OB 3.0 Related keeps only id, type, version and language");
            }
        }
        list.add(r);
    }

    // ------------------------------------------------------------------ Profile

    /**
     * Converts an issuer Profile to an OB 3.0 Profile.
     *
     * @param src the profile's JSON
     * @return the profile's JSON, with an {@code @context} so that it stands as a document
     */
    public ObjectNode profileDocument(ObjectNode src) {
        return definitionContext(profile(src, "", "", true, null));
    }

    private ObjectNode profile(ObjectNode src, String at, String tgt, boolean standalone, String resolvedFrom) {
        ObjectNode out = object();
        if (standalone) {
            out.set("@context", array(Ob3Terms.OB_CONTEXT));
        }
        out.set("type", array(Profile.TYPE));
        ArrayNode otherIdentifier = NODES.arrayNode();
        ArrayNode endorsement = NODES.arrayNode();
        for (Map.Entry<String, JsonNode> m : members(src, at)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            String p = at(at, name);
            if (v.isNull()) {
                nullValue(p);
                continue;
            }
            switch (name) {
                case "@context":
                    if (standalone) {
                        context(v, p, out, "/@context");
                    } else {
                        embeddedContext(v, p);
                    }
                    break;
                case "id":
                    if (iri(v, p, out, "id", tgt, true) && resolvedFrom != null && !resolvedFrom.equals(v.textValue())) {
                        trace.warning(ConversionCode.INVALID_VALUE, p, "the profile supplied for " + resolvedFrom
                                + " has the id " + v.textValue());
                    }
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), Ob2Vocabulary.ISSUER, Ob2Vocabulary.PROFILE);
                    break;
                case "name":
                case "description":
                case "email":
                    text(v, p, out, name, tgt);
                    break;
                case "url":
                    iri(v, p, out, "url", tgt, false);
                    break;
                case "telephone":
                    text(v, p, out, "phone", tgt);
                    break;
                case "image":
                    image(v, p, out, tgt);
                    break;
                case "publicKey":
                    lost(p, "OB 3.0 publishes an issuer's keys in its DID or controller document, not in the profile");
                    break;
                case "verification":
                    lost(p, "OB 3.0 has no issuer verification policy (allowedOrigins, startsWith)");
                    break;
                case "revocationList":
                    lost(p, "OB 3.0 revokes through each credential's credentialStatus, not an issuer's list");
                    break;
                case "related":
                    each(v, p, (e, ep) -> relatedProfile(e, ep, otherIdentifier, at(tgt, "otherIdentifier")));
                    break;
                case "version":
                    lost(p, "an OB 3.0 Profile has no version");
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementRef(e, ep, endorsement, at(tgt, "endorsement")));
                    break;
                default:
                    carry(name, v, at, out, tgt, PROFILE, "Profile");
            }
        }
        setIfAny(out, "otherIdentifier", otherIdentifier);
        setIfAny(out, "endorsement", endorsement);
        requireMember(src, "id", at, "an OB 3.0 Profile needs an id");
        return out;
    }

    /** A related profile becomes an otherIdentifier, the link the migration guide suggests between the two. */
    private void relatedProfile(JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = at(tgtList, list.size());
        ObjectNode entry = object();
        // The schema wants the single string here (the guide's own example writes an array and fails).
        entry.put("type", "IdentifierEntry");
        JsonNode id = v.isObject() ? v.get("id") : v;
        String idAt = v.isObject() ? at(p, "id") : p;
        if (id == null || !isIri(id)) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "a related profile becomes an otherIdentifier, which needs "
                    + "its id (an IRI); this one has none and is not carried over");
            return;
        }
        entry.put("identifier", id.textValue());
        entry.put("identifierType", IdentifierTypeEnum.IDENTIFIER.value());
        trace.map(idAt, at(tgt, "identifier"));
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
                String name = m.getKey();
                String mp = at(p, name);
                if (name.equals("id")) {
                    continue;
                }
                if (name.equals("type") || name.equals("version") || name.equals("@context")) {
                    dropped(mp, "an IdentifierEntry keeps only the identifier of the related profile");
                } else {
                    lost(mp, "an IdentifierEntry keeps only the identifier of the related profile");
                }
            }
        }
        list.add(entry);
    }

    // ------------------------------------------------------------------ Image, Evidence

    /** An image: OB 3.0 Image has only id, type and caption, and needs the id. */
    private void image(JsonNode v, String p, ObjectNode parent, String parentAt) {
        String tgt = at(parentAt, "image");
        ObjectNode img = object();
        if (v.isTextual()) {
            if (iri(v, p, img, "id", tgt, false)) {
                img.put("type", "Image");
                parent.set("image", img);
            }
            return;
        }
        if (!v.isObject() || !isIri(v.path("id"))) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "an OB 3.0 Image needs an id (its URI or data URI); this "
                    + "image has none and is not carried over");
            return;
        }
        img.put("type", "Image");
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "id":
                    iri(value, mp, img, "id", tgt, false);
                    break;
                case "type":
                    types(value, mp, at(tgt, "type"), Ob2Vocabulary.IMAGE_OBJECT, "ImageObject", "Image");
                    break;
                case "caption":
                    text(value, mp, img, "caption", tgt);
                    break;
                case "author":
                    lost(mp, "an OB 3.0 Image has no author");
                    break;
                default:
                    lost(mp, "an OB 3.0 Image allows only id, type and caption");
            }
        }
        parent.set("image", img);
    }

    private void evidence(JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = at(tgtList, list.size());
        ObjectNode e = object();
        e.set("type", array(Evidence.TYPE));
        if (v.isTextual()) {
            if (iri(v, p, e, "id", tgt, false)) {
                list.add(e);
            }
            return;
        }
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "evidence must be an IRI or an Evidence object, got "
                    + describe(v));
            return;
        }
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "id":
                    iri(value, mp, e, "id", tgt, false);
                    break;
                case "type":
                    openTypes(value, mp, e, tgt, Evidence.TYPE, t -> t);
                    break;
                case "narrative":
                case "name":
                case "description":
                case "genre":
                case "audience":
                    text(value, mp, e, name, tgt);
                    break;
                case "@context":
                    embeddedContext(value, mp);
                    break;
                default:
                    carry(name, value, p, e, tgt, EVIDENCE, "Evidence");
            }
        }
        list.add(e);
    }

    // ------------------------------------------------------------------ Endorsement

    private void endorsementRef(JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = at(tgtList, list.size());
        if (isIri(v)) {
            String iri = v.textValue();
            Optional<ObjectNode> resolved = resolve(iri, Endorsement.class, "endorsement", p, Severity.WARNING,
                    "OB 3.0 embeds endorsements, so this one is not carried over",
                    json -> endorsement(json, p, tgt, iri));
            if (resolved.isPresent()) {
                idFromReference(resolved.get(), iri);
                trace.map(p, at(tgt, "id"));
                list.add(resolved.get());
            }
            return;
        }
        if (v.isObject()) {
            list.add(endorsement((ObjectNode) v, p, tgt, null));
            return;
        }
        trace.warning(ConversionCode.INVALID_VALUE, p, "an endorsement must be an IRI or an Endorsement, got "
                + describe(v));
    }

    /**
     * Converts an Endorsement to an EndorsementCredential.
     *
     * @param src the endorsement's JSON
     * @return the endorsement credential's JSON
     */
    public ObjectNode endorsementDocument(ObjectNode src) {
        return endorsement(src, "", "", null);
    }

    private ObjectNode endorsement(ObjectNode src, String at, String tgt, String resolvedFrom) {
        ObjectNode out = object();
        out.set("@context", ob3Context());
        out.set("type", array(Ob3Terms.VERIFIABLE_CREDENTIAL, EndorsementCredential.TYPE));
        String originalId = null;
        String idFrom = null;
        for (Map.Entry<String, JsonNode> m : members(src, at)) {
            String name = m.getKey();
            JsonNode v = m.getValue();
            String p = at(at, name);
            if (v.isNull()) {
                nullValue(p);
                continue;
            }
            switch (name) {
                case "@context":
                    context(v, p, out, at(tgt, "@context"));
                    break;
                case "id":
                    if (iri(v, p, out, "id", tgt, true)) {
                        originalId = v.textValue();
                        idFrom = p;
                        if (resolvedFrom != null && !resolvedFrom.equals(originalId)) {
                            trace.warning(ConversionCode.INVALID_VALUE, p, "the endorsement supplied for "
                                    + resolvedFrom + " has the id " + originalId);
                        }
                    }
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), Ob2Vocabulary.ENDORSEMENT);
                    break;
                case "claim":
                    claim(v, p, out, at(tgt, "credentialSubject"));
                    break;
                case "issuer":
                    if (v.isObject()) {
                        out.set("issuer", profile((ObjectNode) v, p, at(tgt, "issuer"), false, null));
                    } else if (isIri(v)) {
                        out.put("issuer", v.textValue());
                        trace.map(p, at(tgt, "issuer"));
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, p, "an OB 3.0 issuer must be a URI or a Profile, got "
                                + describe(v));
                    }
                    break;
                case "issuedOn":
                    zoned(v, p, true).ifPresent(t -> {
                        out.put("validFrom", t.text());
                        out.put("awardedDate", t.text());
                        trace.map(p, at(tgt, "validFrom"));
                        trace.map(p, at(tgt, "awardedDate"));
                    });
                    break;
                case "verification":
                    verification(v, p);
                    break;
                case "revoked":
                    revoked(v, p, "endorsement");
                    break;
                case "revocationReason":
                    lost(p, "OB 3.0 states revocation through a credentialStatus, not a reason in the credential");
                    break;
                case "related":
                    lost(p, "an OB 3.0 EndorsementCredential has no related credentials");
                    break;
                case "version":
                    lost(p, "an OB 3.0 EndorsementCredential has no version");
                    break;
                case "endorsement":
                    lost(p, "an OB 3.0 EndorsementCredential has no endorsements of its own");
                    break;
                default:
                    carry(name, v, at, out, tgt, ENDORSEMENT, "EndorsementCredential");
            }
        }
        requireMember(src, "id", at, "an OB 3.0 EndorsementCredential needs an id");
        missing(at(at, "name"), "an OB 3.0 EndorsementCredential needs a name; an OB 2.0 endorsement has none");
        requireMember(src, "claim", at, "an OB 3.0 EndorsementCredential needs a credentialSubject, which comes from "
                + "claim");
        requireMember(src, "issuer", at, "an OB 3.0 EndorsementCredential needs an issuer");
        requireMember(src, "issuedOn", at, "an OB 3.0 EndorsementCredential needs validFrom, which comes from issuedOn");
        if (originalId != null) {
            ArrayNode evidence = NODES.arrayNode();
            evidence.add(original(originalId, ORIGINAL_ENDORSEMENT_TYPE, ORIGINAL_ENDORSEMENT_NAME, null));
            out.set("evidence", evidence);
            trace.map(idFrom, at(at(at(tgt, "evidence"), 0), "id"));
        }
        return out;
    }

    private void claim(JsonNode v, String p, ObjectNode endorsement, String tgt) {
        ObjectNode s = object();
        s.set("type", array(EndorsementSubject.TYPE));
        if (v.isTextual()) {
            if (iri(v, p, s, "id", tgt, true)) {
                endorsement.set("credentialSubject", s);
            }
            return;
        }
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "claim must be an object, got " + describe(v));
            return;
        }
        for (Map.Entry<String, JsonNode> m : members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            if (value.isNull()) {
                nullValue(mp);
                continue;
            }
            switch (name) {
                case "id":
                    iri(value, mp, s, "id", tgt, true);
                    break;
                case "type":
                    openTypes(value, mp, s, tgt, EndorsementSubject.TYPE, t -> t);
                    break;
                case "endorsementComment":
                    text(value, mp, s, name, tgt);
                    break;
                case "@context":
                    embeddedContext(value, mp);
                    break;
                default:
                    carry(name, value, p, s, tgt, ENDORSEMENT_SUBJECT, "EndorsementSubject");
            }
        }
        requireMember((ObjectNode) v, "id", p, "an OB 3.0 EndorsementSubject needs the id of what is endorsed");
        endorsement.set("credentialSubject", s);
    }

    // ------------------------------------------------------------------ resolving references

    /**
     * Resolves a reference through the caller's resolver and converts what it supplies, reporting
     * content from it at the reference's pointer. When nothing usable comes back, reports the reference
     * as unresolved with the given severity and consequence, once.
     */
    private <R> Optional<R> resolve(String iri, Class<?> type, String what, String p, Severity severity,
            String consequence, Function<ObjectNode, R> convert) {
        if (trace.resolving(iri) || trace.depth() >= MAX_RESOLUTION_DEPTH) {
            trace.report(severity, ConversionCode.UNRESOLVED_REFERENCE, p, "the " + what + " " + iri + " refers back "
                    + "to a document being converted (or nests too deep) and is not embedded again: " + consequence);
            return Optional.empty();
        }
        Optional<Object> supplied = Objects.requireNonNull(resolver.resolve(iri),
                "the reference resolver returned null for " + iri);
        Object document = supplied.orElse(null);
        if (document instanceof BadgeDocument doc) {
            document = doc.model().orElse(doc);
        }
        if (document != null && !type.isInstance(document)) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "the resolver supplied "
                    + (document instanceof BadgeDocument ? "a document that is not a badge"
                    : "a " + document.getClass().getSimpleName()) + " for the " + what + " " + iri);
            document = null;
        }
        if (document == null) {
            trace.report(severity, ConversionCode.UNRESOLVED_REFERENCE, p, "the " + what + " " + iri
                    + " was not supplied: " + consequence);
            return Optional.empty();
        }
        ObjectNode json = BadgeJson.standard().toJson(document);
        trace.enter(iri);
        try {
            return Optional.of(convert.apply(json));
        } finally {
            trace.leave();
        }
    }
}
