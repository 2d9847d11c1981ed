package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Map;
import java.util.Set;

/**
 * The issuer Profile of OB 2.0 and of OB 3.0. An OB 2.0 {@code related} profile is an OB 3.0
 * {@code otherIdentifier} of type {@code identifier}, the link the migration guide suggests between the two;
 * keys, verification policies and revocation lists have no OB 3.0 place, nor person names or addresses an
 * OB 2.0 one.
 */
final class ProfileMapping {

    static final Table TABLE = Table.between("Profile", dev.laurel.badges.core.model.ob2.Profile.class,
                    "Profile", Profile.class)
            .field("@context", "@context", ContextMapping.DEFINITION, ContextMapping.DEFINITION)
            .field("id", "id", ProfileMapping::idToV3, (cx, v, p, t) -> cx.iri(v, p, t.out, "id", t.tgt, true))
            .types(Set.of(Ob2Vocabulary.ISSUER, Ob2Vocabulary.PROFILE), Set.of(Profile.TYPE))
            .field("name", "name", (cx, v, p, t) -> cx.text(v, p, t.out, "name", t.tgt),
                    (cx, v, p, t) -> cx.text(v, p, t.out, "name", t.tgt, true))
            .field("email", "email", (cx, v, p, t) -> cx.text(v, p, t.out, "email", t.tgt), ProfileMapping::emailToV2)
            .field("url", "url", (cx, v, p, t) -> cx.iri(v, p, t.out, "url", t.tgt, false),
                    (cx, v, p, t) -> cx.iri(v, p, t.out, "url", t.tgt, true))
            .text("description")
            .text("telephone", "phone")
            .field("image", "image", ImageMapping.OPTIONAL, ImageMapping.OPTIONAL)
            .list("related", "otherIdentifier", ProfileMapping::relatedToV3, ProfileMapping::otherIdentifierToV2)
            .list("endorsement", "endorsement", EndorsementMapping::reference, EndorsementMapping::entry)
            .lostToV3("OB 3.0 publishes an issuer's keys in its DID or controller document, not in the profile",
                    "publicKey")
            .lostToV3("OB 3.0 has no issuer verification policy (allowedOrigins, startsWith)", "verification")
            .lostToV3("OB 3.0 revokes through each credential's credentialStatus, not an issuer's list",
                    "revocationList")
            .lostToV3("an OB 3.0 Profile has no version", "version")
            .lostToV2("OB 2.0 has no endorsements in VC-JWT form", "endorsementJwt")
            .lostToV2("an OB 2.0 Profile has no {}", "address", "official", "parentOrg", "familyName", "givenName",
                    "additionalName", "patronymicName", "honorificPrefix", "honorificSuffix", "familyNamePrefix",
                    "dateOfBirth")
            .requiredToV3("id", "an OB 3.0 Profile needs an id")
            .required(null, "an OB 2.0 issuer Profile needs {}", "id", "name", "url", "email");

    private ProfileMapping() {
    }

    /** A profile document, either way. */
    static ObjectNode document(Conversion cx, ObjectNode src) {
        ObjectNode out = convert(cx, src, "", "", true, null);
        return cx.toV3() ? ContextMapping.definition(out) : out;
    }

    /**
     * A profile, either way.
     *
     * @param resolvedFrom the IRI the resolver supplied it for (OB 2.0 to 3.0), or null
     */
    static ObjectNode convert(Conversion cx, ObjectNode src, String at, String tgt, boolean standalone,
            String resolvedFrom) {
        ObjectNode out = ContextMapping.start(cx, standalone, Profile.TYPE, Ob2Vocabulary.PROFILE);
        Target t = new Target(out, at, tgt, standalone);
        t.resolvedFrom = resolvedFrom;
        TABLE.run(cx, src, t);
        return out;
    }

    /** An issuer named by IRI or embedded, to OB 2.0. */
    static void issuerToV2(Conversion cx, JsonNode v, String p, ObjectNode badge, String badgeAt) {
        if (v.isTextual()) {
            cx.iri(v, p, badge, "issuer", badgeAt, true);
            return;
        }
        if (v.isObject()) {
            badge.set("issuer", convert(cx, (ObjectNode) v, p, Conversion.at(badgeAt, "issuer"), false, null));
            return;
        }
        cx.trace.error(Code.INVALID_VALUE, p, "issuer must be an IRI or a Profile, got " + JsonValues.describe(v));
    }

    private static void idToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (cx.iri(v, p, t.out, "id", t.tgt, true) && t.resolvedFrom != null
                && !t.resolvedFrom.equals(v.textValue())) {
            cx.trace.warning(Code.INVALID_VALUE, p, "the profile supplied for " + t.resolvedFrom + " has the id "
                    + v.textValue());
        }
    }

    private static void emailToV2(Conversion cx, JsonNode v, String p, Target t) {
        if (cx.text(v, p, t.out, "email", t.tgt, true) && !RecipientMapping.isEmail(v.textValue())) {
            cx.trace.error(Code.INVALID_VALUE, p, "an OB 2.0 profile email must be an e-mail address");
        }
    }

    /** A related profile becomes an otherIdentifier, the link the migration guide suggests between the two. */
    private static void relatedToV3(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = Conversion.at(tgtList, list.size());
        ObjectNode entry = Conversion.object();
        // The schema wants the single string here (the guide's own example writes an array and fails).
        entry.put("type", "IdentifierEntry");
        JsonNode id = v.isObject() ? v.get("id") : v;
        String idAt = v.isObject() ? Conversion.at(p, "id") : p;
        if (id == null || !Conversion.isIri(id)) {
            cx.trace.warning(Code.INVALID_VALUE, p, "a related profile becomes an otherIdentifier, which needs "
                    + "its id (an IRI); this one has none and is not carried over");
            return;
        }
        entry.put("identifier", id.textValue());
        entry.put("identifierType", IdentifierTypeEnum.IDENTIFIER.value());
        cx.trace.map(idAt, Conversion.at(tgt, "identifier"));
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> m : cx.members((ObjectNode) v, p)) {
                String name = m.getKey();
                String mp = Conversion.at(p, name);
                if (name.equals("id")) {
                    continue;
                }
                if (name.equals("type") || name.equals("version") || name.equals("@context")) {
                    cx.dropped(mp, "an IdentifierEntry keeps only the identifier of the related profile");
                } else {
                    cx.lost(mp, "an IdentifierEntry keeps only the identifier of the related profile");
                }
            }
        }
        list.add(entry);
    }

    /** An otherIdentifier of type identifier with an IRI is the IRI of a related profile. */
    private static void otherIdentifierToV2(Conversion cx, JsonNode e, String ep, ArrayNode related, String tgtList) {
        if (e.path("identifierType").asText("").equals(IdentifierTypeEnum.IDENTIFIER.value())
                && Conversion.isIri(e.path("identifier"))) {
            cx.trace.map(Conversion.at(ep, "identifier"), Conversion.at(tgtList, related.size()));
            cx.trace.map(Conversion.at(ep, "identifierType"), Conversion.at(tgtList, related.size()));
            cx.trace.map(Conversion.at(ep, "type"), Conversion.at(tgtList, related.size()));
            related.add(e.path("identifier").textValue());
        } else {
            cx.lost(ep, "OB 2.0 links another identifier of a profile only as a related IRI");
        }
    }
}
