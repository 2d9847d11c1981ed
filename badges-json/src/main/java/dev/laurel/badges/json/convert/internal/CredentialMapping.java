package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * OB 2.0 Assertion and OB 3.0 OpenBadgeCredential, following the OB 3.0 implementation guide's migration
 * section: the assertion's {@code badge}, {@code recipient}, {@code image} and {@code narrative} belong to
 * the credential's subject; the badge class's issuer issues the credential; the original assertion is linked
 * as evidence. The OB 2.0 form is hosted, so proofs, status and the like have no place in it.
 */
final class CredentialMapping {

    /** The evidence type that marks the original OB 2.0 assertion (implementation guide, migration). */
    static final String ORIGINAL_ASSERTION_TYPE = TypeMapping.OB2_NAMESPACE + "Assertion";
    /** The name of the evidence entry linking the original assertion. */
    static final String ORIGINAL_ASSERTION_NAME = "Original Open Badges 2.0 assertion for this credential";
    private static final String ORIGINAL_ASSERTION_DESCRIPTION = "This credential was converted from the Open "
            + "Badges 2.0 assertion at this address, which can still be verified with the OB 2.0 protocols.";
    private static final String SUBJECT_AT = "/credentialSubject";

    /** OB 2.0 verification: a signature is dropped, hosted verification has no OB 3.0 counterpart. */
    static final Table.Step VERIFICATION = CredentialMapping::verification;

    /** Hosted verification fetches an OB 2.0 document from its id, so the id must be an HTTP(S) URL. */
    static final Table.Step HOSTED_ID = (cx, v, p, t) -> {
        if (!cx.iri(v, p, t.out, "id", t.tgt, true)) {
            return;
        }
        String id = v.textValue().toLowerCase(Locale.ROOT);
        if (!id.startsWith("https://") && !id.startsWith("http://")) {
            cx.trace.error(Code.INVALID_VALUE, p, "the OB 2.0 form is verified as hosted, fetched from its id, "
                    + "which must then be an HTTP(S) URL, not " + v.textValue());
        }
    };

    static final Table SUBJECT = Table.between("Assertion", Assertion.class, "AchievementSubject",
                    AchievementSubject.class)
            .fromV3("id", (cx, v, p, t) -> { })
            .fromV3("identifier", (cx, v, p, t) -> { })
            .fromV3("type", CredentialMapping::subjectType)
            .fromV3("achievement", CredentialMapping::achievementToV2)
            .fromV3("image", (cx, v, p, t) -> ImageMapping.convert(cx, v, p, t.out, "", false))
            .fromV3("narrative", (cx, v, p, t) -> cx.text(v, p, t.out, "narrative", ""))
            .lostToV2("an OB 2.0 assertion has no {}", "activityEndDate", "activityStartDate", "creditsEarned",
                    "licenseNumber", "role", "term")
            .lostToV2("OB 2.0 has no results", "result")
            .lostToV2("OB 2.0 has no source profile", "source")
            .closedIn2("OB 2.0 has no subject object to hold the extension {}");

