package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.ClrFixtures.LEARNER;
import static dev.laurel.badges.verify.ClrFixtures.NESTED;
import static dev.laurel.badges.verify.ClrFixtures.clr;
import static dev.laurel.badges.verify.ClrFixtures.nested;
import static dev.laurel.badges.verify.ClrFixtures.signedClr;
import static dev.laurel.badges.verify.ClrFixtures.signedNested;
import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.JSON;
import static dev.laurel.badges.verify.VerifierFixtures.keys;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.JsonCode;
import dev.laurel.badges.json.JsonLimits;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClrCheck;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CLR 2.0 verification (issue 16): the outer proof and its binding, dates and status as for an OB 3.0 credential,
 * then every nested credential as a badge of its own with its own report at its JSON Pointer; one nested failure
 * fails the CLR, as 1EdTech's reference validator decides.
 */
class VerifierClrTest {

    private final LaurelKey university = keys(21);
    private final LaurelKey other = keys(22);
    private final Verifier verifier = verifier(DocumentFetcher.refusing());

    @Test
    void aLaurelSignedClrVerifiesWithOneReportPerNestedCredential() {
        VerificationReport report = verifier.verify(text(signedClr(university, 3)));

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.kind()).isEqualTo(DocumentKind.CLR_CREDENTIAL);
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.DATA_INTEGRITY);
        assertThat(report.issuer()).contains(university.didKey());
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "proof.key-binding")).isEqualTo(Outcome.PASSED);
        assertThat(report.clr().orElseThrow().learner()).contains(LEARNER);
        assertThat(report.nested()).extracting(NestedReport::pointer)
                .containsExactly(NESTED + "/0", NESTED + "/1", NESTED + "/2");
        assertThat(report.nested()).allSatisfy(n -> {
            assertThat(n.verified()).isTrue();
            assertThat(n.report().kind()).isEqualTo(DocumentKind.OB3_CREDENTIAL);
            assertThat(outcome(n.report(), "proof.signature")).isEqualTo(Outcome.PASSED);
            assertThat(outcome(n.report(), "document.valid")).isEqualTo(Outcome.PASSED);
        });
        assertThat(report.checks()).filteredOn(c -> c.step() == ClrCheck.NESTED)
                .extracting(Check::path, Check::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NESTED + "/0", Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple(NESTED + "/1", Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple(NESTED + "/2", Outcome.PASSED));
        assertThat(report.checks()).filteredOn(c -> c.step() == ClrCheck.SUBJECT)
                .extracting(Check::outcome).containsOnly(Outcome.PASSED).hasSize(3);
        assertThat(report.verifiedNested()).hasSize(3);
        assertThat(report.failedNested()).isEmpty();
    }

    @Test
    void aNestedCredentialTamperedBeforeTheOuterProofFailsOnlyItselfAndTheClr() {
        List<ObjectNode> credentials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            credentials.add(signedNested(university, i));
        }
        // Tampered after its own proof and before the outer one: the CLR's proof covers the tampered text.
        credentials.get(1).put("name", "Course 1 with honours");
        ObjectNode signed = signDi(clr(university, credentials), university);

        VerificationReport report = verifier.verify(text(signed));

        assertThat(outcome(report, "proof.signature")).as("the outer proof").isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).extracting(Check::id, Check::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clr.nested", NESTED + "/1"));
        assertThat(report.failures().get(0).message()).contains(NESTED + "/1").contains("proof.signature");
        assertThat(report.failedNested()).singleElement().satisfies(n -> {
            assertThat(n.pointer()).isEqualTo(NESTED + "/1");
            assertThat(outcome(n.report(), "proof.signature")).isEqualTo(Outcome.FAILED);
        });
        assertThat(report.verifiedNested()).extracting(NestedReport::pointer).containsExactly(NESTED + "/0", NESTED + "/2");
    }

    @Test
    void aTamperedClrFailsItsOuterProofWhileItsNestedCredentialsStillVerify() {
        ObjectNode signed = signedClr(university, 2);
        signed.put("name", "Transcript of somebody else");

        VerificationReport report = verifier.verify(text(signed));

        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        assertThat(report.verifiedNested()).hasSize(2);
    }

    @Test
    void aNestedCredentialSignedWithAKeyNotItsIssuersFailsItsBinding() {
        ObjectNode unbound = VerifierFixtures.signDi(nested(university, 1), other); // says university, signed by other
        ObjectNode signed = signDi(clr(university, List.of(signedNested(university, 0), unbound)), university);

        VerificationReport report = verifier.verify(text(signed));

        assertThat(report.verified()).isFalse();
        assertThat(report.failedNested()).singleElement().satisfies(n -> {
            assertThat(n.pointer()).isEqualTo(NESTED + "/1");
            assertThat(outcome(n.report(), "proof.key-binding")).isEqualTo(Outcome.FAILED);
        });
    }

    @Test
    void anExpiredNestedCredentialFailsTheClr() {
        ObjectNode expired = nested(university, 1);
        expired.put("validUntil", "2026-02-01T00:00:00Z");
        ObjectNode signed = signDi(clr(university, List.of(signedNested(university, 0),
                signDi(expired, university))), university);

        VerificationReport report = verifier.verify(text(signed));

        assertThat(report.verified()).isFalse();
        assertThat(report.failedNested()).singleElement().satisfies(n ->
                assertThat(outcome(n.report(), "validity.expiry")).isEqualTo(Outcome.FAILED));
        assertThat(report.failures()).extracting(Check::message).singleElement().asString().contains("validity.expiry");
    }

    /** A verifier that fetches the university's signed Bitstring status list, with only {@code index} set. */
    private Verifier withRevoked(int index) {
        String list = VerifierStatusTest.LIST_URL;
        ObjectNode statusList = VerifierFixtures.object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"id\": \"" + list + "\", \"type\": [\"VerifiableCredential\", \"BitstringStatusListCredential\"],"
                + " \"issuer\": \"" + university.didKey() + "\", \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"id\": \"" + list + "#list\", \"type\": \"BitstringStatusList\","
                + " \"statusPurpose\": \"revocation\", \"encodedList\": \""
                + VerifierStatusTest.encodedList(VerifierStatusTest.LIST_BYTES, index) + "\"}}");
        return verifier(MapDocumentFetcher.builder().put(list, text(signDi(statusList, university))).build());
    }

    @Test
    void aRevokedNestedCredentialFailsTheClr() {
        ObjectNode revoked = nested(university, 1);
        revoked.set("credentialStatus", VerifierStatusTest.entry("revocation", 42));
        ObjectNode signed = signDi(clr(university, List.of(signedNested(university, 0), signDi(revoked, university))),
                university);
        VerificationReport report = withRevoked(42).verify(text(signed));

        assertThat(report.verified()).isFalse();
        assertThat(report.failedNested()).singleElement().satisfies(n -> {
            assertThat(n.pointer()).isEqualTo(NESTED + "/1");
            assertThat(outcome(n.report(), "status.revocation")).isEqualTo(Outcome.FAILED);
        });
        assertThat(report.verifiedNested()).extracting(NestedReport::pointer).containsExactly(NESTED + "/0");
    }

    @Test
    void aRevokedClrIsNotVerified() {
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        unsigned.set("credentialStatus", VerifierStatusTest.entry("revocation", 7));
        VerificationReport report = withRevoked(7).verify(text(signDi(unsigned, university)));

        assertThat(outcome(report, "status.revocation")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        assertThat(report.verifiedNested()).hasSize(1);
    }

    @Test
    void anExpiredClrIsNotVerified() {
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        unsigned.put("validUntil", "2026-03-01T00:00:00Z");

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aClrSignedByAKeyNotItsIssuersFailsItsBindingInBothModes() {
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        ObjectNode signed = signDi(unsigned, other);

        assertThat(outcome(verifier.verify(text(signed)), "proof.key-binding")).isEqualTo(Outcome.FAILED);
        VerificationReport lenient = VerifierFixtures.lenient(DocumentFetcher.refusing()).verify(text(signed));
        assertThat(outcome(lenient, "proof.key-binding")).as("another did:key is someone else's").isEqualTo(Outcome.FAILED);
    }

    @Test
    void aClrInvalidAgainstTheSchemaIsNotVerifiedThoughItsProofIsGood() {
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        unsigned.remove("name");

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).extracting(Check::id, Check::path)
                .contains(org.assertj.core.groups.Tuple.tuple("document.valid", "/name"));
        assertThat(report.verified()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ProofSuite.class, names = {"EDDSA_RDFC_2022", "EDDSA_2022", "ED25519_SIGNATURE_2020", "ECDSA_RDFC_2019"})
    void theOuterProofVerifiesInEveryEmbeddedProofFormat(ProofSuite suite) {
        LaurelKey key = suite == ProofSuite.ECDSA_RDFC_2019 ? KeyPairs.generate(KeyKind.P256) : university;
        ObjectNode unsigned = clr(key, List.of(signedNested(university, 0)));
        if (suite == ProofSuite.ED25519_SIGNATURE_2020) {
            ((ArrayNode) unsigned.get("@context")).add("https://w3id.org/security/suites/ed25519-2020/v1");
        }
        ObjectNode signed = suite == ProofSuite.EDDSA_2022 ? VerifierFixtures.draftEddsa2022(unsigned, key)
                : DataIntegritySigner.of(key).sign(unsigned,
                        ProofOptions.of(suite, key.didKeyVerificationMethod(), VerifierFixtures.ISSUED));

        VerificationReport report = verifier.verify(text(signed));

        assertThat(report.failures()).as(suite.toString()).isEmpty();
        assertThat(report.verified()).isTrue();
        // The nested credential's subject is the learner, though its issuer differs from the CLR's.
        assertThat(outcome(report, "clr.subject")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aClrAsVcJwtVerifiesWithItsNestedCredentials() {
        String jwt = VerifierFixtures.signJwt(clr(university, List.of(signedNested(university, 0),
                signedNested(university, 1))), university);

        VerificationReport report = verifier.verify(jwt);

        assertThat(report.failures()).isEmpty();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.kind()).isEqualTo(DocumentKind.CLR_CREDENTIAL);
        assertThat(report.verifiedNested()).hasSize(2);
    }

    @Test
    void nestedCredentialsGivenAsVcJwtStringsAreVerifiedToo() {
        String nestedJwt = VerifierFixtures.signJwt(nested(university, 1), university);
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        ((ArrayNode) unsigned.at(NESTED)).add(nestedJwt);

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(report.nested()).hasSize(2);
        assertThat(report.nested().get(1).report().proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.nested().get(1).verified()).as(report.nested().get(1).report().failures().toString()).isTrue();
    }

    @Test
    void aClrNestedInAClrIsNotVerifiedAsOne() {
        ObjectNode inner = signedClr(university, 1);
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        ((ArrayNode) unsigned.at(NESTED)).add(inner);

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(report.verified()).isFalse();
        assertThat(report.failedNested()).singleElement().satisfies(n -> {
            assertThat(n.report().kind()).isEqualTo(DocumentKind.CLR_CREDENTIAL);
            assertThat(n.report().nested()).isEmpty();
            assertThat(outcome(n.report(), "document.kind")).isEqualTo(Outcome.FAILED);
        });
    }

    // ------------------------------------------------------------------ recipient sameness

    @Test
    void aNestedCredentialAboutAnotherLearnerWarnsAtItsPointerOrFailsWhenRequired() {
        ObjectNode stranger = nested(university, 1);
        ((ObjectNode) stranger.get("credentialSubject")).put("id", "did:example:someone-else");
        ObjectNode signed = signDi(clr(university, List.of(signedNested(university, 0), signDi(stranger, university))),
                university);

        VerificationReport report = verifier.verify(text(signed));

        assertThat(report.verified()).as("by default a warning, as the reference validator does not compare").isTrue();
        assertThat(report.warnings()).extracting(Check::id, Check::path).contains(
                org.assertj.core.groups.Tuple.tuple("clr.subject", NESTED + "/1/credentialSubject"));
        assertThat(report.checks()).filteredOn(c -> c.step() == ClrCheck.SUBJECT).last()
                .satisfies(c -> assertThat(c.message()).startsWith("the subject is not the CLR's learner"));

        VerificationReport strict = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK)
                .requireSameLearner().build().verify(text(signed));
        assertThat(strict.verified()).isFalse();
        assertThat(strict.failures()).extracting(Check::id, Check::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("clr.subject", NESTED + "/1/credentialSubject"));
        assertThat(strict.nested().get(1).verified()).as("the credential itself is fine").isTrue();
    }

    @Test
    void hashedIdentifiersAreComparedWhereIdsAreAbsent() {
        IdentityObject hashed = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org", "pepper");
        IdentityObject plainOther = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "max@example.org");
        // The fixtures' nested subject carries a hashed alice@example.org identifier; drop ids on both sides.
        ObjectNode same = nested(university, 0);
        ((ObjectNode) same.get("credentialSubject")).remove("id");
        ((ObjectNode) same.get("credentialSubject")).putArray("identifier").add(JSON.toJson(hashed));
        ObjectNode different = nested(university, 1);
        ((ObjectNode) different.get("credentialSubject")).remove("id");
        ((ObjectNode) different.get("credentialSubject")).putArray("identifier").add(JSON.toJson(plainOther));
        ObjectNode unsigned = clr(university, List.of(signDi(same, university), signDi(different, university)));
        ObjectNode learner = (ObjectNode) unsigned.get("credentialSubject");
        learner.remove("id");
        learner.putArray("identifier").add(JSON.toJson(IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS,
                "sam@example.org")));

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(report.checks()).filteredOn(c -> c.step() == ClrCheck.SUBJECT)
                .extracting(Check::path, Check::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NESTED + "/0/credentialSubject", Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple(NESTED + "/1/credentialSubject", Outcome.WARNING));
        assertThat(report.verified()).isTrue();
    }

    @Test
    void nothingComparableIsAWarningThatSaysWhy() {
        ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
        ObjectNode learner = (ObjectNode) unsigned.get("credentialSubject");
        learner.remove("id");
        learner.putArray("identifier").add(JSON.toJson(IdentityObject.plain(IdentifierTypeEnum.SIS_SOURCED_ID, "S-1")));
        // The nested subject has an id (and a hashed e-mail), the learner only a student id: nothing to compare.

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(report.checks()).filteredOn(c -> c.step() == ClrCheck.SUBJECT).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.WARNING);
            assertThat(c.message()).contains("nothing to compare");
        });
        assertThat(report.verified()).isTrue();
    }

    @Test
    void aKnownRecipientIsMatchedAgainstTheClrsLearner() {
        String signed = text(signedClr(university, 1));

        assertThat(outcome(verifier.verify(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Recipient.parse("id:" + LEARNER)), "recipient.match")).isEqualTo(Outcome.PASSED);
        VerificationReport wrong = verifier.verify(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Recipient.parse("id:did:example:other"));
        assertThat(outcome(wrong, "recipient.match")).isEqualTo(Outcome.FAILED);
        assertThat(wrong.verified()).isFalse();
    }

    // ------------------------------------------------------------------ concurrency and bounds

    @Test
    void aThreadPoolGivesTheSameReportsInDocumentOrder() {
        List<ObjectNode> credentials = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            credentials.add(signedNested(i % 2 == 0 ? university : other, i));
        }
        credentials.get(5).put("name", "tampered");
        String signed = text(signDi(clr(university, credentials), university));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Verifier concurrent = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).executor(pool).build();
            VerificationReport sequential = verifier.verify(signed);
            for (int round = 0; round < 3; round++) {
                VerificationReport parallel = concurrent.verify(signed);
                assertThat(parallel.checks()).isEqualTo(sequential.checks());
                assertThat(parallel.nested()).extracting(NestedReport::pointer)
                        .isEqualTo(sequential.nested().stream().map(NestedReport::pointer).toList());
                for (int i = 0; i < 12; i++) {
                    assertThat(parallel.nested().get(i).report().checks())
                            .isEqualTo(sequential.nested().get(i).report().checks());
                }
            }
            assertThat(sequential.failedNested()).extracting(NestedReport::pointer).containsExactly(NESTED + "/5");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nestedCredentialsRunOnThePoolsThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            java.util.concurrent.Executor recording = task -> pool.execute(() -> {
                threads.add(Thread.currentThread().getName());
                task.run();
            });
            Verifier concurrent = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).executor(recording).build();
            assertThat(concurrent.verify(text(signedClr(university, 6))).verified()).isTrue();
            assertThat(threads).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("pool-"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aOneThreadPoolWhoseThreadCallsTheVerifierDoesNotDeadlock() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Verifier concurrent = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).executor(pool).build();
            String signed = text(signedClr(university, 4));
            // The pool's only thread verifies the CLR and so cannot also run the nested entries it offers the pool:
            // it takes them itself.
            VerificationReport report = pool.submit(() -> concurrent.verify(signed)).get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(report.verified()).isTrue();
            assertThat(report.nested()).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPresentationsCredentialsVerifyOnThePoolToo() {
        ObjectNode vp = VerifierFixtures.object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"type\": [\"VerifiablePresentation\"], \"holder\": \"" + LEARNER + "\"}");
        ArrayNode credentials = vp.putArray("verifiableCredential");
        for (int i = 0; i < 5; i++) {
            credentials.add(signedNested(i % 2 == 0 ? university : other, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Verifier concurrent = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).executor(pool).build();
            VerificationReport sequential = verifier.verify(text(vp));
            VerificationReport parallel = concurrent.verify(text(vp));
            assertThat(parallel.checks()).isEqualTo(sequential.checks());
            assertThat(parallel.presentation().orElseThrow().credentials()).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(parallel.presentation().orElseThrow().credentials().get(i).checks())
                        .isEqualTo(sequential.presentation().orElseThrow().credentials().get(i).checks());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void moreNestedCredentialsThanTheReaderAllowsAreNotVerifiedAtAll() {
        AtomicInteger fetches = new AtomicInteger();
        DocumentFetcher counting = (uri, accept) -> {
            fetches.incrementAndGet();
            throw new FetchException(FetchCode.FETCH_REFUSED, "offline");
        };
        Verifier capped = Verifier.builder().fetcher(counting).clock(CLOCK)
                .json(BadgeJson.withLimits(JsonLimits.DEFAULT.withMaxNestedCredentials(2))).build();

        VerificationReport report = capped.verify(text(signedClr(university, 3)));

        assertThat(report.verified()).isFalse();
        assertThat(report.nested()).isEmpty();
        assertThat(report.failures()).extracting(Check::id).containsExactly("input.readable");
        assertThat(report.failures().get(0).code()).hasValue(JsonCode.TOO_MANY_NESTED_CREDENTIALS);
        assertThat(fetches.get()).isZero();
        assertThat(Verifier.builder().fetcher(counting).clock(CLOCK).maxCredentials(2).build()
                .verify(text(signedClr(university, 3))).nested())
                .as("maxCredentials bounds presentations, not a CLR's nested credentials").hasSize(3);
    }

    @Test
    void theNestedCredentialsShareTheClrsFetchBudget() throws Exception {
        // Twenty nested credentials whose keys sit on twenty different https URLs: each would need a fetch.
        List<ObjectNode> credentials = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String vm = "https://keys" + i + ".example/k#" + university.publicKeyMultibase();
            credentials.add(DataIntegritySigner.of(university).sign(nested(university, i),
                    ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, vm, VerifierFixtures.ISSUED)));
        }
        String signed = text(signDi(clr(university, credentials), university));
        for (boolean concurrently : new boolean[] {false, true}) {
            AtomicInteger fetches = new AtomicInteger();
            DocumentFetcher counting = (uri, accept) -> {
                fetches.incrementAndGet();
                throw new FetchException(FetchCode.FETCH_REFUSED, "offline");
            };
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Verifier.Builder b = Verifier.builder().fetcher(counting).clock(CLOCK).maxFetches(5);
                if (concurrently) {
                    b.executor(pool);
                }
                VerificationReport report = b.build().verify(signed);

                assertThat(fetches.get()).as("concurrently " + concurrently).isLessThanOrEqualTo(5);
                assertThat(outcome(report, "verifier.limits")).isEqualTo(Outcome.FAILED);
                assertThat(report.verified()).isFalse();
                assertThat(report.nested()).hasSize(20);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aThousandNestedCredentialsCostNoMoreThanTheBudget() {
        // As many as BadgeJson reads by default, each with its key on its own https URL; no outer proof needed.
        List<ObjectNode> credentials = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String vm = "https://keys" + i + ".example/k#" + university.publicKeyMultibase();
            credentials.add(DataIntegritySigner.of(university).sign(nested(university, i),
                    ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, vm, VerifierFixtures.ISSUED)));
        }
        String clr = text(clr(university, credentials));
        AtomicInteger fetches = new AtomicInteger();
        DocumentFetcher counting = (uri, accept) -> {
            fetches.incrementAndGet();
            throw new FetchException(FetchCode.FETCH_REFUSED, "offline");
        };

        VerificationReport roomy = verifier(counting).verify(clr);
        assertThat(roomy.nested()).hasSize(1000);
        assertThat(fetches.get()).as("the default budget of 16 distinct documents").isLessThanOrEqualTo(16);
        assertThat(outcome(roomy, "verifier.limits")).isEqualTo(Outcome.FAILED);
        assertThat(roomy.verified()).isFalse();
    }

    @Test
    void nestedCredentialsStartedAfterTheDeadlineAreNotVerified() {
        Verifier hurried = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK)
                .deadline(java.time.Duration.ofNanos(1)).build();

        VerificationReport report = hurried.verify(text(signedClr(university, 3)));

        assertThat(report.verified()).isFalse();
        assertThat(report.nested()).hasSize(3).allSatisfy(n ->
                assertThat(outcome(n.report(), "verifier.limits")).isEqualTo(Outcome.FAILED));
    }

    // ------------------------------------------------------------------ round trip and older forms

    @Test
    void aClrReadAndWrittenBackStillVerifies() {
        String signed = text(signedClr(university, 2));
        BadgeDocument read = JSON.read(signed);
        String written = JSON.write(read.model().orElseThrow());

        assertThat(JSON.read(written).json()).isEqualTo(read.json());
        assertThat(verifier.verify(written).verified()).isTrue();
    }

    @Test
    void aVcdm11ClrWithVcdm11NestedCredentialsVerifiesWithLegacyWarnings() {
        ObjectNode nested = vcdm11(nested(university, 0));
        ObjectNode unsigned = vcdm11(clr(university, List.of(signDi(nested, university))));

        VerificationReport report = verifier.verify(text(signDi(unsigned, university)));

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.warnings()).extracting(Check::message).anyMatch(m -> m.contains("LEGACY_FORM") || m.contains("1.1"));
        assertThat(report.nested().get(0).report().warnings()).extracting(c -> String.valueOf(c.code().orElse(null)))
                .contains("LEGACY_FORM");
    }

    static ObjectNode vcdm11(ObjectNode credential) {
        ((ArrayNode) credential.get("@context")).set(0, com.fasterxml.jackson.databind.node.TextNode.valueOf(
                "https://www.w3.org/2018/credentials/v1"));
        credential.set("issuanceDate", credential.remove("validFrom"));
        return credential;
    }

    @Test
    void anEmbeddedProofCannotCoverA11CredentialInsideA20One() {
        ObjectNode endorsement = vcdm11(VerifierFixtures.endorsement(other, "urn:uuid:0a1b2c3d-0000-4000-8000-000000000009",
                VerifierFixtures.CREDENTIAL_ID));
        ObjectNode credential = VerifierFixtures.credential(university);
        credential.putArray("endorsement").add(endorsement);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signDi(credential, university))
                .hasMessageContaining("PROTECTED_TERM_REDEFINITION");
    }

    // ------------------------------------------------------------------ the official vector

    @Test
    void theOfficialSignedClrVectorVerifiesWithItsIssuersKey() {
        ObjectNode vector = VerifierFixtures.resource("/vectors/clr-spec/clr-signed-credential.json");
        String issuer = "https://example.edu/issuers/565049";
        String vm = issuer + "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
        // The vector's issuer document, as the issuer would serve it: the key, listed for assertions.
        DocumentFetcher issuerDocument = MapDocumentFetcher.builder().put(issuer, "{\"@context\":"
                + " [\"https://www.w3.org/ns/did/v1\"], \"id\": \"" + issuer + "\", \"verificationMethod\": [{\"id\": \""
                + vm + "\", \"type\": \"Multikey\", \"controller\": \"" + issuer + "\", \"publicKeyMultibase\":"
                + " \"z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi\"}], \"assertionMethod\": [\"" + vm + "\"]}").build();
        Verifier atIssuance = Verifier.builder().fetcher(issuerDocument)
                .clock(java.time.Clock.fixed(Instant.parse("2010-01-02T00:00:00Z"), java.time.ZoneOffset.UTC)).build();

        VerificationReport report = atIssuance.verify(text(vector));

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(report.nested()).singleElement().satisfies(n -> {
            assertThat(n.pointer()).isEqualTo(NESTED + "/0");
            assertThat(outcome(n.report(), "proof.signature")).isEqualTo(Outcome.PASSED);
            assertThat(n.verified()).isTrue();
        });
    }

    @Test
    void offlineTheVectorsFragmentKeysVerifyButTheirBindingOnlyLeniently() {
        String vector = text(VerifierFixtures.resource("/vectors/clr-spec/clr-signed-credential.json"));
        java.time.Clock then = java.time.Clock.fixed(Instant.parse("2010-01-02T00:00:00Z"), java.time.ZoneOffset.UTC);

        VerificationReport strict = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(then).build().verify(vector);
        VerificationReport lenient = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(then)
                .keyBinding(BindingMode.LENIENT).build().verify(vector);

        assertThat(strict.verified()).isFalse();
        assertThat(outcome(strict, "proof.signature")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(strict, "proof.key-binding")).isEqualTo(Outcome.FAILED);
        assertThat(lenient.failures()).isEmpty();
        assertThat(lenient.verified()).isTrue();
        assertThat(outcome(lenient, "proof.key-binding")).isEqualTo(Outcome.WARNING);
        assertThat(outcome(lenient.nested().get(0).report(), "proof.key-binding")).isEqualTo(Outcome.WARNING);
    }

    // ------------------------------------------------------------------ the reference validator's fixtures

    private static VerificationReport lenientIn2024(String resource) {
        return Verifier.builder().fetcher(DocumentFetcher.refusing()).keyBinding(BindingMode.LENIENT)
                .clock(java.time.Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build()
                .verify(text(VerifierFixtures.resource(resource)));
    }

    @Test
    void theReferenceValidatorsSimpleClrVerifiesLeniently() {
        VerificationReport report = lenientIn2024("/vectors/clr-validator/simple.json");

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.nested()).singleElement().satisfies(n -> assertThat(n.verified()).isTrue());
    }

    @Test
    void inSimpleV1EveryProofVerifiesAndTheFirstNestedSubjectIsAnotherIdAWarning() {
        // VC 1.1 with Ed25519Signature2020 throughout: every signature verifies. The reference validator answers
        // "warning" for this file; Laurel warns that the first nested credential's subject id is not the CLR
        // subject's (docs/CLR.md, "Recipient sameness"); requireSameLearner() would fail it.
        VerificationReport report = lenientIn2024("/vectors/clr-validator/simple_v1.json");

        assertThat(report.nested()).hasSize(6).allSatisfy(n -> assertThat(n.verified()).isTrue());
        assertThat(report.failures()).isEmpty();
        assertThat(report.warnings()).extracting(Check::id, Check::path).contains(
                org.assertj.core.groups.Tuple.tuple("clr.subject", NESTED + "/0/credentialSubject"));
        assertThat(report.warnings()).extracting(c -> String.valueOf(c.code().orElse(null))).contains("LEGACY_FORM");
        assertThat(report.verified()).as("as the reference validator answers: warning").isTrue();
    }

    @Test
    void bothClrContextsResolveOffline() {
        for (String context : List.of("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/clr/v2p0/context.json")) {
            ObjectNode unsigned = clr(university, List.of(signedNested(university, 0)));
            ((ArrayNode) unsigned.get("@context")).set(1, com.fasterxml.jackson.databind.node.TextNode.valueOf(context));
            AtomicInteger fetches = new AtomicInteger();
            DocumentFetcher counting = (uri, accept) -> {
                fetches.incrementAndGet();
                throw new FetchException(FetchCode.FETCH_REFUSED, "offline");
            };

            VerificationReport report = verifier(counting).verify(text(signDi(unsigned, university)));

            assertThat(outcome(report, "proof.signature")).as(context).isEqualTo(Outcome.PASSED);
            assertThat(outcome(report, "proof.canonicalization")).as(context).isEqualTo(Outcome.PASSED);
            assertThat(report.verified()).as(context + " " + report.failures()).isTrue();
            assertThat(fetches.get()).as(context).isZero();
        }
    }

    @Test
    void aLoneOb3CredentialWithAnEmbeddedVcdm11EndorsementVerifies() {
        ObjectNode endorsement = vcdm11(VerifierFixtures.endorsement(other, "urn:uuid:0a1b2c3d-0000-4000-8000-000000000009",
                VerifierFixtures.CREDENTIAL_ID));
        // As 1.1 endorsements in the wild are (simple_v1.json): the 1.1 context with the first OB 3.0 context, whose
        // EndorsementCredential terms do not clash with the 1.1 context's protected ones as 3.0.3's do.
        ((ArrayNode) endorsement.get("@context")).set(1, com.fasterxml.jackson.databind.node.TextNode.valueOf(
                "https://purl.imsglobal.org/spec/ob/v3p0/context.json"));
        ObjectNode credential = VerifierFixtures.credential(university);
        credential.putArray("endorsement").add(signDi(endorsement, other));

        // Signed as a VC-JWT: an embedded proof over a VC 2.0 credential cannot cover an embedded 1.1 one, whose
        // context redefines terms the 2.0 context protects (JSON-LD PROTECTED_TERM_REDEFINITION; see the next test).
        VerificationReport report = verifier.verify(VerifierFixtures.signJwt(credential, university));

        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(outcome(report, "endorsement.verified")).isEqualTo(Outcome.PASSED);
        assertThat(report.warnings()).extracting(Check::path).contains("/endorsement/0/validFrom");
    }
}
