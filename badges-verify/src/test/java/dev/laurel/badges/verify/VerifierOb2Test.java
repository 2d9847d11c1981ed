package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.object;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.sha256Hex;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.JwsCheck;
import dev.laurel.badges.verify.report.Ob2Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OB 2.0 through the Verifier: hosted (spec "HostedBadge Verification") and signed ("SignedBadge Verification"). */
class VerifierOb2Test {

    static final String OB2 = "https://w3id.org/openbadges/v2";
    static final String ISSUER = "https://example.org/issuer.json";
    static final String BADGE = "https://example.org/badges/robotics.json";
    static final String ASSERTION = "https://example.org/assertions/1.json";
    static final String KEY = "https://example.org/keys/1.json";
    static final String REVOCATIONS = "https://example.org/revocations.json";
    static final String SALT = "deadsea";

    static final String[] HOSTED_STEPS = {"hosted.fetch", "hosted.match", "status.revoked", "hosted.badgeclass",
        "hosted.issuer", "hosted.origin"};

    static ObjectNode issuer(String id) {
        return object("{\"@context\": \"" + OB2 + "\", \"type\": \"Issuer\", \"id\": \"" + id + "\","
                + " \"name\": \"Example Robotics Club\", \"url\": \"https://example.org\","
                + " \"email\": \"badges@example.org\"}");
    }

    static ObjectNode issuerWithPolicy(String policyJson) {
        ObjectNode issuer = issuer(ISSUER);
        issuer.set("verification", object(policyJson));
        return issuer;
    }

    static ObjectNode badgeClass(String id, String issuerId) {
        return object("{\"@context\": \"" + OB2 + "\", \"type\": \"BadgeClass\", \"id\": \"" + id + "\","
                + " \"name\": \"Robotics\", \"description\": \"Built and programmed a line-following robot.\","
                + " \"image\": \"https://example.org/badges/robotics.png\","
                + " \"criteria\": {\"narrative\": \"Demonstrate a working robot to a club mentor.\"},"
                + " \"issuer\": \"" + issuerId + "\"}");
    }

    static ObjectNode assertion(String id, String badgeId, String email) {
        return object("{\"@context\": \"" + OB2 + "\", \"type\": \"Assertion\", \"id\": \"" + id + "\","
                + " \"recipient\": {\"type\": \"email\", \"hashed\": true, \"salt\": \"" + SALT + "\","
                + " \"identity\": \"sha256$" + sha256Hex(email + SALT) + "\"},"
                + " \"badge\": \"" + badgeId + "\", \"verification\": {\"type\": \"HostedBadge\"},"
                + " \"issuedOn\": \"2026-01-15T10:00:00Z\"}");
    }

    static ObjectNode assertion() {
        return assertion(ASSERTION, BADGE, "alice@example.org");
    }

    /** The issuer, badge class and assertion all on https://example.org. */
    static MapDocumentFetcher.Builder sameOrigin(ObjectNode hostedAssertion) {
        return MapDocumentFetcher.builder()
                .put(ISSUER, text(issuer(ISSUER)))
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(hostedAssertion.get("id").textValue(), text(hostedAssertion));
    }

    static VerificationReport verifyGiven(DocumentFetcher fetcher, ObjectNode given) {
        return verifier(fetcher).verify(text(given));
    }

    // ------------------------------------------------------------------ hosted

    @Test
    void hostedAssertionBadgeClassAndIssuerOnOneOriginVerify() {
        VerificationReport report = verifyGiven(sameOrigin(assertion()).build(), assertion());
        assertThat(report.failures()).isEmpty();
        for (String step : HOSTED_STEPS) {
            assertThat(outcome(report, step)).as(step).isEqualTo(Outcome.PASSED);
        }
        assertThat(outcome(report, "document.valid")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.HOSTED);
        assertThat(report.issuer()).contains(ISSUER);
    }

