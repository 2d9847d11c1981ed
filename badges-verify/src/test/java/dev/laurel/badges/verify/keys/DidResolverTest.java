package dev.laurel.badges.verify.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.dataintegrity.TestFiles;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofCheck;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A caller-added DID method: a toy did:example resolver serving a DID document with an Ed25519 key. */
class DidResolverTest {

    private static final String DID = "did:example:issuer-42";
    private static final String VM = DID + "#key-1";
    private static final LaurelKey KEY = KeyPairs.fromEd25519Seed(new byte[32]);
    private static final LaurelKey OTHER = KeyPairs.fromEd25519Seed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    /** Serves one DID document for did:example DIDs, counting its calls. */
    static final class ExampleResolver implements DidResolver {
        final AtomicInteger calls = new AtomicInteger();
        private final ObjectNode document;

        ExampleResolver(ObjectNode document) {
            this.document = document;
        }

        @Override
        public boolean supports(String method) {
            return method.equals("example");
        }

        @Override
        public DidResolution resolve(String did, DocumentFetcher fetcher) {
            calls.incrementAndGet();
            return did.equals(DID) ? DidResolution.resolved(document)
                    : DidResolution.failed(KeyCode.KEY_DOCUMENT_UNAVAILABLE, "no such DID in the example registry");
        }
    }

    private static ObjectNode didDocument(LaurelKey key, boolean assertion) {
        ObjectNode doc = TestFiles.parse("{\"@context\":[\"https://www.w3.org/ns/did/v1\","
                + "\"https://w3id.org/security/multikey/v1\"],\"id\":\"" + DID + "\",\"verificationMethod\":[{\"id\":\""
                + VM + "\",\"type\":\"Multikey\",\"controller\":\"" + DID + "\",\"publicKeyMultibase\":\""
                + key.publicKeyMultibase() + "\"}]}");
        if (assertion) {
            doc.putArray("assertionMethod").add(VM);
        }
        return doc;
    }

    private static ObjectNode signed() {
        ObjectNode doc = TestFiles.json("ob3-examples/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", DID);
        return DataIntegritySigner.of(KEY).sign(doc, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, VM,
                Instant.parse("2025-01-01T00:00:00Z")));
    }

    private static Check check(DataIntegrityReport report, ProofCheck id) {
        return report.proofs().get(0).checks().stream().filter(c -> c.step() == id).findFirst().orElseThrow();
    }

    @Test
    void aCredentialIssuedByADidOfAnAddedMethodVerifies() {
        ExampleResolver example = new ExampleResolver(didDocument(KEY, true));
        DataIntegrityReport report = DataIntegrityVerifier.builder().didResolver(example).build().verify(signed());
        assertThat(report.verified()).as(report.toString()).isTrue();
        VerificationMethod key = report.proofs().get(0).key().orElseThrow();
        assertThat(key.origin()).isEqualTo(KeyOrigin.DID_RESOLVER);
        assertThat(key.describe()).contains(DID);
        assertThat(check(report, ProofCheck.KEY_BINDING).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(example.calls.get()).isPositive();
    }

    @Test
    void withoutTheResolverItFailsCleanly() {
        DataIntegrityReport report = DataIntegrityVerifier.offline().verify(signed());
        assertThat(report.verified()).isFalse();
        assertThat(check(report, ProofCheck.KEY).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(check(report, ProofCheck.KEY).message()).contains("not supported");
    }

    @Test
    void theVerifierTakesTheResolverForEveryStep() {
        byte[] credential = signed().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Verifier with = Verifier.builder().fetcher(DocumentFetcher.refusing())
                .didResolver(new ExampleResolver(didDocument(KEY, true))).build();
        assertThat(with.verify(credential).verified()).as(with.verify(credential).toString()).isTrue();
        assertThat(Verifier.offline().verify(credential).verified()).isFalse();
    }

    @Test
    void aKeyNotUnderAssertionMethodOrAnotherKeyDoesNotVerify() {
        DataIntegrityReport notAssertion = DataIntegrityVerifier.builder()
                .didResolver(new ExampleResolver(didDocument(KEY, false))).build().verify(signed());
        assertThat(notAssertion.verified()).isFalse();
        DataIntegrityReport otherKey = DataIntegrityVerifier.builder()
                .didResolver(new ExampleResolver(didDocument(OTHER, true))).build().verify(signed());
        assertThat(check(otherKey, ProofCheck.SIGNATURE).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aFailedOrThrowingOrWrongResolutionIsAFailedKeyCheck() {
        ObjectNode wrongId = didDocument(KEY, true).put("id", "did:example:someone-else");
        DidResolver throwing = new DidResolver() {
            @Override
            public boolean supports(String method) {
                return true;
            }

            @Override
            public DidResolution resolve(String did, DocumentFetcher fetcher) {
                throw new IllegalStateException("registry down");
            }
        };
        KeyResolver failing = KeyResolver.offline().withDidResolver(new ExampleResolver(didDocument(KEY, true)));
        assertThat(failing.resolve("did:example:unknown#key-1").code()).contains(KeyCode.KEY_DOCUMENT_UNAVAILABLE);
        assertThat(KeyResolver.offline().withDidResolver(throwing).resolve(VM).isResolved()).isFalse();
        assertThat(KeyResolver.offline().withDidResolver(new ExampleResolver(wrongId)).resolve(VM).code())
                .contains(KeyCode.MALFORMED_KEY_DOCUMENT);
        assertThat(failing.resolve(DID).code()).contains(KeyCode.UNSUPPORTED_KEY_ID);
    }

    @Test
    void builtInMethodsAreNeverHandedToAnAddedResolver() {
        DidResolver greedy = new DidResolver() {
            @Override
            public boolean supports(String method) {
                return true;
            }

            @Override
            public DidResolution resolve(String did, DocumentFetcher fetcher) {
                throw new AssertionError("asked for " + did);
            }
        };
        KeyResolver keys = KeyResolver.offline().withDidResolver(greedy);
        KeyResolution r = keys.resolve(KEY.didKeyVerificationMethod());
        assertThat(r.isResolved()).isTrue();
        assertThat(r.method().orElseThrow().origin()).isEqualTo(KeyOrigin.DID_KEY);
        assertThat(keys.resolve("did:web:example.com#key-1").method().map(VerificationMethod::origin))
                .isNotEqualTo(java.util.Optional.of(KeyOrigin.DID_RESOLVER));
        assertThat(KeyResolver.offline().didResolvers()).isEmpty();
        assertThat(keys.didResolvers()).containsExactly(greedy);
    }

    @Test
    void aResolutionIsAnImmutableCopy() {
        ObjectNode doc = didDocument(KEY, true);
        DidResolution r = DidResolution.resolved(doc);
        doc.put("id", "changed");
        r.document().orElseThrow().put("id", "changed too");
        assertThat(r.document().orElseThrow().get("id").asText()).isEqualTo(DID);
        assertThat(DidResolution.failed(KeyCode.KEY_NOT_FOUND, "x").document()).isEmpty();
    }
}
