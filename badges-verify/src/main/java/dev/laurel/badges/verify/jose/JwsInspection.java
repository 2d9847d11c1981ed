package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.internal.CheckList;
import dev.laurel.badges.verify.jose.internal.JwsCrypto;
import dev.laurel.badges.verify.jose.internal.SignatureBase64URL;
import dev.laurel.badges.verify.keys.KeyAuthorization;
import dev.laurel.badges.verify.keys.KeyCode;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyResolution;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Outcome;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The steps every compact JWS goes through: parse, algorithm allow-list, header, key, signature. */
final class JwsInspection {

    private static final Set<String> NEVER_FOLLOWED = Set.of("jku", "x5u", "x5c", "x5t", "x5t#S256");

    private JwsInspection() {
    }

    /**
     * A parsed JWS whose algorithm is allowed.
     *
     * @param header the protected header
     * @param compact the compact serialisation (surrounding white space removed)
     * @param algorithm the algorithm
     * @param payloadTree the payload as already read from this very text, when the caller has it
     */
    public record Parsed(JWSHeader header, String compact, JwsAlgorithm algorithm, Optional<ObjectNode> payloadTree) {

        /** The signed text: the first two parts and the dot between them, as ASCII. */
        byte[] signingInput() {
            return compact.substring(0, compact.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        }

        Base64URL signature() {
            return new SignatureBase64URL(compact.substring(compact.lastIndexOf('.') + 1));
        }

        String payloadPart() {
            return compact.substring(compact.indexOf('.') + 1, compact.lastIndexOf('.'));
        }
    }

    /**
     * Parses a compact JWS and checks its algorithm and header.
     *
     * @param token the compact serialisation
     * @param policy the limits
     * @param expectedHeaders header names that draw no warning
     * @param requireJwtType whether a {@code typ} other than {@code JWT} draws a warning
     * @param checks where the checks go
     * @return the parsed JWS, or empty after a failed check
     */
    public static Optional<Parsed> inspect(String token, JosePolicy policy, Set<String> expectedHeaders,
            boolean requireJwtType, CheckList checks) {
        String t = token.strip();
        if (tooLong(t, policy, checks)) {
            return Optional.empty();
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(t);
        } catch (ParseException | RuntimeException e) {
            if (isUnsecured(t)) {
                rejectUnsecured(checks);
            } else {
                // The parser's message can quote the input; report the shape only.
                checks.fail(JwsCheck.FORMAT, "not a compact JWS: a part is not base64url JSON of a JWS", "");
            }
            return Optional.empty();
        }
        checks.pass(JwsCheck.FORMAT, "a compact JWS", "");
        return admit(jws.getHeader(), t, Optional.empty(), policy, expectedHeaders, requireJwtType, checks);
    }

    /**
     * Checks the algorithm and header of a compact JWS that badges-json has already read (its header and
     * payload trees come from parsing that very text), so nothing is parsed again.
     *
     * @param jws the JWS as read by {@code BadgeJson}
     * @param policy the limits
     * @param expectedHeaders header names that draw no warning
     * @param requireJwtType whether a {@code typ} other than {@code JWT} draws a warning
     * @param checks where the checks go
     * @return the JWS, or empty after a failed check
     */
    public static Optional<Parsed> inspect(CompactJws jws, JosePolicy policy, Set<String> expectedHeaders,
            boolean requireJwtType, CheckList checks) {
        String t = jws.compact().strip();
        if (tooLong(t, policy, checks)) {
            return Optional.empty();
        }
        JWSHeader header;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = Json.MAPPER.convertValue(jws.header(), Map.class);
            header = JWSHeader.parse(members, new Base64URL(t.substring(0, t.indexOf('.'))));
        } catch (ParseException | RuntimeException e) {
            if ("none".equals(jws.header().path("alg").asText(""))) {
                rejectUnsecured(checks);
            } else {
                checks.fail(JwsCheck.FORMAT, "not a compact JWS: the header is not a JWS header", "");
            }
            return Optional.empty();
        }
        checks.pass(JwsCheck.FORMAT, "a compact JWS", "");
        return admit(header, t, Optional.of(jws.payload()), policy, expectedHeaders, requireJwtType, checks);
    }

