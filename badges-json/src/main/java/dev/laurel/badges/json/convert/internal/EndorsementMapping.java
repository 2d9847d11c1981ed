package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.ob2.Endorsement;
import dev.laurel.badges.core.model.ob2.EndorsementClaim;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.json.internal.JsonValues;

import java.util.Optional;
import java.util.Set;

/**
 * OB 2.0 Endorsement and OB 3.0 EndorsementCredential: {@code claim} is {@code credentialSubject},
 * {@code issuedOn} is {@code validFrom} and {@code awardedDate}. OB 3.0 requires a name, which an OB 2.0
 * endorsement never has; the OB 2.0 form is hosted, so a proof does not carry over either way.
 */
final class EndorsementMapping {

    /** The evidence type that marks the original OB 2.0 endorsement. */
    private static final String ORIGINAL_TYPE = TypeMapping.OB2_NAMESPACE + "Endorsement";
    private static final String ORIGINAL_NAME = "Original Open Badges 2.0 endorsement";

    private static final Table.Step[] CLAIM_TYPES = TypeMapping.open(EndorsementSubject.TYPE, null, t -> t);

    static final Table CLAIM = Table.between("endorsement claim", EndorsementClaim.class, "EndorsementSubject",
                    EndorsementSubject.class)
            .iri("id", true)
            .field("type", "type", CLAIM_TYPES[0], TypeMapping.accept(Set.of(EndorsementSubject.TYPE)))
            .text("endorsementComment")
            .fromV2("@context", ContextMapping.EMBEDDED)
            .required("an OB 3.0 EndorsementSubject needs the id of what is endorsed",
                    "an OB 2.0 endorsement claim needs the id of what is endorsed", "id");

    static final Table TABLE = Table.between("Endorsement", Endorsement.class, "EndorsementCredential",
                    EndorsementCredential.class)
            .field("@context", "@context", ContextMapping.DOCUMENT, ContextMapping.DEFINITION)
            .field("id", "id", EndorsementMapping::idToV3, CredentialMapping.HOSTED_ID)
            .types(Set.of(Ob2Vocabulary.ENDORSEMENT), Set.of(Ob3Terms.VERIFIABLE_CREDENTIAL, EndorsementCredential.TYPE))
            .field("claim", "credentialSubject", EndorsementMapping::claim, EndorsementMapping::claim)
            .field("issuer", "issuer", EndorsementMapping::issuerToV3,
                    (cx, v, p, t) -> issuerToV2(cx, v, p, t))
            .fromV2("issuedOn", DateMapping.ISSUED_TO_V3)
            .fromV2("verification", CredentialMapping.VERIFICATION)
            .fromV2("revoked", CredentialMapping.revoked("endorsement"))
            .lostToV3("OB 3.0 states revocation through a credentialStatus, not a reason in the credential",
                    "revocationReason")
            .lostToV3("an OB 3.0 EndorsementCredential has no related credentials", "related")
            .lostToV3("an OB 3.0 EndorsementCredential has no version", "version")
            .lostToV3("an OB 3.0 EndorsementCredential has no endorsements of its own", "endorsement")
            .lostToV2("an OB 2.0 endorsement has no {}", "name", "description")
            .fromV3("awardedDate", DateMapping.ISSUED_TO_V2)
            .fromV3("validFrom", DateMapping.ISSUED_TO_V2)
            .fromV3("issuanceDate", DateMapping.ISSUED_TO_V2)
            .lostToV2("an OB 2.0 endorsement has no expiry date", "validUntil", "expirationDate")
            .lostToV2("an OB 2.0 endorsement has no evidence", "evidence")
            .droppedToV2("OB 2.0 has no credential schema; this one describes the OB 3.0 form", "credentialSchema")
            .lostToV2("an OB 2.0 endorsement has no {}", "credentialStatus", "refreshService", "termsOfUse")
            .fromV3("proof", (cx, v, p, t) -> cx.trace.warning(Code.SIGNATURE_DROPPED, p, "the proof covers the OB "
                    + "3.0 credential; the OB 2.0 endorsement is hosted, verified at its id"))
            .requiredToV3("id", "an OB 3.0 EndorsementCredential needs an id")
            .alwaysMissingToV3("name", "an OB 3.0 EndorsementCredential needs a name; an OB 2.0 endorsement has none")
            .requiredToV3("claim", "an OB 3.0 EndorsementCredential needs a credentialSubject, which comes from claim")
            .requiredToV3("issuer", "an OB 3.0 EndorsementCredential needs an issuer")
            .requiredToV3("issuedOn", "an OB 3.0 EndorsementCredential needs validFrom, which comes from issuedOn")
            .required(null, "an OB 2.0 endorsement needs what {} gives", "id", "issuer", "credentialSubject");

    private EndorsementMapping() {
    }

    /** An endorsement document, either way. */
    static ObjectNode document(Conversion cx, ObjectNode src) {
        return convert(cx, src, "", "", true, null);
    }

