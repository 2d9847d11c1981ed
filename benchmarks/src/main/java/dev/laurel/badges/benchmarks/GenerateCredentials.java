package dev.laurel.badges.benchmarks;

import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Writes a folder of distinct signed OB 3.0 credentials for the command-line benchmarks in
 * {@code docs/BENCHMARKS.md}: one {@code did:key} issuer, a different id and learner in each, about
 * 2-3 KB each, signed with an embedded {@code eddsa-rdfc-2022} proof ({@code di}, files {@code *.json})
 * or as VC-JWT with EdDSA ({@code jwt}, files {@code *.jwt}).
 *
 * <p>The output is deterministic: the issuer key comes from a fixed seed and every id from the
 * credential's index, so two runs write byte-identical folders.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.laurel.badges.benchmarks.GenerateCredentials OUT 2000 di}
 */
public final class GenerateCredentials {

    /** When every credential is issued and its proof created; fixed so that runs are repeatable. */
    static final Instant ISSUED = Instant.parse("2025-01-15T09:30:00Z");
    static final String HOST = "https://bench.laurel.dev";

    private static final List<LevelKind> LEVELS = List.of(LevelKind.KNOWLEDGE, LevelKind.SKILL,
            LevelKind.ABILITY, LevelKind.CERTIFICATION, LevelKind.PARTICIPATION, LevelKind.RECOGNITION);

    private GenerateCredentials() {
    }

    /**
     * Writes the credentials.
     *
     * @param args the output folder, the number of credentials and the format ({@code di} or {@code jwt})
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[2].equals("di") || args[2].equals("jwt"))) {
            System.err.println("usage: GenerateCredentials OUTPUT_FOLDER COUNT di|jwt");
            System.exit(2);
            return;
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, got " + count);
        }
        boolean jwt = args[2].equals("jwt");
        Files.createDirectories(out);

        Issuer issuer = Issuer.standard();

        int width = Integer.toString(count).length();
        LongAdder bytes = new LongAdder();
        long start = System.nanoTime();
        IntStream.range(0, count).parallel().forEach(i -> {
            byte[] content = issuer.issue(i, jwt).getBytes(StandardCharsets.UTF_8);
            bytes.add(content.length);
            String name = String.format(Locale.ROOT, "credential-%0" + width + "d.%s", i, jwt ? "jwt" : "json");
            try {
                Files.write(out.resolve(name), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf(Locale.ROOT, "wrote %d %s credentials to %s in %d ms, %d bytes each on average, issuer %s%n",
                count, jwt ? "VC-JWT" : "eddsa-rdfc-2022", out, millis, bytes.sum() / count, issuer.did());
    }

    /**
     * The benchmark issuer: a fixed-seed Ed25519 key as a {@code did:key}, its profile and its two signers.
     *
     * @param did the issuer's DID
     * @param profile the issuer profile embedded in every credential
     * @param json the codec
     * @param signer the Data Integrity signer
     * @param options the proof options (eddsa-rdfc-2022, created at {@link #ISSUED})
     * @param jwtSigner the VC-JWT signer (EdDSA, {@code kid} the did:key verification method)
     */
    record Issuer(String did, Profile profile, BadgeJson json, DataIntegritySigner signer, ProofOptions options,
                  VcJwtSigner jwtSigner) {

        /**
         * Returns the issuer every benchmark uses.
         *
         * @return the issuer
         */
        static Issuer standard() {
            byte[] seed = new byte[32];
            for (int i = 0; i < seed.length; i++) {
                seed[i] = (byte) (31 * i + 7);
            }
            LaurelKey keys = KeyPairs.fromEd25519Seed(seed);
            String did = keys.didKey();
            String verificationMethod = keys.didKeyVerificationMethod();
            Profile profile = Profile.builder().id(did).name("Laurel Benchmark University")
                    .url(HOST).email("registrar@bench.laurel.dev")
                    .description("A university that exists to issue many credentials quickly.")
                    .image(Image.of(HOST + "/logo.png", "Laurel Benchmark University logo")).build();
            return new Issuer(did, profile, BadgeJson.standard(), DataIntegritySigner.of(keys),
                    ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, verificationMethod, ISSUED),
                    VcJwtSigner.of(KeyPairs.fromEd25519Seed(seed)).withKeyId(verificationMethod));
        }

        /**
         * Issues the i-th credential.
         *
         * @param i the index, which makes the id, learner, level and dates
         * @param jwt VC-JWT if true, else JSON with an embedded eddsa-rdfc-2022 proof
         * @return the signed credential as text
         */
        String issue(int i, boolean jwt) {
            OpenBadgeCredential credential = credential(i, profile);
            return jwt ? jwtSigner.sign(json.toJson(credential))
                    : json.serialize(signer.sign(json.toJson(credential), options), false);
        }
    }

    /**
     * Builds the i-th credential, unsigned: its own id, learner, level, dates and evidence.
     *
     * @param i the index
     * @param issuer the issuer profile
     * @return the credential
     */
    static OpenBadgeCredential credential(int i, Profile issuer) {
        LevelKind level = LEVELS.get(i % LEVELS.size());
        String learner = "learner" + i + "@example.org";
        String course = "course-" + (i % 40);
        Achievement.Builder achievement = Achievement.builder()
                .id(HOST + "/achievements/" + course + "/" + level.id())
                .name("Distributed Systems " + (i % 40) + ": " + level.id())
                .description("Designs, builds and operates services that stay correct when the network and the "
                        + "machines under them fail; module " + (i % 40) + " of the programme.")
                .criteria(Criteria.ofNarrative("Completed the module's assessed project and passed its review with "
                        + "a mark of 60% or more, judged against the published rubric."))
                .level(CredentialLevel.of(level))
                .addAlignment(Alignment.of("Distributed systems engineering",
                        HOST + "/competencies/distributed-systems", "Laurel Bench Competencies", "DS-" + (i % 40)))
                .image(Image.of(HOST + "/achievements/" + course + "/image.png", "The module's badge"))
                .addTag("distributed-systems").addTag("engineering");
        AchievementSubject subject = AchievementSubject.builder()
                .id("did:example:learner-" + i)
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, learner, "salt-" + i))
                .achievement(achievement.build())
                .build();
        Instant from = ISSUED.minus(i % 365, ChronoUnit.DAYS);
        return OpenBadgeCredential.builder()
                .id("urn:uuid:" + UUID.nameUUIDFromBytes(("laurel-bench-" + i).getBytes(StandardCharsets.UTF_8)))
                .name("Distributed Systems " + (i % 40) + " (" + level.id() + ")")
                .description("Awarded to learner " + i + " for module " + (i % 40) + ".")
                .issuer(issuer)
                .validFrom(from)
                .validUntil(from.plus(5 * 365, ChronoUnit.DAYS))
                .credentialSubject(subject)
                .addEvidence(Evidence.of(HOST + "/evidence/" + i, "Assessed project of learner " + i))
                .build();
    }
}
