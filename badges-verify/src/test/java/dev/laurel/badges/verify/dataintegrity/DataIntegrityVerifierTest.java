package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyOrigin;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verifier and signer behaviour beyond the vectors: legacy forms, options, issuer documents. */
class DataIntegrityVerifierTest {

    private static final LaurelKey KEYS = KeyPairs.fromEd25519Seed(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final Instant CREATED = Instant.parse("2024-02-02T02:02:02Z");
    private static final String ISSUER = "https://issuer.example/profile";

    private static ObjectNode credential(String issuer) {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", issuer);
        return doc;
    }

    private static ObjectNode sign(ObjectNode doc, String verificationMethod) {
        return DataIntegritySigner.of(KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, verificationMethod, CREATED));
    }

    @Test
    void draftCryptosuiteNameVerifiesWithAWarning() throws Exception {
        ObjectNode doc = credential(KEYS.didKey());
        ObjectNode proof = TestFiles.parse("{\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"eddsa-2022\","
                + "\"created\":\"2024-02-02T02:02:02Z\",\"verificationMethod\":\"" + KEYS.didKeyVerificationMethod()
                + "\",\"proofPurpose\":\"assertionMethod\"}");
        Canonicalizer canon = new Canonicalizer(Duration.ofSeconds(1), 100_000, 64);
        byte[] data = ProofTransform.hashData(
                ProofTransform.sha256(canon.canonicalize(ProofTransform.proofConfiguration(proof, doc.get("@context")))),
                ProofTransform.sha256(canon.canonicalize(doc)));
        proof.put("proofValue", Multibase.encodeBase58Btc(KEYS.sign(data)));
        doc.set("proof", proof);

        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(doc);
        assertThat(report.verified()).as("%s", report).isTrue();
        ProofResult result = report.proofs().get(0);
        assertThat(result.suite()).contains(ProofSuite.EDDSA_2022);
        assertThat(result.outcome(ProofCheck.CRYPTOSUITE)).isEqualTo(Outcome.WARNING);
        assertThat(result.check(ProofCheck.CRYPTOSUITE).orElseThrow().message()).contains("draft");
    }

    @Test
    void draftCryptosuiteIsNeverIssued() {
        assertThatThrownBy(() -> ProofOptions.of(ProofSuite.EDDSA_2022, "did:key:z", CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eddsa-2022");
    }

    @Test
    void verifiesJsonText() {
        String text = sign(credential(KEYS.didKey()), KEYS.didKeyVerificationMethod()).toString();
        assertThat(DataIntegrityVerifier.offline().verify(text).verified()).isTrue();
    }

    @Test
    void signingLeavesTheInputAloneAndTruncatesCreatedToSeconds() {
        ObjectNode doc = credential(KEYS.didKey());
        ObjectNode before = doc.deepCopy();
        ObjectNode signed = DataIntegritySigner.of(KEYS).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEYS.didKeyVerificationMethod(), Instant.parse("2024-02-02T02:02:02.987654Z")));
        assertThat(doc).isEqualTo(before);
        assertThat(signed.get("proof").get("created").asText()).isEqualTo("2024-02-02T02:02:02Z");
    }

    @Test
    void vc11CredentialGetsTheDataIntegrityContext() {
        ObjectNode doc = TestFiles.parse("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + "\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"issuer\":{\"id\":\"" + KEYS.didKey() + "\",\"type\":[\"Profile\"],\"name\":\"I\"},"
                + "\"issuanceDate\":\"2020-01-01T00:00:00Z\",\"name\":\"Badge\","
                + "\"credentialSubject\":{\"type\":[\"AchievementSubject\"],\"achievement\":{\"id\":\"urn:uuid:2\","
                + "\"type\":[\"Achievement\"],\"name\":\"A\",\"criteria\":{\"narrative\":\"n\"},\"description\":\"d\"}}}");
        ObjectNode signed = sign(doc, KEYS.didKeyVerificationMethod());
        assertThat(signed.get("@context")).hasSize(3);
        assertThat(signed.get("@context").get(2).asText()).isEqualTo("https://w3id.org/security/data-integrity/v2");
        assertThat(DataIntegrityVerifier.offline().verify(signed).verified()).isTrue();
    }

