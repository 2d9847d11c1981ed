package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.backpack.Ob3Export;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.JsonCode;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeCode;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.ImageFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The OB 3.0 {@code GetOpenBadgeCredentialsResponse} form of a backpack export, and credentials loaded
 * from JSON, a compact JWS or a baked image.
 */
final class BackpackForm {

    static final String CREDENTIAL = "credential";
    static final String COMPACT_JWS = "compactJwsString";
    private static final String WHAT = "credential";

    private BackpackForm() {
    }

    // ---- the credential list ----

    static ObjectNode write(Ob3Export export, BadgeJson json, JsonNodeFactory nodes) {
        ObjectNode out = nodes.objectNode();
        ArrayNode objects = out.putArray(CREDENTIAL);
        export.credential().forEach(c -> objects.add(json.toJson(c)));
        ArrayNode jws = out.putArray(COMPACT_JWS);
        export.compactJwsString().forEach(jws::add);
        return out;
    }

    static List<Credential> read(JsonNode root, BadgeJson json, Findings findings) {
        List<Credential> out = new ArrayList<>();
        if (!root.isObject()) {
            findings.add(TaxonomyJsonCode.WRONG_TYPE, "", "expected {\"" + CREDENTIAL + "\": [...], \"" + COMPACT_JWS
                    + "\": [...]} but found " + Findings.describe(root));
            return out;
        }
        Fields fields = new Fields((ObjectNode) root, "", findings);
        fields.get(CREDENTIAL).flatMap(v -> fields.array(v, fields.at(CREDENTIAL), "a list of credentials"))
                .ifPresent(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        String at = JsonPointers.child(fields.at(CREDENTIAL), i);
                        JsonNode element = list.get(i);
                        if (!element.isObject()) {
                            findings.add(TaxonomyJsonCode.WRONG_TYPE, at, "expected an OpenBadgeCredential object "
                                    + "but found " + Findings.describe(element));
                            continue;
                        }
                        document(() -> json.read((ObjectNode) element), TaxonomyJsonCode.MALFORMED_JSON, at, findings)
                                .flatMap(doc -> ob3(doc, Optional.empty(), at, findings)).ifPresent(out::add);
                    }
                });
        fields.get(COMPACT_JWS).flatMap(v -> fields.array(v, fields.at(COMPACT_JWS), "a list of compact JWS strings"))
                .ifPresent(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        String at = JsonPointers.child(fields.at(COMPACT_JWS), i);
                        Optional<String> text = fields.text(list.get(i), at);
                        if (text.isEmpty()) {
                            continue;
                        }
                        String jws = text.get();
                        if (!CompactJws.looksCompact(jws) || !jws.equals(jws.strip())) {
                            findings.add(TaxonomyJsonCode.MALFORMED_JWS, at, "not a compact JWS: expected three "
                                    + "base64url parts separated by dots");
                            continue;
                        }
                        document(() -> json.read(jws), TaxonomyJsonCode.MALFORMED_JWS, at, findings)
                                .flatMap(doc -> ob3(doc, Optional.of(jws), at, findings)).ifPresent(out::add);
                    }
                });
        fields.rejectUnknown("an OB 3.0 credential list (GetOpenBadgeCredentialsResponse)");
        return out;
    }

    private static Optional<Credential> ob3(BadgeDocument doc, Optional<String> jws, String at, Findings findings) {
        if (doc.kind() == DocumentKind.OB3_CREDENTIAL) {
            OpenBadgeCredential c = doc.model(OpenBadgeCredential.class).orElseThrow();
            return Optional.of(jws.isPresent() ? Credential.of(c, jws.get()) : Credential.of(c));
        }
        if (doc.kind() == DocumentKind.OB2_ASSERTION) {
            findings.add(TaxonomyJsonCode.NOT_OB3, at, "an OB 2.0 assertion: the OB 3.0 credential list carries "
                    + "OB 3.0 credentials only");
        } else {
            findings.add(TaxonomyJsonCode.NOT_A_CREDENTIAL, at, notACredential(doc));
        }
        return Optional.empty();
    }

    /** Reads a document, turning a failure into a finding. */
    private static Optional<BadgeDocument> document(Supplier<BadgeDocument> read, TaxonomyJsonCode code, String at,
            Findings findings) {
        try {
            return Optional.of(read.get());
        } catch (BadgeJsonException e) {
            findings.add(code, at, e.getMessage());
            return Optional.empty();
        }
    }

    private static String notACredential(BadgeDocument doc) {
        return doc.isBadge() ? "a " + doc.kind().displayName() + ", not an awarded badge (an OpenBadgeCredential or "
                + "an Assertion)" : "not an Open Badge: " + doc.description();
    }

    // ---- one credential, from whatever it arrived in ----

    static Credential credential(byte[] input, BadgeJson json, Baker baker) {
        int start = firstContent(input);
        if (start < input.length && input[start] == '{') {
            return fromText(input, json, "the input");
        }
        if (isImage(input, start)) {
            return fromImage(input, json, baker);
        }
        if (input.length <= json.limits().maxDocumentBytes()) {
            String text = new String(input, StandardCharsets.UTF_8);
            if (CompactJws.looksCompact(text)) {
                return fromText(input, json, "the input");
            }
        }
        throw new TaxonomyJsonException(TaxonomyJsonCode.UNRECOGNISED_INPUT, WHAT, "",
                "the input is neither a JSON object, a compact JWS, a PNG nor an SVG");
    }

    private static boolean isImage(byte[] input, int start) {
        Optional<ImageFormat> format = ImageFormat.detect(input);
        if (format.isEmpty()) {
            return false;
        }
        // ImageFormat guesses SVG for any text that starts with white space; only a '<' (or a UTF-16/32
        // byte order mark, which JSON and JWS never carry) makes it XML.
        return format.get() == ImageFormat.PNG || (start < input.length && input[start] == '<')
                || (input.length >= 2 && ((input[0] & 0xff) == 0xFE || (input[0] & 0xff) == 0xFF || input[0] == 0));
    }

    private static Credential fromImage(byte[] image, BadgeJson json, Baker baker) {
        Optional<BakedBadge> baked;
        try {
            baked = baker.extract(image);
        } catch (BakeException e) {
            if (e.bakeCode() == BakeCode.NOT_AN_IMAGE) {
                throw new TaxonomyJsonException(TaxonomyJsonCode.UNRECOGNISED_INPUT, WHAT, List.of(
                        Problem.error(TaxonomyJsonCode.UNRECOGNISED_INPUT, "",
                                "the input is neither a JSON object, a compact JWS, a PNG nor an SVG: " + e.getMessage())),
                        -1, -1, e);
            }
            throw new TaxonomyJsonException(TaxonomyJsonCode.UNREADABLE_IMAGE, WHAT, List.of(
                    Problem.error(TaxonomyJsonCode.UNREADABLE_IMAGE, "",
                            "cannot read the image: " + e.getMessage() + " [" + e.bakeCode().name() + "]")),
                    e.line(), e.column(), e);
        }
        if (baked.isEmpty()) {
            throw new TaxonomyJsonException(TaxonomyJsonCode.NO_BADGE, WHAT, "", "the image carries no badge");
        }
        String text = baked.get().text().strip();
        if (baked.get().kind() == BadgePayload.Kind.URL) {
            throw new TaxonomyJsonException(TaxonomyJsonCode.HOSTED_ONLY, WHAT, "", "the image carries only the URL "
                    + "of a hosted OB 2.0 assertion (" + text + "), which cannot be loaded offline: fetch the "
                    + "assertion and load it as JSON");
        }
        return fromText(text.getBytes(StandardCharsets.UTF_8), json, "the badge baked in the image");
    }

    private static Credential fromText(byte[] input, BadgeJson json, String source) {
        BadgeDocument doc;
        try {
            doc = json.read(input);
        } catch (BadgeJsonException e) {
            TaxonomyJsonCode code = e.code() == JsonCode.MALFORMED_JWS
                    ? TaxonomyJsonCode.MALFORMED_JWS : TaxonomyJsonCode.MALFORMED_JSON;
            throw new TaxonomyJsonException(code, WHAT, List.of(Problem.error(code, "",
                    source + " cannot be read: " + e.getMessage())), e.line(), e.column(), e);
        }
        Optional<String> jws = doc.jws().map(CompactJws::compact);
        if (doc.kind() == DocumentKind.OB3_CREDENTIAL) {
            OpenBadgeCredential c = doc.model(OpenBadgeCredential.class).orElseThrow();
            return jws.isPresent() ? Credential.of(c, jws.get()) : Credential.of(c);
        }
        if (doc.kind() == DocumentKind.OB2_ASSERTION) {
            Assertion a = doc.model(Assertion.class).orElseThrow();
            return jws.isPresent() ? Credential.of(a, jws.get()) : Credential.of(a);
        }
        throw new TaxonomyJsonException(TaxonomyJsonCode.NOT_A_CREDENTIAL, WHAT, "", source + " is "
                + notACredential(doc));
    }

    private static int firstContent(byte[] input) {
        int i = 0;
        if (input.length >= 3 && (input[0] & 0xff) == 0xEF && (input[1] & 0xff) == 0xBB && (input[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < input.length && (input[i] == ' ' || input[i] == '\n' || input[i] == '\r' || input[i] == '\t')) {
            i++;
        }
        return i;
    }
}
