package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.BundledContexts;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proof signs the JSON-LD dataset; a caller of {@link DataIntegrityVerifier} reads the JSON. JSON-LD
 * keywords as member names, and inline contexts, make the two differ while the signature still holds, so
 * the Data Integrity layer itself refuses them, as {@code proof.context} failures at the member's JSON
 * Pointer, before anything is canonicalised or fetched. Where the rewrite keeps the signed dataset
 * unchanged, the test first shows that plain JSON-LD processing gives the same canonical N-Quads (the
 * signature would verify), so each refusal is of a real attack.
 */
class DataIntegrityKeywordTest {

    private static final LaurelKey ISSUER_KEYS = KeyPairs.fromEd25519Seed(seed(7));
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    private static byte[] seed(int n) {
        byte[] seed = new byte[32];
        seed[31] = (byte) n;
        return seed;
    }

    /** The OB 3.0 basic credential, issued by ISSUER_KEYS' did:key, expired in 2025. */
    private static ObjectNode credential() {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", ISSUER_KEYS.didKey());
        doc.put("validUntil", "2025-01-01T00:00:00Z");
        return doc;
    }

    private static ObjectNode withStatus() {
        ObjectNode doc = credential();
        doc.putObject("credentialStatus").put("id", "https://example.org/status/1#5")
                .put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", "5").put("statusListCredential", "https://example.org/status/1");
        return doc;
    }

