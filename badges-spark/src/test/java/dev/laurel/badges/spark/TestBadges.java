package dev.laurel.badges.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Signed test badges for the Spark job, made here as badges-verify's tests make theirs: an OB 3.0 issuer
 * ({@code did:key}) signing VC-JWT and Data Integrity credentials that name one shared Bitstring Status List, and an
 * OB 2.0 issuer signing assertions (RS256) whose profile, key and badge class are served from a URL map.
 */
final class TestBadges {

    static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final String STATUS_LIST = "https://status.example.org/lists/1";
    static final String OB2_ISSUER = "https://ob2.example.org/organization.json";
    static final String OB2_KEY = "https://ob2.example.org/publicKey.json";
    static final String OB2_BADGE = "https://ob2.example.org/robotics-badge.json";
    /** A did:web issuer no map serves: offline, its key cannot be tied to it. */
    static final String UNREACHABLE_ISSUER = "https://unreachable.example.net/issuer.json";
    static final int LIST_BYTES = 16 * 1024;
    private static final List<LevelKind> LEVELS = List.of(LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY,
            LevelKind.CERTIFICATION, LevelKind.PARTICIPATION, LevelKind.RECOGNITION);

    final BadgeJson json = BadgeJson.standard();
    final LaurelKey ob3 = KeyPairs.fromEd25519Seed(seed(7));
    final LaurelKey ob2 = KeyPairs.generateRsa(2048);
    final DataIntegritySigner di = DataIntegritySigner.of(ob3);
    final ProofOptions options = ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, ob3.didKeyVerificationMethod(), ISSUED);
    final VcJwtSigner jwt = VcJwtSigner.of(ob3).withKeyId(ob3.didKeyVerificationMethod());
    final SignedBadgeSigner ob2Signer = SignedBadgeSigner.of(ob2);

    private static byte[] seed(int b) {
        byte[] s = new byte[32];
        java.util.Arrays.fill(s, (byte) b);
        return s;
    }

    /** The documents the URL map serves: the signed status list (bits in {@code revoked} set) and the OB 2.0 issuer. */
    Map<String, String> urlMap(long... revoked) {
        Map<String, String> map = new LinkedHashMap<>();
        ObjectNode list = object("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"id\": \"" + STATUS_LIST
                + "\", \"type\": [\"VerifiableCredential\", \"BitstringStatusListCredential\"], \"issuer\": \""
                + ob3.didKey() + "\", \"validFrom\": \"2026-01-01T00:00:00Z\", \"credentialSubject\": {\"id\": \""
                + STATUS_LIST + "#list\", \"type\": \"BitstringStatusList\", \"statusPurpose\": \"revocation\","
                + " \"encodedList\": \"" + encodedList(revoked) + "\"}}");
        map.put(STATUS_LIST, json.serialize(di.sign(list, options), false));
        map.put(OB2_ISSUER, "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Issuer\", \"id\": \""
                + OB2_ISSUER + "\", \"name\": \"An Example Badge Issuer\", \"url\": \"https://ob2.example.org\","
                + " \"email\": \"contact@example.org\", \"publicKey\": \"" + OB2_KEY + "\"}");
        map.put(OB2_KEY, SignedBadgeSigner.cryptographicKey(OB2_KEY, OB2_ISSUER, ob2).toString());
        map.put(OB2_BADGE, "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"BadgeClass\", \"id\": \""
                + OB2_BADGE + "\", \"name\": \"Awesome Robotics Badge\", \"description\": \"For doing awesome things"
                + " with robots.\", \"image\": \"https://ob2.example.org/robotics-badge.png\", \"criteria\":"
                + " \"https://ob2.example.org/robotics-badge.html\", \"issuer\": \"" + OB2_ISSUER + "\"}");
        return map;
    }

    /** The i-th OB 3.0 credential, unsigned, with a status entry at index i when {@code status}. */
    ObjectNode credential(int i, boolean status, Instant until) {
        LevelKind level = LEVELS.get(i % LEVELS.size());
        Achievement achievement = Achievement.builder().id("https://example.edu/achievements/" + level.id())
                .name("Module " + (i % 40) + ": " + level.id()).description("Builds and tests small services.")
                .criteria(Criteria.ofNarrative("Passed the module's assessed project."))
                .level(CredentialLevel.of(level)).build();
        AchievementSubject subject = AchievementSubject.builder().id("did:example:learner-" + i)
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "l" + i + "@example.org", "s"))
                .achievement(achievement).build();
        OpenBadgeCredential.Builder b = OpenBadgeCredential.builder()
                .id("urn:uuid:" + UUID.nameUUIDFromBytes(("spark-" + i).getBytes(StandardCharsets.UTF_8)))
                .issuer(Profile.of(ob3.didKey(), "Example University")).name("Module " + i)
                .validFrom(ISSUED.minus(i % 30, ChronoUnit.DAYS)).credentialSubject(subject);
        if (until != null) {
            b.validUntil(until);
        }
        ObjectNode doc = json.toJson(b.build());
        if (status) {
            doc.set("credentialStatus", object("{\"id\": \"" + STATUS_LIST + "#" + i + "\", \"type\":"
                    + " \"BitstringStatusListEntry\", \"statusPurpose\": \"revocation\", \"statusListIndex\": \"" + i
                    + "\", \"statusListCredential\": \"" + STATUS_LIST + "\"}"));
        }
        return doc;
    }

    String signedDi(ObjectNode credential) {
        return json.serialize(di.sign(credential, options), false);
    }

    String signedJwt(ObjectNode credential) {
        return jwt.sign(credential);
    }

    /** The i-th OB 2.0 signed assertion (RS256), its badge class and issuer served by {@link #urlMap}. */
    String signedOb2(int i) {
        ObjectNode assertion = object("{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Assertion\","
                + " \"id\": \"urn:uuid:" + UUID.nameUUIDFromBytes(("ob2-" + i).getBytes(StandardCharsets.UTF_8))
                + "\", \"recipient\": {\"type\": \"email\", \"hashed\": false, \"identity\": \"l" + i
                + "@example.org\"}, \"issuedOn\": \"2026-01-10T00:00:00Z\", \"badge\": \"" + OB2_BADGE + "\","
                + " \"verification\": {\"type\": \"SignedBadge\", \"creator\": \"" + OB2_KEY + "\"}}");
        return ob2Signer.sign(assertion);
    }

    /** A credential whose issuer is a URL that no map serves (signed with the did:key: the binding needs a fetch). */
    String unreachableIssuer(int i) {
        ObjectNode doc = credential(i, false, null);
        doc.set("issuer", object("{\"id\": \"" + UNREACHABLE_ISSUER + "\", \"type\": [\"Profile\"], \"name\": \"Gone\"}"));
        return signedJwt(doc);
    }

    ObjectNode object(String text) {
        return json.read(text).json().deepCopy();
    }

    static String encodedList(long... setBits) {
        byte[] bits = new byte[LIST_BYTES];
        for (long bit : setBits) {
            bits[(int) (bit / 8)] |= (byte) (0x80 >>> (bit % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** A hostile record: 100,000 nested arrays (a parser without a depth limit overflows its stack). */
    static byte[] hostile() {
        return ("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8);
    }
}
