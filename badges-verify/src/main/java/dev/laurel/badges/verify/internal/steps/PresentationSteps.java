package dev.laurel.badges.verify.internal.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofResult;
import dev.laurel.badges.verify.internal.BudgetedFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.JosePolicy;
import dev.laurel.badges.verify.jose.VerifiedJws;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.BindingVerdict;
import dev.laurel.badges.verify.keys.IssuerBinding;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.PresentationCheck;
import dev.laurel.badges.verify.report.Presented;
import dev.laurel.badges.verify.report.ProofCheck;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.verify.report.VerifierCheck;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The presentation steps: a W3C Verifiable Presentation (VC Data Model 2.0, 1.1 with a warning) signed by its
 * holder, with an embedded Data Integrity proof ({@code proofPurpose} {@code authentication}; eddsa-rdfc-2022,
 * ecdsa-rdfc-2019 and the other suites the {@link DataIntegrityVerifier} knows) or as a VP-JWT (the
 * presentation as the payload, or in the VC Data Model 1.1 {@code vp} claim); then each credential inside,
 * through the caller's function (the pipeline, each credential under its own budget).
 *
 * <p>Checks, as {@code presentation.*} ids beside the proof's or JWS's own: the input is a presentation; its
 * data model; its signature; the {@code challenge} ({@code nonce}) and {@code domain} ({@code aud}) against
 * what the caller expects (expected but missing or different fails, present but not expected warns); a
 * VP-JWT's {@code exp}/{@code nbf}; that the signing key is the holder's ({@link IssuerBinding#evaluateHolder});
 * then one {@code presentation.credential} per entry of {@code verifiableCredential}.
 */
public final class PresentationSteps {

    /** The default most credentials one presentation may carry. */
    public static final int DEFAULT_MAX_CREDENTIALS = 64;

    /** The proof purpose of a presentation's proof. */
    public static final String AUTHENTICATION = "authentication";
    /** The VC Data Model 2.0 context. */
    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    private static final String VC = "/verifiableCredential";

    /**
     * What the caller expects of a presentation.
     *
     * @param challenge the expected {@code challenge} (a VP-JWT's {@code nonce}), if any
     * @param domain the expected {@code domain} (a VP-JWT's {@code aud}), if any
     * @param holderRequired whether a presentation with no {@code holder} fails (otherwise it warns)
     */
    public record Expected(Optional<String> challenge, Optional<String> domain, boolean holderRequired) {

        /** Nothing expected. */
        public static final Expected NONE = new Expected(Optional.empty(), Optional.empty(), false);

        /**
         * Creates the value.
         *
         * @throws NullPointerException if a component is null
         */
        public Expected {
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(domain, "domain");
        }
    }

    private final DataIntegrityVerifier dataIntegrity;
    private final KeyResolver keys;
    private final IssuerBinding binding;
    private final BindingMode bindingMode;
    private final JosePolicy policy;
    private final int maxCredentials;
    private final Optional<Executor> executor;

    /**
     * Wires the steps.
     *
     * @param keys the key resolver (the pipeline's, with its DID resolvers and budgeted fetcher)
     * @param dataIntegrity a Data Integrity verifier expecting the {@code authentication} purpose, without
     *     its own key binding
     * @param bindingMode how an unconfirmed holder binding is judged
     * @param policy the JOSE policy (clock and skew)
     * @param maxCredentials the most credentials one presentation may carry
     * @param executor where the credentials inside are verified concurrently, if anywhere
     */
    public PresentationSteps(KeyResolver keys, DataIntegrityVerifier dataIntegrity, BindingMode bindingMode,
                             JosePolicy policy, int maxCredentials, Optional<Executor> executor) {
        this.keys = keys;
        this.dataIntegrity = dataIntegrity;
        this.binding = new IssuerBinding(keys);
        this.bindingMode = bindingMode;
        this.policy = policy;
        this.maxCredentials = maxCredentials;
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Tells, by content, whether an input looks like a presentation: a JSON object whose {@code type} names
     * {@code VerifiablePresentation}, or a compact JWS whose payload is one or carries a {@code vp} claim.
     * It reads, it does not verify; input that is neither gives {@code false}, never an exception.
     *
     * @param input the bytes
     * @return {@code true} if it looks like a presentation
     * @throws NullPointerException if input is null
     */
    public static boolean isPresentation(byte[] input) {
        try {
            int first = firstNonSpace(input);
            if (first == '{') {
                // Cheap first: most inputs are credentials, and a presentation's JSON names its type literally.
                return contains(input, MARKER) && isPresentationTree(Json.parseObject(input));
            }
            Optional<ObjectNode> payload = looksLikeJws(input) ? jwtPayload(input) : Optional.empty();
            return payload.map(PresentationSteps::isPresentationTree).orElse(false);
        } catch (Json.NotAnObjectException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A cheap necessary condition for {@link #isPresentation} to take its compact JWS branch: not longer than a
     * token may be, and the first byte after ASCII white space a base64url character. Images, JSON and most
     * other inputs fail it at their first byte.
     *
     * @param input the bytes
     * @return {@code false} if the input is certainly not a compact JWS that a presentation could be
     */
    public static boolean mayBeCompactJws(byte[] input) {
        if (input.length > JosePolicy.DEFAULT_MAX_TOKEN_CHARS) {
            return false;
        }
        int from = 0;
        while (from < input.length && isSpace(input[from])) {
            from++;
        }
        if (from == input.length) {
            return false;
        }
        byte b = input[from];
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_';
    }

    /**
     * Tells, from a document badges-json has already read from {@code input}, that {@link #isPresentation}
     * would say no, without decoding or parsing anything again. It holds when badges-json read the input as a
     * compact JWS (so its text, stripped, has the compact form), the input is not longer than a token may be,
     * the first and last bytes after ASCII white space are ASCII (so Unicode stripping and ASCII trimming find
     * the same token, and {@code isPresentation} takes its JWS branch with the same payload segment), and the
     * payload tree, parsed from the same decoded bytes, is not a presentation and has no presentation in
     * {@code vp}. {@code false} means only "not proven": ask {@link #isPresentation}.
     *
     * @param input the bytes that were read
     * @param doc what badges-json read from them
     * @return {@code true} if {@code isPresentation(input)} is certainly {@code false}
     */
    public static boolean certainlyNotPresentation(byte[] input, BadgeDocument doc) {
        if (doc.jws().isEmpty() || input.length > JosePolicy.DEFAULT_MAX_TOKEN_CHARS) {
            return false;
        }
        int from = 0;
        int to = input.length;
        while (from < to && isSpace(input[from])) {
            from++;
        }
        while (to > from && isSpace(input[to - 1])) {
            to--;
        }
        return to > from && input[from] >= 0 && input[to - 1] >= 0 && !isPresentationTree(doc.jws().get().payload());
    }

    /** ASCII white space as {@link Character#isWhitespace} and {@link String#strip()} see it. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b >= 0x09 && b <= 0x0D || b >= 0x1C && b <= 0x1F;
    }

    private static final byte[] MARKER = "VerifiablePresentation".getBytes(StandardCharsets.US_ASCII);

    private static boolean isPresentationTree(ObjectNode t) {
        return isPresentationObject(t) || t.get("vp") != null && isPresentationObject(t.get("vp"));
    }

    private static boolean contains(byte[] input, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= input.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (input[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A compact JWS ({@link CompactJws#looksCompact(byte[], int, int)}), not longer than a token may be. */
    private static boolean looksLikeJws(byte[] input) {
        return input.length <= JosePolicy.DEFAULT_MAX_TOKEN_CHARS && CompactJws.looksCompact(input, 0, input.length);
    }

    private static boolean isPresentationObject(JsonNode node) {
        return node != null && node.isObject() && Json.hasType(node.get("type"), "VerifiablePresentation");
    }

    private static int firstNonSpace(byte[] input) {
        for (byte b : input) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    /** The payload of a compact JWS (the input passed {@link #looksLikeJws}), decoded from its byte range. */
    private static Optional<ObjectNode> jwtPayload(byte[] input) throws Json.NotAnObjectException {
        int first = -1;
        int second = -1;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '.') {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                    break;
                }
            }
        }
        // looksLikeJws found exactly two dots among base64url characters, the white space only at the ends.
        byte[] payload = java.util.Base64.getUrlDecoder().decode(Arrays.copyOfRange(input, first + 1, second));
        // A credential is read (and parsed) once by BadgeJson; here the payload is only parsed when it can
        // name VerifiablePresentation: literally, or spelt with a \\u escape (so the answer stays exact).
        if (!mayNamePresentation(payload)) {
            return Optional.empty();
        }
        return Optional.of(Json.parseObject(payload));
    }

    /** Whether JSON bytes hold {@code VerifiablePresentation} literally or any backslash-u escape; one pass. */
    private static boolean mayNamePresentation(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (b == '\\') {
                if (i + 1 < json.length && json[i + 1] == 'u') {
                    return true;
                }
            } else if (b == 'V' && startsWith(json, i, MARKER)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] input, int from, byte[] marker) {
        if (from + marker.length > input.length) {
            return false;
        }
        for (int j = 0; j < marker.length; j++) {
            if (input[from + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verifies a presentation: JSON with an embedded proof, or a compact JWS (VP-JWT).
     *
     * @param input the bytes
     * @param expected what the caller expects
     * @param recipient the recipient every credential inside must be issued to, if known
     * @param credential verifies one credential inside (bytes and recipient), under its own budget
     * @param budget opens the fetch budget of the presentation's own checks (one that runs out adds a
     *     failed {@code verifier.limits} check)
     * @return the report; never an exception for bad input
     */
    public VerificationReport verify(byte[] input, Expected expected, Optional<Recipient> recipient,
                                     BiFunction<byte[], Optional<Recipient>, VerificationReport> credential,
                                     Supplier<BudgetedFetcher.Budget> budget) {
        List<Check> checks = new ArrayList<>();
        List<VerificationReport> credentials = new ArrayList<>();
        Holder holder = new Holder();
        Optional<JsonNode> read = Optional.empty();
        try (BudgetedFetcher.Budget scope = budget.get()) {
            if (firstNonSpace(input) == '{') {
                read = embedded(input, expected, checks, holder);
            } else {
                holder.format = ProofFormat.VC_JWT;
                read = jwt(new String(input, StandardCharsets.UTF_8), expected, checks, holder);
            }
            if (scope.exhausted() != null) {
                checks.add(Check.failed(VerifierCheck.LIMITS, "", "verification stopped fetching: " + scope.exhausted()));
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            checks.add(Check.failed(VerifierCheck.ERROR, "", "verification stopped by an internal error; this is a"
                    + " defect in Laurel or a library it uses, not a verdict on the presentation"));
        }
        read.ifPresent(vp -> credentials(vp, holder.at, recipient, credential, checks, credentials));
        return VerificationReport.ofPresentation(holder.format, checks,
                new Presented(Optional.ofNullable(holder.id), credentials));
    }

    /** What one verification has read so far: the holder id and how the presentation is signed. */
    private static final class Holder {
        String id;
        String at = "";
        ProofFormat format = ProofFormat.NONE;
    }

    // ---- embedded proof ----

    /** Checks an embedded-proof presentation; returns it when it is one, for its credentials. */
    private Optional<JsonNode> embedded(byte[] input, Expected expected, List<Check> checks, Holder holder) {
        ObjectNode vp;
        try {
            vp = Json.parseObject(input);
        } catch (Json.NotAnObjectException e) {
            checks.add(Check.failed(PresentationCheck.FORMAT, "", "not a presentation: the input is " + e.getMessage()));
            return Optional.empty();
        }
        if (!readPresentation(vp, checks, holder, Optional.empty(), "")) {
            return Optional.empty();
        }
        JsonNode proofNode = vp.get("proof");
        if (proofNode == null || proofNode.isNull() || proofNode.isArray() && proofNode.isEmpty()) {
            checks.add(Check.failed(PresentationCheck.PROOF, "/proof", "the presentation is not signed: it has no proof,"
                    + " so nothing shows that its holder presented it"));
            skip(checks, "the presentation is not signed", PresentationCheck.CHALLENGE, PresentationCheck.DOMAIN,
                    PresentationCheck.HOLDER_BINDING);
            return Optional.of(vp);
        }
        holder.format = ProofFormat.DATA_INTEGRITY;
        DataIntegrityReport report = dataIntegrity.verify(vp);
        for (Check c : report.allChecks()) {
            if (!(c.step() == ProofCheck.KEY_BINDING && c.outcome() == Outcome.SKIPPED)) {
                checks.add(c);
            }
        }
        Optional<ProofResult> good = report.proofs().stream().filter(ProofResult::verified).findFirst();
        if (!report.verified() || good.isEmpty()) {
            checks.add(Check.failed(PresentationCheck.PROOF, "/proof", "the presentation's proof does not verify"));
            skip(checks, "the proof did not verify", PresentationCheck.CHALLENGE, PresentationCheck.DOMAIN,
                    PresentationCheck.HOLDER_BINDING);
        } else {
            ProofResult proof = good.get();
            checks.add(Check.passed(PresentationCheck.PROOF, proof.path(), "the presentation's "
                    + AUTHENTICATION + " proof verifies"));
            JsonNode proofObject = proofNode.isArray() ? proofNode.get(proof.index()) : proofNode;
            compare(PresentationCheck.CHALLENGE, "challenge", expected.challenge(), Json.text(proofObject, "challenge"),
                    proof.path() + "/challenge", checks);
            compare(PresentationCheck.DOMAIN, "domain", expected.domain(), domains(proofObject.get("domain")),
                    proof.path() + "/domain", checks);
            holderBinding(Optional.ofNullable(holder.id), proof.key().orElseThrow(), expected, "/holder", checks);
        }
        return Optional.of(vp);
    }

    /** Checks the type and context; reads the holder. Returns false when the input is not a presentation. */
    private static boolean readPresentation(JsonNode vp, List<Check> checks, Holder holder, Optional<String> iss,
                                            String at) {
        if (!isPresentationObject(vp)) {
            checks.add(Check.failed(PresentationCheck.FORMAT, at + "/type", "not a presentation: its type does not name"
                    + " VerifiablePresentation"));
            return false;
        }
        checks.add(Check.passed(PresentationCheck.FORMAT, at + "/type", "a VerifiablePresentation"));
        List<JsonNode> contexts = Json.items(vp.get("@context"));
        String first = contexts.isEmpty() || !contexts.get(0).isTextual() ? "" : contexts.get(0).textValue();
        if (first.equals(CREDENTIALS_V2)) {
            checks.add(Check.passed(PresentationCheck.VERSION, at + "/@context/0", "VC Data Model 2.0"));
        } else if (first.equals(CREDENTIALS_V1)) {
            checks.add(Check.warning(PresentationCheck.VERSION, at + "/@context/0", "VC Data Model 1.1, an older form;"
                    + " new presentations use " + CREDENTIALS_V2));
        } else {
            checks.add(Check.failed(PresentationCheck.VERSION, at + "/@context", "the first @context is neither "
                    + CREDENTIALS_V2 + " nor " + CREDENTIALS_V1));
        }
        JsonNode h = vp.get("holder");
        Optional<String> named = h == null ? Optional.empty() : Json.idOf(h);
        holder.id = named.or(() -> iss).orElse(null);
        return true;
    }

    private void holderBinding(Optional<String> holder, VerificationMethod key, Expected expected,
                               String path, List<Check> checks) {
        if (holder.isEmpty() || holder.get().isBlank()) {
            String msg = "the presentation names no holder, so nothing binds " + key.describe() + " to anyone";
            checks.add(expected.holderRequired() ? Check.failed(PresentationCheck.HOLDER_BINDING, path, msg)
                    : Check.warning(PresentationCheck.HOLDER_BINDING, path, msg));
            return;
        }
        BindingVerdict verdict = binding.evaluateHolder(holder, key);
        Outcome outcome = switch (verdict.status()) {
            case BOUND -> Outcome.PASSED;
            case NOT_BOUND -> Outcome.FAILED;
            case UNCONFIRMED -> bindingMode == BindingMode.STRICT ? Outcome.FAILED : Outcome.WARNING;
        };
        String msg = "holder " + holder.get() + ", by the issuer-binding rule: " + verdict.describe(bindingMode);
        checks.add(new Check(PresentationCheck.HOLDER_BINDING, outcome, path, msg));
    }

    private static void compare(CheckId step, String name, Optional<String> expected, List<String> actual,
                                String path, List<Check> checks) {
        compare(step, name, expected, actual.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", actual)),
                actual, path, checks);
    }

    private static void compare(CheckId step, String name, Optional<String> expected, Optional<String> actual,
                                String path, List<Check> checks) {
        compare(step, name, expected, actual, actual.map(List::of).orElse(List.of()), path, checks);
    }

    private static void compare(CheckId step, String name, Optional<String> expected, Optional<String> shown,
                                List<String> actual, String path, List<Check> checks) {
        if (expected.isPresent()) {
            if (actual.isEmpty()) {
                checks.add(Check.failed(step, path, "the presentation has no " + name + ", but " + expected.get()
                        + " was expected"));
            } else if (actual.contains(expected.get())) {
                checks.add(Check.passed(step, path, "the " + name + " is the expected " + expected.get()));
            } else {
                checks.add(Check.failed(step, path, "the " + name + " is " + shown.get() + ", not the expected "
                        + expected.get() + ": the presentation was made for another " + name));
            }
        } else if (!actual.isEmpty()) {
            checks.add(Check.warning(step, path, "the presentation has the " + name + " " + shown.get()
                    + ", but none was expected, so it was not compared"));
        } else {
            checks.add(Check.skipped(step, path, "no " + name + " expected and none given"));
        }
    }

    private static List<String> domains(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : Json.items(node)) {
            if (d.isTextual()) {
                out.add(d.textValue());
            }
        }
        return out;
    }

    // ---- VP-JWT ----

    /** Checks a VP-JWT; returns the presentation when the JWS verifies and holds one, for its credentials. */
    private Optional<JsonNode> jwt(String token, Expected expected, List<Check> checks, Holder holder) {
        VerifiedJws jws = VerifiedJws.verify(token, keys, policy);
        checks.addAll(jws.checks());
        if (!jws.verified()) {
            checks.add(Check.failed(PresentationCheck.PROOF, "", "the presentation is neither JSON nor a JWS that"
                    + " verifies; nothing in it was read"));
            return Optional.empty();
        }
        ObjectNode payload = jws.payload().orElseThrow();
        Optional<VerificationMethod> key = jws.key();
        JsonNode vpClaim = payload.get("vp");
        JsonNode vp = vpClaim != null ? vpClaim : payload;
        if (!readPresentation(vp, checks, holder, Json.text(payload, "iss"), vpClaim != null ? "/vp" : "")) {
            return Optional.empty();
        }
        holder.at = vpClaim != null ? "/vp" : "";
        if (vpClaim != null) {
            checks.add(Check.warning(PresentationCheck.FORMAT, "/vp", "the presentation is in the vp claim"
                    + " (VC Data Model 1.1 JWT encoding), an older form"));
        }
        checks.add(Check.passed(PresentationCheck.PROOF, "", "the presentation's JWS verifies"));
        compare(PresentationCheck.CHALLENGE, "challenge (nonce)", expected.challenge(), Json.text(payload, "nonce"),
                "/nonce", checks);
        compare(PresentationCheck.DOMAIN, "domain (aud)", expected.domain(), domains(payload.get("aud")), "/aud",
                checks);
        validity(payload, checks);
        Optional<String> iss = Json.text(payload, "iss");
        Optional<String> named = vp.get("holder") == null ? Optional.empty() : Json.idOf(vp.get("holder"));
        if (iss.isPresent() && named.isPresent() && !iss.get().equals(named.get())) {
            checks.add(Check.failed(PresentationCheck.HOLDER_BINDING, "/iss", "iss " + iss.get()
                    + " is not the presentation's holder " + named.get()));
        } else {
            holderBinding(Optional.ofNullable(holder.id), key.get(), expected, named.isPresent()
                    ? (vpClaim != null ? "/vp/holder" : "/holder") : "/iss",
                    checks);
        }
        return Optional.of(vp);
    }

    private void validity(ObjectNode payload, List<Check> checks) {
        Instant now = policy.clock().instant();
        Duration skew = policy.clockSkew();
        JsonNode exp = payload.get("exp");
        JsonNode nbf = payload.get("nbf");
        if (exp == null && nbf == null) {
            return;
        }
        if (exp != null && !exp.isNumber() || nbf != null && !nbf.isNumber()) {
            checks.add(Check.failed(PresentationCheck.VALIDITY, exp != null && !exp.isNumber() ? "/exp" : "/nbf",
                    "exp and nbf must be NumericDate numbers"));
            return;
        }
        if (exp != null && now.minus(skew).isAfter(Instant.ofEpochSecond(exp.asLong()))) {
            checks.add(Check.failed(PresentationCheck.VALIDITY, "/exp", "the presentation expired at "
                    + Instant.ofEpochSecond(exp.asLong())));
        } else if (nbf != null && now.plus(skew).isBefore(Instant.ofEpochSecond(nbf.asLong()))) {
            checks.add(Check.failed(PresentationCheck.VALIDITY, "/nbf", "the presentation is not valid before "
                    + Instant.ofEpochSecond(nbf.asLong())));
        } else {
            checks.add(Check.passed(PresentationCheck.VALIDITY, exp != null ? "/exp" : "/nbf",
                    "the presentation is within its validity period"));
        }
    }

    // ---- the credentials inside ----

    private void credentials(JsonNode vp, String at, Optional<Recipient> recipient,
                             BiFunction<byte[], Optional<Recipient>, VerificationReport> verifier, List<Check> checks,
                             List<VerificationReport> reports) {
        List<JsonNode> items = Json.items(vp.get("verifiableCredential"));
        if (items.isEmpty()) {
            checks.add(Check.skipped(PresentationCheck.CREDENTIAL, at + VC, "the presentation carries no credential"));
            return;
        }
        if (items.size() > maxCredentials) {
            checks.add(Check.failed(PresentationCheck.CREDENTIAL, at + VC, "the presentation carries " + items.size()
                    + " credentials, more than the limit of " + maxCredentials + "; none was verified"));
            return;
        }
        reports.addAll(NestedCredentials.verifyAll(items,
                item -> NestedCredentials.credential(item, recipient, verifier), executor));
        for (int i = 0; i < items.size(); i++) {
            String path = at + (vp.get("verifiableCredential").isArray() ? VC + "/" + i : VC);
            checks.add(NestedCredentials.outcome(PresentationCheck.CREDENTIAL, path, "credential " + i, reports.get(i)));
        }
    }

    private static void skip(List<Check> checks, String why, CheckId... steps) {
        for (CheckId step : steps) {
            checks.add(Check.skipped(step, "", "not run: " + why));
        }
    }

}