    static final Table TABLE = Table.between("Assertion", Assertion.class, "OpenBadgeCredential",
                    OpenBadgeCredential.class)
            .field("@context", "@context", ContextMapping.DOCUMENT, ContextMapping.DOCUMENT)
            .field("id", "id", CredentialMapping::idToV3, HOSTED_ID)
            .types(Set.of(Ob2Vocabulary.ASSERTION), Set.of(Ob3Terms.VERIFIABLE_CREDENTIAL, OpenBadgeCredential.TYPE,
                    Ob3Terms.ACHIEVEMENT_CREDENTIAL))
            .fromV2("recipient", (cx, v, p, t) -> RecipientMapping.toV3(cx, v, p, t.subject, SUBJECT_AT))
            .fromV2("badge", CredentialMapping::badgeToV3)
            .fromV3("credentialSubject", CredentialMapping::subjectToV2)
            .fromV2("verification", VERIFICATION)
            .field("issuedOn", "awardedDate", DateMapping.ISSUED_TO_V3, DateMapping.ISSUED_TO_V2)
            .fromV3("validFrom", DateMapping.ISSUED_TO_V2)
            .fromV3("issuanceDate", DateMapping.ISSUED_TO_V2)
            .field("expires", "validUntil", DateMapping.EXPIRES_TO_V3, DateMapping.EXPIRES_TO_V2)
            .fromV3("expirationDate", DateMapping.EXPIRES_TO_V2)
            // OB 3.0 AchievementSubject.image is the OB 2.0 Assertion.image (same definition, baked image).
            .field("image", "image", (cx, v, p, t) -> ImageMapping.convert(cx, v, p, t.subject, SUBJECT_AT, false),
                    CredentialMapping::imageToV2)
            .list("evidence", "evidence", EvidenceMapping::element, EvidenceMapping::element)
            .fromV2("narrative", (cx, v, p, t) -> cx.text(v, p, t.subject, "narrative", SUBJECT_AT))
            .fromV2("revoked", revoked("assertion"))
            .lostToV3("OB 3.0 states revocation through a credentialStatus, not a reason in the credential",
                    "revocationReason")
            .lostToV3("an OB 3.0 credential has no uid; its id identifies it", "uid")
            .lostToV3("an OB 3.0 credential has no related credentials", "related")
            .lostToV3("an OB 3.0 credential has no version", "version")
            .list("endorsement", "endorsement", EndorsementMapping::reference, EndorsementMapping::entry)
            .fromV3("name", (cx, v, p, t) -> sameAs(cx, v, t.src.path("credentialSubject").path("achievement")
                    .get("name"), p, "the badge class name", "an OB 2.0 assertion has no name; the badge class has "
                    + "its own"))
            .fromV3("description", (cx, v, p, t) -> sameAs(cx, v, t.src.path("credentialSubject").path("achievement")
                    .get("description"), p, "the badge class description", "an OB 2.0 assertion has no description; "
                    + "the badge class has its own"))
            .lostToV2("OB 2.0 has no endorsements in VC-JWT form", "endorsementJwt")
            .fromV3("issuer", (cx, v, p, t) -> { }) // written into the badge class once it exists
            .droppedToV2("OB 2.0 has no credential schema; this one describes the OB 3.0 form", "credentialSchema")
            .lostToV2("OB 2.0 has no credential status: revocation is the issuer's revocation list", "credentialStatus")
            .lostToV2("OB 2.0 has no refresh service", "refreshService")
            .lostToV2("OB 2.0 has no terms of use", "termsOfUse")
            .fromV3("proof", (cx, v, p, t) -> cx.trace.warning(Code.SIGNATURE_DROPPED, p, "the proof covers the OB "
                    + "3.0 credential; the OB 2.0 assertion is hosted, verified at its id"));

    private CredentialMapping() {
    }

    /** The hosted verification every OB 2.0 document made from OB 3.0 has. */
    static ObjectNode hosted() {
        ObjectNode verification = Conversion.object();
        verification.put("type", Ob2Vocabulary.HOSTED);
        return verification;
    }

