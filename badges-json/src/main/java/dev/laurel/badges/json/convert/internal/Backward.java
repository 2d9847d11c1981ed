package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.AlignmentObject;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Criteria;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.EndorsementClaim;
import dev.laurel.badges.core.model.ob2.Evidence;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob2.Image;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob2.Profile;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.json.convert.ConversionCode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Open Badges 3.0 to 2.0, JSON to JSON, where the older version can represent it: an OpenBadgeCredential
 * becomes a hosted Assertion with its BadgeClass and issuer Profile embedded, an IdentityObject or the
 * subject's id becomes the recipient. Everything OB 2.0 has no place for (results, proofs, status...) is
 * reported. Not thread-safe: one per conversion.
 */
public final class Backward extends Engine {

    @Override
    String noCounterpart(String type) {
        return "the type " + type + " has no OB 2.0 counterpart";
    }

    /** What OB 2.0 takes as an e-mail address (as badges-core's OB 2.0 rules check it). */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+");

    private static final Set<String> ASSERTION = names(Assertion.class);
    private static final Set<String> BADGE_CLASS = names(BadgeClass.class);
    private static final Set<String> PROFILE = names(Profile.class);
    private static final Set<String> ENDORSEMENT = names(Endorsement.class);
    private static final Set<String> CLAIM = names(EndorsementClaim.class);
    private static final Set<String> EVIDENCE = names(Evidence.class);
    private static final Set<String> ALIGNMENT = names(AlignmentObject.class);
    private static final Set<String> CRITERIA = names(Criteria.class);
    private static final Set<String> IMAGE = names(Image.class);
    private static final Set<String> IDENTITY = names(IdentityObject.class);

    /**
     * Creates an engine for one conversion.
     *
     * @param trace where problems and mappings go
     */
    public Backward(Trace trace) {
        super(trace);
    }

    // ------------------------------------------------------------------ OpenBadgeCredential

