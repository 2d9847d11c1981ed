package dev.laurel.badges.examples;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Bulk issuing, as an LMS does at the end of a course: one signed OB 3.0 credential per learner,
 * written as files, on all cores, with a progress bar. The achievement is built once and shared: model
 * records are immutable, so every thread can use them.
 */
public final class BulkIssue {

    private BulkIssue() {
    }

    /**
     * Issues to {@code learners} learners.
     *
     * @param out the folder to write {@code learner-N.json} files into
     * @param learners how many
     * @param showProgress whether to draw a progress bar on stderr
     * @return how many credentials were written
     * @throws UncheckedIOException if a file cannot be written
     */
    public static int run(Path out, int learners, boolean showProgress) {
        LaurelKey keys = KeyPairs.generate(KeyKind.ED25519);
        String vm = keys.didKeyVerificationMethod();
        Profile issuer = Profile.of(keys.didKey(), "Example Online Academy");
        Achievement achievement = Achievement.builder().id("https://academy.example/achievements/sql-basics")
                .name("SQL Basics").description("Writes correct SELECT, JOIN and GROUP BY queries.")
                .criteria(Criteria.ofNarrative("Passed the final quiz.")).level(CredentialLevel.knowledge()).build();
        DataIntegritySigner signer = DataIntegritySigner.of(keys);
        BadgeJson json = BadgeJson.standard();
        Instant now = Instant.now();
        AtomicInteger written = new AtomicInteger();
        try (ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("issuing").setInitialMax(learners)
                .setStyle(ProgressBarStyle.ASCII).build() : null) {
            Files.createDirectories(out);
            IntStream.range(0, learners).parallel().forEach(i -> {
                OpenBadgeCredential credential = OpenBadgeCredential.builder().id("urn:uuid:" + UUID.randomUUID())
                        .name("SQL Basics").issuer(issuer).validFrom(now)
                        .credentialSubject(AchievementSubject.builder()
                                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS,
                                        "learner" + i + "@academy.example", "s" + i))
                                .achievement(achievement).build())
                        .build();
                String signed = json.serialize(signer.sign(json.toJson(credential),
                        ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, vm, now)), false);
                try {
                    Files.writeString(out.resolve("learner-" + i + ".json"), signed, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.incrementAndGet();
                if (bar != null) {
                    bar.step();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written.get();
    }

    /**
     * Issues to 10,000 learners (or the count given).
     *
     * @param args the output folder and the count
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "issued");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long start = System.nanoTime();
        int written = run(out, count, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "issued %d credentials into %s in %.1f s (%.0f/s)%n", written, out,
                seconds, written / seconds);
    }
}
