package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.clr.ClrCredential;
import dev.laurel.badges.core.taxonomy.backpack.Counting;
import dev.laurel.badges.core.taxonomy.transcript.ClrAssembler;
import dev.laurel.badges.core.taxonomy.transcript.Transcript;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob2.VerificationObject;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.classify.Classification;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.StepProgress;
import dev.laurel.badges.core.taxonomy.policy.Decision;
import dev.laurel.badges.core.taxonomy.policy.Policy;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code laurel demo}: the whole lifecycle of micro-credentials on built-in defaults, offline. Makes an
 * issuer key, issues one OB 3.0 credential per taxonomy level (embedded eddsa-rdfc-2022 proof and
 * VC-JWT) and an OB 2.0 signed assertion, bakes PNG and SVG images, extracts them, verifies
 * everything, classifies it, shows pathway progress and an employer's automated decision, and ends with a
 * CLR 2.0 learner record of the credentials it issued, signed, verified and read as a transcript by level.
 *
 * <p>Exit 0 only if every step came out as it should: the demo is an end-to-end check too.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole lifecycle offline: issue, sign, bake, extract, verify, classify, decide, and a CLR.")
final class DemoCommand implements Callable<Integer> {

    static final String ISSUER_NAME = "Laurel Demo University";
    static final String LEARNER = "alice@example.org";
    static final String COMPETENCY = "https://demo.laurel.dev/competencies/java";
    static final String HOST = "https://demo.laurel.dev";
    /** Where {@code --out} writes the signed CLR, beside (not in) the credentials folder. */
    static final String CLR_FILE = "clr/java-record.json";

    @Option(names = "--out", paramLabel = "DIR", description = "Write every issued credential, image and key here.")
    Path out;

    @Option(names = "--now", paramLabel = "INSTANT", description = "Issue and judge at this ISO 8601 instant.")
    String now;

    @Spec
    CommandSpec spec;