    /** Converts an Assertion to an OpenBadgeCredential. */
    static ObjectNode assertion(Conversion cx, ObjectNode src) {
        ObjectNode out = Conversion.object();
        out.set("@context", ContextMapping.ob3());
        out.set("type", Conversion.array(Ob3Terms.VERIFIABLE_CREDENTIAL, OpenBadgeCredential.TYPE));
        Target t = new Target(out, "", "", true);
        t.subject = Conversion.object();
        t.subject.set("type", Conversion.array(AchievementSubject.TYPE));
        t.dates = new DateMapping.Dates(src);
        TABLE.run(cx, src, t);
        if (cx.newIds() != null) {
            String id = Objects.requireNonNull(cx.newIds().get(), "the id supplier returned null");
            if (!Conversion.isIri(id)) {
                throw new IllegalStateException("the id supplier returned \"" + id + "\", which is not a URI");
            }
            out.put("id", id);
        } else if (!src.has("id")) {
            cx.missing("/id", "an OB 3.0 credential needs an id; the assertion has none");
        }
        if (!src.has("issuedOn")) {
            cx.missing("/issuedOn", "an OB 3.0 credential needs validFrom, which comes from issuedOn");
        }
        if (!src.has("recipient")) {
            cx.missing("/recipient", "an OB 3.0 credential subject needs an id or an identifier, which come from "
                    + "recipient");
        }
        if (!src.has("badge")) {
            cx.missing("/badge", "an OB 3.0 credential subject needs the achievement, which comes from badge");
        }
        if (t.badge != null) {
            if (t.badge.issuer != null) {
                out.set("issuer", t.badge.issuer.deepCopy());
                cx.trace.map(t.badge.issuerFrom, "/issuer");
            }
            if (t.badge.name != null) {
                out.put("name", t.badge.name);
                cx.trace.map(t.badge.nameFrom, "/name");
            }
        }
        t.dates.checkOrder(cx);
        ArrayNode evidence = t.list("evidence");
        if (t.id != null) {
            int k = evidence.size();
            evidence.add(EvidenceMapping.original(t.id, ORIGINAL_ASSERTION_TYPE, ORIGINAL_ASSERTION_NAME,
                    ORIGINAL_ASSERTION_DESCRIPTION));
            cx.trace.map(t.idFrom, "/evidence/" + k + "/id");
        }
        out.set("credentialSubject", t.subject);
        Conversion.setIfAny(out, "evidence", evidence);
        return out;
    }

    /** Converts an OpenBadgeCredential (or a VC Data Model 1.1 AchievementCredential) to a hosted Assertion. */
    static ObjectNode credential(Conversion cx, ObjectNode src) {
        ObjectNode out = Conversion.object();
        out.put("@context", Ob2Vocabulary.CONTEXT);
        out.put("type", Ob2Vocabulary.ASSERTION);
        JsonNode issuerNode = src.get("issuer");
        Target t = new Target(out, "", "", true);
        t.issuerId = issuerNode == null ? null
                : issuerNode.isTextual() ? issuerNode.textValue() : issuerNode.path("id").asText(null);
        t.dates = new DateMapping.Dates(src);
        TABLE.run(cx, src, t);
        if (issuerNode == null) {
            cx.missing("/issuer", "an OB 2.0 badge class needs an issuer, which comes from the credential's issuer");
        } else if (!issuerNode.isNull()) { // a null issuer is reported as a null value
            if (t.badge != null) {
                ProfileMapping.issuerToV2(cx, issuerNode, "/issuer", t.badge.out, "/badge");
            } else {
                cx.lost("/issuer", "without an achievement there is no OB 2.0 badge class to hold the issuer");
            }
        }
        if (!src.has("id")) {
            cx.missing("/id", "an OB 2.0 assertion needs an id");
        }
        if (!t.dates.issuedSet) {
            cx.missing("/validFrom", "an OB 2.0 assertion needs issuedOn, which comes from awardedDate or validFrom");
        }
        t.dates.checkOrder(cx);
        if (!src.has("credentialSubject")) {
            cx.missing("/credentialSubject", "an OB 2.0 assertion needs a recipient and a badge, which come from the "
                    + "credential subject");
        }
        out.set("verification", hosted());
        return out;
    }

