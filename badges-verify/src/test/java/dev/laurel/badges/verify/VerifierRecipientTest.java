package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.JSON;
import static dev.laurel.badges.verify.VerifierFixtures.credential;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.signDi;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OB 3.0 "Verify the Recipient Using an Identifier" through the front door: the subject's {@code id}
 * (a DID or a URL) or one of its {@code identifier}s, hashed or plain, against a {@link Recipient} the
 * caller knows. Each kind has a match (verified) and a mismatch (not verified).
 */
class VerifierRecipientTest {

    static final String MATCH = "recipient.match";
    static final String SALT = "pepper";

    final LaurelKey issuerKeys = VerifierFixtures.keys(1);
    final Verifier verifier = VerifierFixtures.verifier(DocumentFetcher.refusing());

    /** The fixture credential whose subject has {@code id} (if not null) and exactly these identifiers. */
    byte[] issuedTo(String subjectId, IdentityObject... identifiers) {
        ObjectNode credential = credential(issuerKeys);
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        subject.remove("identifier");
        if (subjectId != null) {
            subject.put("id", subjectId);
        }
        if (identifiers.length > 0) {
            var array = subject.putArray("identifier");
            for (IdentityObject identifier : identifiers) {
                array.add(JSON.toJson(identifier));
            }
        }
        return text(signDi(credential, issuerKeys)).getBytes(StandardCharsets.UTF_8);
    }

    void assertMatches(byte[] badge, String recipient, String path) {
        VerificationReport report = verifier.verify(badge, Recipient.parse(recipient));
        assertThat(report.check(MATCH).orElseThrow().outcome()).as(recipient).isEqualTo(Outcome.PASSED);
        assertThat(report.check(MATCH).orElseThrow().path()).isEqualTo(path);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    void assertDoesNotMatch(byte[] badge, String recipient) {
        VerificationReport report = verifier.verify(badge, Recipient.parse(recipient));
        assertThat(outcome(report, MATCH)).as(recipient).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).extracting(Check::id).containsOnly(MATCH);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void didSubjectIdMatchesThatDidAndNoOther() {
        byte[] badge = issuedTo("did:example:alice");
        assertMatches(badge, "did:example:alice", "/credentialSubject/id");
        assertMatches(badge, "id:did:example:alice", "/credentialSubject/id");
        assertDoesNotMatch(badge, "did:example:mallory");
        assertDoesNotMatch(badge, "did:example:alice2");
    }

    @Test
    void urlSubjectIdMatchesThatUrlAndNoOther() {
        byte[] badge = issuedTo("https://example.org/people/alice");
        assertMatches(badge, "url:https://example.org/people/alice", "/credentialSubject/id");
        assertMatches(badge, "id:https://example.org/people/alice", "/credentialSubject/id");
        assertDoesNotMatch(badge, "url:https://example.org/people/mallory");
        assertDoesNotMatch(badge, "url:https://example.org/people/alice/");
    }

    @Test
    void subjectIdIsNotMatchedByAnEmailWithTheSameText() {
        byte[] badge = issuedTo("mailto:alice@example.org");
        assertDoesNotMatch(badge, "email:alice@example.org");
        assertMatches(badge, "id:mailto:alice@example.org", "/credentialSubject/id");
    }

    @Test
    void hashedEmailAddressIdentifierMatchesTheAddress() {
        byte[] badge = issuedTo("did:example:alice",
                IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "alice@example.org", SALT));
        assertMatches(badge, "email:alice@example.org", "/credentialSubject/identifier/0");
        assertMatches(badge, "emailAddress:alice@example.org", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "email:mallory@example.org");
    }

    /** An identityHash written by another issuer: {@code md5$} or upper-case hex digits. */
    static IdentityObject hashedAs(String identityHash) {
        return new IdentityObject(Optional.of(IdentityObject.TYPE), Optional.of(Boolean.TRUE), Optional.of(identityHash),
                Optional.of(IdentifierTypeEnum.EMAIL_ADDRESS), Optional.of(SALT), Extensions.NONE);
    }

    static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void md5HashedEmailAddressIdentifierMatchesTheAddress() {
        byte[] badge = issuedTo(null, hashedAs("md5$" + hex("MD5", "alice@example.org" + SALT)));
        assertMatches(badge, "email:alice@example.org", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "email:mallory@example.org");
    }

    @Test
    void upperCaseHexDigestMatchesTheAddress() {
        byte[] badge = issuedTo(null, hashedAs("sha256$" + hex("SHA-256", "alice@example.org" + SALT)
                .toUpperCase(Locale.ROOT)));
        assertMatches(badge, "email:alice@example.org", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "email:mallory@example.org");
    }