    private static ObjectNode signed(ObjectNode doc) {
        return DataIntegritySigner.of(ISSUER_KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                ISSUER_KEYS.didKeyVerificationMethod(), CREATED));
    }

    private static DataIntegrityReport verify(ObjectNode doc) {
        return DataIntegrityVerifier.builder().fetcher(TestFiles.forbidden()).build().verify(doc);
    }

    /** What plain JSON-LD (no safe mode, no keyword rule) gives for the unsecured document: what is signed. */
    private static String plainCanonical(ObjectNode signed) throws Exception {
        ObjectNode unsecured = signed.deepCopy();
        unsecured.remove("proof");
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(new StringReader(unsecured.toString()))).loader(BundledContexts.instance())
                .provide(canon);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    /** The rewrite keeps the signed dataset, yet the verifier refuses it at exactly these pointers. */
    private static void assertSameDatasetButRefused(ObjectNode original, ObjectNode rewritten, String... paths)
            throws Exception {
        assertThat(plainCanonical(rewritten)).as("the signed statements are unchanged")
                .isEqualTo(plainCanonical(original));
        assertRefused(rewritten, paths);
    }

    private static void assertRefused(ObjectNode rewritten, String... paths) {
        DataIntegrityReport report = verify(rewritten);
        assertThat(report.verified()).isFalse();
        ProofResult proof = report.proofs().get(0);
        List<Check> failures = proof.checks().stream().filter(c -> c.outcome() == Outcome.FAILED).toList();
        assertThat(failures).extracting(Check::id).containsOnly(ProofCheck.CONTEXT.id());
        assertThat(failures).extracting(Check::path).containsExactly(paths);
        assertThat(proof.outcome(ProofCheck.CANONICALIZATION)).isEqualTo(Outcome.SKIPPED);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void benignCredentialStillVerifies() {
        DataIntegrityReport report = verify(signed(withStatus()));
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs().get(0).outcome(ProofCheck.CONTEXT)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void validUntilHiddenInNestIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        rewritten.putObject("@nest").set("validUntil", rewritten.remove("validUntil"));
        assertSameDatasetButRefused(original, rewritten, "/@nest");
    }

    @Test
    void credentialStatusHiddenInNestIsRefused() throws Exception {
        ObjectNode original = signed(withStatus());
        ObjectNode rewritten = original.deepCopy();
        rewritten.putObject("@nest").set("credentialStatus", rewritten.remove("credentialStatus"));
        assertSameDatasetButRefused(original, rewritten, "/@nest");
    }

    @Test
    void atIdInsteadOfIdIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        rewritten.set("@id", rewritten.remove("id"));
        assertSameDatasetButRefused(original, rewritten, "/@id");
    }

    @Test
    void atTypeAsMemberIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        ObjectNode subject = (ObjectNode) rewritten.get("credentialSubject");
        subject.set("@type", subject.remove("type"));
        assertSameDatasetButRefused(original, rewritten, "/credentialSubject/@type");
    }

    @Test
    void unsignedIndexTextIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        ((ObjectNode) rewritten.get("credentialSubject")).put("@index", "unsigned text");
        assertSameDatasetButRefused(original, rewritten, "/credentialSubject/@index");
    }

    @Test
    void indexInTheProofIsRefused() {
        ObjectNode rewritten = signed(credential());
        ((ObjectNode) rewritten.get("proof")).put("@index", "unsigned text");
        assertRefused(rewritten, "/proof/@index");
    }

    @Test
    void typedValueObjectRewritingValidUntilIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        rewritten.putObject("validUntil").put("@value", "2025-01-01T00:00:00Z")
                .put("@type", "http://www.w3.org/2001/XMLSchema#dateTime");
        assertSameDatasetButRefused(original, rewritten, "/validUntil/@value", "/validUntil/@type");
    }

    @Test
    void inlineContextAliasingNestIsRefused() throws Exception {
        ObjectNode original = signed(credential());
        ObjectNode rewritten = original.deepCopy();
        rewritten.withArray("@context").addObject().put("hidden", "@nest");
        rewritten.putObject("hidden").set("validUntil", rewritten.remove("validUntil"));
        assertSameDatasetButRefused(original, rewritten, "/@context");
        assertThat(verify(rewritten).proofs().get(0).check(ProofCheck.CONTEXT).orElseThrow().message())
                .contains("(item 2) {\"hidden\":\"@nest\"}");
    }

    @Test
    void graphIsRefused() {
        ObjectNode rewritten = signed(credential());
        rewritten.putArray("@graph").add(rewritten.remove("credentialSubject"));
        assertRefused(rewritten, "/@graph");
    }

    @Test
    void reverseIsRefused() {
        ObjectNode rewritten = signed(credential());
        ((ObjectNode) rewritten.get("credentialSubject")).putObject("@reverse")
                .putObject("https://example.org/owns").put("id", "https://example.org/x");
        assertRefused(rewritten, "/credentialSubject/@reverse");
    }

    @Test
    void includedIsRefused() {
        ObjectNode rewritten = signed(credential());
        rewritten.putArray("@included").addObject().put("id", "https://example.org/other");
        assertRefused(rewritten, "/@included");
    }

    @Test
    void keywordLikeNamesThatJsonLdIgnoresAreRefused() {
        ObjectNode rewritten = signed(credential());
        ((ObjectNode) rewritten.get("credentialSubject")).put("@note", "dropped by JSON-LD, so never signed");
        assertRefused(rewritten, "/credentialSubject/@note");
    }

    @Test
    void pointersAreEscaped() {
        ObjectNode rewritten = signed(credential());
        ((ObjectNode) rewritten.get("credentialSubject")).putObject("a/b~c").put("@index", "x");
        assertRefused(rewritten, "/credentialSubject/a~1b~0c/@index");
    }

    @Test
    void findingsAreBounded() {
        ObjectNode rewritten = signed(credential());
        ObjectNode subject = (ObjectNode) rewritten.get("credentialSubject");
        for (int i = 0; i < 1000; i++) {
            subject.putObject("n" + i).put("@index", "x");
        }
        List<Check> failures = verify(rewritten).proofs().get(0).checks().stream()
                .filter(c -> c.outcome() == Outcome.FAILED).toList();
        assertThat(failures).hasSize(8).extracting(Check::id).containsOnly(ProofCheck.CONTEXT.id());
        assertThat(failures.get(7).message()).contains("further such members are not listed");
        assertThat(failures.get(0).message()).doesNotContain("further");
    }

    @Test
    void aStringContextInsideTheDocumentIsAccepted() {
        ObjectNode doc = credential();
        ((ObjectNode) doc.get("credentialSubject")).putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        DataIntegrityReport report = verify(signed(doc));
        assertThat(report.verified()).as("%s", report).isTrue();
    }

    @Test
    void theSignerRefusesKeywordsToo() {
        ObjectNode doc = credential();
        doc.putObject("@nest").set("validUntil", doc.remove("validUntil"));
        assertThatThrownBy(() -> signed(doc)).isInstanceOf(DataIntegrityException.class)
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode())
                .isEqualTo(DataIntegrityCode.UNSAFE_DOCUMENT);
    }

    @Test
    void noFetchHappensForARefusedDocument() {
        ObjectNode rewritten = signed(credential());
        ((ObjectNode) rewritten.get("proof")).put("verificationMethod", "did:web:evil.example#key-1");
        rewritten.putObject("@nest").set("validUntil", rewritten.remove("validUntil"));
        TestFiles.CountingRefuser fetcher = new TestFiles.CountingRefuser();
        DataIntegrityReport report = DataIntegrityVerifier.builder().fetcher(fetcher).build().verify(rewritten);
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY)).isEqualTo(Outcome.SKIPPED);
        assertThat(fetcher.calls.get()).isZero();
    }
}
