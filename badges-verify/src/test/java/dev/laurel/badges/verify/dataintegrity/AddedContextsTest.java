package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.parse;
import static dev.laurel.badges.verify.dataintegrity.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contexts bundled beyond the reference material's list (StatusList2021, CLR 2.0) and the
 * {@code endorsementJwt} term added to the OB 3.0.3 context: a document using each canonicalises and verifies.
 */
class AddedContextsTest {

    private static final Canonicalizer CANON = new Canonicalizer(Duration.ofSeconds(5), 1_000_000, 64);
    private static final LaurelKey KEY = KeyPairs.fromEd25519Seed(new byte[32]);
    private static final String STATUS_LIST_2021 = "https://w3id.org/vc/status-list/2021/v1";

    private static ObjectNode basic() {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", KEY.didKey());
        return doc;
    }

    private static ObjectNode signAndVerify(ObjectNode doc) {
        ObjectNode signed = DataIntegritySigner.of(KEY).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEY.didKeyVerificationMethod(), Instant.parse("2025-01-01T00:00:00Z")));
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(signed);
        assertThat(report.verified()).as(report.toString()).isTrue();
        return signed;
    }

    @Test
    void theAddedContextsAreBundled() {
        assertThat(DataIntegrityVerifier.bundledContexts()).contains(STATUS_LIST_2021,
                "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/clr/v2p0/context.json");
    }

    @Test
    void aCredentialWithAStatusList2021EntryCanonicalisesAndVerifies() throws Exception {
        ObjectNode doc = basic();
        ((ArrayNode) doc.get("@context")).add(STATUS_LIST_2021);
        doc.set("credentialStatus", parse("{\"id\":\"https://example.com/status/3#94567\",\"type\":\"StatusList2021Entry\","
                + "\"statusPurpose\":\"revocation\",\"statusListIndex\":\"94567\","
                + "\"statusListCredential\":\"https://example.com/status/3\"}"));
        assertThat(CANON.canonicalize(doc))
                .contains("<https://w3id.org/vc/status-list#StatusList2021Entry>")
                .contains("<https://w3id.org/vc/status-list#statusListIndex> \"94567\"")
                .contains("<https://w3id.org/vc/status-list#statusListCredential> <https://example.com/status/3>");
        signAndVerify(doc);
    }

    @Test
    void aStatusList2021CredentialCanonicalisesAndVerifies() throws Exception {
        ObjectNode list = parse("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\",\"" + STATUS_LIST_2021 + "\"],"
                + "\"id\":\"https://example.com/status/3\",\"type\":[\"VerifiableCredential\",\"StatusList2021Credential\"],"
                + "\"issuer\":\"" + KEY.didKey() + "\",\"issuanceDate\":\"2024-01-01T00:00:00Z\","
                + "\"credentialSubject\":{\"id\":\"https://example.com/status/3#list\",\"type\":\"StatusList2021\","
                + "\"statusPurpose\":\"revocation\",\"encodedList\":\"H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA\"}}");
        assertThat(CANON.canonicalize(list)).contains("<https://w3id.org/vc/status-list#encodedList>");
        signAndVerify(list);
    }

    @Test
    void theClrVectorCanonicalisesToItsNQuads() throws Exception {
        assertThat(CANON.canonicalize(json("clr-spec/clr-test-data.json"))).isEqualTo(text("clr-spec/document-canon.txt"));
    }

    @Test
    void theSignedClrVectorVerifies() {
        // The vector's issuer is an https URL that is not reachable offline: its key is the fragment key
        // (a proof.key warning), so the binding is unconfirmed and judged leniently here.
        DataIntegrityReport report = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build()
                .verify(json("clr-spec/clr-signed-credential.json"));
        assertThat(report.proofs().get(0).outcome(ProofCheck.CONTEXT)).isEqualTo(Outcome.PASSED);
        assertThat(report.proofs().get(0).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).as(report.toString()).isTrue();
    }

    @Test
    void aClrCredentialOnTheUnversionedContextSignsAndVerifies() {
        ObjectNode clr = json("clr-spec/clr-test-data.json");
        ((ArrayNode) clr.get("@context")).set(1, clr.textNode("https://purl.imsglobal.org/spec/clr/v2p0/context.json"));
        ((ObjectNode) clr.get("issuer")).put("id", KEY.didKey());
        signAndVerify(clr);
    }

    @Test
    void endorsementJwtIsATermOfTheOb303Context() throws Exception {
        ObjectNode doc = basic();
        doc.putArray("endorsementJwt").add("eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZTplIn0.c2ln");
        assertThat(CANON.canonicalize(doc)).contains(
                "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#endorsementJwt> \"eyJhbGciOiJFZERTQSJ9.");
        ObjectNode signed = signAndVerify(doc);
        ((ArrayNode) signed.get("endorsementJwt")).set(0, signed.textNode("eyJhbGciOiJub25lIn0.e30."));
        assertThat(DataIntegrityVerifier.offline().verify(signed).proofs().get(0).outcome(ProofCheck.SIGNATURE))
                .isEqualTo(Outcome.FAILED);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"simple.json", "simple_v1.json", "complex.json"})
    void theReferenceValidatorsClrFixturesVerifyOffline(String file) {
        // 1EdTech's validator fixtures: ClrCredentials on the CLR 2.0.1 context holding signed OB credentials;
        // their issuers are unreachable https URLs, so keys come from the fragment and binding is lenient.
        ObjectNode clr = json("clr-validator/" + file);
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build();
        DataIntegrityReport report = verifier.verify(clr);
        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(clr.at("/credentialSubject/verifiableCredential").size()).isPositive();
        for (com.fasterxml.jackson.databind.JsonNode nested : clr.at("/credentialSubject/verifiableCredential")) {
            DataIntegrityReport inner = verifier.verify((ObjectNode) nested);
            assertThat(inner.verified()).as(inner.toString()).isTrue();
        }
    }
}