    /**
     * Converts an OpenBadgeCredential (or a VC Data Model 1.1 AchievementCredential) to a hosted Assertion.
     *
     * @param src the credential's JSON
     * @return the assertion's JSON
     */
    public ObjectNode credential(ObjectNode src) {
        ObjectNode out = object();
        out.put("@context", Ob2Vocabulary.CONTEXT);
        out.put("type", Ob2Vocabulary.ASSERTION);
        JsonNode achievement = src.path("credentialSubject").path("achievement");
        JsonNode issuerNode = src.get("issuer");
        String issuerId = issuerNode == null ? null
                : issuerNode.isTextual() ? issuerNode.textValue() : issuerNode.path("id").asText(null);
        ObjectNode badge = null;
        ArrayNode evidence = NODES.arrayNode();
        ArrayNode endorsement = NODES.arrayNode();
        Dates dates = new Dates(src);
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
                    context(v, p, out);
                    break;
                case "id":
                    hostedId(v, p, out, "");
                    break;
                case "type":
                    types(v, p, "/type", Ob3Terms.VERIFIABLE_CREDENTIAL, OpenBadgeCredential.TYPE,
                            Ob3Terms.ACHIEVEMENT_CREDENTIAL);
                    break;
                case "name":
                    sameAs(v, achievement.get("name"), p, "the badge class name",
                            "an OB 2.0 assertion has no name; the badge class has its own");
                    break;
                case "description":
                    sameAs(v, achievement.get("description"), p, "the badge class description",
                            "an OB 2.0 assertion has no description; the badge class has its own");
                    break;
                case "image":
                    // The subject's image is the OB 2.0 assertion image; the credential's stands in when it has none.
                    if (isIri(src.path("credentialSubject").path("image").path("id"))) {
                        sameAs(v, src.path("credentialSubject").get("image"), p,
                                "the subject's image", "an OB 2.0 assertion has one image, the subject's");
                    } else {
                        image(v, p, out, "");
                    }
                    break;
                case "credentialSubject":
                    badge = subject(v, p, out, issuerId);
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementEntry(e, ep, endorsement, "/endorsement"));
                    break;
                case "endorsementJwt":
                    lost(p, "OB 2.0 has no endorsements in VC-JWT form");
                    break;
                case "evidence":
                    each(v, p, (e, ep) -> evidence(e, ep, evidence, "/evidence"));
                    break;
                case "issuer":
                    // Written into the badge class below, once it exists.
                    break;
                case "awardedDate":
                case "validFrom":
                case "issuanceDate":
                    dates.issued(name, v, p, out, "");
                    break;
                case "validUntil":
                case "expirationDate":
                    dates.expires(name, v, p, out, "", "expires");
                    break;
                case "credentialSchema":
                    dropped(p, "OB 2.0 has no credential schema; this one describes the OB 3.0 form");
                    break;
                case "credentialStatus":
                    lost(p, "OB 2.0 has no credential status: revocation is the issuer's revocation list");
                    break;
                case "refreshService":
                    lost(p, "OB 2.0 has no refresh service");
                    break;
                case "termsOfUse":
                    lost(p, "OB 2.0 has no terms of use");
                    break;
                case "proof":
                    trace.warning(ConversionCode.SIGNATURE_DROPPED, p, "the proof covers the OB 3.0 credential; the "
                            + "OB 2.0 assertion is hosted, verified at its id");
                    break;
                default:
                    carry(name, v, "", out, "", ASSERTION, "Assertion");
            }
        }
        if (issuerNode == null) {
            missing("/issuer", "an OB 2.0 badge class needs an issuer, which comes from the credential's issuer");
        } else if (issuerNode.isNull()) {
            // reported as a null value above
        } else if (badge != null) {
            issuer(issuerNode, "/issuer", badge, "/badge");
        } else {
            lost("/issuer", "without an achievement there is no OB 2.0 badge class to hold the issuer");
        }
        if (!src.has("id")) {
            missing("/id", "an OB 2.0 assertion needs an id");
        }
        if (!dates.issuedSet) {
            missing("/validFrom", "an OB 2.0 assertion needs issuedOn, which comes from awardedDate or validFrom");
        }
        dates.checkOrder();
        if (!src.has("credentialSubject")) {
            missing("/credentialSubject", "an OB 2.0 assertion needs a recipient and a badge, which come from the "
                    + "credential subject");
        }
        setIfAny(out, "evidence", evidence);
        setIfAny(out, "endorsement", endorsement);
        ObjectNode verification = object();
        verification.put("type", Ob2Vocabulary.HOSTED);
        out.set("verification", verification);
        return out;
    }

    /** Hosted verification fetches an assertion from its id, so the id must be an HTTP(S) URL. */
    private void hostedId(JsonNode v, String p, ObjectNode out, String tgt) {
        if (!iri(v, p, out, "id", tgt, true)) {
            return;
        }
        String id = v.textValue().toLowerCase(Locale.ROOT);
        if (!id.startsWith("https://") && !id.startsWith("http://")) {
            trace.error(ConversionCode.INVALID_VALUE, p, "the OB 2.0 form is verified as hosted, fetched from its id, "
                    + "which must then be an HTTP(S) URL, not " + v.textValue());
        }
    }

    /** A value OB 2.0 has no place for, unless it repeats one that is carried over anyway. */
    private void sameAs(JsonNode v, JsonNode other, String p, String otherName, String why) {
        if (other != null && other.equals(v)) {
            dropped(p, "the same as " + otherName + ", which is carried over");
        } else {
            lost(p, why);
        }
    }

    /** The issue and expiry dates: OB 2.0 has one of each, so a second, different one is reported. */
    private final class Dates {
        private final ObjectNode src;
        boolean issuedSet;
        private Timestamp issued;
        private Timestamp expires;
        private String expiresFrom;

        Dates(ObjectNode src) {
            this.src = src;
        }

        /** awardedDate is preferred (it is when the badge was awarded), then validFrom, then issuanceDate. */
        void issued(String name, JsonNode v, String p, ObjectNode out, String tgt) {
            boolean preferred = name.equals("awardedDate")
                    || (name.equals("validFrom") && !src.has("awardedDate"))
                    || (name.equals("issuanceDate") && !src.has("awardedDate") && !src.has("validFrom"));
            Optional<Timestamp> t = timestamp(v, p, preferred);
            if (t.isEmpty()) {
                return;
            }
            if (preferred) {
                out.set("issuedOn", v.deepCopy());
                trace.map(p, at(tgt, "issuedOn"));
                issuedSet = true;
                issued = t.get();
            } else {
                Timestamp other = preferredTimestamp("awardedDate", "validFrom");
                if (other != null && other.instant().equals(t.get().instant())) {
                    trace.map(p, at(tgt, "issuedOn"));
                } else {
                    lost(p, "OB 2.0 has one date, issuedOn, which comes from "
                            + (src.has("awardedDate") ? "awardedDate" : "validFrom"));
                }
            }
        }

        void expires(String name, JsonNode v, String p, ObjectNode out, String tgt, String target) {
            boolean preferred = name.equals("validUntil") || !src.has("validUntil");
            Optional<Timestamp> t = timestamp(v, p, false);
            if (t.isEmpty()) {
                return;
            }
            if (preferred) {
                out.set(target, v.deepCopy());
                trace.map(p, at(tgt, target));
                expires = t.get();
                expiresFrom = p;
            } else {
                Timestamp other = Timestamp.tryParse(src.path("validUntil").asText("")).orElse(null);
                if (other != null && other.instant().equals(t.get().instant())) {
                    trace.map(p, at(tgt, target));
                } else {
                    lost(p, "OB 2.0 has one expiry date, which comes from validUntil");
                }
            }
        }

        /** OB 2.0 wants expires after issuedOn; OB 3.0 lets validUntil equal validFrom. */
        void checkOrder() {
            if (issued != null && expires != null && !expires.instant().isAfter(issued.instant())) {
                trace.error(ConversionCode.INVALID_VALUE, expiresFrom, "OB 2.0 requires expires to be after issuedOn");
            }
        }

        private Timestamp preferredTimestamp(String... names) {
            for (String n : names) {
                if (src.has(n)) {
                    return Timestamp.tryParse(src.path(n).asText("")).orElse(null);
                }
            }
            return null;
        }
    }

    private void context(JsonNode v, String p, ObjectNode out) {
        trace.map(p, "/@context");
        List<JsonNode> extra = new ArrayList<>();
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? at(p, i) : p;
            if (item.isTextual() && (item.textValue().equals(Ob3Terms.VC_V2_CONTEXT)
                    || item.textValue().equals(Ob3Terms.VC_V1_CONTEXT) || Ob3Terms.isObContext(item.textValue())
                    || item.textValue().startsWith("https://purl.imsglobal.org/spec/ob/v3p0/"))) {
                continue;
            }
            if (item.isTextual() || item.isObject()) {
                trace.map(ip, at("/@context", extra.size() + 1));
                extra.add(item.deepCopy());
            } else {
                trace.warning(ConversionCode.INVALID_VALUE, ip, "a context must be an IRI or an object, got "
                        + describe(item));
            }
        }
        if (!extra.isEmpty()) {
            ArrayNode contexts = array(Ob2Vocabulary.CONTEXT);
            extra.forEach(contexts::add);
            out.set("@context", contexts);
        }
    }

    /** Extra type IRIs OB 2.0 can hold: the OB 2.0 namespace's own terms are written short again. */
    private void openTypes(JsonNode v, String p, ObjectNode out, String outPointer, String ob3Type, String ob2Type) {
        if (v.isArray() && v.isEmpty()) {
            dropped(p, "an empty type list carries nothing");
            return;
        }
        int i = 0;
        for (Iterator<JsonNode> it = values(v); it.hasNext(); i++) {
            JsonNode item = it.next();
            String ip = v.isArray() ? at(p, i) : p;
            if (!item.isTextual()) {
                trace.warning(ConversionCode.INVALID_VALUE, ip, "a type must be a string, got " + describe(item));
                continue;
            }
            String t = item.textValue();
            if (t.equals(ob3Type)) {
                if (ob2Type != null) {
                    addType(out, ob2Type);
                }
                trace.map(ip, outPointer);
            } else if (t.startsWith(OB2_NAMESPACE) && t.length() > OB2_NAMESPACE.length()) {
                addType(out, t.substring(OB2_NAMESPACE.length()));
                trace.map(ip, outPointer);
            } else if (isIri(t)) {
                addType(out, t);
                trace.map(ip, outPointer);
            } else {
                lost(ip, noCounterpart(t));
            }
        }
    }

    private static void addType(ObjectNode out, String type) {
        JsonNode existing = out.get("type");
        if (existing == null) {
            out.set("type", array(type));
        } else {
            ((ArrayNode) existing).add(type);
        }
    }

    // ------------------------------------------------------------------ subject and recipient

    private ObjectNode subject(JsonNode v, String p, ObjectNode assertion, String issuerId) {
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "credentialSubject must be an object, got " + describe(v));
            return null;
        }
        ObjectNode badge = null;
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
                case "identifier":
                    break; // the recipient is chosen below
                case "type":
                    for (Iterator<JsonNode> it = values(value); it.hasNext(); ) {
                        JsonNode t = it.next();
                        if (!(t.isTextual() && t.textValue().equals(AchievementSubject.TYPE))) {
                            lost(mp, "the subject type " + describe(t) + " has no OB 2.0 counterpart");
                        }
                    }
                    dropped(mp, "OB 2.0 has no subject object: the assertion's recipient and badge stand for it");
                    break;
                case "achievement":
                    if (value.isObject()) {
                        badge = achievement((ObjectNode) value, mp, "/badge", false, issuerId);
                        assertion.set("badge", badge);
                    } else {
                        trace.error(ConversionCode.INVALID_VALUE, mp, "achievement must be an object, got "
                                + describe(value));
                    }
                    break;
                case "image":
                    image(value, mp, assertion, "");
                    break;
                case "narrative":
                    text(value, mp, assertion, "narrative", "");
                    break;
                case "activityEndDate":
                case "activityStartDate":
                case "creditsEarned":
                case "licenseNumber":
                case "role":
                case "term":
                    lost(mp, "an OB 2.0 assertion has no " + name);
                    break;
                case "result":
                    lost(mp, "OB 2.0 has no results");
                    break;
                case "source":
                    lost(mp, "OB 2.0 has no source profile");
                    break;
                default:
                    lost(mp, "OB 2.0 has no subject object to hold the extension " + name);
            }
        }
        recipient((ObjectNode) v, p, assertion);
        if (!v.has("achievement")) {
            missing(at(p, "achievement"), "an OB 2.0 assertion needs a badge, which comes from the achievement");
        }
        return badge;
    }

    /** One recipient: an identifier OB 2.0 can name (an email first), else the subject's id. */
    private void recipient(ObjectNode subject, String p, ObjectNode assertion) {
        JsonNode identifiers = subject.get("identifier");
        String identifierAt = at(p, "identifier");
        List<JsonNode> items = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (identifiers != null && !identifiers.isNull()) {
            each(identifiers, identifierAt, (e, ep) -> {
                items.add(e);
                pointers.add(ep);
            });
        }
        int chosen = -1;
        for (int i = 0; i < items.size(); i++) {
            if (rank(items.get(i)) > (chosen < 0 ? 0 : rank(items.get(chosen)))) {
                chosen = i;
            }
        }
        boolean hasId = subject.hasNonNull("id");
        for (int i = 0; i < items.size(); i++) {
            if (i == chosen && (rank(items.get(i)) > 1 || !hasId)) {
                identityObject((ObjectNode) items.get(i), pointers.get(i), assertion);
            } else if (rank(items.get(i)) <= 1) {
                lost(pointers.get(i), "no OB 2.0 recipient type stands for the identityType "
                        + describe(items.get(i).path("identityType")));
                if (i == chosen) {
                    chosen = -1;
                }
            } else {
                lost(pointers.get(i), "an OB 2.0 assertion names one recipient identity");
            }
        }
        JsonNode id = subject.get("id");
        String idAt = at(p, "id");
        if (id != null && !id.isNull()) {
            if (chosen >= 0) {
                lost(idAt, "an OB 2.0 assertion names one recipient identity; the identifier is used");
            } else if (isIri(id)) {
                ObjectNode r = object();
                r.put("type", "id");
                r.put("hashed", false);
                r.put("identity", id.textValue());
                assertion.set("recipient", r);
                trace.map(idAt, "/recipient/identity");
            } else {
                trace.error(ConversionCode.INVALID_VALUE, idAt, "the subject id must be an IRI, got " + describe(id));
            }
        } else if (chosen < 0) {
            trace.error(ConversionCode.MISSING_IN_SOURCE, identifierAt, "an OB 2.0 assertion needs a recipient: the "
                    + "subject has no id and no identifier with an identityType OB 2.0 can name");
        }
    }

    /**
     * How well an identifier names an OB 2.0 recipient: 3 an e-mail, 2 another type OB 2.0 has, 1 a term
     * OB 2.0 has not (kept, with an error, when nothing better names the recipient), 0 unusable.
     */
    private static int rank(JsonNode identityObject) {
        String type = recipientType(identityObject);
        if (type != null) {
            return type.equals("email") ? 3 : 2;
        }
        return identityObject.isObject() && identityObject.path("identityHash").isTextual()
                && identityObject.path("hashed").isBoolean() && identityObject.path("identityType").isTextual() ? 1 : 0;
    }

    /** The OB 2.0 recipient type for an OB 3.0 identityType, or null. */
    private static String recipientType(JsonNode identityObject) {
        if (!identityObject.isObject() || !identityObject.path("identityHash").isTextual()
                || !identityObject.path("hashed").isBoolean()) {
            return null;
        }
        JsonNode t = identityObject.get("identityType");
        if (t == null || !t.isTextual()) {
            return null;
        }
        return recipientType(t.textValue());
    }

    /**
     * The reverse of {@link Forward#identityType(String)}: {@code emailAddress} is {@code email},
     * {@code identifier} is {@code id}, {@code ext:T} is {@code T}; other terms have no OB 2.0 type.
     *
     * @param identityType the OB 3.0 identityType
     * @return the OB 2.0 recipient type, or null
     */
    static String recipientType(String identityType) {
        if (identityType.equals(IdentifierTypeEnum.EMAIL_ADDRESS.value())) {
            return "email";
        }
        if (identityType.equals(IdentifierTypeEnum.IDENTIFIER.value())) {
            return "id";
        }
        if (Ob3Terms.isExtensionTerm(identityType)) {
            return identityType.substring(4);
        }
        return null;
    }

    private void identityObject(ObjectNode io, String p, ObjectNode assertion) {
        ObjectNode r = object();
        for (Map.Entry<String, JsonNode> m : members(io, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = at(p, name);
            switch (name) {
                case "type":
                    trace.map(mp, "/recipient");
                    break;
                case "identityType":
                    String type = recipientType(value.textValue());
                    if (type == null) {
                        type = value.textValue();
                        trace.error(ConversionCode.INVALID_VALUE, mp, "OB 2.0 names a recipient by email, url, "
                                + "telephone, id or a property IRI; \"" + type + "\" is kept but is none of them");
                    }
                    r.put("type", type);
                    trace.map(mp, "/recipient/type");
                    break;
                case "identityHash":
                    text(value, mp, r, "identity", "/recipient", true);
                    break;
                case "hashed":
                    r.put("hashed", value.booleanValue());
                    trace.map(mp, "/recipient/hashed");
                    break;
                case "salt":
                    text(value, mp, r, "salt", "/recipient");
                    break;
                default:
                    carry(name, value, p, r, "/recipient", IDENTITY, "IdentityObject");
            }
        }
        identityRules(r, p);
        assertion.set("recipient", r);
    }

    /** The OB 2.0 rules for a recipient that OB 3.0 does not have. */
    private void identityRules(ObjectNode r, String p) {
        String type = r.path("type").asText("");
        String identity = r.path("identity").asText("");
        String at = at(p, "identityHash");
        if (r.path("hashed").asBoolean(false) || !r.has("identity")) {
            return;
        }
        if (IDENTITY_HASH.matcher(identity).matches()) {
            trace.error(ConversionCode.INVALID_VALUE, at, "the identity looks like a hash but hashed is false, which "
                    + "OB 2.0 does not allow");
        } else if (type.equals("email") && !EMAIL.matcher(identity).matches()) {
            trace.error(ConversionCode.INVALID_VALUE, at, "an OB 2.0 email identity must be an e-mail address");
        } else if ((type.equals("url") || type.equals("id")) && !isIri(identity)) {
            trace.error(ConversionCode.INVALID_VALUE, at, "an OB 2.0 " + type + " identity must be an IRI");
        }
    }

    // ------------------------------------------------------------------ Achievement

    /**
     * Converts an Achievement to a BadgeClass.
     *
     * @param src the achievement's JSON
     * @return the badge class's JSON
     */
    public ObjectNode achievementDocument(ObjectNode src) {
        return achievement(src, "", "", true, null);
    }

    private ObjectNode achievement(ObjectNode src, String at, String tgt, boolean standalone, String issuerId) {
        ObjectNode out = object();
        if (standalone) {
            out.put("@context", Ob2Vocabulary.CONTEXT);
        }
        out.put("type", Ob2Vocabulary.BADGE_CLASS);
        ArrayNode alignment = NODES.arrayNode();
        ArrayNode tags = NODES.arrayNode();
        ArrayNode related = NODES.arrayNode();
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
                        context(v, p, out);
                    } else {
                        dropped(p, "an embedded OB 2.0 object takes the context of its document");
                    }
                    break;
                case "id":
                    iri(v, p, out, "id", tgt, true);
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), Achievement.TYPE, OB2_NAMESPACE + Ob2Vocabulary.BADGE_CLASS);
                    break;
                case "alignment":
                    each(v, p, (e, ep) -> alignment(e, ep, alignment, at(tgt, "alignment")));
                    break;
                case "creator":
                    if (standalone) {
                        issuer(v, p, out, tgt);
                    } else if (issuerId != null && issuerId.equals(v.path("id").asText(null))) {
                        dropped(p, "the same profile as the credential's issuer, which becomes the badge class's issuer");
                    } else {
                        lost(p, "an OB 2.0 badge class has one issuer, taken from the credential's issuer");
                    }
                    break;
                case "criteria":
                    criteria(v, p, out, at(tgt, "criteria"));
                    break;
                case "name":
                case "description":
                    text(v, p, out, name, tgt, true);
                    break;
                case "image":
                    image(v, p, out, tgt, true);
                    break;
                case "inLanguage":
                    text(v, p, out, "@language", tgt);
                    break;
                case "related":
                    each(v, p, (e, ep) -> related(e, ep, related, at(tgt, "related")));
                    break;
                case "tag":
                    each(v, p, (e, ep) -> {
                        if (e.isTextual() && blank(e.textValue())) {
                            trace.warning(ConversionCode.INVALID_VALUE, ep, "OB 2.0 does not allow a blank tag");
                        } else if (e.isTextual()) {
                            trace.map(ep, at(at(tgt, "tags"), tags.size()));
                            tags.add(e.textValue());
                        } else {
                            trace.warning(ConversionCode.INVALID_VALUE, ep, "a tag must be a string, got " + describe(e));
                        }
                    });
                    break;
                case "version":
                    text(v, p, out, "version", tgt);
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementEntry(e, ep, endorsement, at(tgt, "endorsement")));
                    break;
                case "achievementType":
                case "creditsAvailable":
                case "fieldOfStudy":
                case "humanCode":
                case "otherIdentifier":
                case "resultDescription":
                case "specialization":
                    lost(p, "an OB 2.0 badge class has no " + name);
                    break;
                case "endorsementJwt":
                    lost(p, "OB 2.0 has no endorsements in VC-JWT form");
                    break;
                default:
                    carry(name, v, at, out, tgt, BADGE_CLASS, "BadgeClass");
            }
        }
        setIfAny(out, "alignment", alignment);
        setIfAny(out, "tags", tags);
        setIfAny(out, "related", related);
        setIfAny(out, "endorsement", endorsement);
        for (String required : new String[] {"id", "name", "description", "criteria"}) {
            if (!src.has(required)) {
                missing(at(at, required), "an OB 2.0 BadgeClass needs " + required);
            }
        }
        if (!src.has("image")) {
            missing(at(at, "image"), "an OB 2.0 BadgeClass needs an image");
        }
        if (standalone && !src.has("creator")) {
            missing(at(at, "creator"), "an OB 2.0 BadgeClass needs an issuer, which comes from creator");
        }
        return out;
    }

    private void issuer(JsonNode v, String p, ObjectNode badge, String badgeAt) {
        if (v.isTextual()) {
            iri(v, p, badge, "issuer", badgeAt, true);
            return;
        }
        if (v.isObject()) {
            badge.set("issuer", profile((ObjectNode) v, p, at(badgeAt, "issuer"), false));
            return;
        }
        trace.error(ConversionCode.INVALID_VALUE, p, "issuer must be an IRI or a Profile, got " + describe(v));
    }

    private void criteria(JsonNode v, String p, ObjectNode parent, String tgt) {
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "criteria must be an object, got " + describe(v));
            return;
        }
        int mark = trace.mappings().size();
        ObjectNode c = object();
        boolean onlyId = true;
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
                    onlyId = false;
                    text(value, mp, c, "narrative", tgt);
                    break;
                default:
                    onlyId = false;
                    carry(name, value, p, c, tgt, CRITERIA, "Criteria");
            }
        }
        JsonNode narrative = c.get("narrative");
        if (!c.has("id") && (narrative == null || narrative.asText().isBlank())) {
            trace.error(narrative == null ? ConversionCode.MISSING_IN_SOURCE : ConversionCode.INVALID_VALUE,
                    at(p, "narrative"), "OB 2.0 criteria need an id (a criteria page) or a narrative");
        }
        if (onlyId && c.has("id")) {
            // An OB 2.0 badge class names criteria that are only a web page by its IRI.
            parent.put("criteria", c.get("id").textValue());
            retarget(mark, at(tgt, "id"), tgt);
        } else {
            parent.set("criteria", c);
        }
    }

    /**
     * Points the mappings recorded since {@code mark} from {@code from} to {@code to} instead (an object
     * written as its IRI). Scanning only from the mark keeps a long list linear.
     */
    private void retarget(int mark, String from, String to) {
        List<dev.laurel.badges.json.convert.Mapping> mappings = trace.mappings();
        for (int i = mark; i < mappings.size(); i++) {
            if (mappings.get(i).target().equals(from)) {
                mappings.set(i, new dev.laurel.badges.json.convert.Mapping(mappings.get(i).source(), to));
            }
        }
    }

    private void alignment(JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "an alignment must be an object, got " + describe(v));
            return;
        }
        String tgt = at(tgtList, list.size());
        ObjectNode a = object();
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
                    types(value, mp, tgt, Alignment.TYPE);
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
                case "targetType":
                    lost(mp, "an OB 2.0 AlignmentObject has no targetType");
                    break;
                default:
                    carry(name, value, p, a, tgt, ALIGNMENT, "AlignmentObject");
            }
        }
        requireMember((ObjectNode) v, "targetName", p, "an OB 2.0 AlignmentObject needs a targetName");
        requireMember((ObjectNode) v, "targetUrl", p, "an OB 2.0 AlignmentObject needs a targetUrl");
        list.add(a);
    }

    private void related(JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject() || !isIri(v.path("id"))) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "a related achievement without an id (an IRI) is not "
                    + "carried over");
            return;
        }
        String tgt = at(tgtList, list.size());
        int mark = trace.mappings().size();
        ObjectNode r = object();
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
                    openTypes(value, mp, r, at(tgt, "type"), "Related", null);
                    break;
                case "version":
                    text(value, mp, r, "version", tgt);
                    break;
                case "inLanguage":
                    text(value, mp, r, "@language", tgt);
                    break;
                default:
                    carry(name, value, p, r, tgt, BADGE_CLASS, "BadgeClass");
            }
        }
        if (r.size() == 1) {
            list.add(r.get("id").textValue());
            retarget(mark, at(tgt, "id"), tgt);
            retarget(mark, at(tgt, "type"), tgt);
        } else {
            list.add(r);
        }
    }

    // ------------------------------------------------------------------ Profile

    /**
     * Converts an OB 3.0 Profile to an OB 2.0 issuer Profile.
     *
     * @param src the profile's JSON
     * @return the profile's JSON
     */
    public ObjectNode profileDocument(ObjectNode src) {
        return profile(src, "", "", true);
    }

    private ObjectNode profile(ObjectNode src, String at, String tgt, boolean standalone) {
        ObjectNode out = object();
        if (standalone) {
            out.put("@context", Ob2Vocabulary.CONTEXT);
        }
        out.put("type", Ob2Vocabulary.PROFILE);
        ArrayNode related = NODES.arrayNode();
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
                        context(v, p, out);
                    } else {
                        dropped(p, "an embedded OB 2.0 object takes the context of its document");
                    }
                    break;
                case "id":
                    iri(v, p, out, "id", tgt, true);
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), dev.laurel.badges.core.model.ob3.Profile.TYPE);
                    break;
                case "name":
                    text(v, p, out, name, tgt, true);
                    break;
                case "email":
                    if (text(v, p, out, name, tgt, true) && !EMAIL.matcher(v.textValue()).matches()) {
                        trace.error(ConversionCode.INVALID_VALUE, p, "an OB 2.0 profile email must be an e-mail address");
                    }
                    break;
                case "url":
                    iri(v, p, out, "url", tgt, true);
                    break;
                case "description":
                    text(v, p, out, name, tgt);
                    break;
                case "phone":
                    text(v, p, out, "telephone", tgt);
                    break;
                case "image":
                    image(v, p, out, tgt);
                    break;
                case "endorsement":
                    each(v, p, (e, ep) -> endorsementEntry(e, ep, endorsement, at(tgt, "endorsement")));
                    break;
                case "otherIdentifier":
                    each(v, p, (e, ep) -> {
                        if (e.path("identifierType").asText("").equals(IdentifierTypeEnum.IDENTIFIER.value())
                                && isIri(e.path("identifier"))) {
                            trace.map(at(ep, "identifier"), at(at(tgt, "related"), related.size()));
                            trace.map(at(ep, "identifierType"), at(at(tgt, "related"), related.size()));
                            trace.map(at(ep, "type"), at(at(tgt, "related"), related.size()));
                            related.add(e.path("identifier").textValue());
                        } else {
                            lost(ep, "OB 2.0 links another identifier of a profile only as a related IRI");
                        }
                    });
                    break;
                case "endorsementJwt":
                    lost(p, "OB 2.0 has no endorsements in VC-JWT form");
                    break;
                case "address":
                case "official":
                case "parentOrg":
                case "familyName":
                case "givenName":
                case "additionalName":
                case "patronymicName":
                case "honorificPrefix":
                case "honorificSuffix":
                case "familyNamePrefix":
                case "dateOfBirth":
                    lost(p, "an OB 2.0 Profile has no " + name);
                    break;
                default:
                    carry(name, v, at, out, tgt, PROFILE, "Profile");
            }
        }
        setIfAny(out, "related", related);
        setIfAny(out, "endorsement", endorsement);
        for (String required : new String[] {"id", "name", "url", "email"}) {
            if (!src.has(required)) {
                missing(at(at, required), "an OB 2.0 issuer Profile needs " + required);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ Image, Evidence

    private void image(JsonNode v, String p, ObjectNode parent, String parentAt) {
        image(v, p, parent, parentAt, false);
    }

    private void image(JsonNode v, String p, ObjectNode parent, String parentAt, boolean required) {
        String tgt = at(parentAt, "image");
        if (!v.isObject() || !isIri(v.path("id"))) {
            trace.report(required ? Severity.ERROR : Severity.WARNING, ConversionCode.INVALID_VALUE, p,
                    "an image needs an id (its URI or data URI); this one has none and is not carried over");
            return;
        }
        int mark = trace.mappings().size();
        ObjectNode img = object();
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
                    types(value, mp, tgt, "Image");
                    break;
                case "caption":
                    text(value, mp, img, "caption", tgt);
                    break;
                default:
                    carry(name, value, p, img, tgt, IMAGE, "Image");
            }
        }
        if (img.size() == 1) {
            parent.put("image", img.get("id").textValue());
            retarget(mark, at(tgt, "id"), tgt);
        } else {
            parent.set("image", img);
        }
    }

    private void evidence(JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "evidence must be an object, got " + describe(v));
            return;
        }
        String tgt = at(tgtList, list.size());
        int mark = trace.mappings().size();
        ObjectNode e = object();
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
                    openTypes(value, mp, e, at(tgt, "type"), dev.laurel.badges.core.model.ob3.Evidence.TYPE,
                            Ob2Vocabulary.EVIDENCE);
                    break;
                case "narrative":
                case "name":
                case "description":
                case "genre":
                case "audience":
                    text(value, mp, e, name, tgt);
                    break;
                default:
                    carry(name, value, p, e, tgt, EVIDENCE, "Evidence");
            }
        }
        boolean plain = e.has("id") && (e.size() == 1 || e.size() == 2
                && e.path("type").equals(array(Ob2Vocabulary.EVIDENCE)));
        if (plain) {
            list.add(e.get("id").textValue());
            retarget(mark, at(tgt, "id"), tgt);
            retarget(mark, at(tgt, "type"), tgt);
        } else {
            list.add(e);
        }
    }

    // ------------------------------------------------------------------ Endorsement

    private void endorsementEntry(JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            trace.warning(ConversionCode.INVALID_VALUE, p, "an endorsement must be an EndorsementCredential, got "
                    + describe(v));
            return;
        }
        list.add(endorsement((ObjectNode) v, p, at(tgtList, list.size()), false));
    }

    /**
     * Converts an EndorsementCredential to a hosted Endorsement.
     *
     * @param src the endorsement credential's JSON
     * @return the endorsement's JSON
     */
    public ObjectNode endorsementDocument(ObjectNode src) {
        return endorsement(src, "", "", true);
    }

    private ObjectNode endorsement(ObjectNode src, String at, String tgt, boolean standalone) {
        ObjectNode out = object();
        if (standalone) {
            out.put("@context", Ob2Vocabulary.CONTEXT);
        }
        out.put("type", Ob2Vocabulary.ENDORSEMENT);
        Dates dates = new Dates(src);
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
                        context(v, p, out);
                    } else {
                        dropped(p, "an embedded OB 2.0 object takes the context of its document");
                    }
                    break;
                case "id":
                    hostedId(v, p, out, tgt);
                    break;
                case "type":
                    types(v, p, at(tgt, "type"), Ob3Terms.VERIFIABLE_CREDENTIAL, EndorsementCredential.TYPE);
                    break;
                case "name":
                case "description":
                    lost(p, "an OB 2.0 endorsement has no " + name);
                    break;
                case "credentialSubject":
                    claim(v, p, out, at(tgt, "claim"));
                    break;
                case "issuer":
                    if (v.isObject()) {
                        out.set("issuer", profile((ObjectNode) v, p, at(tgt, "issuer"), false));
                    } else {
                        iri(v, p, out, "issuer", tgt, true);
                    }
                    break;
                case "awardedDate":
                case "validFrom":
                case "issuanceDate":
                    dates.issued(name, v, p, out, tgt);
                    break;
                case "validUntil":
                case "expirationDate":
                    lost(p, "an OB 2.0 endorsement has no expiry date");
                    break;
                case "evidence":
                    lost(p, "an OB 2.0 endorsement has no evidence");
                    break;
                case "credentialSchema":
                    dropped(p, "OB 2.0 has no credential schema; this one describes the OB 3.0 form");
                    break;
                case "credentialStatus":
                case "refreshService":
                case "termsOfUse":
                    lost(p, "an OB 2.0 endorsement has no " + name);
                    break;
                case "proof":
                    trace.warning(ConversionCode.SIGNATURE_DROPPED, p, "the proof covers the OB 3.0 credential; the "
                            + "OB 2.0 endorsement is hosted, verified at its id");
                    break;
                default:
                    carry(name, v, at, out, tgt, ENDORSEMENT, "Endorsement");
            }
        }
        for (String required : new String[] {"id", "issuer", "credentialSubject"}) {
            if (!src.has(required)) {
                missing(at(at, required), "an OB 2.0 endorsement needs what " + required + " gives");
            }
        }
        if (!dates.issuedSet) {
            missing(at(at, "validFrom"), "an OB 2.0 endorsement needs issuedOn, which comes from awardedDate or "
                    + "validFrom");
        }
        ObjectNode verification = object();
        verification.put("type", Ob2Vocabulary.HOSTED);
        out.set("verification", verification);
        return out;
    }

    private void claim(JsonNode v, String p, ObjectNode endorsement, String tgt) {
        if (!v.isObject()) {
            trace.error(ConversionCode.INVALID_VALUE, p, "credentialSubject must be an object, got " + describe(v));
            return;
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
                    iri(value, mp, c, "id", tgt, true);
                    break;
                case "type":
                    types(value, mp, tgt, EndorsementSubject.TYPE);
                    break;
                case "endorsementComment":
                    text(value, mp, c, name, tgt);
                    break;
                default:
                    carry(name, value, p, c, tgt, CLAIM, "endorsement claim");
            }
        }
        if (!v.has("id")) {
            missing(at(p, "id"), "an OB 2.0 endorsement claim needs the id of what is endorsed");
        }
        endorsement.set("claim", c);
    }
}
