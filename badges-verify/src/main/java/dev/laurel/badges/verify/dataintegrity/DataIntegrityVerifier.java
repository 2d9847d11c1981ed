package dev.laurel.badges.verify.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.BundledContexts;
import dev.laurel.badges.verify.dataintegrity.internal.CanonicalizationException;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdProofValue;
import dev.laurel.badges.verify.dataintegrity.internal.EcdsaSdVerifyData;
import dev.laurel.badges.verify.dataintegrity.internal.JsonLdKeywords;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.dataintegrity.internal.SdProofValueException;
import dev.laurel.badges.verify.dataintegrity.internal.XsdDateTime;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.BindingVerdict;
import dev.laurel.badges.verify.keys.DidResolver;
import dev.laurel.badges.verify.keys.IssuerBinding;
import dev.laurel.badges.verify.keys.KeyAuthorization;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyResolution;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.keys.Multikey;
import dev.laurel.badges.verify.keys.VerificationMethod;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CheckId;
import dev.laurel.badges.verify.report.ClockSkew;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the embedded Data Integrity proofs of a credential: {@code DataIntegrityProof} with
 * {@code eddsa-rdfc-2022} (and its draft name {@code eddsa-2022}) or with {@code ecdsa-rdfc-2019}
 * (P-256 with SHA-256, P-384 with SHA-384) or with {@code ecdsa-sd-2023} (derived proofs, P-256; a base
 * proof fails {@link dev.laurel.badges.verify.report.ProofCheck#FORMAT}), and the legacy {@code Ed25519Signature2020}. Each proof of a proof set is verified on its own; a proof naming
 * {@code previousProof} is verified over the document with the proofs it names (a proof chain).
 *
 * <p>JSON-LD processing uses only the contexts bundled in the jar and those registered on the builder
 * ({@link Builder#contexts(ContextSet)}): a document naming any other context
 * fails {@link dev.laurel.badges.verify.report.ProofCheck#CONTEXT} and nothing is fetched. The proof signs the JSON-LD dataset while a
 * caller reads the JSON, so the two must say the same thing: a document using a JSON-LD keyword other than
 * {@code @context} as a member name (such as {@code @nest}, {@code @id}, {@code @index} or {@code @graph}),
 * at any depth and in the proof too, or an inline (non-string) context, fails {@link dev.laurel.badges.verify.report.ProofCheck#CONTEXT}
 * with the JSON Pointer of each such member (at most eight) before anything is canonicalised. Keys are resolved through the configured
 * {@link DocumentFetcher} (offline by default), and only once the local checks pass. Untrusted input never
 * throws: every problem is a failed {@link Check}. Instances are immutable and thread-safe.
 *
 * <p>See <a href="https://www.w3.org/TR/vc-di-eddsa/">VC Data Integrity EdDSA Cryptosuites</a>,
 * <a href="https://www.w3.org/TR/vc-di-ecdsa/">VC Data Integrity ECDSA Cryptosuites</a> and
 * <a href="https://www.w3.org/TR/vc-data-integrity/">VC Data Integrity</a>.
 *
 * <pre>{@code
 * DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().fetcher(fetcher).build();
 * DataIntegrityReport report = verifier.verify(credentialJson);
 * if (report.verified()) { ... }
 * }</pre>
 */
public final class DataIntegrityVerifier {

    private static final String ASSERTION_METHOD = "assertionMethod";
    /** What {@code proof.format} says of an {@code ecdsa-sd-2023} base proof (header {@code 0xd95d00}). */
    static final String BASE_PROOF_MESSAGE =
            "an ecdsa-sd-2023 base proof is for the holder; a verifier needs a derived proof";
    private static final List<CheckId> AFTER_LOCAL = List.of(ProofCheck.CONTEXT, ProofCheck.CANONICALIZATION,
            ProofCheck.KEY, ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING);

    private final KeyResolver resolver;
    private final IssuerBinding binding;
    private final Canonicalizer canonicalizer;
    private final DataIntegrityLimits limits;
    private final ContextSet contexts;
    private final Clock clock;
    private final Duration clockSkew;
    private final boolean checkKeyBinding;
    private final BindingMode bindingMode;
    private final String proofPurpose;

    private DataIntegrityVerifier(Builder b) {
        KeyResolver keys = b.fetcher == null ? KeyResolver.offline() : KeyResolver.of(b.fetcher);
        for (DidResolver r : b.didResolvers) {
            keys = keys.withDidResolver(r);
        }
        this.resolver = keys;
        this.binding = new IssuerBinding(resolver);
        this.limits = b.limits;
        this.contexts = b.contexts;
        this.canonicalizer = new Canonicalizer(limits.canonicalizationTime(), limits.canonicalizationSteps(),
                limits.maxDepth(), limits.maxValues(), contexts.documents());
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.checkKeyBinding = b.checkKeyBinding;
        this.bindingMode = b.bindingMode;
        this.proofPurpose = b.proofPurpose;
    }

    /**
     * Returns a builder; its defaults fetch nothing, use {@link DataIntegrityLimits#DEFAULTS}, the
     * system clock with a clock skew of 5 minutes, and check key binding strictly ({@link BindingMode#STRICT}).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a verifier that fetches nothing: {@code did:key} and {@code did:jwk} keys resolve, other
     * verification methods fall back to an unconfirmed fragment key or fail.
     *
     * @return the verifier
     */
    public static DataIntegrityVerifier offline() {
        return builder().build();
    }

    /**
     * Returns the URLs of the JSON-LD contexts bundled in the jar; no other context is ever used.
     *
     * @return the URLs
     */
    public static Set<String> bundledContexts() {
        return BundledContexts.instance().urls();
    }

    /**
     * Returns the contexts registered on this verifier, used beside the bundled ones.
     *
     * @return the registered contexts (empty unless the builder was given some)
     */
    public ContextSet contexts() {
        return contexts;
    }

    /**
     * Verifies the proofs of a document given as JSON text.
     *
     * @param json the document
     * @return the report; text that is not a JSON object fails {@link dev.laurel.badges.verify.report.ProofCheck#PRESENT}
     * @throws NullPointerException if {@code json} is null
     */
    public DataIntegrityReport verify(String json) {
        Objects.requireNonNull(json, "json");
        try {
            // The one reader of untrusted JSON: UTF-8, JsonLimits, no duplicate names.
            return verify(Json.parseObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Json.NotAnObjectException e) {
            return noProof("the input is " + e.getMessage());
        }
    }

    /**
     * Verifies the proofs of a document. The document is not modified.
     *
     * @param document the secured document
     * @return the report
     * @throws NullPointerException if {@code document} is null
     */
    public DataIntegrityReport verify(ObjectNode document) {
        Objects.requireNonNull(document, "document");
        JsonNode proofNode = document.get("proof");
        if (proofNode == null || proofNode.isNull() || (proofNode.isArray() && proofNode.isEmpty())) {
            return noProof("the document has no proof");
        }
        List<JsonNode> proofs = new ArrayList<>();
        if (proofNode.isArray()) {
            proofNode.forEach(proofs::add);
        } else {
            proofs.add(proofNode);
        }
        if (proofs.size() > limits.maxProofs()) {
            return noProof("the document has " + proofs.size() + " proofs, more than the limit of " + limits.maxProofs());
        }
        Run run = new Run(document, proofs);
        List<ProofResult> results = new ArrayList<>(proofs.size());
        for (int i = 0; i < proofs.size(); i++) {
            String path = proofNode.isArray() ? "/proof/" + i : "/proof";
            results.add(verifyProofSafely(run, i, path));
        }
        Check present = new Check(ProofCheck.PRESENT, Outcome.PASSED, "/proof", proofs.size() == 1 ? "the document has one proof" : "the document has a set of " + proofs.size() + " proofs");
        return new DataIntegrityReport(List.of(present), results);
    }

    private static DataIntegrityReport noProof(String message) {
        return new DataIntegrityReport(List.of(new Check(ProofCheck.PRESENT, Outcome.FAILED, "/proof", message)), List.of());
    }

    /** State shared by the proofs of one document: canonical hashes, keys and the issuer document. */
    private static final class Run {
        final ObjectNode document;
        final List<JsonNode> proofs;
        final Map<String, Object> canonicalDocuments = new HashMap<>();
        final Map<String, KeyResolution> keys = new HashMap<>();
        final Map<String, BindingVerdict> bindings = new HashMap<>();
        List<JsonLdKeywords.Finding> keywords;

        Run(ObjectNode document, List<JsonNode> proofs) {
            this.document = document;
            this.proofs = proofs;
        }
    }

    /** A defect in a library must not turn untrusted input into an exception: it becomes a failed check. */
    private ProofResult verifyProofSafely(Run run, int index, String path) {
        try {
            return verifyProof(run, index, path);
        } catch (RuntimeException e) {
            Check failed = new Check(ProofCheck.FORMAT, Outcome.FAILED, path, "the proof could not be processed: " + e);
            return new ProofResult(index, path, Optional.empty(), Optional.empty(), Optional.empty(), List.of(failed));
        }
    }

    private ProofResult verifyProof(Run run, int index, String path) {
        List<Check> checks = new ArrayList<>();
        JsonNode node = run.proofs.get(index);
        if (!node.isObject()) {
            checks.add(new Check(ProofCheck.FORMAT, Outcome.FAILED, path, "the proof is not a JSON object"));
            skip(checks, List.of(ProofCheck.CRYPTOSUITE, ProofCheck.PURPOSE), "the proof is not an object", path);
            skip(checks, AFTER_LOCAL, "the proof is not an object", path);
            return new ProofResult(index, path, Optional.empty(), Optional.empty(), Optional.empty(), checks);
        }
        ObjectNode proof = (ObjectNode) node;
        Optional<String> type = text(proof, "type");
        Optional<String> cryptosuite = text(proof, "cryptosuite");
        Optional<String> vm = text(proof, "verificationMethod");
        Optional<ProofSuite> suite = type.flatMap(t -> ProofSuite.of(t, cryptosuite));

        // Local checks first: a malformed or unsupported proof never causes a fetch.
        Optional<ProofValue> proofValue = checkFormat(proof, suite, path, checks);
        checks.add(checkSuite(type, cryptosuite, suite, path));
        checks.add(checkPurpose(proof, path, proofPurpose));
        checkExpires(proof, path).ifPresent(checks::add);
        List<JsonNode> previous = new ArrayList<>();
        checkChain(run, proof, path, previous).ifPresent(checks::add);
        if (anyFailed(checks)) {
            skip(checks, AFTER_LOCAL, "an earlier check of this proof failed", path);
            return new ProofResult(index, path, suite, vm, Optional.empty(), checks);
        }
        if (run.keywords == null) {
            run.keywords = JsonLdKeywords.find(run.document, JsonLdKeywords.MAX_FINDINGS, limits.maxDepth(),
                    limits.maxValues());
        }
        if (!run.keywords.isEmpty()) {
            for (JsonLdKeywords.Finding finding : run.keywords) {
                checks.add(new Check(ProofCheck.CONTEXT, Outcome.FAILED, finding.pointer(), finding.message()));
            }
            skip(checks, List.of(ProofCheck.CANONICALIZATION), "the JSON would not read as what is signed", "");
            skip(checks, List.of(ProofCheck.KEY, ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING),
                    "the document could not be canonicalised", path);
            return new ProofResult(index, path, suite, vm, Optional.empty(), checks);
        }

        String[] canonical;
        try {
            canonical = canonicalForms(run, proof, previous, path, checks);
        } catch (CanonicalizationException e) {
            if (e.reason() == CanonicalizationException.Reason.LIMIT) {
                checks.add(new Check(ProofCheck.CONTEXT, Outcome.PASSED, "/@context", "JSON-LD processing succeeded"));
                checks.add(new Check(ProofCheck.CANONICALIZATION, Outcome.FAILED, "", e.getMessage()));
            } else if (!checks.stream().anyMatch(c -> c.step() == ProofCheck.CONTEXT)) {
                checks.add(new Check(ProofCheck.CONTEXT, Outcome.FAILED, "/@context", e.getMessage()));
                skip(checks, List.of(ProofCheck.CANONICALIZATION), "JSON-LD processing failed", "");
            } else {
                skip(checks, List.of(ProofCheck.CANONICALIZATION), "JSON-LD processing failed", "");
            }
            skip(checks, List.of(ProofCheck.KEY, ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING),
                    "the document could not be canonicalised", path);
            return new ProofResult(index, path, suite, vm, Optional.empty(), checks);
        }
        checks.add(new Check(ProofCheck.CONTEXT, Outcome.PASSED, "/@context", "JSON-LD processing with the bundled contexts succeeded"));
        checks.add(new Check(ProofCheck.CANONICALIZATION, Outcome.PASSED, "", "RDFC-1.0 canonicalisation of the document and the proof configuration succeeded"));

        String vmPath = path + "/verificationMethod";
        KeyResolution resolution = run.keys.computeIfAbsent(vm.get(), resolver::resolve);
        Optional<VerificationMethod> key = resolution.method();
        if (key.isEmpty()) {
            checks.add(new Check(ProofCheck.KEY, Outcome.FAILED, vmPath, resolution.message(), resolution.code()));
            skip(checks, List.of(ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING), "no key was found", path);
            return new ProofResult(index, path, suite, vm, key, checks);
        }
        VerificationMethod k = key.get();
        if (k.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD && proofPurpose.equals(ASSERTION_METHOD)) {
            checks.add(new Check(ProofCheck.KEY, Outcome.FAILED, vmPath, "the document of " + k.id()
                    + " does not list it under assertionMethod, so it may not sign credentials"));
            skip(checks, List.of(ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING), "the key is not authorised", path);
            return new ProofResult(index, path, suite, vm, key, checks);
        }
        ProofSuite s = suite.get();
        KeyKind kind = k.key().kind();
        if (!s.keyKinds().contains(kind)) {
            checks.add(new Check(ProofCheck.KEY, Outcome.FAILED, vmPath, "the " + s.cryptosuite().orElse(s.type()) + " suite needs "
                    + (s == ProofSuite.ECDSA_RDFC_2019 ? "a P-256 or P-384" : s == ProofSuite.ECDSA_SD_2023 ? "a P-256" : "an Ed25519")
                    + " key, and " + k.id() + " is "
                    + article(kind) + " key"));
            skip(checks, List.of(ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING), "the key does not suit the suite", path);
            return new ProofResult(index, path, suite, vm, key, checks);
        }
        if (s == ProofSuite.ECDSA_SD_2023) {
            checks.add(new Check(ProofCheck.KEY, k.origin() == KeyOrigin.FRAGMENT ? Outcome.WARNING : Outcome.PASSED, vmPath, resolution.message()));
            Optional<Check> failed = verifySd(proofValue.get(), k, canonical, path);
            if (failed.isPresent()) {
                checks.add(failed.get());
                skip(checks, List.of(ProofCheck.KEY_BINDING), "the signature did not verify", path);
                return new ProofResult(index, path, suite, vm, key, checks);
            }
            checks.add(new Check(ProofCheck.SIGNATURE, Outcome.PASSED, path + "/proofValue", "the base signature verifies with the "
                    + k.describe() + ", and the " + proofValue.get().derived().signatures().size()
                    + " disclosed non-mandatory statements with the proof's ephemeral P-256 key"));
            return bindKey(run, k, vmPath, path, index, suite, vm, key, checks);
        }
        byte[] signature = proofValue.get().signature();
        int expectedLength = kind == KeyKind.P384 ? 96 : 64;
        if (signature.length != expectedLength) {
            checks.add(new Check(ProofCheck.KEY, Outcome.FAILED, vmPath, "wrong curve: the proofValue is a " + signature.length
                    + "-byte signature, the size of a " + (signature.length == 96 ? "P-384" : "P-256") + " signature, but " + k.id()
                    + " is " + article(kind) + " key, whose " + s.cryptosuite().orElse(s.type()) + " signatures are " + expectedLength + " bytes"));
            skip(checks, List.of(ProofCheck.SIGNATURE, ProofCheck.KEY_BINDING), "the key does not suit the proof", path);
            return new ProofResult(index, path, suite, vm, key, checks);
        }
        checks.add(new Check(ProofCheck.KEY, k.origin() == KeyOrigin.FRAGMENT ? Outcome.WARNING : Outcome.PASSED, vmPath, resolution.message()));

        String hash = s.hashAlgorithm(kind);
        byte[] hashData = ProofTransform.hashData(ProofTransform.digest(hash, canonical[0]),
                ProofTransform.digest(hash, canonical[1]));
        if (!k.key().verify(hashData, signature)) {
            String detail = s == ProofSuite.ECDSA_RDFC_2019
                    ? ", another key signed it, or it was made over other hashes (" + s.cryptosuite().get() + " with "
                            + article(kind) + " key signs " + hash + " hashes with ECDSA " + hash + ")"
                    : ", or another key signed it";
            checks.add(new Check(ProofCheck.SIGNATURE, Outcome.FAILED, path + "/proofValue", "the signature does not verify with the "
                    + k.describe() + ": the document or the proof was changed" + detail));
            skip(checks, List.of(ProofCheck.KEY_BINDING), "the signature did not verify", path);
            return new ProofResult(index, path, suite, vm, key, checks);
        }
        checks.add(new Check(ProofCheck.SIGNATURE, Outcome.PASSED, path + "/proofValue", "the signature verifies with the " + k.describe()));
        return bindKey(run, k, vmPath, path, index, suite, vm, key, checks);
    }

    private ProofResult bindKey(Run run, VerificationMethod k, String vmPath, String path, int index,
            Optional<ProofSuite> suite, Optional<String> vm, Optional<VerificationMethod> key, List<Check> checks) {
        if (checkKeyBinding) {
            BindingVerdict verdict = run.bindings.computeIfAbsent(k.id(),
                    id -> binding.evaluate(issuerId(run.document), k));
            checks.add(verdict.check(bindingMode, vmPath));
        } else {
            skip(checks, List.of(ProofCheck.KEY_BINDING), "key binding is not checked by this verifier", vmPath);
        }
        return new ProofResult(index, path, suite, vm, key, checks);
    }

    /**
     * Verifies an ecdsa-sd-2023 derived proof (VC DI ECDSA "Verify Derived Proof"): relabels the canonical
     * disclosed document with the proof's label map, splits it by the mandatory indexes, checks the base
     * signature over {@code proofHash || publicKey || mandatoryHash} with the issuer's key and each
     * non-mandatory N-Quad's signature with the ephemeral key.
     *
     * @return the failed {@code proof.signature} check, or empty if everything verifies
     */
    private static Optional<Check> verifySd(ProofValue value, VerificationMethod k, String[] canonical, String path) {
        String at = path + "/proofValue";
        EcdsaSdProofValue.Derived d = value.derived();
        EcdsaSdVerifyData.Groups groups;
        try {
            groups = EcdsaSdVerifyData.group(EcdsaSdVerifyData.relabel(canonical[1], d.labelMap()), d.mandatoryIndexes());
        } catch (SdProofValueException e) {
            return Optional.of(new Check(ProofCheck.SIGNATURE, Outcome.FAILED, at, "the derived proof does not fit the disclosed document: "
                    + e.getMessage()));
        }
        if (d.signatures().size() != groups.nonMandatory().size()) {
            return Optional.of(new Check(ProofCheck.SIGNATURE, Outcome.FAILED, at, "the derived proof has " + d.signatures().size()
                    + " signatures for " + groups.nonMandatory().size() + " disclosed non-mandatory statements: statements were added or removed"));
        }
        byte[] proofHash = ProofTransform.sha256(canonical[0]);
        byte[] signData = EcdsaSdVerifyData.signData(proofHash, d.publicKey(), EcdsaSdVerifyData.mandatoryHash(groups.mandatory()));
        if (!k.key().verify(signData, d.baseSignature())) {
            return Optional.of(new Check(ProofCheck.SIGNATURE, Outcome.FAILED, at, "the base signature does not verify with the "
                    + k.describe() + ": the mandatory statements, the proof options or the ephemeral key were changed, or another key signed it"));
        }
        for (int i = 0; i < d.signatures().size(); i++) {
            String nquad = groups.nonMandatory().get(i);
            if (!value.ephemeral().verify(EcdsaSdVerifyData.statementBytes(nquad), d.signatures().get(i))) {
                String shown = nquad.length() > 200 ? nquad.substring(0, 200) + "..." : nquad.strip();
                return Optional.of(new Check(ProofCheck.SIGNATURE, Outcome.FAILED, at, "the signature of disclosed statement " + i
                        + " does not verify with the proof's ephemeral key: the disclosed value was changed (" + shown + ")"));
            }
        }
        return Optional.empty();
    }

    private static String article(KeyKind kind) {
        return switch (kind) {
            case ED25519 -> "an Ed25519";
            case P256 -> "a P-256";
            case P384 -> "a P-384";
            case RSA -> "an RSA";
        };
    }

    /** Returns the canonical proof configuration and the canonical document (cached per run). */
    private String[] canonicalForms(Run run, ObjectNode proof, List<JsonNode> previous, String path, List<Check> checks)
            throws CanonicalizationException {
        JsonNode documentContext = run.document.get("@context");
        JsonNode context = documentContext;
        JsonNode proofContext = proof.get("@context");
        if (proofContext != null) {
            if (!startsWith(documentContext, proofContext)) {
                checks.add(new Check(ProofCheck.CONTEXT, Outcome.FAILED, path + "/@context", "the proof's @context is not the start of the document's @context"));
                throw new CanonicalizationException(CanonicalizationException.Reason.CONTEXT, "proof @context mismatch");
            }
            context = proofContext;
        }
        ObjectNode unsecured = ProofTransform.unsecuredDocument(run.document, previous);
        if (proofContext != null) {
            unsecured.set("@context", proofContext);
        }
        String cacheKey = (proofContext == null ? "" : proofContext.toString()) + "|" + previous;
        Object cached = run.canonicalDocuments.get(cacheKey);
        String canonicalDocument;
        if (cached instanceof CanonicalizationException) {
            throw (CanonicalizationException) cached;
        } else if (cached != null) {
            canonicalDocument = (String) cached;
        } else {
            try {
                canonicalDocument = canonicalizer.canonicalize(unsecured);
                run.canonicalDocuments.put(cacheKey, canonicalDocument);
            } catch (CanonicalizationException e) {
                run.canonicalDocuments.put(cacheKey, e);
                throw e;
            }
        }
        ObjectNode config = ProofTransform.proofConfiguration(proof, context);
        return new String[] {canonicalizer.canonicalizeProofConfiguration(config), canonicalDocument};
    }

    private static boolean startsWith(JsonNode documentContext, JsonNode proofContext) {
        List<JsonNode> doc = list(documentContext);
        List<JsonNode> prefix = list(proofContext);
        if (prefix.size() > doc.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(doc.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(out::add);
        } else {
            out.add(value);
        }
        return out;
    }

    /**
     * A proof value that passed {@code proof.format}: the signature r||s of the rdfc suites, or the parsed
     * derived proof of ecdsa-sd-2023 with its ephemeral key.
     */
    private record ProofValue(byte[] signature, EcdsaSdProofValue.Derived derived, LaurelKey ephemeral) {
    }

    private static Optional<ProofValue> checkFormat(ObjectNode proof, Optional<ProofSuite> suite, String path, List<Check> checks) {
        List<String> problems = new ArrayList<>();
        String where = path;
        Optional<ProofValue> value = Optional.empty();
        if (text(proof, "type").isEmpty()) {
            problems.add("type is missing or not a string");
            where = path + "/type";
        }
        Optional<String> proofValue = text(proof, "proofValue");
        boolean sd = suite.filter(ProofSuite.ECDSA_SD_2023::equals).isPresent();
        if (proofValue.isEmpty()) {
            problems.add("proofValue is missing or not a string");
            where = problems.size() == 1 ? path + "/proofValue" : where;
        } else if (sd) {
            String problem = null;
            try {
                if (EcdsaSdProofValue.kind(proofValue.get()) == EcdsaSdProofValue.Kind.BASE) {
                    problem = BASE_PROOF_MESSAGE;
                } else {
                    EcdsaSdProofValue.Derived derived = EcdsaSdProofValue.parseDerived(proofValue.get());
                    byte[] pk = derived.publicKey();
                    Optional<LaurelKey> ephemeral = Multikey.ec(KeyKind.P256, java.util.Arrays.copyOfRange(pk, 2, pk.length));
                    if (ephemeral.isEmpty()) {
                        problem = "the derived proof's ephemeral public key is not a point on P-256";
                    } else {
                        value = Optional.of(new ProofValue(null, derived, ephemeral.get()));
                    }
                }
            } catch (SdProofValueException e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                problems.add(problem);
                where = problems.size() == 1 ? path + "/proofValue" : where;
            }
        } else if (proofValue.get().isEmpty() || proofValue.get().charAt(0) != Multibase.BASE58BTC) {
            problems.add("proofValue is not multibase base58btc (it must start with z)");
            where = problems.size() == 1 ? path + "/proofValue" : where;
        } else {
            boolean ecdsa = suite.filter(ProofSuite.ECDSA_RDFC_2019::equals).isPresent();
            Optional<byte[]> signature = Multibase.decode(proofValue.get()).filter(b -> b.length == 64 || (ecdsa && b.length == 96));
            value = signature.map(b -> new ProofValue(b, null, null));
            if (signature.isEmpty()) {
                problems.add(ecdsa ? "proofValue does not decode to a 64-byte (P-256) or 96-byte (P-384) ECDSA signature r||s"
                        : "proofValue does not decode to a 64-byte Ed25519 signature");
                where = problems.size() == 1 ? path + "/proofValue" : where;
            }
        }
        if (text(proof, "verificationMethod").isEmpty()) {
            problems.add("verificationMethod is missing or not a URL string");
            where = problems.size() == 1 ? path + "/verificationMethod" : where;
        }
        if (text(proof, "proofPurpose").isEmpty()) {
            problems.add("proofPurpose is missing or not a string");
            where = problems.size() == 1 ? path + "/proofPurpose" : where;
        }
        for (String date : new String[] {"created", "expires"}) {
            JsonNode v = proof.get(date);
            if (v != null && (!v.isTextual() || XsdDateTime.parse(v.asText()).isEmpty())) {
                problems.add(date + " is not an XML Schema dateTime");
                where = problems.size() == 1 ? path + "/" + date : where;
            }
        }
        if (problems.isEmpty()) {
            checks.add(new Check(ProofCheck.FORMAT, Outcome.PASSED, path, "the proof is well formed"));
        } else {
            checks.add(new Check(ProofCheck.FORMAT, Outcome.FAILED, problems.size() == 1 ? where : path, "the proof is malformed: " + String.join("; ", problems)));
        }
        return value;
    }

    private static Check checkSuite(Optional<String> type, Optional<String> cryptosuite, Optional<ProofSuite> suite,
            String path) {
        if (suite.isEmpty()) {
            String what = type.orElse("(no type)") + cryptosuite.map(c -> " with cryptosuite " + c).orElse("");
            return new Check(ProofCheck.CRYPTOSUITE, Outcome.FAILED, cryptosuite.isPresent() ? path + "/cryptosuite" : path + "/type", "the proof suite " + what
                    + " is not supported (DataIntegrityProof with eddsa-rdfc-2022, ecdsa-rdfc-2019 or ecdsa-sd-2023, or Ed25519Signature2020)");
        }
        switch (suite.get()) {
            case EDDSA_RDFC_2022:
                return new Check(ProofCheck.CRYPTOSUITE, Outcome.PASSED, path + "/cryptosuite", "DataIntegrityProof with eddsa-rdfc-2022");
            case ECDSA_RDFC_2019:
                return new Check(ProofCheck.CRYPTOSUITE, Outcome.PASSED, path + "/cryptosuite", "DataIntegrityProof with ecdsa-rdfc-2019");
            case ECDSA_SD_2023:
                return new Check(ProofCheck.CRYPTOSUITE, Outcome.PASSED, path + "/cryptosuite", "DataIntegrityProof with ecdsa-sd-2023");
            case EDDSA_2022:
                return new Check(ProofCheck.CRYPTOSUITE, Outcome.WARNING, path + "/cryptosuite", "eddsa-2022 is the draft name of eddsa-rdfc-2022; verified as eddsa-rdfc-2022");
            case ED25519_SIGNATURE_2020:
                return new Check(ProofCheck.CRYPTOSUITE, Outcome.WARNING, path + "/type", "Ed25519Signature2020 is a legacy suite of earlier OB 3.0 texts; new credentials use"
                                + " DataIntegrityProof with eddsa-rdfc-2022");
            default:
                throw new AssertionError(suite.get());
        }
    }

    private static Check checkPurpose(ObjectNode proof, String path, String expected) {
        Optional<String> purpose = text(proof, "proofPurpose");
        if (purpose.isPresent() && purpose.get().equals(expected)) {
            return new Check(ProofCheck.PURPOSE, Outcome.PASSED, path + "/proofPurpose", "the proof purpose is " + expected);
        }
        String what = expected.equals(ASSERTION_METHOD) ? "a credential's proof" : "this proof";
        return new Check(ProofCheck.PURPOSE, Outcome.FAILED, path + "/proofPurpose", "the proof purpose is " + purpose.orElse("missing")
                + ", but " + what + " must have the purpose " + expected);
    }

    private Optional<Check> checkExpires(ObjectNode proof, String path) {
        Optional<Instant> expires = text(proof, "expires").flatMap(XsdDateTime::parse);
        if (expires.isEmpty()) {
            return Optional.empty();
        }
        // As the Verifier judges validUntil: expired only once now, less the clock skew, is after it.
        if (clock.instant().minus(clockSkew).isAfter(expires.get())) {
            return Optional.of(new Check(ProofCheck.EXPIRES, Outcome.FAILED, path + "/expires", "the proof expired at " + expires.get()));
        }
        return Optional.of(new Check(ProofCheck.EXPIRES, Outcome.PASSED, path + "/expires", "the proof is valid until " + expires.get()));
    }

    private static Optional<Check> checkChain(Run run, ObjectNode proof, String path, List<JsonNode> previous) {
        JsonNode ref = proof.get("previousProof");
        if (ref == null) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode r : list(ref)) {
            if (!r.isTextual()) {
                return Optional.of(new Check(ProofCheck.CHAIN, Outcome.FAILED, path + "/previousProof", "previousProof must be proof ids"));
            }
            ids.add(r.asText());
        }
        for (String id : ids) {
            Optional<JsonNode> match = run.proofs.stream()
                    .filter(p -> p != proof && text(p, "id").filter(id::equals).isPresent()).findFirst();
            if (match.isEmpty()) {
                return Optional.of(new Check(ProofCheck.CHAIN, Outcome.FAILED, path + "/previousProof", "previousProof names " + id
                        + ", which is not a proof of this document"));
            }
            previous.add(match.get());
        }
        return Optional.of(new Check(ProofCheck.CHAIN, Outcome.PASSED, path + "/previousProof", "the proof chains to " + String.join(", ", ids)));
    }

    private static Optional<String> issuerId(ObjectNode document) {
        JsonNode issuer = document.get("issuer");
        if (issuer == null) {
            return Optional.empty();
        }
        if (issuer.isTextual()) {
            return Optional.of(issuer.asText());
        }
        return text(issuer, "id");
    }

    private static boolean anyFailed(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.outcome() == Outcome.FAILED);
    }

    private static void skip(List<Check> checks, List<CheckId> ids, String why, String path) {
        for (CheckId id : ids) {
            checks.add(new Check(id, Outcome.SKIPPED, path, "not run: " + why));
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** Builds a {@link DataIntegrityVerifier}. */
    public static final class Builder {
        private DocumentFetcher fetcher;
        private DataIntegrityLimits limits = DataIntegrityLimits.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = ClockSkew.DEFAULT;
        private boolean checkKeyBinding = true;
        private BindingMode bindingMode = BindingMode.STRICT;
        private String proofPurpose = ASSERTION_METHOD;
        private ContextSet contexts = ContextSet.empty();
        private final List<DidResolver> didResolvers = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a resolver for the DIDs of a method that is not built in ({@code did:key}, {@code did:jwk}
         * and {@code did:web} are); resolvers are asked in the order added.
         *
         * @param resolver the DID resolver
         * @return this builder
         * @throws NullPointerException if {@code resolver} is null
         */
        public Builder didResolver(DidResolver resolver) {
            didResolvers.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /**
         * Sets the JSON-LD contexts used beside the bundled ones (default none), replacing any set before.
         * A document naming a context that is neither bundled nor registered fails
         * {@link dev.laurel.badges.verify.report.ProofCheck#CONTEXT}; nothing is ever fetched.
         *
         * @param contexts the registered contexts
         * @return this builder
         * @throws NullPointerException if {@code contexts} is null
         */
        public Builder contexts(ContextSet contexts) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /**
         * Registers one more JSON-LD context document by URL, as {@link ContextSet#with(URI, String)} does.
         *
         * @param url the context URL
         * @param json the context document
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws ContextException if the context is refused (a bundled URL, not a context, too large...)
         */
        public Builder context(java.net.URI url, String json) {
            this.contexts = contexts.with(url, json);
            return this;
        }

        /**
         * Sets the fetcher for DID documents, controller documents and issuer profiles.
         *
         * @param fetcher the fetcher; its policy decides what may be fetched
         * @return this builder
         * @throws NullPointerException if {@code fetcher} is null
         */
        public Builder fetcher(DocumentFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * Sets the security limits.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(DataIntegrityLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the clock that decides whether a proof has expired.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how long after a proof's {@code expires} it still passes {@link dev.laurel.badges.verify.report.ProofCheck#EXPIRES}, to
         * allow for clocks that differ; default 5 minutes, the default of
         * {@code Verifier.Builder.clockSkew}. A proof has expired only when the clock, less the skew, is
         * after {@code expires}.
         *
         * @param clockSkew the skew, not negative
         * @return this builder
         * @throws NullPointerException if {@code clockSkew} is null
         * @throws IllegalArgumentException if {@code clockSkew} is negative
         */
        public Builder clockSkew(Duration clockSkew) {
            Objects.requireNonNull(clockSkew, "clockSkew");
            if (clockSkew.isNegative()) {
                throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /**
         * Sets whether {@link dev.laurel.badges.verify.report.ProofCheck#KEY_BINDING} runs (default {@code true}); when off it is reported
         * as skipped, for callers that bind keys themselves.
         *
         * @param check whether to check
         * @return this builder
         */
        public Builder checkKeyBinding(boolean check) {
            this.checkKeyBinding = check;
            return this;
        }

        /**
         * Sets the proof purpose every proof must have: {@code assertionMethod} (the default, for
         * credentials) or {@code authentication} (a presentation's proof). With any purpose but
         * {@code assertionMethod}, a key a document does not list under {@code assertionMethod} is not
         * refused for that reason.
         *
         * @param purpose the purpose
         * @return this builder
         * @throws NullPointerException if {@code purpose} is null
         * @throws IllegalArgumentException if it is blank
         */
        public Builder proofPurpose(String purpose) {
            Objects.requireNonNull(purpose, "purpose");
            if (purpose.isBlank()) {
                throw new IllegalArgumentException("purpose must not be blank");
            }
            this.proofPurpose = purpose;
            return this;
        }

        /**
         * Sets how an unconfirmed key binding is judged (default {@link BindingMode#STRICT}: it fails the
         * proof; {@link BindingMode#LENIENT}: a warning, as 1EdTech's reference validator does).
         *
         * @param mode the mode
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder keyBinding(BindingMode mode) {
            this.bindingMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public DataIntegrityVerifier build() {
            return new DataIntegrityVerifier(this);
        }
    }
}
