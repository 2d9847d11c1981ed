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
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Issue an OB 3.0 credential at the Skill level, sign it with an embedded eddsa-rdfc-2022 proof from a
 * did:key issuer, and bake it into an SVG image.
 */
public final class IssueAndBake {

    private IssueAndBake() {
    }

    /**
     * Issues, signs and bakes one badge.
     *
     * @param issuerKeys the issuer's Ed25519 key pair
     * @param learnerEmail the learner's e-mail address (stored only as a salted hash)
     * @param now the issue instant
     * @return the baked SVG
     */
    public static byte[] run(LaurelKey issuerKeys, String learnerEmail, Instant now) {
        String issuer = issuerKeys.didKey();
        Achievement achievement = Achievement.builder()
                .id("https://example.edu/achievements/java-101")
                .name("Java 101")
                .description("Writes and tests small Java programs.")
                .criteria(Criteria.ofNarrative("Passed the final assessment."))
                .level(CredentialLevel.skill())
                .build();
        OpenBadgeCredential credential = OpenBadgeCredential.builder()
                .id("urn:uuid:" + UUID.randomUUID())
                .name("Java 101")
                .issuer(Profile.of(issuer, "Example University"))
                .validFrom(now)
                .credentialSubject(AchievementSubject.builder()
                        .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, learnerEmail, "salt-1"))
                        .achievement(achievement)
                        .build())
                .build();
        BadgeJson json = BadgeJson.standard();
        String signed = json.serialize(DataIntegritySigner.of(issuerKeys).sign(json.toJson(credential),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, issuerKeys.didKeyVerificationMethod(), now)),
                false);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                + "<circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"#2e7d32\"/></svg>";
        return Baker.standard().bake(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8), BadgePayload.ob3Json(signed));
    }

    /**
     * Writes a baked badge to the path given.
     *
     * @param args the output path (default {@code badge.svg})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "badge.svg");
        Files.write(out, run(KeyPairs.generate(KeyKind.ED25519), "alice@example.org", Instant.now()));
        System.out.println("Baked a signed Skill-level badge into " + out);
    }
}