    @Test
    void givenAssertionThatDiffersFromTheHostedOneFailsMatch() {
        ObjectNode given = assertion(ASSERTION, BADGE, "mallory@example.org");
        VerificationReport report = verifyGiven(sameOrigin(assertion()).build(), given);
        assertThat(outcome(report, "hosted.match")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void hostedUrlAnswering410GoneIsRevoked() {
        DocumentFetcher others = sameOrigin(assertion()).build();
        DocumentFetcher fetcher = (uri, accept) -> {
            if (uri.toString().equals(ASSERTION)) {
                throw new FetchException(FetchCode.GONE, "410 Gone: " + uri);
            }
            return others.fetch(uri, accept);
        };
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void hostedDocumentDeclaringRevokedFails() {
        ObjectNode revoked = assertion();
        revoked.put("revoked", true);
        revoked.put("revocationReason", "Awarded in error");
        VerificationReport report = verifyGiven(sameOrigin(revoked).build(), revoked);
        assertThat(outcome(report, "hosted.match")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("status.revoked").orElseThrow().message()).contains("Awarded in error");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void assertionOnAnotherOriginThanTheIssuerWithoutPolicyFailsOrigin() {
        ObjectNode elsewhere = assertion("https://badges.example.net/assertions/1.json", BADGE, "alice@example.org");
        VerificationReport report = verifyGiven(sameOrigin(elsewhere).build(), elsewhere);
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void badgeClassOnAnotherOriginThanTheIssuerWithoutPolicyWarnsOrigin() {
        // Once a failure: the hosted rule constrains the assertion, not the badge class
        // (1EdTech's validator, verification.py hosted_id_in_verification_scope); see VerifierOb2ReferenceFormsTest.
        String foreignBadge = "https://badges.example.net/robotics.json";
        ObjectNode given = assertion(ASSERTION, foreignBadge, "alice@example.org");
        DocumentFetcher fetcher = sameOrigin(given).put(foreignBadge, text(badgeClass(foreignBadge, ISSUER))).build();
        VerificationReport report = verifyGiven(fetcher, given);
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.WARNING);
        assertThat(report.check("hosted.origin").orElseThrow().path()).isEqualTo("/badge");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void issuerAllowedOriginsAdmitAnotherHost() {
        ObjectNode elsewhere = assertion("https://badges.example.net/assertions/1.json", BADGE, "alice@example.org");
        DocumentFetcher fetcher = sameOrigin(elsewhere).put(ISSUER, text(issuerWithPolicy(
                "{\"type\": \"VerificationObject\", \"allowedOrigins\": [\"badges.example.net\"]}"))).build();
        VerificationReport report = verifyGiven(fetcher, elsewhere);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void issuerAllowedOriginsRefuseAHostNotListed() {
        ObjectNode elsewhere = assertion("https://evil.example/assertions/1.json", BADGE, "alice@example.org");
        DocumentFetcher fetcher = sameOrigin(elsewhere).put(ISSUER, text(issuerWithPolicy(
                "{\"type\": \"VerificationObject\", \"allowedOrigins\": \"badges.example.net\"}"))).build();
        VerificationReport report = verifyGiven(fetcher, elsewhere);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerStartsWithAdmitsAssertionsUnderThePrefix() {
        DocumentFetcher fetcher = sameOrigin(assertion()).put(ISSUER, text(issuerWithPolicy(
                "{\"type\": \"VerificationObject\", \"startsWith\": \"https://example.org/assertions/\"}"))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void issuerStartsWithRefusesAnAssertionOutsideThePrefixEvenOnTheSameOrigin() {
        ObjectNode outside = assertion("https://example.org/students/mallory/1.json", BADGE, "alice@example.org");
        DocumentFetcher fetcher = sameOrigin(outside).put(ISSUER, text(issuerWithPolicy(
                "{\"type\": \"VerificationObject\", \"startsWith\": [\"https://example.org/assertions/\"]}"))).build();
        VerificationReport report = verifyGiven(fetcher, outside);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void aPolicyInAnEmbeddedIssuerProfileCannotWidenTheIssuersScope() {
        // The attacker hosts an assertion whose embedded badge class embeds a copy of the real issuer's profile
        // with an allowedOrigins naming the attacker's host. Only the profile hosted at the issuer's id counts.
        String forgedId = "https://evil.example/assertions/1.json";
        ObjectNode embeddedIssuer = issuerWithPolicy(
                "{\"type\": \"VerificationObject\", \"allowedOrigins\": [\"evil.example\"]}");
        ObjectNode embeddedBadge = badgeClass(BADGE, ISSUER);
        embeddedBadge.set("issuer", embeddedIssuer);
        ObjectNode forged = assertion(forgedId, BADGE, "mallory@example.org");
        forged.set("badge", embeddedBadge);
        DocumentFetcher fetcher = sameOrigin(forged).build();
        VerificationReport report = verifyGiven(fetcher, forged);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void refusedFetchIsAFailedCheckInAReportNotAnException() {
        VerificationReport report = verifyGiven(DocumentFetcher.refusing(), assertion());
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("hosted.fetch").orElseThrow().code().map(k -> k.name())).contains("FETCH_REFUSED");
        assertThat(report.verified()).isFalse();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.HOSTED);
        assertThat(Verifier.offline().verify(text(assertion())).verified()).isFalse();
    }

    @Test
    void missingBadgeClassFailsItsCheck() {
        DocumentFetcher fetcher = MapDocumentFetcher.of(Map.of(ISSUER, text(issuer(ISSUER)),
                ASSERTION, text(assertion())));
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void expiredAssertionFailsExpiry() {
        ObjectNode expired = assertion();
        expired.put("expires", "2026-03-01T00:00:00Z");
        VerificationReport report = verifyGiven(sameOrigin(expired).build(), expired);
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.check("validity.expiry").orElseThrow().path()).isEqualTo("/expires");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void assertionExpiringLaterVerifies() {
        ObjectNode later = assertion();
        later.put("expires", "2027-01-01T00:00:00Z");
        VerificationReport report = verifyGiven(sameOrigin(later).build(), later);
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void hashedEmailRecipientMatches() {
        byte[] given = text(assertion()).getBytes(StandardCharsets.UTF_8);
        VerificationReport report = verifier(sameOrigin(assertion()).build())
                .verify(given, Recipient.parse("email:alice@example.org"));
        assertThat(outcome(report, "recipient.match")).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void hashedEmailRecipientMismatchFails() {
        byte[] given = text(assertion()).getBytes(StandardCharsets.UTF_8);
        VerificationReport report = verifier(sameOrigin(assertion()).build())
                .verify(given, Recipient.parse("email:mallory@example.org"));
        assertThat(outcome(report, "recipient.match")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void recipientIsMatchedAgainstTheHostedAssertionNotTheGivenOne() {
        // The given copy names mallory, the hosted truth names alice: mallory must not pass as the recipient.
        ObjectNode given = assertion(ASSERTION, BADGE, "mallory@example.org");
        VerificationReport report = verifier(sameOrigin(assertion()).build())
                .verify(text(given).getBytes(StandardCharsets.UTF_8), Recipient.parse("email:mallory@example.org"));
        assertThat(outcome(report, "recipient.match")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void bakedPngCarryingOnlyTheHostedUrlIsFollowedThroughTheFetcher() {
        VerifierFixtures.RecordingFetcher fetcher = new VerifierFixtures.RecordingFetcher(sameOrigin(assertion()).build());
        byte[] baked = Baker.standard().bake(VerifierFixtures.blankPng(), BadgePayload.ob2Url(ASSERTION));
        VerificationReport report = verifier(fetcher).verify(baked, Recipient.parse("email:alice@example.org"));
        assertThat(fetcher.asked()).contains(ASSERTION, BADGE, ISSUER);
        assertThat(outcome(report, "input.image")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "hosted.origin")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "recipient.match")).isEqualTo(Outcome.PASSED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void bakedUrlServingAnAssertionThatClaimsAnotherIdIsNotTrusted() {
        // The URL in the image is the attacker's; the document there claims an id on the issuer's origin.
        String attackerUrl = "https://evil.example/a.json";
        ObjectNode forged = assertion("https://example.org/assertions/999.json", BADGE, "mallory@example.org");
        DocumentFetcher fetcher = sameOrigin(assertion()).put(attackerUrl, text(forged)).build();
        byte[] baked = Baker.standard().bake(VerifierFixtures.blankPng(), BadgePayload.ob2Url(attackerUrl));
        VerificationReport report = verifier(fetcher).verify(baked, Recipient.parse("email:mallory@example.org"));
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void bakedUrlAnswering410GoneIsRevoked() {
        DocumentFetcher fetcher = (uri, accept) -> {
            throw new FetchException(FetchCode.GONE, "410 Gone: " + uri);
        };
        byte[] baked = Baker.standard().bake(VerifierFixtures.blankPng(), BadgePayload.ob2Url(ASSERTION));
        VerificationReport report = verifier(fetcher).verify(baked);
        assertThat(outcome(report, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void bakedUrlThatCannotBeFetchedIsAFailedCheck() {
        byte[] baked = Baker.standard().bake(VerifierFixtures.blankPng(), BadgePayload.ob2Url(ASSERTION));
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(baked);
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void hostedAssertionWithAnUnknownContextIsNotVerified() {
        ObjectNode wrong = assertion();
        wrong.put("@context", "https://example.org/my-context.json");
        VerificationReport report = verifyGiven(sameOrigin(wrong).build(), wrong);
        assertThat(outcome(report, "document.kind")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void openBadges11ContextIsALegacyFormThatStillVerifies() {
        ObjectNode legacy = assertion();
        legacy.put("@context", "https://w3id.org/openbadges/v1");
        VerificationReport report = verifyGiven(sameOrigin(legacy).build(), legacy);
        assertThat(report.warnings()).extracting(Check::path).contains("/@context");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void documentAtTheBadgeUrlThatIsNotABadgeClassFails() {
        DocumentFetcher fetcher = sameOrigin(assertion()).put(BADGE, text(issuer(ISSUER))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void linkedBadgeClassThatBreaksTheSpecificationIsNotVerified() {
        ObjectNode badge = badgeClass(BADGE, ISSUER);
        badge.remove("criteria");
        DocumentFetcher fetcher = sameOrigin(assertion()).put(BADGE, text(badge)).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).extracting(Check::message).anyMatch(m -> m.contains("criteria"));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void issuerProfileClaimingAnotherIdThanItsUrlFails() {
        DocumentFetcher fetcher = sameOrigin(assertion())
                .put(ISSUER, text(issuer("https://famous-university.example/issuer.json"))).build();
        VerificationReport report = verifyGiven(fetcher, assertion());
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    // ------------------------------------------------------------------ signed

    final LaurelKey rsa = KeyPairs.generateRsa(2048);

    ObjectNode signedAssertion() {
        ObjectNode a = assertion("urn:uuid:0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", BADGE, "alice@example.org");
        return SignedBadgeSigner.withSignedVerification(a, KEY);
    }

    MapDocumentFetcher.Builder signedDocuments(ObjectNode keyDocument, ObjectNode issuerProfile) {
        return MapDocumentFetcher.builder()
                .put(KEY, text(keyDocument))
                .put(ISSUER, text(issuerProfile))
                .put(BADGE, text(badgeClass(BADGE, ISSUER)));
    }

    DocumentFetcher signedFetcher() {
        return signedDocuments(SignedBadgeSigner.cryptographicKey(KEY, ISSUER, rsa),
                SignedBadgeSigner.withPublicKey(issuer(ISSUER), KEY)).build();
    }

    @Test
    void signedAssertionWithTheIssuersPublishedKeyVerifies() {
        String jws = SignedBadgeSigner.of(rsa).sign(signedAssertion());
        VerificationReport report = verifier(signedFetcher()).verify(jws.getBytes(StandardCharsets.US_ASCII),
                Recipient.parse("email:alice@example.org"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.proofFormat()).isEqualTo(ProofFormat.SIGNED_JWS);
        for (String id : new String[] {Ob2Check.ISSUER.id(), Ob2Check.KEY.id(), Ob2Check.KEY_OWNER.id(),
            JwsCheck.SIGNATURE.id(), "document.valid", "linked.valid", "recipient.match"}) {
            assertThat(outcome(report, id)).as(id).isEqualTo(Outcome.PASSED);
        }
        assertThat(report.issuer()).contains(ISSUER);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void signedAssertionWhoseLinkedBadgeClassIsInvalidIsNotVerified() {
        String jws = SignedBadgeSigner.of(rsa).sign(signedAssertion());
        ObjectNode badge = badgeClass(BADGE, ISSUER);
        badge.remove("name");
        DocumentFetcher fetcher = signedDocuments(SignedBadgeSigner.cryptographicKey(KEY, ISSUER, rsa),
                SignedBadgeSigner.withPublicKey(issuer(ISSUER), KEY)).put(BADGE, text(badge)).build();
        VerificationReport report = verifier(fetcher).verify(jws);
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "linked.valid")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionWithAKeyOwnedByAnotherIssuerFails() {
        String jws = SignedBadgeSigner.of(rsa).sign(signedAssertion());
        DocumentFetcher fetcher = signedDocuments(
                SignedBadgeSigner.cryptographicKey(KEY, "https://evil.example/issuer.json", rsa),
                SignedBadgeSigner.withPublicKey(issuer(ISSUER), KEY)).build();
        VerificationReport report = verifier(fetcher).verify(jws);
        assertThat(outcome(report, Ob2Check.KEY_OWNER.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionListedInTheIssuersRevocationListFails() {
        ObjectNode assertion = signedAssertion();
        String jws = SignedBadgeSigner.of(rsa).sign(assertion);
        ObjectNode profile = SignedBadgeSigner.withPublicKey(issuer(ISSUER), KEY);
        profile.put("revocationList", REVOCATIONS);
        ObjectNode list = object("{\"@context\": \"" + OB2 + "\", \"type\": \"RevocationList\", \"id\": \""
                + REVOCATIONS + "\", \"issuer\": \"" + ISSUER + "\", \"revokedAssertions\": []}");
        ((ArrayNode) list.get("revokedAssertions")).addObject().put("id", assertion.get("id").textValue())
                .put("revocationReason", "Cheated");
        DocumentFetcher fetcher = signedDocuments(SignedBadgeSigner.cryptographicKey(KEY, ISSUER, rsa), profile)
                .put(REVOCATIONS, text(list)).build();
        VerificationReport report = verifier(fetcher).verify(jws);
        assertThat(outcome(report, Ob2Check.REVOCATION_LIST.id())).isEqualTo(Outcome.FAILED);
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionNotInTheRevocationListVerifies() {
        String jws = SignedBadgeSigner.of(rsa).sign(signedAssertion());
        ObjectNode profile = SignedBadgeSigner.withPublicKey(issuer(ISSUER), KEY);
        profile.put("revocationList", REVOCATIONS);
        ObjectNode list = object("{\"@context\": \"" + OB2 + "\", \"type\": \"RevocationList\", \"id\": \""
                + REVOCATIONS + "\", \"issuer\": \"" + ISSUER + "\", \"revokedAssertions\": [\"urn:uuid:other\"]}");
        DocumentFetcher fetcher = signedDocuments(SignedBadgeSigner.cryptographicKey(KEY, ISSUER, rsa), profile)
                .put(REVOCATIONS, text(list)).build();
        VerificationReport report = verifier(fetcher).verify(jws);
        assertThat(outcome(report, Ob2Check.REVOCATION_LIST.id())).isEqualTo(Outcome.PASSED);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void signedAssertionSignedByAKeyTheIssuerDoesNotPublishFails() {
        LaurelKey other = KeyPairs.generateRsa(2048);
        String jws = SignedBadgeSigner.of(other).sign(signedAssertion());
        VerificationReport report = verifier(signedFetcher()).verify(jws);
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionThatExpiredFails() {
        ObjectNode expired = signedAssertion();
        expired.put("expires", "2026-02-01T00:00:00Z");
        VerificationReport report = verifier(signedFetcher()).verify(SignedBadgeSigner.of(rsa).sign(expired));
        assertThat(outcome(report, JwsCheck.SIGNATURE.id())).isEqualTo(Outcome.PASSED);
        assertThat(outcome(report, "validity.expiry")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionDeclaringRevokedFails() {
        ObjectNode revoked = signedAssertion();
        revoked.put("revoked", true);
        VerificationReport report = verifier(signedFetcher()).verify(SignedBadgeSigner.of(rsa).sign(revoked));
        assertThat(outcome(report, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void signedAssertionWhoseIssuerCannotBeFetchedFails() {
        String jws = SignedBadgeSigner.of(rsa).sign(signedAssertion());
        VerificationReport report = verifier(DocumentFetcher.refusing()).verify(jws);
        assertThat(outcome(report, Ob2Check.ISSUER.id())).isEqualTo(Outcome.FAILED);
        assertThat(report.verified()).isFalse();
        assertThat(Optional.of(report.proofFormat())).contains(ProofFormat.SIGNED_JWS);
    }
}