    private static boolean tooLong(String token, JosePolicy policy, CheckList checks) {
        if (token.length() <= policy.maxTokenChars()) {
            return false;
        }
        checks.fail(JwsCheck.FORMAT, "the token has " + token.length() + " characters, more than the limit of "
                + policy.maxTokenChars(), "");
        return true;
    }

    /** An {@code alg: none} object is well formed JOSE, and is refused for its algorithm, not its shape. */
    private static void rejectUnsecured(CheckList checks) {
        checks.pass(JwsCheck.FORMAT, "a compact JOSE object", "");
        checks.fail(JwsCheck.ALGORITHM, "an unsecured JWS (alg \"none\") is never accepted", "");
    }

    /** The algorithm allow-list and the header checks, whichever way the JWS was read. */
    private static Optional<Parsed> admit(JWSHeader header, String compact, Optional<ObjectNode> payloadTree,
            JosePolicy policy, Set<String> expectedHeaders, boolean requireJwtType, CheckList checks) {
        JWSAlgorithm alg = header.getAlgorithm();
        Optional<JwsAlgorithm> known = JwsAlgorithm.fromJwaName(alg.getName());
        if (known.isEmpty() || !policy.allowedAlgorithms().contains(known.get())) {
            String why = JWSAlgorithm.Family.HMAC_SHA.contains(alg)
                    ? "symmetric (HMAC) algorithm " + alg + " is never accepted"
                    : "algorithm " + alg + " is not allowed (allowed: " + policy.allowedAlgorithms() + ")";
            checks.fail(JwsCheck.ALGORITHM, why, "");
            return Optional.empty();
        }
        checks.pass(JwsCheck.ALGORITHM, "algorithm " + alg + " is allowed", "");
        if (!checkHeader(header, expectedHeaders, requireJwtType, checks)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(header, compact, known.get(), payloadTree));
    }

