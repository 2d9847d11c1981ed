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
 * The whole {@link Verifier} on one thread, offline: an OB 2.0 hosted assertion with a warm cache (its
 * badge class and issuer fetched once), and OB 3.0 credentials with an eddsa-rdfc-2022 proof whose
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
    private byte[] hosted;
    private byte[] credential;

    /** Builds the verifiers and the documents. */
    @Setup
    public void setUp() {
        DocumentFetcher web = MapDocumentFetcher.builder().put("https://example.org/issuer.json", ISSUER)
                .put("https://example.org/badges/5.json", BADGE_CLASS)
                .put("https://example.org/assertions/123.json", ASSERTION).build();
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        hostedVerifier = Verifier.builder().fetcher(web).clock(clock).build();
        offline = Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(clock).build();
        hosted = ASSERTION.getBytes(StandardCharsets.UTF_8);
        credential = signedCredential(size).getBytes(StandardCharsets.UTF_8);
        check(hostedVerifier.verify(hosted), "hosted");
        check(offline.verify(credential), "credential");
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

    /** @return the report for a hosted OB 2.0 assertion (badge class and issuer cached) */
    @Benchmark
    public VerificationReport hostedOb2WarmCache() {
        return hostedVerifier.verify(hosted);
    }

    /** @return the report for an OB 3.0 credential with an embedded eddsa-rdfc-2022 proof */
    @Benchmark
    public VerificationReport dataIntegrityCredential() {
        return offline.verify(credential);
    }
}
