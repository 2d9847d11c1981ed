package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.IdentityObject;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recipient, both ways: OB 2.0 {@code recipient} (an IdentityObject with a recipient type) and OB 3.0
 * {@code credentialSubject.identifier} (IdentityObjects with an identityType) or {@code credentialSubject.id}.
 * The recipient type and the identityType are one vocabulary mapping ({@link #identityType} and its inverse
 * {@link #recipientType(String)}). OB 2.0 names one recipient and OB 3.0 any number, so to OB 2.0 one
 * identifier is chosen (an e-mail first) and the others are lost. Written as code, not a table: which
 * member goes where depends on the others (the type, whether it is hashed).
 */
final class RecipientMapping {

    /** What OB 2.0 takes as an e-mail address (as badges-core's OB 2.0 rules check it). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private static final Set<String> IDENTITY = Conversion.names(IdentityObject.class);

    private RecipientMapping() {
    }

    /** Whether a string is an e-mail address as OB 2.0 checks it. */
    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    static boolean toV3(Conversion cx, JsonNode v, String p, ObjectNode subject, String subjectAt) {
        if (!v.isObject()) {
            cx.trace.error(Code.INVALID_VALUE, p, "recipient must be an IdentityObject, got " + JsonValues.describe(v));
            return false;
        }
        String type = null;
        String identity = null;
        Boolean hashed = null;
        String salt = null;
        boolean ok = true;
        for (Map.Entry<String, JsonNode> m : cx.members((ObjectNode) v, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = Conversion.at(p, name);
            switch (name) {
                case "type":
                    // One property identifies the recipient; an array of one is the same statement.
                    JsonNode single = value.isArray() && value.size() == 1 ? value.get(0) : value;
                    if (single.isTextual()) {
                        type = single.textValue();
                    } else {
                        cx.trace.error(Code.INVALID_VALUE, mp, "the recipient type must be one string, got "
                                + JsonValues.describe(value));
                        ok = false;
                    }
                    break;
                case "identity":
                    if (value.isTextual()) {
                        identity = value.textValue();
                    } else {
                        cx.trace.error(Code.INVALID_VALUE, mp, "identity must be a string, got " + JsonValues.describe(value));
                        ok = false;
                    }
                    break;
                case "hashed":
                    if (value.isBoolean()) {
                        hashed = value.booleanValue();
                    } else if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
                        hashed = Boolean.valueOf(value.textValue());
                        cx.trace.info(Code.VALUE_REWRITTEN, mp, "the string \"" + value.textValue()
                                + "\" written as the boolean OB 3.0 requires");
                    } else {
                        cx.trace.error(Code.INVALID_VALUE, mp, "hashed must be a boolean, got " + JsonValues.describe(value));
                        ok = false;
                    }
                    break;
                case "salt":
                    if (value.isTextual()) {
                        salt = value.textValue();
                    } else {
                        cx.trace.warning(Code.INVALID_VALUE, mp, "salt must be a string, got " + JsonValues.describe(value));
                    }
                    break;
                default:
                    cx.lost(mp, "an OB 3.0 IdentityObject allows no other properties");
            }
        }
        if (type == null && !v.has("type")) {
            cx.missing(Conversion.at(p, "type"), "the recipient has no type, so its OB 3.0 identityType is unknown");
            ok = false;
        }
        if (identity == null && !v.has("identity")) {
            cx.missing(Conversion.at(p, "identity"), "the recipient has no identity");
            ok = false;
        } else if (identity != null && Conversion.blank(identity)) {
            cx.trace.error(Code.INVALID_VALUE, Conversion.at(p, "identity"), "the identity is blank");
            ok = false;
        }
        if (!ok) {
            return notCarried(cx, p);
        }
        boolean looksHashed = Conversion.IDENTITY_HASH.matcher(identity).matches();
        if (hashed == null) {
            hashed = looksHashed;
            cx.trace.info(Code.VALUE_REWRITTEN, Conversion.at(p, "hashed"), "hashed is missing; OB 3.0 requires it, "
                    + "so it is written as " + hashed + ", which is what the identity looks like");
        }
        if (("id".equals(type) || "@id".equals(type)) && !hashed) {
            if (!Conversion.isIri(identity)) {
                cx.trace.error(Code.INVALID_VALUE, Conversion.at(p, "identity"), "an id identity must be an IRI, got \""
                        + identity + "\"");
                return notCarried(cx, p);
            }
            subject.put("id", identity);
            String target = Conversion.at(subjectAt, "id");
            cx.trace.map(Conversion.at(p, "identity"), target);
            cx.trace.map(Conversion.at(p, "type"), target);
            if (v.has("hashed")) {
                cx.trace.map(Conversion.at(p, "hashed"), target);
            }
            if (salt != null) {
                cx.dropped(Conversion.at(p, "salt"), "a salt means nothing for an identity that is not hashed");
            }
            return true;
        }
        String identityType = identityType(type);
        if (identityType == null) {
            cx.trace.error(Code.INVALID_VALUE, Conversion.at(p, "type"), "no OB 3.0 identityType stands for the recipient "
                    + "type \"" + type + "\"");
            return notCarried(cx, p);
        }
        if (hashed && !looksHashed) {
            cx.trace.error(Code.INVALID_VALUE, Conversion.at(p, "identity"), "a hashed identity must be sha256$ and 64 hex "
                    + "digits or md5$ and 32 hex digits, as OB 3.0's IdentityHash requires");
        }
        ObjectNode io = Conversion.object();
        io.put("type", "IdentityObject");
        io.put("hashed", hashed);
        io.put("identityHash", identity);
        io.put("identityType", identityType);
        String ioAt = Conversion.at(Conversion.at(subjectAt, "identifier"), 0);
        cx.trace.map(Conversion.at(p, "type"), Conversion.at(ioAt, "identityType"));
        cx.trace.map(Conversion.at(p, "identity"), Conversion.at(ioAt, "identityHash"));
        if (v.has("hashed")) {
            cx.trace.map(Conversion.at(p, "hashed"), Conversion.at(ioAt, "hashed"));
        }
        if (salt != null) {
            io.put("salt", salt);
            cx.trace.map(Conversion.at(p, "salt"), Conversion.at(ioAt, "salt"));
        }
        ArrayNode identifier = Conversion.NODES.arrayNode();
        identifier.add(io);
        subject.set("identifier", identifier);
        if (!"email".equals(type) && !identityType.equals(type)) {
            cx.trace.info(Code.VALUE_REWRITTEN, Conversion.at(p, "type"), "the recipient type \"" + type
                    + "\" is written as the identityType \"" + identityType + "\"");
        }
        return true;
    }

    private static boolean notCarried(Conversion cx, String p) {
        cx.trace.error(Code.INVALID_VALUE, p, "the recipient is not carried over, for the reason given for "
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

    /** One recipient: an identifier OB 2.0 can name (an email first), else the subject's id. */
    static void toV2(Conversion cx, ObjectNode subject, String p, ObjectNode assertion) {
        JsonNode identifiers = subject.get("identifier");
        String identifierAt = Conversion.at(p, "identifier");
        List<JsonNode> items = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (identifiers != null && !identifiers.isNull()) {
            cx.each(identifiers, identifierAt, (e, ep) -> {
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
                identityObject(cx, (ObjectNode) items.get(i), pointers.get(i), assertion);
            } else if (rank(items.get(i)) <= 1) {
                cx.lost(pointers.get(i), "no OB 2.0 recipient type stands for the identityType "
                        + JsonValues.describe(items.get(i).path("identityType")));
                if (i == chosen) {
                    chosen = -1;
                }
            } else {
                cx.lost(pointers.get(i), "an OB 2.0 assertion names one recipient identity");
            }
        }
        JsonNode id = subject.get("id");
        String idAt = Conversion.at(p, "id");
        if (id != null && !id.isNull()) {
            if (chosen >= 0) {
                cx.lost(idAt, "an OB 2.0 assertion names one recipient identity; the identifier is used");
            } else if (Conversion.isIri(id)) {
                ObjectNode r = Conversion.object();
                r.put("type", "id");
                r.put("hashed", false);
                r.put("identity", id.textValue());
                assertion.set("recipient", r);
                cx.trace.map(idAt, "/recipient/identity");
            } else {
                cx.trace.error(Code.INVALID_VALUE, idAt, "the subject id must be an IRI, got " + JsonValues.describe(id));
            }
        } else if (chosen < 0) {
            cx.trace.error(Code.MISSING_IN_SOURCE, identifierAt, "an OB 2.0 assertion needs a recipient: the "
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
     * The reverse of {@link #identityType(String)}: {@code emailAddress} is {@code email},
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

    private static void identityObject(Conversion cx, ObjectNode io, String p, ObjectNode assertion) {
        ObjectNode r = Conversion.object();
        for (Map.Entry<String, JsonNode> m : cx.members(io, p)) {
            String name = m.getKey();
            JsonNode value = m.getValue();
            String mp = Conversion.at(p, name);
            switch (name) {
                case "type":
                    cx.trace.map(mp, "/recipient");
                    break;
                case "identityType":
                    String type = recipientType(value.textValue());
                    if (type == null) {
                        type = value.textValue();
                        cx.trace.error(Code.INVALID_VALUE, mp, "OB 2.0 names a recipient by email, url, "
                                + "telephone, id or a property IRI; \"" + type + "\" is kept but is none of them");
                    }
                    r.put("type", type);
                    cx.trace.map(mp, "/recipient/type");
                    break;
                case "identityHash":
                    cx.text(value, mp, r, "identity", "/recipient", true);
                    break;
                case "hashed":
                    r.put("hashed", value.booleanValue());
                    cx.trace.map(mp, "/recipient/hashed");
                    break;
                case "salt":
                    cx.text(value, mp, r, "salt", "/recipient");
                    break;
                default:
                    cx.carry(name, value, p, r, "/recipient", IDENTITY, "IdentityObject");
            }
        }
        identityRules(cx, r, p);
        assertion.set("recipient", r);
    }

    /** The OB 2.0 rules for a recipient that OB 3.0 does not have. */
    private static void identityRules(Conversion cx, ObjectNode r, String p) {
        String type = r.path("type").asText("");
        String identity = r.path("identity").asText("");
        String at = Conversion.at(p, "identityHash");
        if (r.path("hashed").asBoolean(false) || !r.has("identity")) {
            return;
        }
        if (Conversion.IDENTITY_HASH.matcher(identity).matches()) {
            cx.trace.error(Code.INVALID_VALUE, at, "the identity looks like a hash but hashed is false, which "
                    + "OB 2.0 does not allow");
        } else if (type.equals("email") && !EMAIL.matcher(identity).matches()) {
            cx.trace.error(Code.INVALID_VALUE, at, "an OB 2.0 email identity must be an e-mail address");
        } else if ((type.equals("url") || type.equals("id")) && !Conversion.isIri(identity)) {
            cx.trace.error(Code.INVALID_VALUE, at, "an OB 2.0 " + type + " identity must be an IRI");
        }
    }
}
