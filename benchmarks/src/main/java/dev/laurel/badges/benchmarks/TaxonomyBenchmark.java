package dev.laurel.badges.benchmarks;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The taxonomy services' goals: classify at least 500,000 badges a second on one core; judge a policy over a
 * 1,000-credential backpack, and compute progress on a 50-step pathway over one, each in under a millisecond.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Taxonomy -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TaxonomyBenchmark {

    private static final int BADGES = 1024;
    private static final int BACKPACK = 1000;
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String ISSUER = "https://issuer.example.org/profile";
    private static final String[] NARRATIVES = {
        "Attended the one-hour webinar on data privacy and took part in the discussion.",
        "Team members are nominated for this badge by their peers and recognized upon review by management.",
        "Learners must present source code showing the ability for a robot to accept manual or sensor input and "
                + "perform conditional actions in response.",
        "Pass the proctored certification exam with a score of at least 80 percent.",
        "Complete a capstone project that synthesizes the programme, assessed by a panel of experts.",
        "Students are tested on knowledge and safety, both through a paper test and a supervised performance "
                + "evaluation on live equipment.",
        "Cite strong and thorough textual evidence to support analysis of what the text says explicitly.",
        "Submit a portfolio of hands-on lab work demonstrating practical skills."
    };
    private static final AchievementType[] TYPES = {
        AchievementType.COMPETENCY, AchievementType.CERTIFICATE_OF_COMPLETION, AchievementType.BADGE,
        AchievementType.ASSESSMENT, AchievementType.AWARD, AchievementType.CERTIFICATION
    };

    /** Inferred: no declared level, every rule runs. */
    private OpenBadgeCredential[] inferred;
    /** Declared: a Laurel level alignment, read and done. */
    private OpenBadgeCredential[] declared;
    private Backpack backpack;
    private Policy policy;
    private Pathways pathways;

    private static String competency(int i) {
        return "https://example.org/competencies/" + (i % 40);
    }

    private static OpenBadgeCredential credential(int i, Optional<LevelKind> level) {
        Achievement.Builder a = Achievement.builder()
                .id("https://example.org/achievements/" + (i % 200))
                .name("Achievement " + i)
                .description("This achievement represents developing capability number " + i + ".")
                .criteria(Criteria.ofNarrative(NARRATIVES[i % NARRATIVES.length]))
                .tag(List.of("data", i % 3 == 0 ? "workshop" : "robotics"))
                .addAlignment(Alignment.of("Competency " + (i % 40), competency(i), "Example Framework",
                        "C-" + (i % 40)).withTargetType(AlignmentTargetType.CF_ITEM));
        if (i % 4 != 3) {
            a.achievementType(TYPES[i % TYPES.length]);
        }
        if (i % 5 == 0) {
            a.resultDescription(List.of(ResultDescription.builder().id("urn:example:rd:" + i).name("Score")
                    .resultType(ResultType.PERCENT).requiredValue("80").build()));
        }
        level.ifPresent(k -> a.level(CredentialLevel.of(k)));
        OpenBadgeCredential.Builder c = OpenBadgeCredential.builder()
                .id("urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", i))
                .issuer(Profile.of(i % 7 == 0 ? "https://other.example.org/profile" : ISSUER, "Example Issuer"))
                .validFrom(NOW.minusSeconds(86_400L * (30 + (i * 17L) % 1500)))
                .credentialSubject(AchievementSubject.builder().id("did:example:learner").achievement(a.build())
                        .build());
        if (i % 6 == 0) {
            c.validUntil(NOW.plusSeconds(86_400L * ((i % 12) - 6) * 30));
        }
        if (i % 2 == 0) {
            c.addEvidence(Evidence.of("https://example.org/evidence/" + i, "Work sample"));
        }
        return c.build();
    }

    /** Sets up the badges, a 1,000-credential backpack, a policy and a 50-step pathway. */
    @Setup
    public void setUp() {
        LevelKind[] kinds = LevelKind.values();
        inferred = new OpenBadgeCredential[BADGES];
        declared = new OpenBadgeCredential[BADGES];
        for (int i = 0; i < BADGES; i++) {
            inferred[i] = credential(i, Optional.empty());
            declared[i] = credential(i, Optional.of(kinds[i % kinds.length]));
        }

        Backpack pack = Backpack.empty();
        List<Credential> creds = new ArrayList<>(BACKPACK);
        for (int i = 0; i < BACKPACK; i++) {
            creds.add(Credential.of(i % 2 == 0 ? declared[i] : inferred[i]));
        }
        pack = pack.withAll(creds);
        for (int i = 0; i < BACKPACK; i += 3) {
            String id = pack.entries().get(i).id().orElseThrow();
            pack = pack.withVerification(id, i % 9 == 0 ? VerificationStatus.notVerified(NOW)
                    : VerificationStatus.verified(NOW)).withVisibility(id, Visibility.PUBLIC);
        }
        backpack = pack;

        policy = Policy.builder()
                .minimumLevel(CredentialLevel.skill())
                .alignedTo(competency(7))
                .trustedIssuers(List.of(ISSUER))
                .requireVerified()
                .notExpired()
                .issuedWithin(Period.ofYears(3))
                .onUnknown(Verdict.REFER)
                .build();

        List<Pathway> all = new ArrayList<>();
        Pathway.Builder main = Pathway.builder("main", "Fifty steps").goal("https://example.org/achievements/goal");
        for (int s = 0; s < 20; s++) {
            main.step(new Step.RequiredAchievement("req-" + s, "https://example.org/achievements/" + (s * 9)));
        }
        for (int s = 0; s < 15; s++) {
            main.competency("comp-" + s, CredentialLevel.of(kinds[s % 4]), competency(s * 3));
        }
        for (int s = 0; s < 10; s++) {
            List<Step> options = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                options.add(new Step.RequiredAchievement("any-" + s + "-" + o,
                        "https://example.org/achievements/" + (150 + s * 4 + o)));
            }
            main.step(new Step.AnyOf("any-" + s, 2, options));
        }
        for (int s = 0; s < 5; s++) {
            all.add(Pathway.builder("sub-" + s, "Sub " + s)
                    .require("https://example.org/achievements/" + (100 + s))
                    .competency("sub-comp", CredentialLevel.knowledge(), "C-" + (20 + s))
                    .require("https://example.org/achievements/" + (300 + s))
                    .build());
            main.subPathway("sub-" + s);
        }
        all.add(0, main.build());
        pathways = Pathways.of(all);
        // Build the backpack's look-up index once, as any first call would.
        pathways.progress("main", backpack, Optional.empty(), Counting.PREVIEW);
    }

    /** Classifies badges whose level must be inferred from the evidence; one operation is one badge. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BADGES)
    public void classifyInferred(Blackhole bh) {
        Classifier classifier = Classifier.standard();
        for (OpenBadgeCredential c : inferred) {
            bh.consume(classifier.classify(c));
        }
    }

    /** Classifies badges that declare their level; one operation is one badge. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BADGES)
    public void classifyDeclared(Blackhole bh) {
        Classifier classifier = Classifier.standard();
        for (OpenBadgeCredential c : declared) {
            bh.consume(classifier.classify(c));
        }
    }

    /**
     * Judges a six-condition policy over every credential of a 1,000-credential backpack, and picks the best.
     * A preview, so that every credential is judged (the default judges only the verified ones, fewer).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object policyOverBackpack() {
        PolicyReport report = policy.evaluate(backpack, NOW, Counting.PREVIEW);
        return report.best();
    }

    /**
     * Computes progress on a 50-step pathway (with any-of and sub-pathway steps) over 1,000 credentials, as a
     * preview so that every credential counts (the default counts only the verified ones).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PathwayProgress pathwayProgress() {
        return pathways.progress("main", backpack, Optional.of(NOW), Counting.PREVIEW);
    }

    /**
     * The same on a backpack just changed (a new value, so its look-up index is built again): the cost of the
     * first progress after an edit.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PathwayProgress pathwayProgressAfterAnEdit() {
        BackpackEntry first = backpack.entries().get(0);
        Backpack edited = backpack.withVisibility(first.id().orElseThrow(), Visibility.LINK);
        return pathways.progress("main", edited, Optional.of(NOW), Counting.PREVIEW);
    }
}
