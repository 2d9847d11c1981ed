package dev.laurel.badges.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.laurel.badges.core.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The official CLR 2.0 ClrCredential JSON Schema, loaded once from the jar (never fetched), and its findings as
 * {@link Problem}s with JSON Pointers into the CLR.
 *
 * <p>The CLR schema checks a nested credential only as a verifiable credential; CLR 2.0 holds AchievementCredentials
 * there, so each nested credential is also checked against the official OB 3.0 schema ({@link Ob3Schema}, whose
 * compiled fast path answers valid credentials at once), its findings moved under its place in the CLR, e.g.
 * {@code /credentialSubject/verifiableCredential/3/validFrom}. A finding both schemas make at one place is reported
 * once.
 *
 * <p>VC Data Model 1.1 documents follow clarification 5: a finding that only the 2.0 shape causes ({@code validFrom},
 * the {@code @context} list) is a warning when the innermost credential it lies in (the CLR, a nested credential,
 * or an endorsement embedded in one) is a 1.1 one. The compiled {@link SureSchema} does not cover the CLR schema: networknt judges every CLR.
 */
final class ClrSchema {

    /** The schema's {@code $id}. */
    public static final String SCHEMA_ID =
            "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";

    static final String RESOURCE = "/dev/laurel/badges/json/schema/clr_v2p0_clrcredential_schema.json";

    /** Where the nested credentials are. */
    static final String NESTED = "/credentialSubject/verifiableCredential";

    private ClrSchema() {
    }

    /**
     * Validates a CLR against the CLR schema, and each nested credential against the OB 3.0 schema.
     *
     * @param clr the CLR's JSON
     * @return the findings, ordered by path
     */
    public static List<Problem> validate(JsonNode clr) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Problem p : Engine.validate(clr)) {
            if (seen.add(p.path() + "\u0000" + p.message())) {
                problems.add(p);
            }
        }
        JsonNode nested = clr.at(NESTED);
        if (nested.isArray()) {
            for (int i = 0; i < nested.size(); i++) {
                nestedCredential(nested.get(i), NESTED + "/" + i, problems, seen);
            }
        } else if (nested.isObject()) {
            nestedCredential(nested, NESTED, problems, seen);
        }
        problems.sort(Comparator.comparing(Problem::path).thenComparing(Problem::message));
        return List.copyOf(problems);
    }

    private static void nestedCredential(JsonNode credential, String at, List<Problem> problems, Set<String> seen) {
        if (!credential.isObject()) {
            return; // the CLR schema has said what is wrong with it
        }
        for (Problem p : Ob3Schema.validateNested(credential)) {
            Problem moved = new Problem(p.code(), p.severity(), at + p.path(), p.message());
            if (seen.add(moved.path() + "\u0000" + moved.message())) {
                problems.add(moved);
            }
        }
    }

    private static boolean isVcdm11(JsonNode credential) {
        return Detector.strings(credential.get("@context")).contains(Detector.VC_V1);
    }

    /**
     * Tells whether a finding at a path comes only from the 2.0 shape of a VC Data Model 1.1 credential: the
     * {@code validFrom} or {@code @context} of the innermost credential (an object with an {@code @context}) the
     * path lies in, when that credential is a 1.1 one. That is the CLR itself, a nested credential, or an
     * endorsement embedded in either.
     *
     * @param root the document the path points into
     * @param path the finding's JSON Pointer
     * @return {@code true} if the finding is only a 2.0-shape finding of a 1.1 credential
     */
    static boolean onlyFromV2Shape(JsonNode root, String path) {
        JsonNode owner = root;
        JsonNode node = root;
        int local = 0;
        int at = 0;
        while (at < path.length() && node != null) {
            int next = path.indexOf('/', at + 1);
            int end = next < 0 ? path.length() : next;
            String token = path.substring(at + 1, end).replace("~1", "/").replace("~0", "~");
            node = node.isArray() && !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 10
                    ? node.get(Integer.parseInt(token)) : node.isObject() ? node.get(token) : null;
            if (node != null && node.isObject() && node.has("@context") && end < path.length()) {
                owner = node;
                local = end;
            }
            at = end;
        }
        String rest = path.substring(local);
        return isVcdm11(owner) && (rest.equals("/validFrom") || rest.startsWith("/@context"));
    }

    /**
     * Loads networknt and the schema; exists so callers can warm up on start-up.
     */
    public static void warmUp() {
        Engine.SCHEMA.getSchemaNode();
    }

    /** networknt and everything that touches its types, loaded on first use only. */
    private static final class Engine {
        static final JsonSchema SCHEMA = SchemaFindings.load(SCHEMA_ID, RESOURCE);

        private Engine() {
        }

        static List<Problem> validate(JsonNode clr) {
            return SchemaFindings.problems(SCHEMA.validate(clr), path -> onlyFromV2Shape(clr, path));
        }
    }
}
