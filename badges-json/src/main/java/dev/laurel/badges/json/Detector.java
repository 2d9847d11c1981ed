package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;
import dev.laurel.badges.core.model.ob3.Ob3Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells what a JSON object is from its {@code @context} and {@code type}, never from a file name and
 * never by guessing from other properties: an object that names no known type is not a badge.
 */
final class Detector {

    /** VC Data Model 2.0 context. */
    public static final String VC_V2 = Ob3Terms.VC_V2_CONTEXT;
    /** VC Data Model 1.1 context. */
    public static final String VC_V1 = Ob3Terms.VC_V1_CONTEXT;
    /** OB 2.0 context. */
    public static final String OB2 = Ob2Vocabulary.CONTEXT;
    /** OB 1.1 context, read as 2.0. */
    public static final String OB1 = Ob2Vocabulary.CONTEXT_V1;
    /** The current CLR 2.0 context, the one the reference validator expects. */
    public static final String CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    /** The prefix of every published CLR 2.0 context URL. */
    public static final String CLR_PREFIX = "https://purl.imsglobal.org/spec/clr/v2p0/context";
    /** The prefix of every OB 3.0 context URL. */
    public static final String OB3_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";

    private Detector() {
    }

    /**
     * The result of detection.
     *
     * @param kind the kind
     * @param description for {@link DocumentKind#NOT_A_BADGE}, what the document is, e.g. "a CLR credential"
     * @param legacy whether the document uses an older form (VCDM 1.1, OB 1.1 context, older OB 3.0 context)
     */
    public record Detection(DocumentKind kind, String description, boolean legacy) {
    }

    /**
     * Detects the kind of a JSON object.
     *
     * @param root the object
     * @return the detection
     */
    public static Detection detect(JsonNode root) {
        List<String> contexts = strings(root.get("@context"));
        List<String> types = strings(root.get("type"));
        boolean vc = contexts.contains(VC_V2) || contexts.contains(VC_V1) || types.contains("VerifiableCredential");
        boolean ob3 = vc || contexts.stream().anyMatch(c -> c.startsWith(OB3_PREFIX));
        boolean ob2 = contexts.contains(OB2) || contexts.contains(OB1);
        boolean legacy = contexts.contains(VC_V1) || contexts.contains(OB1)
                || contexts.stream().anyMatch(c -> c.startsWith(OB3_PREFIX) && !c.endsWith("context-3.0.3.json"));
        if (ob3 || (!ob2 && contexts.isEmpty())) {
            if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
                return new Detection(DocumentKind.OB3_CREDENTIAL, "", legacy);
            }
            if (types.contains("EndorsementCredential")) {
                return new Detection(DocumentKind.OB3_ENDORSEMENT_CREDENTIAL, "", legacy);
            }
            if (types.contains("ClrCredential")) {
                return new Detection(DocumentKind.CLR_CREDENTIAL, "", legacy || clrLegacy(contexts));
            }
            if (vc) {
                return notABadge("a verifiable credential of type " + types + ", not an Open Badge");
            }
            if (types.contains("Achievement")) {
                return new Detection(DocumentKind.OB3_ACHIEVEMENT, "", legacy);
            }
            if (types.contains("Profile") && ob3) {
                return new Detection(DocumentKind.OB3_PROFILE, "", legacy);
            }
        }
        if (ob2 || (!ob3 && contexts.isEmpty())) {
            if (types.contains("Assertion")) {
                return new Detection(DocumentKind.OB2_ASSERTION, "", legacy);
            }
            if (types.contains("BadgeClass")) {
                return new Detection(DocumentKind.OB2_BADGE_CLASS, "", legacy);
            }
            if (types.contains("Issuer") || (types.contains("Profile") && ob2)) {
                return new Detection(DocumentKind.OB2_PROFILE, "", legacy);
            }
            if (types.contains("RevocationList")) {
                return new Detection(DocumentKind.OB2_REVOCATION_LIST, "", legacy);
            }
            if (types.contains("CryptographicKey")) {
                return new Detection(DocumentKind.OB2_CRYPTOGRAPHIC_KEY, "", legacy);
            }
            if (types.contains("Endorsement")) {
                return new Detection(DocumentKind.OB2_ENDORSEMENT, "", legacy);
            }
        }
        return notABadge(describeOther(root, contexts, types, ob2, ob3));
    }

    /**
     * Tells whether a CLR names an older CLR context: the unversioned {@code context.json} (an alias of 2.0.1 for
     * the reference validator, which warns about it) or a draft one, or none at all.
     */
    private static boolean clrLegacy(List<String> contexts) {
        return !contexts.contains(CLR_CONTEXT);
    }

    private static Detection notABadge(String description) {
        return new Detection(DocumentKind.NOT_A_BADGE, description, false);
    }

    private static String describeOther(JsonNode root, List<String> contexts, List<String> types, boolean ob2,
                                        boolean ob3) {
        if (types.contains("DataIntegrityProof") || types.contains("Ed25519Signature2020")) {
            return "a lone " + types.get(0) + " proof, not a whole badge";
        }
        if (types.contains("Profile")) {
            return "a Profile without an @context, so its version cannot be told";
        }
        if (root.has("alg") && !root.has("@context")) {
            return "a JOSE header, not a badge";
        }
        if (root.has("$schema")) {
            return "a JSON Schema, not a badge";
        }
        if (root.size() == 1 && root.has("@context")) {
            return "a JSON-LD context, not a badge";
        }
        if (ob2 || ob3) {
            return "an Open Badges " + (ob2 ? "2.0" : "3.0") + " fragment with "
                    + (types.isEmpty() ? "no type" : "type " + types) + ", not a whole badge document";
        }
        return types.isEmpty() ? "a JSON object with no Open Badges @context or type"
                : "a JSON object of type " + types + ", not an Open Badge";
    }

    /**
     * Returns the strings of a string-or-array value (objects in arrays are skipped).
     *
     * @param node the value, may be null
     * @return the strings
     */
    public static List<String> strings(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>(node.size());
            for (JsonNode e : node) {
                if (e.isTextual()) {
                    out.add(e.textValue());
                }
            }
            return out;
        }
        return List.of();
    }
}
