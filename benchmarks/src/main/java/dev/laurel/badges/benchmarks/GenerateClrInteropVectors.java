package dev.laurel.badges.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.clr.Association;
import dev.laurel.badges.core.model.clr.AssociationType;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.model.clr.ClrSubject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Laurel-signed CLR 2.0 interop vectors of {@code badges-verify/src/test/resources/vectors/interop-clr/}
 * (issue 16): a {@code ClrCredential} whose three nested OB 3.0 credentials are each signed with
 * {@code eddsa-rdfc-2022} by a different {@code did:key} issuer, the CLR itself signed the same way by a fourth.
 *
 * <ul>
 *   <li>{@code laurel-clr.json}: every proof good;</li>
 *   <li>{@code laurel-clr-tampered.json}: the second nested credential's {@code name} changed after it was signed
 *       and before the CLR was signed, so the outer proof is good and that nested proof is not;</li>
 *   <li>{@code unsigned-clr.json}: the same CLR with no proof anywhere, the input Digital Bazaar's
 *       {@code clr-sign} signs.</li>
 * </ul>
 *
 * <p>The keys come from fixed seeds and every date is fixed; Ed25519 signatures are deterministic, so two runs write
 * byte-identical files. Every credential is checked with {@link BadgeJson#validate(byte[])} before it is signed: a
 * vector that is not a valid badge would test nothing.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.laurel.badges.benchmarks.GenerateClrInteropVectors OUT}
 */
public final class GenerateClrInteropVectors {

    /** When the credentials are valid from and their proofs created; fixed so that runs are repeatable. */
    static final Instant ISSUED = Instant.parse("2026-06-30T12:00:00Z");
    /** The learner every credential is about. */
    static final String LEARNER = "did:example:learner-sam";
    /** The nested credential whose name {@code laurel-clr-tampered.json} changes (0-based). */
    static final int TAMPERED = 1;
    /** The changed name. */
    static final String TAMPERED_NAME = "Advanced Distributed Systems (changed after signing)";

    private static final String HOST = "https://clr.laurel.dev";

    private GenerateClrInteropVectors() {
    }

    /**
     * Writes the three files.
     *
     * @param args the output folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateClrInteropVectors OUTPUT_FOLDER");
            System.exit(2);
            return;
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        BadgeJson json = BadgeJson.standard();
        Vectors vectors = make(json);
        write(json, out.resolve("laurel-clr.json"), vectors.signed());
        write(json, out.resolve("laurel-clr-tampered.json"), vectors.tampered());
        write(json, out.resolve("unsigned-clr.json"), vectors.unsigned());
    }

    private static void write(BadgeJson json, Path file, ObjectNode doc) throws IOException {
        Files.writeString(file, json.serialize(doc, true) + "\n", StandardCharsets.UTF_8);
        System.err.println("wrote " + file);
    }

    /**
     * The three documents.
     *
     * @param signed every proof good
     * @param tampered one nested credential changed after its signing, the outer proof good
     * @param unsigned no proof anywhere
     */
    record Vectors(ObjectNode signed, ObjectNode tampered, ObjectNode unsigned) {
    }

    /**
     * One course: who issued it and what it awards.
     *
     * @param seed the byte the issuer's fixed Ed25519 seed is made from
     * @param issuerName the issuing institution
     * @param slug the achievement's path segment
     * @param name the credential's and achievement's name
     */
    private record Course(int seed, String issuerName, String slug, String name) {
    }

    private static final List<Course> COURSES = List.of(
            new Course(1, "Laurel Interop College", "intro-distributed-systems", "Introduction to Distributed Systems"),
            new Course(2, "Laurel Interop Institute", "advanced-distributed-systems", "Advanced Distributed Systems"),
            new Course(3, "Laurel Interop Academy", "distributed-systems-programme", "Distributed Systems Programme"));