    @Test
    void hashOfTheAddressWithoutTheSaltDoesNotMatch() {
        byte[] badge = issuedTo(null, hashedAs("sha256$" + hex("SHA-256", "alice@example.org")));
        assertDoesNotMatch(badge, "email:alice@example.org");
    }

    @Test
    void plainEmailAddressIdentifierMatchesTheAddress() {
        byte[] badge = issuedTo(null, IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "alice@example.org"));
        assertMatches(badge, "email:alice@example.org", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "email:alice@example.com");
    }

    @Test
    void hashedGenericIdentifierMatchesItsValueOnlyForTheIdentifierType() {
        byte[] badge = issuedTo(null, IdentityObject.sha256(IdentifierTypeEnum.IDENTIFIER, "student-4711", SALT));
        assertMatches(badge, "identifier:student-4711", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "identifier:student-4712");
        // The same value under another type is another identity.
        assertDoesNotMatch(badge, "email:student-4711");
    }

    @Test
    void plainGenericIdentifierMatchesItsValue() {
        byte[] badge = issuedTo(null, IdentityObject.plain(IdentifierTypeEnum.IDENTIFIER, "student-4711"));
        assertMatches(badge, "identifier:student-4711", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "identifier:Student-4711");
    }

    @Test
    void secondIdentifierMatchesWithItsOwnPath() {
        byte[] badge = issuedTo(null,
                IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "alice@example.org", SALT),
                IdentityObject.plain(IdentifierTypeEnum.IDENTIFIER, "student-4711"));
        assertMatches(badge, "identifier:student-4711", "/credentialSubject/identifier/1");
        assertMatches(badge, "email:alice@example.org", "/credentialSubject/identifier/0");
        assertDoesNotMatch(badge, "identifier:alice@example.org");
    }

    @Test
    void hashedPhoneNumberIdentifierMatchesTheNumber() {
        byte[] badge = issuedTo(null, IdentityObject.sha256(IdentifierTypeEnum.of("phoneNumber"), "+15555550100", SALT));
        assertRecipientCheck(badge, "telephone:+15555550100", Outcome.PASSED);
        assertRecipientCheck(badge, "phoneNumber:+15555550100", Outcome.PASSED);
        assertRecipientCheck(badge, "phone:+15555550100", Outcome.PASSED);
        assertRecipientCheck(badge, "telephone:+15555550199", Outcome.FAILED);
    }

    @Test
    void plainPhoneNumberIdentifierMatchesTheNumber() {
        byte[] badge = issuedTo(null, IdentityObject.plain(IdentifierTypeEnum.of("phoneNumber"), "+15555550100"));
        assertRecipientCheck(badge, "telephone:+15555550100", Outcome.PASSED);
        assertRecipientCheck(badge, "telephone:+15555550199", Outcome.FAILED);
    }

    /** Only the recipient check: see {@link #phoneNumberIdentifierIsNotASchemaValidIdentityType()}. */
    void assertRecipientCheck(byte[] badge, String recipient, Outcome expected) {
        VerificationReport report = verifier.verify(badge, Recipient.parse(recipient));
        assertThat(report.check(MATCH).orElseThrow().outcome()).as(recipient).isEqualTo(expected);
        assertThat(outcome(report, "proof.signature")).isEqualTo(Outcome.PASSED);
    }

    /**
     * CLARIFICATIONS 15 lets {@code telephone:} match a {@code phoneNumber} identifier, but the official
     * OB 3.0 schema's IdentifierTypeEnum has no {@code phoneNumber} (only an {@code ext:} term would be
     * valid), so such a credential is not valid and therefore not verified (CLARIFICATIONS 7), whatever
     * the recipient.
     */
    @Test
    void phoneNumberIdentifierIsNotASchemaValidIdentityType() {
        byte[] badge = issuedTo(null, IdentityObject.plain(IdentifierTypeEnum.of("phoneNumber"), "+15555550100"));
        VerificationReport report = verifier.verify(badge, Recipient.parse("telephone:+15555550100"));
        assertThat(report.failures()).extracting(Check::id).containsOnly("document.valid");
        assertThat(report.failures()).extracting(Check::path)
                .allMatch(p -> p.startsWith("/credentialSubject/identifier/0"));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void subjectWithoutIdOrMatchingIdentifierTypeFailsEveryRecipientKind() {
        byte[] badge = issuedTo(null, IdentityObject.plain(IdentifierTypeEnum.IDENTIFIER, "alice@example.org"));
        assertDoesNotMatch(badge, "email:alice@example.org");
        assertDoesNotMatch(badge, "did:example:alice");
        assertDoesNotMatch(badge, "url:https://example.org/alice");
    }

    @Test
    void withoutARecipientThereIsNoRecipientCheck() {
        VerificationReport report = verifier.verify(issuedTo("did:example:alice"));
        assertThat(report.check(MATCH)).isEmpty();
        assertThat(report.verified()).isTrue();
    }
}
