package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Optional;
import java.util.Set;

/**
 * OB 2.0 BadgeClass and OB 3.0 Achievement. The badge class's {@code issuer} is the achievement's
 * {@code creator}; in a credential it is also the credential's issuer, so to OB 2.0 the credential's issuer
 * is the badge class's and a different creator is lost. OB 3.0's classification members (achievementType,
 * fieldOfStudy...) have no OB 2.0 place.
 */
final class AchievementMapping {

    static final Table TABLE = Table.between("BadgeClass", BadgeClass.class, "Achievement", Achievement.class)
            .field("@context", "@context", ContextMapping.DEFINITION, ContextMapping.DEFINITION)
            .field("@language", "inLanguage", AchievementMapping::language,
                    (cx, v, p, t) -> cx.text(v, p, t.out, "@language", t.tgt))
            .field("id", "id", AchievementMapping::idToV3, (cx, v, p, t) -> cx.iri(v, p, t.out, "id", t.tgt, true))
            .types(Set.of(Ob2Vocabulary.BADGE_CLASS),
                    Set.of(Achievement.TYPE, TypeMapping.OB2_NAMESPACE + Ob2Vocabulary.BADGE_CLASS))
            .field("name", "name", AchievementMapping::nameToV3, (cx, v, p, t) -> cx.text(v, p, t.out, "name", t.tgt, true))
            .requiredText("description")
            .field("image", "image", ImageMapping.REQUIRED_IN_V2, ImageMapping.REQUIRED_IN_V2)
            .field("criteria", "criteria", CriteriaMapping.STEP, CriteriaMapping.STEP)
            .field("issuer", "creator", AchievementMapping::issuerToV3, AchievementMapping::creatorToV2)
            .list("alignment", "alignment", AlignmentMapping::element, AlignmentMapping::element)
            .list("tags", "tag", AchievementMapping::tag, AchievementMapping::tag)
            .list("related", "related", RelatedMapping::element, RelatedMapping::element)
            .field("version", "version", AchievementMapping::version, (cx, v, p, t) -> cx.text(v, p, t.out, "version", t.tgt))
            .list("endorsement", "endorsement", EndorsementMapping::reference, EndorsementMapping::entry)
            .lostToV2("an OB 2.0 badge class has no {}", "achievementType", "creditsAvailable", "fieldOfStudy",
                    "humanCode", "otherIdentifier", "resultDescription", "specialization")
            .lostToV2("OB 2.0 has no endorsements in VC-JWT form", "endorsementJwt")
            .requiredToV3("id", "an OB 3.0 Achievement needs an id")
            .requiredToV3("name", "an OB 3.0 Achievement needs a name")
            .requiredToV3("description", "an OB 3.0 Achievement needs a description")
            .requiredToV3("criteria", "an OB 3.0 Achievement needs criteria")
            .required(null, "an OB 2.0 BadgeClass needs {}", "id", "name", "description", "criteria")
            .requiredToV2("image", "an OB 2.0 BadgeClass needs an image");

    private AchievementMapping() {
    }

    /** A badge class or achievement document, either way. */
    static ObjectNode document(Conversion cx, ObjectNode src) {
        Target t = convert(cx, src, "", "", true, false, null);
        return cx.toV3() ? ContextMapping.definition(t.out) : t.out;
    }

    /**
     * A badge class or achievement, either way.
     *
     * @param inCredential whether it is the badge of an assertion (OB 2.0 to 3.0: it must name the issuer)
     * @param resolvedFrom OB 2.0 to 3.0: the IRI the resolver supplied it for, or null; OB 3.0 to 2.0: the
     *     credential's issuer id, or null
     * @return the target, with the name and issuer it gives a credential
     */
    static Target convert(Conversion cx, ObjectNode src, String at, String tgt, boolean standalone,
            boolean inCredential, String resolvedFrom) {
        ObjectNode out = ContextMapping.start(cx, standalone, Achievement.TYPE, Ob2Vocabulary.BADGE_CLASS);
        Target t = new Target(out, at, tgt, standalone);
        if (cx.toV3()) {
            t.resolvedFrom = resolvedFrom;
        } else {
            t.issuerId = resolvedFrom;
        }
        TABLE.run(cx, src, t);
        if (cx.toV3()) {
            if (src.has("criteria") && !t.criteria) {
                cx.trace.error(Code.INVALID_VALUE, Conversion.at(at, "criteria"), "an OB 3.0 Achievement needs "
                        + "criteria, and these could not be converted");
            }
            if (inCredential && !src.has("issuer")) {
                cx.missing(Conversion.at(at, "issuer"), "an OB 3.0 credential needs an issuer, which OB 2.0 gives "
                        + "in the badge class");
            }
        } else if (standalone && !src.has("creator")) {
            cx.missing(Conversion.at(at, "creator"), "an OB 2.0 BadgeClass needs an issuer, which comes from creator");
        }
        return t;
    }

