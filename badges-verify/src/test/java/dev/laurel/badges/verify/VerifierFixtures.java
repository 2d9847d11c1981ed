package dev.laurel.badges.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.EndorsementSubject;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.dataintegrity.internal.Canonicalizer;
import dev.laurel.badges.verify.dataintegrity.internal.ProofTransform;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.jose.PayloadForm;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.Multibase;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Documents, keys and helpers shared by the Verifier tests; nothing here touches the network. */
final class VerifierFixtures {

    static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String CREDENTIAL_ID = "urn:uuid:6c3f9a1e-2f7b-4c1a-9d2e-1b2c3d4e5f60";

    static final BadgeJson JSON = BadgeJson.standard();

    private VerifierFixtures() {
    }

    /** A deterministic Ed25519 key pair, different for each seed byte. */
    static LaurelKey keys(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return KeyPairs.fromEd25519Seed(bytes);
    }

    static Verifier verifier(DocumentFetcher fetcher) {
        return Verifier.builder().fetcher(fetcher).clock(CLOCK).build();
    }

    /** A verifier that only warns about an unconfirmed key binding, as the reference validator does. */
    static Verifier lenient(DocumentFetcher fetcher) {
        return Verifier.builder().fetcher(fetcher).clock(CLOCK).keyBinding(BindingMode.LENIENT).build();
    }