    /** What one level's credential looks like. */
    record Plan(LevelKind level, String name, String description, String criteria) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan(LevelKind.KNOWLEDGE, "Java Foundations", "Knows the Java language and its standard library.",
                    "Passed the 40-question Java foundations exam with 80% or more."),
            new Plan(LevelKind.SKILL, "Java Practitioner", "Builds and tests small Java services.",
                    "Submitted a portfolio of three tested services, reviewed by an instructor."),
            new Plan(LevelKind.ABILITY, "Java Craftsperson", "Designs and delivers a production-grade Java system.",
                    "Delivered a capstone project assessed against the programme rubric."),
            new Plan(LevelKind.CERTIFICATION, "Certified Java Developer",
                    "Accredited certification of Java knowledge, skill and ability.",
                    "Holds the foundations, practitioner and craftsperson credentials and passed the proctored exam."),
            new Plan(LevelKind.PARTICIPATION, "JVM Performance Webinar", "Attended the JVM performance webinar.",
                    "Attended the live webinar."),
            new Plan(LevelKind.RECOGNITION, "Helpful Reviewer", "Recognised by peers for thorough code reviews.",
                    "Nominated by peers."));

    @Override
    public Integer call() throws IOException {
        Instant at;
        try {
            at = now == null ? Instant.now() : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new UsageException("--now must be an ISO 8601 instant such as 2026-01-01T00:00:00Z, got " + now);
        }
        PrintWriter o = spec.commandLine().getOut();
        BadgeJson json = BadgeJson.standard();
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean ok = true;

        o.println("Laurel demo: the lifecycle of micro-credentials, offline");
        o.println();
        // 1. Keys and issuer
        LaurelKey issuerKeys = KeyPairs.generate(KeyKind.ED25519);
        String issuer = issuerKeys.didKey();
        String verificationMethod = issuerKeys.didKeyVerificationMethod();
        LaurelKey jwtKey = issuerKeys;
        LaurelKey rsa = KeyPairs.generateRsa(2048);
        files.put("keys/issuer-ed25519.private.jwk.json", utf8(jwtKey.toPrivateJwk()));
        files.put("keys/issuer-ed25519.public.jwk.json", utf8(jwtKey.toPublicJwk()));
        files.put("keys/issuer-rsa.private.jwk.json", utf8(rsa.toPrivateJwk()));
        files.put("keys/issuer-rsa.public.jwk.json", utf8(rsa.toPublicJwk()));
        o.println("1. Issuer  " + ISSUER_NAME + ", " + abbreviate(issuer) + " (Ed25519), plus an RSA key for OB 2.0");
        // The learner's wallet DID is the subject's id, so the VC-JWTs carry sub (OB 3.0 requires it).
        String learnerDid = KeyPairs.generate(KeyKind.ED25519).didKey();
        o.println("   Learner " + LEARNER + " (a salted SHA-256 hash goes in the credentials, not the address),");
        o.println("           wallet " + abbreviate(learnerDid));
        o.println();

        // 2. Issue one OB 3.0 credential per level, signed twice.
        o.println("2. Issue one OB 3.0 credential per level, each signed as eddsa-rdfc-2022 and as VC-JWT (EdDSA)");
        Profile issuerProfile = Profile.of(issuer, ISSUER_NAME);
        DataIntegritySigner signer = DataIntegritySigner.of(issuerKeys);
        VcJwtSigner jwtSigner = VcJwtSigner.of(jwtKey).withKeyId(verificationMethod);
        List<Issued> issued = new ArrayList<>();
        for (Plan plan : PLANS) {
            Achievement.Builder achievement = Achievement.builder()
                    .id(HOST + "/achievements/" + plan.level().id())
                    .name(plan.name()).description(plan.description())
                    .criteria(Criteria.ofNarrative(plan.criteria()))
                    .level(CredentialLevel.of(plan.level()));
            if (plan.level().isFormal()) {
                achievement.addAlignment(Alignment.of("Java programming", COMPETENCY));
            }
            AchievementSubject subject = AchievementSubject.builder()
                    .id(learnerDid)
                    .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, LEARNER, "demo-salt"))
                    .achievement(achievement.build()).build();
            OpenBadgeCredential credential = OpenBadgeCredential.builder()
                    .id("urn:uuid:" + UUID.randomUUID()).name(plan.name()).issuer(issuerProfile)
                    .validFrom(at).validUntil(at.plus(Period.ofDays(3 * 365))).credentialSubject(subject).build();
            ObjectNode signedJson = signer.sign(json.toJson(credential),
                    ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, verificationMethod, at));
            String dataIntegrity = json.serialize(signedJson, false);
            String jwt = jwtSigner.sign(json.toJson(credential));
            issued.add(new Issued(plan, credential, dataIntegrity, jwt));
            files.put("credentials/ob3-" + plan.level().id() + ".json", utf8(dataIntegrity));
            files.put("credentials/ob3-" + plan.level().id() + ".jwt", utf8(jwt));
            o.printf(Locale.ROOT, "   %-14s %-26s %s%n", plan.level().id(), plan.name(), credential.id().orElse(""));
        }

        // 3. An OB 2.0 signed assertion, with the documents its issuer hosts.
        String issuerUrl = HOST + "/ob2/issuer.json";
        String keyUrl = HOST + "/ob2/key-1.json";
        String badgeUrl = HOST + "/ob2/badges/java-foundations.json";
        ObjectNode issuer2 = json.toJson(dev.laurel.badges.core.model.ob2.Profile.builder().id(issuerUrl)
                .name(ISSUER_NAME).url(HOST).email("badges@demo.laurel.dev").build());
        issuer2 = SignedBadgeSigner.withPublicKey(issuer2, keyUrl);
        ObjectNode key2 = SignedBadgeSigner.cryptographicKey(keyUrl, issuerUrl, rsa);
        BadgeClass badgeClass = BadgeClass.builder().id(badgeUrl).name("Java Foundations")
                .description("Knows the Java language and its standard library.")
                .image(HOST + "/ob2/badges/java-foundations.png")
                .criteria(dev.laurel.badges.core.model.ob2.Criteria.narrative("Passed the Java foundations exam."))
                .issuer(issuerUrl).build();
        Assertion assertion = Assertion.builder().id(HOST + "/ob2/assertions/" + UUID.randomUUID() + ".json")
                .recipient(dev.laurel.badges.core.model.ob2.IdentityObject.hashedEmail(LEARNER, "demo-salt"))
                .badge(badgeUrl).verification(VerificationObject.signed(keyUrl)).issuedOn(at).build();
        String ob2Jws = SignedBadgeSigner.of(rsa).sign(json.toJson(assertion));
        files.put("credentials/ob2-assertion.jwt", utf8(ob2Jws));
        files.put("hosted/issuer.json", utf8(json.serialize(issuer2, false)));
        files.put("hosted/key-1.json", utf8(json.serialize(key2, false)));
        files.put("hosted/java-foundations.json", utf8(json.write(badgeClass)));
        files.put("hosted/url-map.json", utf8("{\n  \"" + issuerUrl + "\": \"issuer.json\",\n  \"" + keyUrl
                + "\": \"key-1.json\",\n  \"" + badgeUrl + "\": \"java-foundations.json\"\n}\n"));
        o.println("   OB 2.0         Java Foundations           signed assertion (RS256), issuer documents in hosted/");
        o.println();

        // 4. Bake and extract.
        Issued skill = issued.get(1);
        Issued certification = issued.get(3);
        byte[] png = Baker.standard().bake(pngImage(), BadgePayload.ob3Json(skill.dataIntegrity()));
        byte[] svg = Baker.standard().bake(svgImage().getBytes(StandardCharsets.UTF_8),
                BadgePayload.ob3Jwt(certification.jwt()));
        files.put("images/ob3-skill.png", png);
        files.put("images/ob3-certification.svg", svg);
        Optional<BakedBadge> fromPng = Baker.standard().extract(png);
        Optional<BakedBadge> fromSvg = Baker.standard().extract(svg);
        boolean pngSame = fromPng.map(b -> b.text().equals(skill.dataIntegrity())).orElse(false);
        boolean svgSame = fromSvg.map(b -> b.text().equals(certification.jwt())).orElse(false);
        ok &= pngSame && svgSame;
        o.println("3. Bake     skill credential into a PNG (" + png.length + " bytes), certification JWT into an SVG ("
                + svg.length + " bytes)");
        o.println("   Extract  " + mark(pngSame) + " PNG gives the credential back byte for byte, " + mark(svgSame)
                + " SVG gives the JWT back");
        o.println();

        // 5. Verify everything offline: the issuer's OB 2.0 documents are served from memory.
        Verifier verifier = Verifier.builder().fetcher(MapDocumentFetcher.builder()
                        .put(issuerUrl, json.serialize(issuer2, false)).put(keyUrl, json.serialize(key2, false))
                        .put(badgeUrl, json.write(badgeClass)).build())
                .clock(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC)).build();
        Recipient alice = Recipient.parse("email:" + LEARNER);
        o.println("4. Verify   (proof, issuer key binding, schema and rules, dates, status, recipient " + LEARNER + ")");
        int verified = 0;
        int total = 0;
        Map<String, VerificationReport> reports = new LinkedHashMap<>();
        for (Issued i : issued) {
            reports.put(i.plan().level().id() + " eddsa-rdfc-2022", verifier.verify(utf8(i.dataIntegrity()), alice));
            reports.put(i.plan().level().id() + " VC-JWT", verifier.verify(utf8(i.jwt()), alice));
        }
        reports.put("OB 2.0 signed assertion", verifier.verify(utf8(ob2Jws), alice));
        reports.put("skill credential baked in PNG", verifier.verify(png, alice));
        reports.put("certification JWT baked in SVG", verifier.verify(svg, alice));
        for (Map.Entry<String, VerificationReport> e : reports.entrySet()) {
            total++;
            VerificationReport r = e.getValue();
            if (r.verified()) {
                verified++;
            } else {
                o.println("   " + mark(false) + " " + e.getKey() + ": " + r.failures());
            }
        }
        ok &= verified == total;
        o.println("   " + mark(verified == total) + " " + verified + " of " + total + " verified"
                + (verified == total ? ", every check passed or warned (" + countChecks(reports) + " checks)" : ""));
        VerificationReport tampered = verifier.verify(utf8(skill.dataIntegrity().replace("Java Practitioner",
                "Java Grandmaster")));
        boolean caught = !tampered.verified();
        ok &= caught;
        o.println("   " + mark(caught) + " a tampered copy (name changed after signing) is refused: "
                + tampered.failures().stream().map(c -> c.id()).distinct().toList());
        o.println();

        // 6. Classify: each credential carries its level; any badge can be classified.
        o.println("5. Classify");
        boolean allBack = true;
        for (Issued i : issued) {
            Classification c = Classifier.standard().classify(i.credential());
            boolean same = c.level().map(l -> l.kind() == i.plan().level()).orElse(false);
            allBack &= same;
            o.printf(Locale.ROOT, "   %s %-26s -> %-13s (confidence %.2f)%n", mark(same), i.plan().name(),
                    c.level().map(CredentialLevel::id).orElse("unclassified"), c.confidence());
        }
        ok &= allBack;
        o.println();

        // 7. The learner's backpack, a pathway toward certification, and an employer's policy. Each entry
        //    carries the outcome of step 4's verification of its embedded-proof form: pathway progress and
        //    policies count only verified credentials.
        Backpack backpack = Backpack.empty();
        for (Issued i : issued) {
            if (i.plan().level() != LevelKind.CERTIFICATION) {
                VerificationReport r = reports.get(i.plan().level().id() + " eddsa-rdfc-2022");
                backpack = backpack.with(Credential.of(i.credential()), Visibility.PUBLIC, r.verified()
                        ? VerificationStatus.verified(at) : VerificationStatus.notVerified(at));
            }
        }
        Pathway pathway = Pathway.builder("java-developer", "Certified Java Developer")
                .goal(HOST + "/achievements/certification")
                .require(HOST + "/achievements/knowledge")
                .competency("practice", CredentialLevel.skill(), COMPETENCY)
                .require(HOST + "/achievements/ability")
                .require(HOST + "/achievements/certification")
                .build();
        PathwayProgress progress = Pathways.of(List.of(pathway)).progress("java-developer", backpack, at);
        o.println("6. Backpack " + backpack.size() + " credentials (the certification is not yet in it): "
                + backpack.summary().formal() + " formal, " + backpack.summary().informal() + " informal");
        o.println("   Pathway  \"" + pathway.name() + "\": " + progress.doneCount() + " of " + progress.steps().size()
                + " steps done; next: " + progress.nextSteps().stream().map(DemoCommand::describe).toList());
        Policy policy = Policy.builder().minimumLevel(CredentialLevel.skill()).alignedTo(COMPETENCY)
                .trustedIssuers(List.of(issuer)).requireVerified().notExpired().issuedWithin(Period.ofYears(3))
                .onUnknown(Verdict.REFER).build();
        PolicyReport decision = policy.evaluate(backpack, at);
        Optional<Decision> best = decision.best();
        boolean accepted = decision.verdict() == Verdict.ACCEPT;
        ok &= accepted && progress.doneCount() == 3 && !progress.complete() && progress.ignored().isEmpty()
                && decision.ignored().isEmpty();
        o.println("   Policy   \"Formal, skill or above, aligned to Java, from a trusted issuer, verified, not expired,");
        o.println("            issued in the last three years\" -> " + decision.verdict()
                + best.map(d -> " on \"" + d.entry().credential().name().orElse("") + "\"").orElse(""));
        o.println();

        // 8. A CLR of the badges issued: the six embedded-proof credentials nested as signed, the pathway's parts
        //    associated with its goal, signed by the issuer; then verified (each nested credential on its own) and
        //    read as a transcript with those outcomes.
        ok &= clr(o, json, issued, issuerProfile, learnerDid, pathway, signer, verificationMethod, verifier, at, files);
        o.println();

        if (out != null) {
            write(out, files);
            o.println("Wrote " + files.size() + " files to " + out + " (verify them with: laurel verify --url-map "
                    + out.resolve("hosted/url-map.json") + " " + out.resolve("credentials") + " " + out.resolve("images") + ")");
            o.println("The CLR is " + out.resolve(CLR_FILE) + " (laurel verify and laurel classify read it)");
        }
        o.println(ok ? "Demo complete: every step came out as expected." : "Demo FAILED: see the marks above.");
        o.flush();
        return ok ? Laurel.OK : Laurel.FAILED;
    }

    /**
     * Step 7: assembles the CLR, signs it, verifies it and prints its verdict and its transcript by level.
     *
     * @return whether the CLR and every credential in it verified, and each came back at its level
     */
    private static boolean clr(PrintWriter o, BadgeJson json, List<Issued> issued, Profile issuerProfile,
                               String learnerDid, Pathway pathway, DataIntegritySigner signer, String verificationMethod,
                               Verifier verifier, Instant at, Map<String, byte[]> files) {
        ClrAssembler assembler = ClrAssembler.create().id("urn:uuid:" + UUID.randomUUID())
                .name("Java track record of " + LEARNER).issuer(issuerProfile).validFrom(at).learner(learnerDid)
                .inferAssociations(Pathways.of(List.of(pathway)));
        for (Issued i : issued) {
            // The signed JSON read back, so the nested credential carries its proof.
            assembler.choose((OpenBadgeCredential) json.read(utf8(i.dataIntegrity())).model().orElseThrow());
        }
        ClrCredential clr = assembler.assemble();
        String signed = json.serialize(signer.sign(json.toJson(clr),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, verificationMethod, at)), false);
        files.put(CLR_FILE, utf8(signed));
        VerificationReport report = verifier.verify(utf8(signed), Optional.empty());
        List<NestedReport> nested = report.nested();
        boolean verified = report.verified() && nested.size() == issued.size();
        o.println("7. CLR      the " + issued.size() + " embedded-proof credentials in one Comprehensive Learner Record"
                + " (CLR 2.0), signed eddsa-rdfc-2022");
        o.println("   " + mark(verified) + " " + (verified ? "verified" : "NOT VERIFIED") + ": its proof and each of "
                + nested.size() + " nested credentials on its own (" + nested.stream().filter(NestedReport::verified)
                .count() + " verified)" + (verified ? "" : ": " + report.failures()));
        boolean levels = false;
        // The transcript with each nested credential's status from its own report.
        Optional<Transcript> read = report.transcript(at);
        if (read.isPresent()) {
            Transcript transcript = read.get();
            levels = transcript.credentials().size() == issued.size();
            for (int i = 0; levels && i < issued.size(); i++) {
                levels = transcript.credentials().get(i).kind().equals(Optional.of(issued.get(i).plan().level()));
            }
            o.println("   " + mark(levels) + " transcript by level (each credential back at the level it was issued at):");
            o.println(TranscriptView.text(transcript, Counting.VERIFIED_ONLY, "     ").substring(1));
        }
        return verified && levels;
    }

    /** One issued credential in its two signed forms. */
    record Issued(Plan plan, OpenBadgeCredential credential, String dataIntegrity, String jwt) {
    }

    private static String describe(StepProgress step) {
        return step.step().id();
    }

    private static int countChecks(Map<String, VerificationReport> reports) {
        return reports.values().stream().mapToInt(r -> r.checks().size()).sum();
    }

    private static String mark(boolean ok) {
        return ok ? "[ok]" : "[FAIL]";
    }

    private static String abbreviate(String did) {
        return did.length() > 32 ? did.substring(0, 24) + "..." + did.substring(did.length() - 6) : did;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path dir, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
        }
    }

    /** A 96x96 laurel-green badge drawn in code, so the demo needs no image files. */
    static byte[] pngImage() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2e, 0x7d, 0x32));
        g.fillOval(4, 4, 88, 88);
        g.setColor(new Color(0xf9, 0xa8, 0x25));
        g.setStroke(new BasicStroke(6));
        g.drawOval(14, 14, 68, 68);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static String svgImage() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\">\n"
                + "  <circle cx=\"48\" cy=\"48\" r=\"44\" fill=\"#2e7d32\"/>\n"
                + "  <circle cx=\"48\" cy=\"48\" r=\"34\" fill=\"none\" stroke=\"#f9a825\" stroke-width=\"6\"/>\n"
                + "</svg>\n";
    }
}