    /** The badge of an assertion, embedded or resolved by IRI (OB 2.0 to 3.0). */
    static Target badge(Conversion cx, JsonNode v, String p, String tgt) {
        if (Conversion.isIri(v)) {
            String iri = v.textValue();
            Optional<Target> resolved = References.resolve(cx, iri, BadgeClass.class, "badge class", p,
                    Severity.ERROR, "OB 3.0 embeds the achievement (name, description, criteria) and takes the "
                            + "issuer from it", json -> convert(cx, json, p, tgt, false, true, iri));
            if (resolved.isPresent()) {
                References.idFromReference(resolved.get().out, iri);
                cx.trace.map(p, Conversion.at(tgt, "id"));
                return resolved.get();
            }
            ObjectNode a = Conversion.object();
            a.put("id", iri);
            a.set("type", Conversion.array(Achievement.TYPE));
            cx.trace.map(p, Conversion.at(tgt, "id"));
            return new Target(a, p, tgt, false);
        }
        if (v.isObject()) {
            return convert(cx, (ObjectNode) v, p, tgt, false, true, null);
        }
        cx.trace.error(Code.INVALID_VALUE, p, "badge must be an IRI or a BadgeClass, got " + JsonValues.describe(v));
        return null;
    }

    private static void idToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (cx.iri(v, p, t.out, "id", t.tgt, true) && t.resolvedFrom != null
                && !t.resolvedFrom.equals(v.textValue())) {
            cx.trace.warning(Code.INVALID_VALUE, p, "the badge class supplied for " + t.resolvedFrom
                    + " has the id " + v.textValue());
        }
    }

    private static void nameToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (cx.text(v, p, t.out, "name", t.tgt, true)) {
            t.name = v.textValue();
            t.nameFrom = p;
        }
    }

    /** OB 2.0 {@code @language} to {@code inLanguage}, in the case the OB 3.0 schema expects. */
    static void language(Conversion cx, JsonNode v, String p, Target t) {
        cx.language(v, p, t.out, "inLanguage", t.tgt);
    }

    /** OB 2.0 allows a number as version; OB 3.0 wants a string. */
    static void version(Conversion cx, JsonNode v, String p, Target t) {
        if (v.isTextual()) {
            cx.text(v, p, t.out, "version", t.tgt);
        } else if (v.isNumber()) {
            t.out.put("version", v.asText());
            cx.trace.map(p, Conversion.at(t.tgt, "version"));
            cx.trace.info(Code.VALUE_REWRITTEN, p, "the number " + v.asText() + " is written as the string "
                    + "OB 3.0 requires");
        } else {
            cx.trace.warning(Code.INVALID_VALUE, p, "version must be a string or a number, got " + JsonValues.describe(v));
        }
    }

    private static void tag(Conversion cx, JsonNode e, String ep, ArrayNode tags, String tagsAt) {
        if (!cx.toV3() && e.isTextual() && Conversion.blank(e.textValue())) {
            cx.trace.warning(Code.INVALID_VALUE, ep, "OB 2.0 does not allow a blank tag");
        } else if (e.isTextual()) {
            cx.trace.map(ep, Conversion.at(tagsAt, tags.size()));
            tags.add(e.textValue());
        } else {
            cx.trace.warning(Code.INVALID_VALUE, ep, "a tag must be a string, got " + JsonValues.describe(e));
        }
    }

    /** The badge class's issuer: the achievement's creator, and the credential's issuer. */
    private static void issuerToV3(Conversion cx, JsonNode v, String p, Target t) {
        String creatorAt = Conversion.at(t.tgt, "creator");
        t.issuerFrom = p;
        if (v.isTextual()) {
            String iri = v.textValue();
            if (!Conversion.isIri(iri)) {
                cx.trace.error(Code.INVALID_VALUE, p, "an OB 3.0 issuer id must be a URI, got " + JsonValues.describe(v));
                return;
            }
            Optional<ObjectNode> profile = References.resolve(cx, iri, dev.laurel.badges.core.model.ob2.Profile.class,
                    "issuer profile", p, Severity.WARNING, "the credential names its issuer by id only",
                    json -> ProfileMapping.convert(cx, json, p, creatorAt, false, iri));
            cx.trace.map(p, Conversion.at(creatorAt, "id"));
            if (profile.isPresent()) {
                References.idFromReference(profile.get(), iri);
                t.out.set("creator", profile.get());
                t.issuer = profile.get();
                return;
            }
            ObjectNode creator = Conversion.object();
            creator.put("id", iri);
            creator.set("type", Conversion.array(Profile.TYPE));
            t.out.set("creator", creator);
            t.issuer = TextNode.valueOf(iri);
            return;
        }
        if (v.isObject()) {
            ObjectNode profile = ProfileMapping.convert(cx, (ObjectNode) v, p, creatorAt, false, null);
            t.out.set("creator", profile);
            t.issuer = profile;
            return;
        }
        cx.trace.error(Code.INVALID_VALUE, p, "issuer must be an IRI or a Profile, got " + JsonValues.describe(v));
    }

    /** In a credential the credential's issuer is the badge class's; a standalone achievement has its creator. */
    private static void creatorToV2(Conversion cx, JsonNode v, String p, Target t) {
        if (t.standalone) {
            ProfileMapping.issuerToV2(cx, v, p, t.out, t.tgt);
        } else if (t.issuerId != null && t.issuerId.equals(v.path("id").asText(null))) {
            cx.dropped(p, "the same profile as the credential's issuer, which becomes the badge class's issuer");
        } else {
            cx.lost(p, "an OB 2.0 badge class has one issuer, taken from the credential's issuer");
        }
    }
}
