package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.validation.ValidationCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.codes;
import static dev.laurel.badges.core.model.ob2.Ob2Fixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Hibernate Validator 8 treats the model's containers ({@code Optional}, {@code List}, {@link Ref}),
 * which decides where the model puts its constraints.
 */
class Ob2ValidationMechanicsTest {

    /** A constraint on the Optional itself: HV 8 does not unwrap {@code Optional<T>} by default. */
    record NotNullOnOptional(@NotNull Optional<String> value) {
    }

    /** The placement the model uses: on the type argument. */
    record NotNullOnTypeArgument(Optional<@NotNull String> value) {
    }

    /** {@code @Valid} on a Ref reaches the Ref record but not the embedded value. */
    record ValidOnRef(@Valid Ref<BadgeClass> badge) {
    }

    private static BadgeClass badgeWithoutName() {
        BadgeClass valid = Ob2Fixtures.badgeClass();
        return new BadgeClass(valid.context(), valid.id(), valid.type(), Optional.empty(), valid.description(),
                valid.image(), valid.criteria(), valid.issuer(), valid.alignment(), valid.tags(), valid.related(),
                valid.version(), valid.endorsement(), valid.extensions());
    }

    @Test
    void notNullOnTheOptionalItselfLetsAnEmptyOptionalPass() {
        assertThat(validate(new NotNullOnOptional(Optional.empty()))).isEmpty();
    }

    @Test
    void notNullOnTheTypeArgumentRejectsAnEmptyOptional() {
        assertThat(validate(new NotNullOnTypeArgument(Optional.empty())))
                .extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ValidationCode.REQUIRED_PROPERTY_MISSING, "/value"));
        assertThat(validate(new NotNullOnTypeArgument(Optional.of("x")))).isEmpty();
    }

    @Test
    void emptyRequiredOptionalInTheModelIsReportedMissing() {
        assertThat(codes(badgeWithoutName())).containsExactly("REQUIRED_PROPERTY_MISSING /name");
    }

    @Test
    void validCascadesThroughOptionalWithTheComponentPath() {
        Assertion assertion = Ob2Fixtures.assertionBuilder()
                .recipient(new IdentityObject(List.of("email"), Optional.empty(), Optional.of(false),
                        Optional.empty(), Extensions.NONE))
                .build();
        assertThat(codes(assertion)).containsExactly("REQUIRED_PROPERTY_MISSING /recipient/identity");
    }

    @Test
    void validCascadesIntoListElementsWithTheirIndex() {
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder()
                .alignment(List.of(AlignmentObject.of("A", "https://example.org/a"), AlignmentObject.of("B", "b")))
                .build();
        assertThat(codes(badge)).containsExactly("INVALID_IRI /alignment/1/targetUrl");
    }

    @Test
    void badgeValidatorCascadesIntoAnEmbeddedRef() {
        // BadgeValidator registers a value extractor for Ref, so @Valid reaches the embedded object.
        assertThat(validate(new ValidOnRef(Ref.embedded(badgeWithoutName()))))
                .extracting(Problem::path).contains("/badge/name");
    }

    @Test
    void embeddedBadgeClassProblemsAreReportedUnderBadge() {
        Assertion base = Ob2Fixtures.assertion();
        Assertion assertion = withBadge(base, Ref.embedded(badgeWithoutName()));
        assertThat(codes(assertion)).containsExactly("REQUIRED_PROPERTY_MISSING /badge/name");
    }

    @Test
    void nestedEmbeddedObjectsAreReportedUnderTheirFullPath() {
        Profile issuer = Ob2Fixtures.issuer();
        Profile noEmail = new Profile(List.of(), issuer.id(), issuer.type(), issuer.name(), issuer.url(),
                issuer.telephone(), issuer.description(), issuer.image(), Optional.empty(), issuer.publicKey(),
                issuer.verification(), issuer.revocationList(), issuer.related(), issuer.version(),
                issuer.endorsement(), issuer.extensions());
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder().context(List.of()).issuer(noEmail).build();
        Assertion assertion = withBadge(Ob2Fixtures.assertion(), Ref.embedded(badge));
        assertThat(codes(assertion)).containsExactly("REQUIRED_PROPERTY_MISSING /badge/issuer/email");
    }

    @Test
    void embeddedWarningsStayWarnings() {
        Profile issuer = Ob2Fixtures.issuer().toBuilder().telephone("call us").build();
        BadgeClass badge = Ob2Fixtures.badgeClass().toBuilder().issuer(issuer).build();
        List<Problem> problems = validate(badge);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(problems.get(0).path()).isEqualTo("/issuer/telephone");
        assertThat(problems.get(0).code()).isEqualTo(ValidationCode.VALUE_NOT_ALLOWED);
    }

    @Test
    void referenceByIriMustBeAnIri() {
        Assertion assertion = Ob2Fixtures.assertionBuilder().badge("robotics-badge.json").build();
        assertThat(codes(assertion)).containsExactly("INVALID_IRI /badge");
    }

    @Test
    void listElementPathHasNoIndexWhenTheListWasWrittenAsOneValue() {
        Assertion one = Ob2Fixtures.assertionBuilder().addEvidence("not an iri").build();
        assertThat(codes(one)).containsExactly("INVALID_IRI /evidence/0");
        Assertion compacted = one.toBuilder().extensions(new Extensions(
                dev.laurel.badges.core.json.JsonObject.EMPTY, Set.of("evidence"))).build();
        assertThat(codes(compacted)).containsExactly("INVALID_IRI /evidence");
    }

    @Test
    void messagesNeverRepeatTheInputNorInterpolateIt() {
        Profile issuer = Ob2Fixtures.issuer().toBuilder().email("${x}{y}").build();
        List<Problem> problems = validate(issuer);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ValidationCode.VALUE_NOT_ALLOWED);
            assertThat(p.message()).isEqualTo("not an e-mail address: a value of 7 characters");
        });
    }

    static Assertion withBadge(Assertion a, Ref<BadgeClass> badge) {
        return new Assertion(a.context(), a.id(), a.type(), a.recipient(), Optional.of(badge), a.verification(),
                a.issuedOn(), a.image(), a.evidence(), a.narrative(), a.expires(), a.revoked(), a.revocationReason(),
                a.uid(), a.related(), a.version(), a.endorsement(), a.extensions());
    }
}