    /**
     * Builds and signs the vectors.
     *
     * @param json the codec
     * @return the documents
     * @throws IllegalStateException if a credential Laurel built is not valid
     */
    static Vectors make(BadgeJson json) {
        List<ObjectNode> unsignedNested = new ArrayList<>();
        List<ObjectNode> signedNested = new ArrayList<>();
        for (Course course : COURSES) {
            LaurelKey key = key(course.seed());
            ObjectNode credential = json.toJson(nested(course, key.didKey()));
            checkValid(json, credential, course.slug());
            unsignedNested.add(credential);
            signedNested.add(sign(key, credential));
        }
        List<ObjectNode> tamperedNested = new ArrayList<>(signedNested);
        ObjectNode changed = signedNested.get(TAMPERED).deepCopy();
        changed.put("name", TAMPERED_NAME);
        tamperedNested.set(TAMPERED, changed);

        LaurelKey registrar = key(9);
        ObjectNode unsigned = clr(json, registrar.didKey(), unsignedNested);
        checkValid(json, unsigned, "the unsigned CLR");
        ObjectNode signed = sign(registrar, clr(json, registrar.didKey(), signedNested));
        ObjectNode tampered = sign(registrar, clr(json, registrar.didKey(), tamperedNested));
        checkValid(json, signed, "the signed CLR");
        return new Vectors(signed, tampered, unsigned);
    }

    /** A fixed Ed25519 key: 32 bytes made from {@code n}, so each issuer has its own and runs repeat. */
    static LaurelKey key(int n) {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (n * 37 + i * 11 + 5);
        }
        return KeyPairs.fromEd25519Seed(seed);
    }

    private static ObjectNode sign(LaurelKey key, ObjectNode document) {
        return DataIntegritySigner.of(key).sign(document,
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, key.didKeyVerificationMethod(), ISSUED));
    }

    private static OpenBadgeCredential nested(Course course, String issuerDid) {
        Achievement achievement = Achievement.builder()
                .id(HOST + "/achievements/" + course.slug())
                .name(course.name())
                .description("Completed " + course.name() + " at " + course.issuerName() + ".")
                .criteria(Criteria.ofNarrative("Passed the assessed project and the final examination."))
                .build();
        return OpenBadgeCredential.builder()
                .id(HOST + "/credentials/" + course.slug() + "/sam")
                .name(course.name())
                .issuer(Profile.of(issuerDid, course.issuerName()))
                .validFrom(ISSUED)
                .credentialSubject(AchievementSubject.builder().id(LEARNER).achievement(achievement).build())
                .build();
    }

    /**
     * The CLR holding the given nested credentials exactly as given (signed or not): the model builds it, then
     * the nested JSON is checked to have survived the model unchanged, so their proofs still hold.
     */
    private static ObjectNode clr(BadgeJson json, String registrarDid, List<ObjectNode> nested) {
        List<OpenBadgeCredential> credentials = nested.stream()
                .map(n -> json.fromJson(n, OpenBadgeCredential.class)).toList();
        ClrCredential clr = ClrCredential.builder()
                .id(HOST + "/clr/sam")
                .name("Comprehensive Learner Record of Sam")
                .issuer(Profile.of(registrarDid, "Laurel Interop Registrar"))
                .validFrom(ISSUED)
                .credentialSubject(ClrSubject.builder()
                        .id(LEARNER)
                        .verifiableCredential(credentials)
                        .addAssociation(Association.of(AssociationType.IS_PART_OF,
                                HOST + "/achievements/" + COURSES.get(0).slug(),
                                HOST + "/achievements/" + COURSES.get(2).slug()))
                        .addAssociation(Association.of(AssociationType.IS_PART_OF,
                                HOST + "/achievements/" + COURSES.get(1).slug(),
                                HOST + "/achievements/" + COURSES.get(2).slug()))
                        .addAssociation(Association.of(AssociationType.PRECEDES,
                                HOST + "/achievements/" + COURSES.get(0).slug(),
                                HOST + "/achievements/" + COURSES.get(1).slug()))
                        .build())
                .build();
        ObjectNode doc = json.toJson(clr);
        JsonNode written = doc.at("/credentialSubject/verifiableCredential");
        ArrayNode expected = doc.arrayNode().addAll(nested);
        if (!written.equals(expected)) {
            // A signed nested credential must reach the CLR byte for byte in meaning, or its proof breaks.
            throw new IllegalStateException("the model changed a nested credential: " + written + " vs " + expected);
        }
        return doc;
    }

    private static void checkValid(BadgeJson json, ObjectNode doc, String what) {
        ValidationResult result = json.validate(json.serialize(doc, false));
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(what + " is not a clean badge: " + result.problems());
        }
    }
}
