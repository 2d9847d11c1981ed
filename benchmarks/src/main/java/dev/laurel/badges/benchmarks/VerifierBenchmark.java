package dev.laurel.badges.benchmarks;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Result;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole {@link Verifier} on one thread, offline: OB 2.0 hosted assertions with a warm cache (256
 * distinct assertions sharing one badge class and issuer; the class and issuer come from the cache, each
 * assertion is "fetched" as fresh bytes as it would be from the network, so nothing about an assertion is
 * remembered between verifications), and OB 3.0 credentials with an eddsa-rdfc-2022 proof whose
 * achievement carries 1, 10 or 100 alignments and results, to show how time grows with size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifierBenchmark {

    static final String ISSUER = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Issuer\","
            + "\"id\":\"https://example.org/issuer.json\",\"name\":\"Example\",\"url\":\"https://example.org\","
            + "\"email\":\"badges@example.org\"}";
    static final String BADGE_CLASS = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"BadgeClass\","
            + "\"id\":\"https://example.org/badges/5.json\",\"name\":\"3-D Printmaster\",\"description\":\"Safety test.\","
            + "\"image\":\"https://example.org/badges/5.png\",\"criteria\":{\"narrative\":\"Pass the test.\"},"
            + "\"issuer\":\"https://example.org/issuer.json\"}";
    static final String ASSERTION = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://example.org/assertions/123.json\",\"recipient\":{\"type\":\"email\",\"hashed\":true,"
            + "\"salt\":\"deadsea\",\"identity\":\"sha256$c934fdacc6242be0277a284970416aa9bfa583241fb85094bc96c504ee0abd4e\"},"
            + "\"issuedOn\":\"2016-12-31T23:59:59+00:00\",\"verification\":{\"type\":\"hosted\"},"
            + "\"badge\":\"https://example.org/badges/5.json\"}";

    /** How many alignments and results the credential's achievement carries. */
    @Param({"1", "10", "100"})
    public int size;

    private Verifier hostedVerifier;
    private Verifier offline;
    private static final int DISTINCT_ASSERTIONS = 256;

    private byte[][] hosted;
    private int next;
    private byte[] credential;

    /** Builds the verifiers and the documents. */
    @Setup
    public void setUp() {
        MapDocumentFetcher.Builder shared = MapDocumentFetcher.builder().put("https://example.org/issuer.json", ISSUER)
                .put("https://example.org/badges/5.json", BADGE_CLASS);
        hosted = new byte[DISTINCT_ASSERTIONS][];
        java.util.Map<String, byte[]> assertions = new java.util.HashMap<>();
        for (int i = 0; i < DISTINCT_ASSERTIONS; i++) {
            String url = "https://example.org/assertions/" + i + ".json";
            hosted[i] = assertion(i).getBytes(StandardCharsets.UTF_8);
            assertions.put(url, hosted[i]);
        }
        DocumentFetcher cached = shared.build();
        // An assertion comes from the network each time (fresh bytes); its badge class and issuer from the cache.
        DocumentFetcher web = (uri, accept) -> {
            byte[] body = assertions.get(uri.toString());
            return body != null ? new FetchedDocument(uri, java.util.Optional.of("application/json"), body.clone())
                    : cached.fetch(uri, accept);
        };
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        hostedVerifier = Verifier.builder().fetcher(web).clock(clock).build();
        offline = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(clock).build();
        credential = signedCredential(size).getBytes(StandardCharsets.UTF_8);
        for (byte[] h : hosted) {
            check(hostedVerifier.verify(h), "hosted");
        }
        check(offline.verify(credential), "credential");
    }

    /** The i-th assertion: its own id, recipient salt and identity hash; the one badge class. */
    static String assertion(int i) {
        String salt = "salt" + i;
        String identity;
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("learner" + i + "@example.org" + salt).getBytes(StandardCharsets.UTF_8));
            identity = java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return ASSERTION.replace("assertions/123.json", "assertions/" + i + ".json")
                .replace("\"salt\":\"deadsea\"", "\"salt\":\"" + salt + "\"")
                .replace("c934fdacc6242be0277a284970416aa9bfa583241fb85094bc96c504ee0abd4e", identity);
    }

    private static void check(VerificationReport report, String what) {
        if (!report.verified()) {
            throw new IllegalStateException(what + " does not verify: " + report.failures());
        }
    }

    static String signedCredential(int size) {
        LaurelKey keys = KeyPairs.generateEd25519(new SecureRandom(new byte[] {7}));
        Instant issued = Instant.parse("2026-01-01T00:00:00Z");
        Achievement.Builder achievement = Achievement.builder().id("https://example.edu/achievements/a")
                .name("Data Analysis").description("Analyses data sets and reports findings.")
                .criteria(Criteria.ofNarrative("Completed the graded project."));
        AchievementSubject.Builder subject = AchievementSubject.builder().id("did:example:learner");
        for (int i = 0; i < size; i++) {
            String rd = "https://example.edu/results/" + i;
            achievement.addAlignment(Alignment.of("Competency " + i, "https://example.edu/competencies/" + i));
            achievement.addResultDescription(ResultDescription.builder().id(rd).name("Part " + i)
                    .resultType(ResultType.PERCENT).build());
            subject.addResult(Result.ofValue(rd, Integer.toString(50 + i % 50)));
        }
        OpenBadgeCredential c = OpenBadgeCredential.builder().id("urn:uuid:bench-" + size).name("Data Analysis")
                .issuer(Profile.of(keys.didKey(), "Bench University")).validFrom(issued)
                .credentialSubject(subject.achievement(achievement.build()).build()).build();
        BadgeJson json = BadgeJson.standard();
        return json.serialize(DataIntegritySigner.of(keys).sign(json.toJson(c),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(), issued)), false);
    }

    /** @return the report for one of 256 distinct hosted OB 2.0 assertions (badge class and issuer cached) */
    @Benchmark
    public VerificationReport hostedOb2WarmCache() {
        next = (next + 1) % DISTINCT_ASSERTIONS;
        return hostedVerifier.verify(hosted[next]);
    }

    /** @return the report for an OB 3.0 credential with an embedded eddsa-rdfc-2022 proof */
    @Benchmark
    public VerificationReport dataIntegrityCredential() {
        return offline.verify(credential);
    }
}
