package example;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

public class IssueAndSign {
    public static void main(String[] args) throws Exception {
        BadgeJson json = BadgeJson.standard();
        LaurelKey key = KeyPairs.generate(KeyKind.ED25519); // in production: your stored key (docs/KEYS.md)

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
                .issuer(Profile.of(key.didKey(), "Example University"))
                .validFrom(Instant.now())
                .credentialSubject(AchievementSubject.builder()
                        .id("did:example:learner-42")
                        .achievement(achievement)
                        .build())
                .build();

        // An embedded proof: eddsa-rdfc-2022 (W3C VC Data Integrity).
        ObjectNode signed = DataIntegritySigner.of(key).sign(json.toJson(credential),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, key.didKeyVerificationMethod(), Instant.now()));

        // The same credential as a VC-JWT (a compact JWS, EdDSA).
        String jwt = VcJwtSigner.of(key).withKeyId(key.didKeyVerificationMethod()).sign(json.toJson(credential));

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/credential.json"), json.serialize(signed, true));
        Files.writeString(Path.of("target/credential.jwt"), jwt);
        System.out.println("issued " + credential.id().orElseThrow() + " as target/credential.json and .jwt");
    }
}
