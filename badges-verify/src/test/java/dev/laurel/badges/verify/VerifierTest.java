package dev.laurel.badges.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class VerifierTest {

    static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    final BadgeJson json = BadgeJson.standard();
    final LaurelKey keys = KeyPairs.generateEd25519(new SecureRandom(new byte[] {1}));
    final String issuer = keys.didKey();
    final Verifier verifier = Verifier.builder().fetcher(dev.laurel.badges.verify.fetch.DocumentFetcher.refusing())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    OpenBadgeCredential credential(Optional<Instant> until) {
        Achievement achievement = Achievement.builder().id("https://example.edu/achievements/java")
                .name("Java 101").description("Writes and tests small Java programs.")
                .criteria(Criteria.ofNarrative("Passed the final assessment.")).level(CredentialLevel.skill()).build();
        AchievementSubject subject = AchievementSubject.builder()
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "alice@example.org", "pepper"))
                .achievement(achievement).build();
        OpenBadgeCredential.Builder b = OpenBadgeCredential.builder().id("urn:uuid:6c3f9a1e-2f7b-4c1a-9d2e-1b2c3d4e5f60")
                .issuer(Profile.of(issuer, "Example University")).name("Java 101")
                .validFrom(ISSUED).credentialSubject(subject);
        until.ifPresent(b::validUntil);
        return b.build();
    }

    String signed(OpenBadgeCredential credential) {
        ObjectNode node = json.toJson(credential);
        ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(),
                ISSUED);
        return json.serialize(DataIntegritySigner.of(keys).sign(node, options), false);
    }

    @Test
    void dataIntegrityCredentialWithADidKeyIssuerVerifiesOffline() {
        VerificationReport report = verifier.verify(signed(credential(Optional.empty())));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.DATA_INTEGRITY);
        assertThat(report.issuer()).contains(issuer);
        assertThat(report.check("document.valid").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void tamperedClaimFails() {
        String tampered = signed(credential(Optional.empty())).replace("Java 101", "Java 999");
        VerificationReport report = verifier.verify(tampered);
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).extracting(Check::id).contains("proof.signature");
    }

    @Test
    void expiredCredentialFailsExpiry() {
        VerificationReport report = verifier.verify(signed(credential(Optional.of(Instant.parse("2026-03-01T00:00:00Z")))));
        assertThat(report.verified()).isFalse();
        assertThat(report.check("validity.expiry").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void notYetValidCredentialFails() {
        Verifier early = Verifier.builder().fetcher(dev.laurel.badges.verify.fetch.DocumentFetcher.refusing())
                .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
        VerificationReport report = early.verify(signed(credential(Optional.empty())));
        assertThat(report.check("validity.not-before").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void recipientMatchesHashedEmailAndMismatchFails() {
        byte[] badge = signed(credential(Optional.empty())).getBytes(StandardCharsets.UTF_8);
        VerificationReport good = verifier.verify(badge, Recipient.parse("email:alice@example.org"));
        assertThat(good.check(RecipientMatcherIds.CHECK).orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(good.verified()).isTrue();
        VerificationReport bad = verifier.verify(badge, Recipient.parse("email:mallory@example.org"));
        assertThat(bad.check(RecipientMatcherIds.CHECK).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(bad.verified()).isFalse();
    }

    @Test
    void vcJwtWithADidKeyKidVerifiesAndIsBoundToTheIssuer() {
        LaurelKey key = keys;
        String jwt = VcJwtSigner.of(key).withKeyId(keys.didKeyVerificationMethod())
                .sign(json.toJson(credential(Optional.empty())));
        VerificationReport report = verifier.verify(jwt);
        assertThat(report.failures()).isEmpty();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.VC_JWT);
        assertThat(report.check("proof.key-binding").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void bakedPngVerifies() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] baked = Baker.standard().bake(png.toByteArray(), BadgePayload.ob3Json(signed(credential(Optional.empty()))));
        VerificationReport report = verifier.verify(baked);
        assertThat(report.check("input.image").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void schemaInvalidCredentialWithAGoodProofIsNotVerified() {
        ObjectNode node = json.toJson(credential(Optional.empty()));
        ((ObjectNode) node.get("credentialSubject").get("achievement")).remove("criteria");
        ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(),
                ISSUED);
        String signedInvalid = json.serialize(DataIntegritySigner.of(keys).sign(node, options), false);
        VerificationReport report = verifier.verify(signedInvalid);
        assertThat(report.check("proof.signature").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).extracting(Check::path).contains("/credentialSubject/achievement/criteria");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void unsignedCredentialFailsProofPresent() {
        VerificationReport report = verifier.verify(json.write(credential(Optional.empty())));
        assertThat(report.check("proof.present").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void notABadgeAndMalformedInputAreReportsNotExceptions() {
        assertThat(verifier.verify("{\"hello\": 1}").check("document.kind").orElseThrow().outcome())
                .isEqualTo(Outcome.FAILED);
        VerificationReport broken = verifier.verify("{\"id\": ");
        assertThat(broken.verified()).isFalse();
        assertThat(broken.check("input.readable").orElseThrow().code().map(k -> k.name())).contains("MALFORMED_JSON");
        assertThat(verifier.verify(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).verified()).isFalse();
    }

    /** The recipient check id, as documented. */
    static final class RecipientMatcherIds {
        static final String CHECK = "recipient.match";
    }
}
