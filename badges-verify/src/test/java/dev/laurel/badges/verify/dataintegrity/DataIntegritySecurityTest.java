package dev.laurel.badges.verify.dataintegrity;

import static dev.laurel.badges.verify.dataintegrity.TestFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and broken documents: each attack is its own test, and none may throw or fetch. */
class DataIntegritySecurityTest {

    private static final LaurelKey ISSUER_KEYS = KeyPairs.fromEd25519Seed(seed(7));
    private static final LaurelKey ATTACKER_KEYS = KeyPairs.fromEd25519Seed(seed(9));
    /** Maps terms no other context defines to issuer-dependent IRIs, so the poison nodes are kept. */
    private static final String UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2";
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    private static byte[] seed(int n) {
        byte[] seed = new byte[32];
        seed[31] = (byte) n;
        return seed;
    }

    /** The OB 3.0 basic credential, issued by ISSUER_KEYS' did:key. */
    private static ObjectNode credential() {
        ObjectNode doc = json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", ISSUER_KEYS.didKey());
        return doc;
    }

    private static ObjectNode signedBy(LaurelKey keys, ObjectNode doc) {
        return DataIntegritySigner.of(keys).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                keys.didKeyVerificationMethod(), CREATED));
    }

    private static DataIntegrityVerifier verifier() {
        return DataIntegrityVerifier.builder().fetcher(TestFiles.forbidden()).build();
    }

    private static ProofResult only(DataIntegrityReport report) {
        assertThat(report.proofs()).hasSize(1);
        return report.proofs().get(0);
    }

    @Test
    void genuineCredentialVerifies() {
        DataIntegrityReport report = verifier().verify(signedBy(ISSUER_KEYS, credential()));
        assertThat(report.verified()).as("%s", report).isTrue();
        assertThat(report.allChecks()).extracting(Check::outcome).containsOnly(Outcome.PASSED);
    }

    @Test
    void tamperedClaimFailsTheSignature() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("credentialSubject").get("achievement")).put("name", "Leadership");
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
        assertThat(proof.check(ProofCheck.SIGNATURE).orElseThrow().path()).isEqualTo("/proof/proofValue");
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.SKIPPED);
        assertThat(proof.verified()).isFalse();
    }

    @Test
    void tamperedProofOptionFailsTheSignature() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).put("created", "2024-03-01T10:00:01Z");
        assertThat(only(verifier().verify(signed)).outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void flippedProofValueByteFailsTheSignature() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        byte[] signature = Multibase.decode(signed.get("proof").get("proofValue").asText()).orElseThrow();
        signature[17] ^= 0x01;
        ((ObjectNode) signed.get("proof")).put("proofValue", Multibase.encodeBase58Btc(signature));
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.outcome(ProofCheck.FORMAT)).isEqualTo(Outcome.PASSED);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void keyNotControlledByTheIssuerFailsTheBinding() {
        // The attacker signs a credential naming the victim's DID as issuer with the attacker's own did:key.
        ProofResult proof = only(verifier().verify(signedBy(ATTACKER_KEYS, credential())));
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        assertThat(proof.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.FAILED);
        assertThat(proof.check(ProofCheck.KEY_BINDING).orElseThrow().message()).contains(ATTACKER_KEYS.didKey());
        assertThat(proof.verified()).isFalse();
    }

    @Test
    void keyNotListedByTheIssuersProfileFailsTheBinding() {
        String issuer = "https://issuer.example/profile";
        String profile = "{\"id\":\"" + issuer + "\",\"type\":\"Profile\",\"verificationMethod\":[{\"id\":\"" + issuer
                + "#key-1\",\"type\":\"Multikey\",\"publicKeyMultibase\":\"" + ISSUER_KEYS.publicKeyMultibase() + "\"}]}";
        ObjectNode doc = credential();
        ((ObjectNode) doc.get("issuer")).put("id", issuer);
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder()
                .fetcher(TestFiles.mapFetcher(Map.of(issuer, profile))).build();
        ProofResult forged = only(verifier.verify(signedBy(ATTACKER_KEYS, doc)));
        assertThat(forged.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.PASSED);
        assertThat(forged.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.FAILED);
        ProofResult genuine = only(verifier.verify(signedBy(ISSUER_KEYS, doc)));
        assertThat(genuine.outcome(ProofCheck.KEY_BINDING)).isEqualTo(Outcome.PASSED);
    }

    @Test
    void wrongCryptosuiteNameFails() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).put("cryptosuite", "ecdsa-jcs-2019");
        ProofResult proof = only(verifier().verify(signed));
        Check suite = proof.check(ProofCheck.CRYPTOSUITE).orElseThrow();
        assertThat(suite.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(suite.message()).contains("ecdsa-jcs-2019");
        assertThat(suite.path()).isEqualTo("/proof/cryptosuite");
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);

        // Relabelled as a supported suite of another key kind: the Ed25519 key does not suit it.
        ((ObjectNode) signed.get("proof")).put("cryptosuite", "ecdsa-rdfc-2019");
        ProofResult relabelled = only(verifier().verify(signed));
        assertThat(relabelled.outcome(ProofCheck.CRYPTOSUITE)).isEqualTo(Outcome.PASSED);
        assertThat(relabelled.outcome(ProofCheck.KEY)).isEqualTo(Outcome.FAILED);
        assertThat(relabelled.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void unknownContextFailsWithoutAnyFetch() {
        TestFiles.CountingRefuser fetcher = new TestFiles.CountingRefuser();
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        signed.withArray("@context").add("https://evil.example/context.jsonld");
        // A did:web key would need a fetch: the context check must stop verification before it.
        ((ObjectNode) signed.get("proof")).put("verificationMethod", "did:web:evil.example#key-1");
        DataIntegrityReport report = DataIntegrityVerifier.builder().fetcher(fetcher).build().verify(signed);
        Check context = only(report).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("https://evil.example/context.jsonld");
        assertThat(only(report).outcome(ProofCheck.KEY)).isEqualTo(Outcome.SKIPPED);
        assertThat(fetcher.calls.get()).isZero();
        assertThat(DataIntegrityVerifier.builder().fetcher(TestFiles.forbidden()).build().verify(signed).verified()).isFalse();
    }

    @Test
    void unknownContextNestedInsideTheDocumentFailsWithoutAnyFetch() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("credentialSubject")).put("@context", "https://evil.example/scoped.jsonld");
        Check context = only(verifier().verify(signed)).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("https://evil.example/scoped.jsonld");
    }

    @Test
    void inlineContextImportingAnUnknownUrlFailsWithoutAnyFetch() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ObjectNode inline = signed.withArray("@context").addObject();
        inline.put("@import", "https://evil.example/imported.jsonld");
        Check context = only(verifier().verify(signed)).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("https://evil.example/imported.jsonld");
    }

    @Test
    @Timeout(20)
    void poisonGraphIsRejectedWithinItsBudget() {
        ObjectNode doc = credential();
        // Twelve blank nodes, each linked to every other one: RDFC-1.0's n-degree hashing explores every
        // permutation of the neighbours (11! per node) unless it is stopped.
        ArrayNode nodes = TestFiles.MAPPER.createArrayNode();
        int n = 12;
        for (int i = 0; i < n; i++) {
            ObjectNode node = nodes.addObject();
            node.put("id", "_:b" + i);
            ArrayNode links = node.putArray("linkedTo");
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    links.addObject().put("id", "_:b" + j);
                }
            }
        }
        doc.set("evidence", nodes);
        doc.withArray("@context").add(UNDEFINED_TERMS);
        ObjectNode proof = doc.putObject("proof");
        proof.put("type", "DataIntegrityProof").put("cryptosuite", "eddsa-rdfc-2022")
                .put("created", "2024-03-01T10:00:00Z")
                .put("verificationMethod", ISSUER_KEYS.didKeyVerificationMethod())
                .put("proofPurpose", "assertionMethod")
                .put("proofValue", Multibase.encodeBase58Btc(new byte[64]));
        long start = System.nanoTime();
        ProofResult result = only(verifier().verify(doc));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.outcome(ProofCheck.CANONICALIZATION)).isEqualTo(Outcome.FAILED);
        assertThat(result.check(ProofCheck.CANONICALIZATION).orElseThrow().message()).contains("exceeded its", "blank nodes");
        assertThat(result.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Timeout(20)
    void poisonGraphHitsTheTimeLimitWhenTheStepBudgetIsHuge() {
        ObjectNode doc = credential();
        doc.withArray("@context").add(UNDEFINED_TERMS);
        ArrayNode nodes = doc.putArray("evidence");
        for (int i = 0; i < 12; i++) {
            ObjectNode node = nodes.addObject().put("id", "_:b" + i);
            for (int j = 0; j < 12; j++) {
                if (j != i) {
                    node.withArray("linkedTo").addObject().put("id", "_:b" + j);
                }
            }
        }
        DataIntegrityLimits limits = new DataIntegrityLimits(Duration.ofMillis(300), Long.MAX_VALUE, 64, 4);
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataIntegritySigner.of(ISSUER_KEYS, limits).sign(doc,
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, ISSUER_KEYS.didKeyVerificationMethod(), CREATED)))
                .isInstanceOf(DataIntegrityException.class)
                .hasMessageContaining("time limit")
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode())
                .isEqualTo(DataIntegrityCode.CANONICALIZATION_LIMIT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void wrongProofPurposeFails() {
        ObjectNode signed = DataIntegritySigner.of(ISSUER_KEYS).sign(credential(), new ProofOptions(
                ProofSuite.EDDSA_RDFC_2022, ISSUER_KEYS.didKeyVerificationMethod(), CREATED, "authentication",
                java.util.Optional.empty(), java.util.List.of()));
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.outcome(ProofCheck.PURPOSE)).isEqualTo(Outcome.FAILED);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void undefinedTermIsRefusedInsteadOfDropped() {
        // Under the VC 1.1 context an undefined term would silently vanish from the signed data.
        ObjectNode doc = TestFiles.parse("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
                + "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + ISSUER_KEYS.didKey() + "\","
                + "\"issuanceDate\":\"2024-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:1\"}}");
        ObjectNode signed = signedBy(ISSUER_KEYS, doc);
        assertThat(verifier().verify(signed).verified()).isTrue();
        ((ObjectNode) signed.get("credentialSubject")).put("degree", "PhD");
        Check context = only(verifier().verify(signed)).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("degree");
    }

    @Test
    void undefinedTypeIsRefusedInsteadOfDropped() {
        ObjectNode doc = TestFiles.parse("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
                + "\"type\":[\"VerifiableCredential\",\"MadeUpCredential\"],\"issuer\":\"" + ISSUER_KEYS.didKey()
                + "\",\"issuanceDate\":\"2024-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:1\"}}");
        doc.set("proof", signedBy(ISSUER_KEYS, credential()).get("proof"));
        Check context = only(verifier().verify(doc)).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("MadeUpCredential");
    }

    @Test
    void malformedIriThatJsonLdWouldDropIsRefused() {
        // Titanium drops a triple whose IRI is malformed; the claim would then be unsigned and swappable.
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("credentialSubject")).put("id", "did:example:%zz");
        Check context = only(verifier().verify(signed)).check(ProofCheck.CONTEXT).orElseThrow();
        assertThat(context.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(context.message()).contains("did:example:%zz");
        ObjectNode unsigned = credential();
        ((ObjectNode) unsigned.get("credentialSubject")).put("id", "did:example:%zz");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedBy(ISSUER_KEYS, unsigned))
                .isInstanceOf(DataIntegrityException.class)
                .extracting(e -> ((DataIntegrityException) e).dataIntegrityCode()).isEqualTo(DataIntegrityCode.UNSAFE_DOCUMENT);
    }

    @Test
    void malformedLanguageTagIsRefused() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ObjectNode name = signed.putObject("name");
        name.put("@value", "Teamwork").put("@language", "not a tag!");
        assertThat(only(verifier().verify(signed)).outcome(ProofCheck.CONTEXT)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void missingProofFails() {
        DataIntegrityReport report = verifier().verify(credential());
        assertThat(report.verified()).isFalse();
        assertThat(report.checks()).singleElement().satisfies(c -> {
            assertThat(c.step()).isEqualTo(ProofCheck.PRESENT);
            assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
        });
    }

    @Test
    void tooManyProofsFail() {
        ObjectNode doc = credential();
        ArrayNode proofs = doc.putArray("proof");
        for (int i = 0; i < 100; i++) {
            proofs.add(signedBy(ISSUER_KEYS, credential()).get("proof"));
        }
        DataIntegrityReport report = verifier().verify(doc);
        assertThat(report.verified()).isFalse();
        assertThat(report.checks().get(0).message()).contains("100 proofs");
        assertThat(report.proofs()).isEmpty();
    }

    @Test
    void proofThatIsNotAnObjectFails() {
        ObjectNode doc = credential();
        doc.putArray("proof").add("zSomething").add(42);
        DataIntegrityReport report = verifier().verify(doc);
        assertThat(report.proofs()).hasSize(2).allSatisfy(p -> assertThat(p.outcome(ProofCheck.FORMAT)).isEqualTo(Outcome.FAILED));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void malformedProofValuesFail() {
        for (String value : new String[] {"", "not-multibase", "uAAAA", "z0OIl", Multibase.encodeBase58Btc(new byte[63])}) {
            ObjectNode signed = signedBy(ISSUER_KEYS, credential());
            ((ObjectNode) signed.get("proof")).put("proofValue", value);
            Check format = only(verifier().verify(signed)).check(ProofCheck.FORMAT).orElseThrow();
            assertThat(format.outcome()).as(value).isEqualTo(Outcome.FAILED);
            assertThat(format.path()).isEqualTo("/proof/proofValue");
        }
    }

    @Test
    void embeddedVerificationMethodObjectIsRefused() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ObjectNode vm = ((ObjectNode) signed.get("proof")).putObject("verificationMethod");
        vm.put("id", "#k").put("type", "Multikey").put("publicKeyMultibase", ATTACKER_KEYS.publicKeyMultibase());
        assertThat(only(verifier().verify(signed)).outcome(ProofCheck.FORMAT)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void expiredProofFails() {
        ObjectNode doc = credential();
        ObjectNode signed = signedBy(ISSUER_KEYS, doc);
        ((ObjectNode) signed.get("proof")).put("expires", "2024-06-01T00:00:00Z");
        DataIntegrityVerifier later = DataIntegrityVerifier.builder().fetcher(TestFiles.forbidden())
                .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
        ProofResult proof = only(later.verify(signed));
        assertThat(proof.outcome(ProofCheck.EXPIRES)).isEqualTo(Outcome.FAILED);
        assertThat(proof.outcome(ProofCheck.SIGNATURE)).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void malformedCreatedDateFails() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).put("created", "yesterday");
        Check format = only(verifier().verify(signed)).check(ProofCheck.FORMAT).orElseThrow();
        assertThat(format.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(format.path()).isEqualTo("/proof/created");
    }

    @Test
    void previousProofNamingAMissingProofFails() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).put("previousProof", "urn:uuid:missing");
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.outcome(ProofCheck.CHAIN)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void proofContextThatIsNotTheDocumentsPrefixFails() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).putArray("@context").add("https://w3id.org/security/data-integrity/v2");
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.outcome(ProofCheck.CONTEXT)).isEqualTo(Outcome.FAILED);
        assertThat(proof.check(ProofCheck.CONTEXT).orElseThrow().path()).isEqualTo("/proof/@context");
    }

    @Test
    void deeplyNestedDocumentFails() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ObjectNode node = (ObjectNode) signed.get("credentialSubject");
        for (int i = 0; i < 200; i++) {
            node = node.putObject("nested");
        }
        ProofResult proof = only(verifier().verify(signed));
        assertThat(proof.verified()).isFalse();
        assertThat(proof.check(ProofCheck.CONTEXT).orElseThrow().message()).contains("deeper");
    }

    @Test
    void garbageTextIsAReportNotAnException() {
        assertThat(verifier().verify("not json").verified()).isFalse();
        assertThat(verifier().verify("[1,2]").verified()).isFalse();
        assertThat(verifier().verify("{\"proof\":{}}").verified()).isFalse();
        assertThat(verifier().verify("{\"@context\":42,\"proof\":{\"type\":\"DataIntegrityProof\",\"cryptosuite\":"
                + "\"eddsa-rdfc-2022\",\"proofPurpose\":\"assertionMethod\",\"verificationMethod\":\"did:key:x\","
                + "\"proofValue\":\"" + Multibase.encodeBase58Btc(new byte[64]) + "\"}}").verified()).isFalse();
    }

    @Test
    void unreachableDidWebKeyWithoutAKeyFragmentFailsTheKeyCheck() {
        ObjectNode signed = signedBy(ISSUER_KEYS, credential());
        ((ObjectNode) signed.get("proof")).put("verificationMethod", "did:web:issuer.example#key-1");
        TestFiles.CountingRefuser fetcher = new TestFiles.CountingRefuser();
        ProofResult proof = only(DataIntegrityVerifier.builder().fetcher(fetcher).build().verify(signed));
        assertThat(proof.outcome(ProofCheck.KEY)).isEqualTo(Outcome.FAILED);
        assertThat(fetcher.calls.get()).isEqualTo(1);
    }

    @Test
    void didWebKeyOutsideAssertionMethodFailsTheKeyCheck() {
        String did = "did:web:issuer.example";
        String doc = "{\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"#key-1\",\"type\":\"Multikey\","
                + "\"publicKeyMultibase\":\"" + ISSUER_KEYS.publicKeyMultibase() + "\"}],\"assertionMethod\":[],"
                + "\"authentication\":[\"#key-1\"]}";
        ObjectNode credential = credential();
        ((ObjectNode) credential.get("issuer")).put("id", did);
        ObjectNode signed = DataIntegritySigner.of(ISSUER_KEYS).sign(credential,
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, did + "#key-1", CREATED));
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder()
                .fetcher(TestFiles.mapFetcher(Map.of("https://issuer.example/.well-known/did.json", doc))).build();
        ProofResult proof = only(verifier.verify(signed));
        assertThat(proof.outcome(ProofCheck.KEY)).isEqualTo(Outcome.FAILED);
        assertThat(proof.check(ProofCheck.KEY).orElseThrow().message()).contains("assertionMethod");
    }
}