    private static void idToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (Conversion.isIri(v)) {
            t.id = v.textValue();
            t.idFrom = p;
            if (cx.newIds() == null) {
                t.out.put("id", t.id);
                cx.trace.map(p, "/id");
            }
        } else {
            cx.trace.error(Code.INVALID_VALUE, p, "an OB 3.0 credential id must be a URI, got " + JsonValues.describe(v));
        }
    }

    private static void badgeToV3(Conversion cx, JsonNode v, String p, Target t) {
        t.badge = AchievementMapping.badge(cx, v, p, Conversion.at(SUBJECT_AT, "achievement"));
        if (t.badge != null) {
            t.subject.set("achievement", t.badge.out);
        }
    }

    private static void verification(Conversion cx, JsonNode v, String p, Target t) {
        if (!v.isObject()) {
            cx.trace.warning(Code.INVALID_VALUE, p, "verification must be an object, got " + JsonValues.describe(v));
            return;
        }
        boolean signed = false;
        boolean hosted = false;
        JsonNode type = v.get("type");
        if (type != null) {
            for (Iterator<JsonNode> it = Conversion.values(type); it.hasNext(); ) {
                JsonNode item = it.next();
                signed |= item.isTextual() && Ob2Vocabulary.isSigned(item.textValue());
                hosted |= item.isTextual() && Ob2Vocabulary.isHosted(item.textValue());
            }
        }
        if (signed) {
            cx.trace.warning(Code.SIGNATURE_DROPPED, p, "the OB 2.0 signature does not carry over: the "
                    + "converted credential is unsigned until it is signed again");
        } else if (hosted) {
            cx.dropped(p, "OB 3.0 has no hosted verification; the original stays verifiable at its id, which the "
                    + "converted document links as evidence");
        } else {
            cx.lost(p, "OB 3.0 has no verification object; this one names no known method");
        }
    }

    /** OB 2.0 {@code revoked}: OB 3.0 states revocation through a credentialStatus, which a conversion cannot create. */
    static Table.Step revoked(String what) {
        return (cx, v, p, t) -> {
            if (v.isBoolean() && v.booleanValue()) {
                cx.trace.error(Code.NO_COUNTERPART, p, "the " + what + " is revoked; OB 3.0 states revocation "
                        + "through a credentialStatus, which a conversion cannot create");
            } else if (v.isBoolean()) {
                cx.dropped(p, "not revoked: nothing to carry over");
            } else {
                cx.trace.warning(Code.INVALID_VALUE, p, "revoked must be a boolean, got " + JsonValues.describe(v));
            }
        };
    }

    /** A value OB 2.0 has no place for, unless it repeats one that is carried over anyway. */
    private static void sameAs(Conversion cx, JsonNode v, JsonNode other, String p, String otherName, String why) {
        if (other != null && other.equals(v)) {
            cx.dropped(p, "the same as " + otherName + ", which is carried over");
        } else {
            cx.lost(p, why);
        }
    }

    /** The subject's image is the OB 2.0 assertion image; the credential's stands in when it has none. */
    private static void imageToV2(Conversion cx, JsonNode v, String p, Target t) {
        JsonNode subject = t.src.path("credentialSubject");
        if (Conversion.isIri(subject.path("image").path("id"))) {
            sameAs(cx, v, subject.get("image"), p, "the subject's image", "an OB 2.0 assertion has one image, the "
                    + "subject's");
        } else {
            ImageMapping.convert(cx, v, p, t.out, "", false);
        }
    }

    private static void subjectToV2(Conversion cx, JsonNode v, String p, Target t) {
        if (!v.isObject()) {
            cx.trace.error(Code.INVALID_VALUE, p, "credentialSubject must be an object, got " + JsonValues.describe(v));
            return;
        }
        Target subject = new Target(t.out, p, "", false);
        subject.issuerId = t.issuerId;
        SUBJECT.run(cx, (ObjectNode) v, subject);
        t.badge = subject.badge;
        RecipientMapping.toV2(cx, (ObjectNode) v, p, t.out);
        if (!v.has("achievement")) {
            cx.missing(Conversion.at(p, "achievement"), "an OB 2.0 assertion needs a badge, which comes from the "
                    + "achievement");
        }
    }

    private static void subjectType(Conversion cx, JsonNode v, String p, Target t) {
        for (Iterator<JsonNode> it = Conversion.values(v); it.hasNext(); ) {
            JsonNode item = it.next();
            if (!(item.isTextual() && item.textValue().equals(AchievementSubject.TYPE))) {
                cx.lost(p, "the subject type " + JsonValues.describe(item) + " has no OB 2.0 counterpart");
            }
        }
        cx.dropped(p, "OB 2.0 has no subject object: the assertion's recipient and badge stand for it");
    }

    private static void achievementToV2(Conversion cx, JsonNode v, String p, Target t) {
        if (v.isObject()) {
            t.badge = AchievementMapping.convert(cx, (ObjectNode) v, p, "/badge", false, false, t.issuerId);
            t.out.set("badge", t.badge.out);
        } else {
            cx.trace.error(Code.INVALID_VALUE, p, "achievement must be an object, got " + JsonValues.describe(v));
        }
    }
}
