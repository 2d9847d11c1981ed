package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.Extensions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class IdentityObjectTest {

    private static IdentityObject identity(String type, String identity, Boolean hashed) {
        return new IdentityObject(List.of(type), Optional.of(identity), Optional.ofNullable(hashed), Optional.empty(),
                Extensions.NONE);
    }

    // --- factories and matching ---

    /** The IdentityHash example of the OB 2.0 primitive datatypes: SHA-256 of "mayze". */
    @Test
    void hashMatchesTheSpecificationExample() {
        IdentityObject mayze = IdentityObject.hashed("email", "mayze", "");
        assertThat(mayze.identity())
                .contains("sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6");
        assertThat(mayze.salt()).isEmpty();
        assertThat(mayze.hashed()).contains(true);
    }

    @Test
    void saltIsAppendedToTheValueBeforeHashing() {
        // "may" + "ze" hashes the same string as "mayze" with no salt.
        IdentityObject salted = IdentityObject.hashedEmail("may", "ze");
        assertThat(salted.identity())
                .contains("sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6");
        assertThat(salted.salt()).contains("ze");
        assertThat(salted.type()).containsExactly("email");
    }

    @Test
    void hashedIdentityMatchesItsValueOnly() {
        IdentityObject recipient = IdentityObject.hashedEmail("alice@example.org", "deadsea");
        assertThat(recipient.matches("alice@example.org")).isTrue();
        assertThat(recipient.matches("bob@example.org")).isFalse();
        assertThat(recipient.matches("alice@example.orgdeadsea")).isFalse();
    }

    @Test
    void upperCaseHexMatches() {
        IdentityObject upper = identity("email",
                "sha256$7A1A1B3F7D40552E4299180E346E3ADD12BF9A751A43D9C4CA4518FEBC2C60C6", true);
        assertThat(upper.matches("mayze")).isTrue();
        assertThat(validate(upper)).isEmpty();
    }

    @Test
    void md5IdentityMatches() {
        // RFC 1321 test suite: MD5("abc") = 900150983cd24fb0d6963f7d28e17f72.
        IdentityObject md5 = identity("email", "md5$900150983cd24fb0d6963f7d28e17f72", true);
        assertThat(md5.matches("abc")).isTrue();
        assertThat(md5.matches("abd")).isFalse();
    }

    @Test
    void unknownHashAlgorithmNeverMatches() {
        assertThat(identity("email", "sha1$a9993e364706816aba3e25717850c26c9cd0d89d", true).matches("abc"))
                .isFalse();
        assertThat(identity("email", "nohash", true).matches("nohash")).isFalse();
    }

    @Test
    void plainIdentityMatchesExactly() {
        IdentityObject plain = IdentityObject.plain("email", "alice@example.org");
        assertThat(plain.hashed()).contains(false);
        assertThat(plain.matches("alice@example.org")).isTrue();
        assertThat(plain.matches("Alice@example.org")).isFalse();
        assertThat(validate(plain)).isEmpty();
    }

    @Test
    void absentIdentityMatchesNothing() {
        IdentityObject none = new IdentityObject(List.of("email"), Optional.empty(), Optional.of(false),
                Optional.empty(), Extensions.NONE);
        assertThat(none.matches("")).isFalse();
    }

    @Test
    void factoriesRejectNull() {
        assertThatThrownBy(() -> IdentityObject.hashedEmail(null, "s")).hasMessage("value");
        assertThatThrownBy(() -> IdentityObject.hashedEmail("a@b", null)).hasMessage("salt");
        assertThatThrownBy(() -> IdentityObject.plain(null, "x")).hasMessage("type");
        assertThatThrownBy(() -> IdentityObject.plain("email", "x").matches(null)).hasMessage("value");
    }

    // --- validation ---

    @Test
    void hashedIdentityMustHaveAKnownHashForm() {
        assertThat(codes(identity("email", "sha256$abc", true))).containsExactly("INVALID_IDENTITY_HASH /identity");
        assertThat(codes(identity("email", "alice@example.org", true)))
                .containsExactly("INVALID_IDENTITY_HASH /identity");
        assertThat(codes(identity("email", "SHA256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6",
                true))).containsExactly("INVALID_IDENTITY_HASH /identity");
        assertThat(codes(identity("email", "md5$900150983cd24fb0d6963f7d28e17f7", true)))
                .containsExactly("INVALID_IDENTITY_HASH /identity");
    }

    @Test
    void hashWithHashedFalseIsInconsistent() {
        assertThat(codes(identity("email", "md5$900150983cd24fb0d6963f7d28e17f72", false)))
                .containsExactly("INVALID_IDENTITY_HASH /identity");
    }

    @Test
    void hashedIsRequired() {
        assertThat(codes(identity("email", "alice@example.org", null)))
                .containsExactly("REQUIRED_PROPERTY_MISSING /hashed");
    }

    @Test
    void identityAndTypeAreRequired() {
        IdentityObject empty = new IdentityObject(List.of(), Optional.empty(), Optional.of(false), Optional.empty(),
                Extensions.NONE);
        assertThat(codes(empty)).containsExactly("REQUIRED_PROPERTY_MISSING /identity",
                "REQUIRED_PROPERTY_MISSING /type");
    }

    @Test
    void identifierPropertiesAndPropertyIrisAreAllowedTypes() {
        assertThat(validate(identity("url", "https://example.org/alice", false))).isEmpty();
        assertThat(validate(identity("telephone", "+16175551212", false))).isEmpty();
        assertThat(validate(identity("id", "did:example:alice", false))).isEmpty();
        assertThat(validate(identity("http://schema.org/email", "alice@example.org", false))).isEmpty();
    }

    @Test
    void unknownRecipientTypeIsNotAllowed() {
        assertThat(codes(identity("Email", "alice@example.org", false))).containsExactly("VALUE_NOT_ALLOWED /type");
        assertThat(codes(identity("@id", "http://anotherissuer.org/badgeclass5", false)))
                .containsExactly("VALUE_NOT_ALLOWED /type");
    }

    @Test
    void moreThanOneRecipientTypeIsNotAllowed() {
        IdentityObject two = new IdentityObject(List.of("email", "url"), Optional.of("alice@example.org"),
                Optional.of(false), Optional.empty(), Extensions.NONE);
        assertThat(codes(two)).containsExactly("VALUE_NOT_ALLOWED /type");
    }

    @Test
    void plainEmailIdentityMustBeAnEmailAddress() {
        assertThat(codes(identity("email", "alice", false))).containsExactly("VALUE_NOT_ALLOWED /identity");
    }

    @Test
    void plainUrlIdentityMustBeAnIri() {
        assertThat(codes(identity("url", "example.org/alice", false))).containsExactly("INVALID_IRI /identity");
    }

    @Test
    void telephoneIdentityOutsideE164IsAWarning() {
        List<Problem> problems = validate(identity("telephone", "617-555-1212", false));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/identity");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void saltOnAPlainIdentityIsAWarning() {
        IdentityObject salted = new IdentityObject(List.of("email"), Optional.of("alice@example.org"),
                Optional.of(false), Optional.of("deadsea"), Extensions.NONE);
        assertThat(validate(salted)).extracting(p -> p.path() + " " + p.severity())
                .containsExactly("/salt WARNING");
    }

    @Test
    void megabyteIdentityIsRejectedQuickly() {
        String huge = "sha256$" + "a".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(codes(identity("email", huge, true))).containsExactly("INVALID_IDENTITY_HASH /identity");
            assertThat(codes(identity("email", "a".repeat(1_000_000), false)))
                    .containsExactly("VALUE_NOT_ALLOWED /identity");
        });
    }

    @Test
    void recipientRulesReportUnderRecipientInAnAssertion() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().recipient(identity("email", "sha256$00", true)).build();
        assertThat(codes(assertion)).containsExactly("INVALID_IDENTITY_HASH /recipient/identity");
    }
}