    @Test
    void keyFromTheIssuersOwnProfileBindsWithoutAnotherFetch() {
        String profile = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + ISSUER + "\","
                + "\"type\":\"Profile\",\"verificationMethod\":[{\"id\":\"" + ISSUER + "#key-1\",\"type\":\"Multikey\","
                + "\"controller\":\"" + ISSUER + "\",\"publicKeyMultibase\":\"" + KEYS.publicKeyMultibase() + "\"}],"
                + "\"assertionMethod\":[\"" + ISSUER + "#key-1\"]}";
        List<URI> asked = new ArrayList<>();
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().fetcher((uri, accept) -> {
            asked.add(uri);
            return new FetchedDocument(uri, Optional.of("application/ld+json"), profile.getBytes(StandardCharsets.UTF_8));
        }).build();
        DataIntegrityReport report = verifier.verify(sign(credential(ISSUER), ISSUER + "#key-1"));
        assertThat(report.verified()).as("%s", report).isTrue();
        ProofResult proof = report.proofs().get(0);
        assertThat(proof.key().orElseThrow().origin()).isEqualTo(KeyOrigin.DOCUMENT);
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);
        assertThat(asked).containsExactly(URI.create(ISSUER));
    }

    @Test
    void issuerProfileIsFetchedOncePerDocument() {
        String profile = "{\"id\":\"" + ISSUER + "\",\"verificationMethod\":[\"" + KEYS.didKeyVerificationMethod() + "\"]}";
        List<URI> asked = new ArrayList<>();
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().fetcher((uri, accept) -> {
            asked.add(uri);
            return new FetchedDocument(uri, Optional.empty(), profile.getBytes(StandardCharsets.UTF_8));
        }).build();
        ObjectNode once = sign(credential(ISSUER), KEYS.didKeyVerificationMethod());
        ObjectNode twice = DataIntegritySigner.of(KEYS).sign(once, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                KEYS.didKeyVerificationMethod(), CREATED.plusSeconds(60)));
        DataIntegrityReport report = verifier.verify(twice);
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.proofs()).hasSize(2)
                .allSatisfy(p -> assertThat(p.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED));
        assertThat(asked).containsExactly(URI.create(ISSUER));
    }

    @Test
    void bindingCanBeLeftToTheCaller() {
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().checkKeyBinding(false).build();
        ProofResult proof = verifier.verify(sign(credential(ISSUER), KEYS.didKeyVerificationMethod())).proofs().get(0);
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.SKIPPED);
        assertThat(proof.verified()).isTrue();
    }

    @Test
    void unconfirmedBindingFailsByDefaultAndIsAWarningWhenLenient() {
        assertThat(DataIntegrityVerifier.offline().verify(sign(credential(ISSUER), KEYS.didKeyVerificationMethod()))
                .verified()).isFalse();
        DataIntegrityReport report = DataIntegrityVerifier.builder().keyBinding(BindingMode.LENIENT).build().verify(
                sign(credential(ISSUER), KEYS.didKeyVerificationMethod()));
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.WARNING);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void strictVerifierTurnsAnUnconfirmedBindingIntoAFailure() {
        ObjectNode signed = sign(credential(ISSUER), KEYS.didKeyVerificationMethod());
        DataIntegrityReport report = DataIntegrityVerifier.builder().keyBinding(BindingMode.STRICT).build().verify(signed);
        assertThat(report.proofs().get(0).outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        ObjectNode own = sign(credential(KEYS.didKey()), KEYS.didKeyVerificationMethod());
        assertThat(DataIntegrityVerifier.builder().keyBinding(BindingMode.STRICT).build().verify(own).verified()).isTrue();
    }

    @Test
    void bundledContextsAreListed() {
        assertThat(DataIntegrityVerifier.bundledContexts()).contains(
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://w3id.org/security/suites/ed25519-2020/v1", "https://w3id.org/openbadges/v2");
    }

    @Test
    void limitsRefuseNonsense() {
        assertThatThrownBy(() -> new DataIntegrityLimits(Duration.ZERO, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonicalizationTime");
        assertThatThrownBy(() -> new DataIntegrityLimits(Duration.ofSeconds(1), 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("canonicalizationSteps");
    }

    @Test
    void signingWithoutAContextIsACallerError() {
        assertThatThrownBy(() -> sign(TestFiles.parse("{\"type\":\"VerifiableCredential\"}"), "did:key:z"))
                .isInstanceOf(DataIntegrityException.class)
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode()).isEqualTo(DataIntegrityCode.INVALID_DOCUMENT);
    }

    @Test
    void resultsAreImmutable() {
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(
                sign(credential(KEYS.didKey()), KEYS.didKeyVerificationMethod()));
        assertThatThrownBy(() -> report.proofs().get(0).checks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.allChecks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