    private static boolean checkHeader(JWSHeader header, Set<String> expected, boolean requireJwtType,
            CheckList checks) {
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            checks.fail(JwsCheck.HEADER, "critical header extensions " + header.getCriticalParams()
                    + " are not understood", "");
            return false;
        }
        Set<String> ignored = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        for (String name : header.getIncludedParams()) {
            if (NEVER_FOLLOWED.contains(name)) {
                ignored.add(name);
            } else if (!expected.contains(name)) {
                unexpected.add(name);
            }
        }
        boolean clean = true;
        if (!ignored.isEmpty()) {
            checks.warn(JwsCheck.HEADER, "header parameters " + ignored
                    + " are ignored: keys are never fetched from jku or x5u, nor taken from certificates", "");
            clean = false;
        }
        if (!unexpected.isEmpty()) {
            checks.warn(JwsCheck.HEADER, "unexpected header parameters " + unexpected, "");
            clean = false;
        }
        if (requireJwtType && header.getType() != null
                && !header.getType().toString().toUpperCase(Locale.ROOT).equals("JWT")) {
            checks.warn(JwsCheck.HEADER, "typ is \"" + header.getType() + "\"; OB 3.0 says \"JWT\"", "");
            clean = false;
        }
        if (clean) {
            checks.pass(JwsCheck.HEADER, "the header holds only expected parameters", "");
        }
        return true;
    }

    private static boolean isUnsecured(String token) {
        try {
            Base64URL[] parts = JOSEObject.split(token);
            Header header = Header.parse(parts[0]);
            return Algorithm.NONE.equals(header.getAlgorithm());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Finds the verification key of a VC-JWT: the {@code kid} dereferenced, else the header {@code jwk}.
     * A {@code kid} whose document cannot be read, or that its document does not authorise for
     * assertions, falls back to the header {@code jwk} with a warning; a key guessed from an unreachable
     * URL's fragment is never a JWS key (a JWS names its key).
     *
     * @param parsed the JWS
     * @param resolver resolves {@code kid}
     * @param checks where the checks go
     * @return the key, or empty after a failed check
     */
    public static Optional<VerificationMethod> selectKey(Parsed parsed, KeyResolver resolver, CheckList checks) {
        JWSHeader header = parsed.header();
        String kid = header.getKeyID();
        JWK jwk = header.getJWK();
        VerificationMethod key = null;
        String kidProblem = null;
        if (kid != null) {
            KeyResolution resolution = resolver.resolve(kid);
            if (resolution.method().isEmpty()) {
                kidProblem = resolution.describe();
            } else if (resolution.method().get().origin() == KeyOrigin.FRAGMENT) {
                kidProblem = resolution.message() + " [" + KeyCode.KEY_DOCUMENT_UNAVAILABLE.name() + "]";
            } else if (resolution.method().get().authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
                kidProblem = "its document lists " + kid + " but not under assertionMethod, so it may not sign "
                        + "credentials [" + KeyCode.KEY_NOT_AUTHORIZED.name() + "]";
            } else {
                key = resolution.method().get();
            }
            if (key == null && jwk == null) {
                checks.fail(JwsCheck.KEY, "kid " + kid + " could not be dereferenced: " + kidProblem, "");
                return Optional.empty();
            }
        }
        if (key == null && jwk != null) {
            KeyResolution fromHeader = KeyResolver.headerJwk(jwk, Optional.ofNullable(kid));
            if (fromHeader.method().isEmpty()) {
                checks.add(new Check(JwsCheck.KEY, Outcome.FAILED, "", fromHeader.message(), fromHeader.code()));
                return Optional.empty();
            }
            key = fromHeader.method().get();
            if (kidProblem != null) {
                checks.warn(JwsCheck.KEY, "kid " + kid + " could not be dereferenced (" + kidProblem
                        + "); the header jwk is used instead", "");
            }
        }
        if (key == null) {
            checks.fail(JwsCheck.KEY, "the header has neither kid nor jwk", "");
            return Optional.empty();
        }
        if (!requireKind(parsed, key, checks)) {
            return Optional.empty();
        }
        if (kidProblem == null) {
            checks.pass(JwsCheck.KEY, key.origin() == KeyOrigin.HEADER_JWK ? "key from the header jwk"
                    : "key from kid " + kid, "");
        }
        return Optional.of(key);
    }

    /**
     * Checks that a key suits the algorithm.
     *
     * @param parsed the JWS
     * @param key the key
     * @param checks where a failure goes
     * @return {@code true} if it does
     */
    public static boolean requireKind(Parsed parsed, VerificationMethod key, CheckList checks) {
        if (key.key().kind() != parsed.algorithm().keyKind()) {
            checks.fail(JwsCheck.KEY, "alg " + parsed.algorithm().jwaName() + " needs a "
                    + parsed.algorithm().keyKind() + " key, but the key is " + key.key().kind(), "");
            return false;
        }
        return true;
    }

    /**
     * Decodes the payload; the JDK's base64 decoder is several times faster than nimbus's on large
     * payloads, and the text it decodes is exactly the signed text.
     *
     * @param parsed the JWS
     * @return the payload bytes
     */
    public static byte[] payloadBytes(Parsed parsed) {
        String part = parsed.payloadPart();
        try {
            return java.util.Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return new Base64URL(part).decode();
        }
    }

    /**
     * Verifies the signature; never throws.
     *
     * @param parsed the JWS
     * @param key the key, of the algorithm's kind
     * @return {@code true} if the signature is valid
     */
    public static boolean signatureValid(Parsed parsed, LaurelKey key) {
        try {
            JWSVerifier v = JwsCrypto.verifier(key);
            return v.verify(parsed.header(), parsed.signingInput(), parsed.signature());
        } catch (Exception e) {
            return false;
        }
    }
}
