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

class RevocationListTest {

    private static final String BY_STRING = "urn:uuid:3c574c87-b96f-4f06-8eb5-68a29335b60e";
    private static final String BY_OBJECT = "urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418";

    private static RevocationList list(List<Ref<RevokedAssertion>> entries) {
        return new RevocationList(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT)),
                Optional.of("https://example.org/revocationList.json"), List.of("RevocationList"),
                Optional.of("https://example.org/issuer"), entries, Extensions.NONE);
    }

    /** ob2/examples/ob_v2p0_examples_index-09.json: entries by IRI, by object with id, by legacy uid. */
    private static RevocationList specExample() {
        RevokedAssertion byUid = new RevokedAssertion(Optional.empty(), List.of(), Optional.of("abc123"),
                Optional.empty(), Optional.of("Issued in error."), Extensions.NONE);
        return list(List.of(Ref.iri(BY_STRING), Ref.embedded(RevokedAssertion.of(BY_OBJECT, "Honor code violation")),
                Ref.embedded(byUid)));
    }

    @Test
    void specExampleIsValid() {
        assertThat(validate(specExample())).isEmpty();
    }

    @Test
    void assertionsListedByIriOrObjectAreRevoked() {
        RevocationList list = specExample();
        assertThat(list.isRevoked(BY_STRING)).isTrue();
        assertThat(list.isRevoked(BY_OBJECT)).isTrue();
        assertThat(list.isRevoked("urn:uuid:00000000-0000-0000-0000-000000000000")).isFalse();
        assertThat(list.isRevoked("abc123")).as("a uid is not an id").isFalse();
    }

    @Test
    void findReturnsTheEntryWithItsReason() {
        assertThat(specExample().find(BY_OBJECT).flatMap(Ref::embedded).flatMap(RevokedAssertion::revocationReason))
                .contains("Honor code violation");
        assertThat(specExample().find(BY_STRING)).contains(Ref.iri(BY_STRING));
    }

    @Test
    void entryMarkedNotRevokedDoesNotRevoke() {
        RevokedAssertion reinstated = new RevokedAssertion(Optional.of(BY_OBJECT), List.of(), Optional.empty(),
                Optional.of(false), Optional.empty(), Extensions.NONE);
        RevokedAssertion explicit = ReflectiveRecords.copyWith(reinstated, "revoked", Optional.of(true));
        assertThat(list(List.of(Ref.embedded(reinstated))).isRevoked(BY_OBJECT)).isFalse();
        assertThat(list(List.of(Ref.embedded(explicit))).isRevoked(BY_OBJECT)).isTrue();
    }

    @Test
    void isRevokedRejectsNull() {
        assertThatThrownBy(() -> specExample().isRevoked(null)).hasMessage("assertionId");
    }

    @Test
    void emptyListIsValidAndRevokesNothing() {
        RevocationList empty = list(List.of());
        assertThat(validate(empty)).isEmpty();
        assertThat(empty.isRevoked(BY_STRING)).isFalse();
    }

    @Test
    void entryWithoutIdOrUidIsIncomplete() {
        RevokedAssertion anonymous = new RevokedAssertion(Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.of("why"), Extensions.NONE);
        assertThat(codes(list(List.of(Ref.iri(BY_STRING), Ref.embedded(anonymous)))))
                .containsExactly("REQUIRED_PROPERTY_MISSING /revokedAssertions/1/id");
    }

    @Test
    void entryThatIsNotAnIriIsInvalid() {
        assertThat(codes(list(List.of(Ref.iri("abc123"))))).containsExactly("INVALID_IRI /revokedAssertions/0");
    }

    @Test
    void typeIsRequiredAndMustNameRevocationList() {
        RevocationList untyped = ReflectiveRecords.copyWith(specExample(), "type", List.of());
        assertThat(codes(untyped)).containsExactly("REQUIRED_PROPERTY_MISSING /type");
        RevocationList wrong = ReflectiveRecords.copyWith(specExample(), "type", List.of("Assertion"));
        assertThat(codes(wrong)).containsExactly("MISSING_TYPE /type");
    }

    @Test
    void issuerMustBeAnIri() {
        assertThat(codes(ReflectiveRecords.copyWith(specExample(), "issuer", Optional.of("issuer"))))
                .containsExactly("INVALID_IRI /issuer");
    }
}