    /** An OB 3.0 credential issued by {@code issuerId} to a hashed e-mail address. */
    static ObjectNode credential(String issuerId, Optional<Instant> until) {
        Achievement achievement = Achievement.builder().id("https://example.edu/achievements/java")
                .name("Java 101").description("Writes and tests small Java programs.")
                .criteria(Criteria.ofNarrative("Passed the final assessment.")).build();
        AchievementSubject subject = AchievementSubject.builder()
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "alice@example.org", "pepper"))
                .achievement(achievement).build();
        OpenBadgeCredential.Builder b = OpenBadgeCredential.builder().id(CREDENTIAL_ID)
                .issuer(Profile.of(issuerId, "Example University")).name("Java 101")
                .validFrom(ISSUED).credentialSubject(subject);
        until.ifPresent(b::validUntil);
        return JSON.toJson(b.build());
    }

    static ObjectNode credential(LaurelKey issuer) {
        return credential(issuer.didKey(), Optional.empty());
    }

    /** Adds an eddsa-rdfc-2022 proof made with the did:key of {@code keys}. */
    static ObjectNode signDi(ObjectNode document, LaurelKey keys) {
        ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, keys.didKeyVerificationMethod(),
                ISSUED);
        return DataIntegritySigner.of(keys).sign(document, options);
    }

    /** The signer never issues the draft name eddsa-2022, so the proof is made by hand (the same algorithm). */
    static ObjectNode draftEddsa2022(ObjectNode doc, LaurelKey key) {
        ObjectNode proof = object("{\"type\": \"DataIntegrityProof\", \"cryptosuite\": \"eddsa-2022\","
                + " \"created\": \"2026-01-15T10:00:00Z\", \"verificationMethod\": \""
                + key.didKeyVerificationMethod() + "\", \"proofPurpose\": \"assertionMethod\"}");
        Canonicalizer canon = new Canonicalizer(Duration.ofSeconds(5), 100_000, 64);
        try {
            byte[] data = ProofTransform.hashData(ProofTransform.sha256(
                            canon.canonicalize(ProofTransform.proofConfiguration(proof, doc.get("@context")))),
                    ProofTransform.sha256(canon.canonicalize(doc)));
            proof.put("proofValue", Multibase.encodeBase58Btc(key.sign(data)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        ObjectNode signed = doc.deepCopy();
        signed.set("proof", proof);
        return signed;
    }

    /** Signs a VC-JWT with the did:key of {@code keys} as {@code kid}. */
    static String signJwt(ObjectNode credential, LaurelKey keys) {
        return signJwt(credential, keys, PayloadForm.CREDENTIAL);
    }

    /** Signs a VC-JWT in the given payload form with the did:key of {@code keys} as {@code kid}. */
    static String signJwt(ObjectNode credential, LaurelKey keys, PayloadForm form) {
        return VcJwtSigner.of(keys)
                .withKeyId(keys.didKeyVerificationMethod()).withPayloadForm(form).sign(credential);
    }

    /** An unsigned EndorsementCredential by the did:key of {@code endorser} about {@code subjectId}. */
    static ObjectNode endorsement(LaurelKey endorser, String id, String subjectId) {
        return JSON.toJson(EndorsementCredential.builder().id(id).name("Endorsement")
                .issuer(Profile.of(endorser.didKey(), "Software Guild"))
                .validFrom(ISSUED)
                .credentialSubject(EndorsementSubject.of(subjectId, "Graduates write clean, tested code."))
                .build());
    }

    /**
     * The specification's richest example (examples_fullOpenBadge-00: results, result descriptions,
     * alignments, evidence, an issuer profile with address and identifiers, a creator with endorsements,
     * refresh service...) issued by the did:key of {@code issuer} and signed with eddsa-rdfc-2022. Its
     * status entry is removed (it would need the network), and its three verified endorsement slots (the
     * credential's, the achievement's, the issuer profile's) hold endorsements signed by {@code endorser}.
     */
    static ObjectNode richCredential(LaurelKey issuer, LaurelKey endorser) {
        ObjectNode doc = resource("/vectors/ob3-examples/ob_v3p0_examples_fullOpenBadge-00.json");
        ((ObjectNode) doc.get("issuer")).put("id", issuer.didKey());
        doc.remove("credentialStatus");
        String achievementId = doc.at("/credentialSubject/achievement/id").textValue();
        doc.putArray("endorsement").add(signDi(endorsement(endorser,
                "urn:uuid:0a1b2c3d-0000-4000-8000-000000000001", CREDENTIAL_ID), endorser));
        ((ObjectNode) doc.at("/credentialSubject/achievement")).putArray("endorsement").add(signDi(endorsement(
                endorser, "urn:uuid:0a1b2c3d-0000-4000-8000-000000000002", achievementId), endorser));
        ((ObjectNode) doc.get("issuer")).putArray("endorsement").add(signDi(endorsement(endorser,
                "urn:uuid:0a1b2c3d-0000-4000-8000-000000000003", issuer.didKey()), endorser));
        return signDi(doc, issuer);
    }

    static ObjectNode resource(String path) {
        try (InputStream in = VerifierFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ObjectNode node) {
        return JSON.serialize(node, false);
    }

    static ObjectNode object(String json) {
        return JSON.read(json).json().deepCopy();
    }

    /** The worst outcome among the checks with an id; fails the test when there is none. */
    static Outcome outcome(VerificationReport report, String id) {
        List<Outcome> found = report.checks().stream().filter(c -> c.id().equals(id)).map(Check::outcome).toList();
        if (found.isEmpty()) {
            throw new AssertionError("no check " + id + " in " + report.checks());
        }
        return found.contains(Outcome.FAILED) ? Outcome.FAILED
                : found.contains(Outcome.WARNING) ? Outcome.WARNING
                : found.contains(Outcome.PASSED) ? Outcome.PASSED : Outcome.SKIPPED;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** A blank 8x8 PNG to bake badges into. */
    static byte[] blankPng() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A fetcher that records every address asked for and serves a delegate. */
    static final class RecordingFetcher implements DocumentFetcher {
        final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
        private final DocumentFetcher delegate;

        RecordingFetcher(DocumentFetcher delegate) {
            this.delegate = delegate;
        }

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            requests.add(uri);
            return delegate.fetch(uri, accept);
        }

        List<String> asked() {
            synchronized (requests) {
                return requests.stream().map(URI::toString).toList();
            }
        }
    }
}