    /** One endorsement of a badge class or profile to OB 3.0: embedded, or resolved by IRI. */
    static void reference(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        String tgt = Conversion.at(tgtList, list.size());
        if (Conversion.isIri(v)) {
            String iri = v.textValue();
            Optional<ObjectNode> resolved = References.resolve(cx, iri, Endorsement.class, "endorsement", p,
                    Severity.WARNING, "OB 3.0 embeds endorsements, so this one is not carried over",
                    json -> convert(cx, json, p, tgt, false, iri));
            if (resolved.isPresent()) {
                References.idFromReference(resolved.get(), iri);
                cx.trace.map(p, Conversion.at(tgt, "id"));
                list.add(resolved.get());
            }
            return;
        }
        if (v.isObject()) {
            list.add(convert(cx, (ObjectNode) v, p, tgt, false, null));
            return;
        }
        cx.trace.warning(Code.INVALID_VALUE, p, "an endorsement must be an IRI or an Endorsement, got "
                + JsonValues.describe(v));
    }

    /** One endorsement of an achievement or profile to OB 2.0. */
    static void entry(Conversion cx, JsonNode v, String p, ArrayNode list, String tgtList) {
        if (!v.isObject()) {
            cx.trace.warning(Code.INVALID_VALUE, p, "an endorsement must be an EndorsementCredential, got "
                    + JsonValues.describe(v));
            return;
        }
        list.add(convert(cx, (ObjectNode) v, p, Conversion.at(tgtList, list.size()), false, null));
    }

    private static ObjectNode convert(Conversion cx, ObjectNode src, String at, String tgt, boolean standalone,
            String resolvedFrom) {
        ObjectNode out = Conversion.object();
        if (cx.toV3()) {
            out.set("@context", ContextMapping.ob3());
            out.set("type", Conversion.array(Ob3Terms.VERIFIABLE_CREDENTIAL, EndorsementCredential.TYPE));
        } else {
            if (standalone) {
                out.put("@context", Ob2Vocabulary.CONTEXT);
            }
            out.put("type", Ob2Vocabulary.ENDORSEMENT);
        }
        Target t = new Target(out, at, tgt, standalone);
        t.resolvedFrom = resolvedFrom;
        t.dates = new DateMapping.Dates(src);
        TABLE.run(cx, src, t);
        if (cx.toV3()) {
            if (t.id != null) {
                ArrayNode evidence = Conversion.NODES.arrayNode();
                evidence.add(EvidenceMapping.original(t.id, ORIGINAL_TYPE, ORIGINAL_NAME, null));
                out.set("evidence", evidence);
                cx.trace.map(t.idFrom, Conversion.at(Conversion.at(Conversion.at(tgt, "evidence"), 0), "id"));
            }
        } else {
            if (!t.dates.issuedSet) {
                cx.missing(Conversion.at(at, "validFrom"), "an OB 2.0 endorsement needs issuedOn, which comes from "
                        + "awardedDate or validFrom");
            }
            out.set("verification", CredentialMapping.hosted());
        }
        return out;
    }

    private static void idToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (cx.iri(v, p, t.out, "id", t.tgt, true)) {
            t.id = v.textValue();
            t.idFrom = p;
            if (t.resolvedFrom != null && !t.resolvedFrom.equals(t.id)) {
                cx.trace.warning(Code.INVALID_VALUE, p, "the endorsement supplied for " + t.resolvedFrom
                        + " has the id " + t.id);
            }
        }
    }

    private static void issuerToV3(Conversion cx, JsonNode v, String p, Target t) {
        if (v.isObject()) {
            t.out.set("issuer", ProfileMapping.convert(cx, (ObjectNode) v, p, Conversion.at(t.tgt, "issuer"), false,
                    null));
        } else if (Conversion.isIri(v)) {
            t.out.put("issuer", v.textValue());
            cx.trace.map(p, Conversion.at(t.tgt, "issuer"));
        } else {
            cx.trace.error(Code.INVALID_VALUE, p, "an OB 3.0 issuer must be a URI or a Profile, got "
                    + JsonValues.describe(v));
        }
    }

    private static void issuerToV2(Conversion cx, JsonNode v, String p, Target t) {
        if (v.isObject()) {
            t.out.set("issuer", ProfileMapping.convert(cx, (ObjectNode) v, p, Conversion.at(t.tgt, "issuer"), false,
                    null));
        } else {
            cx.iri(v, p, t.out, "issuer", t.tgt, true);
        }
    }

    /** The claim ({@code credentialSubject} in OB 3.0), either way. */
    private static void claim(Conversion cx, JsonNode v, String p, Target parent) {
        String name = cx.toV3() ? "credentialSubject" : "claim";
        String tgt = Conversion.at(parent.tgt, name);
        ObjectNode s = Conversion.object();
        if (cx.toV3()) {
            s.set("type", Conversion.array(EndorsementSubject.TYPE));
            if (v.isTextual()) {
                if (cx.iri(v, p, s, "id", tgt, true)) {
                    parent.out.set(name, s);
                }
                return;
            }
        }
        if (!v.isObject()) {
            cx.trace.error(Code.INVALID_VALUE, p, (cx.toV3() ? "claim" : "credentialSubject") + " must be an object, got "
                    + JsonValues.describe(v));
            return;
        }
        CLAIM.run(cx, (ObjectNode) v, new Target(s, p, tgt, false));
        parent.out.set(name, s);
    }
}
