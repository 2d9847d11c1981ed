package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Criteria, Evidence, Image, AlignmentObject, CryptographicKey and their factories. */
class SmallObjectsTest {

    @Test
    void criteriaFactories() {
        Criteria narrative = Criteria.narrative("Build a robot.");
        assertThat(narrative.id()).isEmpty();
        assertThat(narrative.narrative()).contains("Build a robot.");
        assertThat(validate(narrative)).isEmpty();
        Criteria both = Criteria.of("https://example.org/robotics-badge.html", "Build a robot.");
        assertThat(both.id()).contains("https://example.org/robotics-badge.html");
        assertThat(validate(both)).isEmpty();
    }

    @Test
    void criteriaWithOnlyAnIdAreValid() {
        Criteria page = new Criteria(Optional.of("https://example.org/c"), List.of(), Optional.empty(),
                Extensions.NONE);
        assertThat(validate(page)).isEmpty();
    }

    @Test
    void emptyCriteriaAreIncomplete() {
        Criteria empty = new Criteria(Optional.empty(), List.of("Criteria"), Optional.empty(), Extensions.NONE);
        assertThat(codes(empty)).containsExactly("REQUIRED_PROPERTY_MISSING /narrative");
    }

    @Test
    void evidenceFactoryAndValidation() {
        Evidence e = Evidence.of("https://example.org/beths-robot-work.html", "My Robot", "Hard work.");
        assertThat(e.name()).contains("My Robot");
        assertThat(e.narrative()).contains("Hard work.");
        assertThat(validate(e)).isEmpty();
        Evidence narrativeOnly = new Evidence(Optional.empty(), List.of(), Optional.of("Worked hard."),
                Optional.empty(), Optional.empty(), Optional.of("Prose"), Optional.empty(), Extensions.NONE);
        assertThat(validate(narrativeOnly)).isEmpty();
    }

    @Test
    void imageFactoryAndDataUris() {
        Image image = Image.of("https://example.org/beths-robot-badge.png", "A pretty badge");
        assertThat(image.caption()).contains("A pretty badge");
        assertThat(validate(image)).isEmpty();
        assertThat(validate(Image.of("data:image/svg+xml;base64,PHN2Zy8+", "svg"))).isEmpty();
        assertThat(codes(Image.of("data:text/html;base64,PGgxPg==", "html"))).containsExactly("VALUE_NOT_ALLOWED /id");
    }

    /** ob2/examples/ob_v2p0_examples_index-19.json: the author is an IRI that need not be a Profile. */
    @Test
    void imageAuthorIsCheckedOnlyForItsIri() {
        Image byIri = new Image(Optional.of("https://example.org/beths-robot-badge.png"), List.of(),
                Optional.of("A pretty badge, with many happy trees."),
                Optional.of(Ref.iri("https://en.wikipedia.org/wiki/Bob_Ross")), Extensions.NONE);
        assertThat(validate(byIri)).isEmpty();
        assertThat(codes(ReflectiveRecords.copyWith(byIri, "author", Optional.of(Ref.iri("Bob Ross")))))
                .containsExactly("INVALID_IRI /author");
    }

    @Test
    void alignmentFactory() {
        AlignmentObject a = AlignmentObject.of("Basic Locomotion", "https://example.org/robot-skills/1");
        assertThat(a.targetName()).contains("Basic Locomotion");
        assertThat(a.targetUrl()).contains("https://example.org/robot-skills/1");
        assertThat(validate(a)).isEmpty();
        assertThatThrownBy(() -> AlignmentObject.of(null, "https://x")).hasMessage("targetName");
    }

    /** ob2/examples/ob_v2p0_examples_index-08.json. */
    @Test
    void cryptographicKeyFactoryMatchesTheSpecExample() {
        CryptographicKey key = CryptographicKey.of("https://example.org/publicKey.json",
                "https://example.org/organization.json",
                "-----BEGIN PUBLIC KEY-----\nMIIBG0BA...OClDQAB\n-----END PUBLIC KEY-----\n");
        assertThat(key.context()).containsExactly(JsonValue.of(Ob2Vocabulary.CONTEXT));
        assertThat(key.type()).containsExactly("CryptographicKey");
        assertThat(validate(key)).isEmpty();
    }

    @Test
    void cryptographicKeyOwnerMustBeAnIri() {
        CryptographicKey key = new CryptographicKey(List.of(), Optional.of("https://example.org/k"), List.of(),
                Optional.of("organization.json"), Optional.empty(), Extensions.NONE);
        assertThat(codes(key)).containsExactly("INVALID_IRI /owner");
    }

    @Test
    void revokedAssertionFactory() {
        RevokedAssertion entry = RevokedAssertion.of("urn:uuid:1", "Honor code violation");
        assertThat(entry.id()).contains("urn:uuid:1");
        assertThat(entry.revoked()).isEmpty();
        assertThat(validate(entry)).isEmpty();
    }

    @Test
    void vocabularyAliases() {
        assertThat(Ob2Vocabulary.isHosted("hosted")).isTrue();
        assertThat(Ob2Vocabulary.isHosted("SignedBadge")).isFalse();
        assertThat(Ob2Vocabulary.isSigned("signed")).isTrue();
        assertThat(Ob2Vocabulary.isSigned(null)).isFalse();
        assertThat(Ob2Vocabulary.IDENTIFIER_PROPERTIES).containsExactlyInAnyOrder("email", "url", "telephone", "id");
    }
}
