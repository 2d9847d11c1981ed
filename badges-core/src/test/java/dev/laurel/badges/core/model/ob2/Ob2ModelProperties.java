package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.validation.BadgeValidator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Ob2ModelProperties {

    @Provide
    Arbitrary<Class<? extends Record>> records() {
        return Arbitraries.of(ReflectiveRecords.RECORDS);
    }

    @Provide
    Arbitrary<Assertion> validAssertions() {
        return Arbitraries.randomValue(ValidOb2::assertion);
    }

    @Provide
    Arbitrary<BadgeClass> validBadgeClasses() {
        return Arbitraries.randomValue(random -> ValidOb2.badgeClass(random, true));
    }

    @Property
    void everyListReturnedByEveryRecordIsUnmodifiable(@ForAll("records") Class<? extends Record> type,
            @ForAll Random random) throws ReflectiveOperationException {
        Object[] args = ReflectiveRecords.sampleArguments(type, random, 2);
        Record record = ReflectiveRecords.construct(type, args);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() != List.class) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> returned = (List<Object>) components[i].getAccessor().invoke(record);
            List<Object> snapshot = List.copyOf(returned);
            assertThatThrownBy(() -> returned.add(snapshot.isEmpty() ? "x" : snapshot.get(0)))
                    .as(type.getSimpleName() + "." + components[i].getName())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(returned::clear).isInstanceOf(UnsupportedOperationException.class);
            // The record copied its argument: changing the caller's list changes nothing.
            @SuppressWarnings("unchecked")
            List<Object> argument = (List<Object>) args[i];
            argument.clear();
            assertThat(returned).isEqualTo(snapshot);
        }
    }

    @Property
    void constructorsRejectNullNamingTheComponent(@ForAll("records") Class<? extends Record> type,
            @ForAll Random random, @ForAll @IntRange(min = 0, max = 40) int which) {
        Object[] args = ReflectiveRecords.sampleArguments(type, random, 1);
        int index = which % args.length;
        args[index] = null;
        String name = type.getRecordComponents()[index].getName();
        assertThatThrownBy(() -> ReflectiveRecords.construct(type, args))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(name);
    }

    @Property
    void constructorsRejectNullListElements(@ForAll("records") Class<? extends Record> type, @ForAll Random random) {
        Object[] args = ReflectiveRecords.sampleArguments(type, random, 1);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() == List.class) {
                List<Object> withNull = new ArrayList<>();
                withNull.add(null);
                Object[] copy = args.clone();
                copy[i] = withNull;
                assertThatThrownBy(() -> ReflectiveRecords.construct(type, copy))
                        .isInstanceOf(NullPointerException.class);
            }
        }
    }

    /** Untrusted input never makes the validator throw, whatever the combination of values. */
    @Property(tries = 300)
    void validatorReportsRatherThanThrowsForAnyRecord(@ForAll("records") Class<? extends Record> type,
            @ForAll Random random) {
        Record record = ReflectiveRecords.sampleRecord(type, random, 3);
        assertThatCode(() -> BadgeValidator.standard().validate(record)).doesNotThrowAnyException();
    }

    @Property
    void randomValidAssertionsRoundTripThroughTheBuilder(@ForAll("validAssertions") Assertion assertion) {
        assertThat(assertion.toBuilder().build()).isEqualTo(assertion);
        assertThat(assertion.toBuilder().build().hashCode()).isEqualTo(assertion.hashCode());
    }

    @Property(tries = 200)
    void randomValidAssertionsHaveNoProblems(@ForAll("validAssertions") Assertion assertion) {
        List<Problem> problems = BadgeValidator.standard().validate(assertion);
        assertThat(problems).isEmpty();
    }

    @Property
    void randomBadgeClassesRoundTripThroughTheBuilder(@ForAll("validBadgeClasses") BadgeClass badge) {
        assertThat(badge.toBuilder().build()).isEqualTo(badge);
        Profile issuer = badge.issuer().flatMap(Ref::embedded).orElse(null);
        if (issuer != null) {
            assertThat(issuer.toBuilder().build()).isEqualTo(issuer);
        }
    }

    @Property
    void hashedIdentityMatchesItsOwnValueAndIsValid(@ForAll String email, @ForAll String salt) {
        IdentityObject recipient = IdentityObject.hashedEmail(email, salt);
        assertThat(recipient.matches(email)).isTrue();
        assertThat(BadgeValidator.standard().validate(recipient)).isEmpty();
    }

    @Property
    void hashedIdentityDoesNotMatchAnotherValue(@ForAll String email, @ForAll String other, @ForAll String salt) {
        IdentityObject recipient = IdentityObject.hashedEmail(email, salt);
        assertThat(recipient.matches(other)).isEqualTo((email + salt).equals(other + salt));
    }

    @Property
    void expiresIsInOrderExactlyWhenAfterIssuedOn(@ForAll("validAssertions") Assertion assertion,
            @ForAll @IntRange(min = -100000, max = 100000) int offsetSeconds) {
        Timestamp issued = assertion.issuedOn().orElseThrow();
        Assertion shifted = assertion.toBuilder().expires(issued.instant().plusSeconds(offsetSeconds)).build();
        boolean outOfOrder = BadgeValidator.standard().validate(shifted).stream()
                .anyMatch(p -> p.path().equals("/expires") && p.code().name().equals("DATES_OUT_OF_ORDER"));
        assertThat(outOfOrder).isEqualTo(offsetSeconds <= 0);
    }

    /** Random valid OB 2.0 objects. */
    static final class ValidOb2 {

        private ValidOb2() {
        }

        static String word(Random random) {
            String letters = "abcdefghijklmnopqrstuvwxyz";
            StringBuilder out = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
                out.append(letters.charAt(random.nextInt(letters.length())));
            }
            return out.toString();
        }

        static String url(Random random) {
            return "https://" + word(random) + ".example/" + word(random);
        }

        static Profile issuer(Random random, boolean embedded) {
            Profile.Builder b = Profile.builder().id(url(random)).name(word(random) + " " + word(random))
                    .url(url(random)).email(word(random) + "@" + word(random) + ".example");
            if (random.nextBoolean()) {
                b.type(random.nextBoolean() ? "Issuer" : "Profile");
            }
            if (random.nextBoolean()) {
                b.telephone("+1" + (2000000000L + random.nextInt(999999999)));
            }
            if (random.nextBoolean()) {
                b.verification(VerificationObject.allowedOrigins(List.of(word(random) + ".example")));
            }
            if (random.nextBoolean()) {
                b.addPublicKey(url(random));
            }
            if (embedded) {
                b.context(List.of());
            }
            return b.build();
        }

        static BadgeClass badgeClass(Random random, boolean standalone) {
            BadgeClass.Builder b = BadgeClass.builder().id(url(random)).name(word(random))
                    .description(word(random) + " " + word(random))
                    .image(random.nextBoolean() ? url(random) + ".png" : "data:image/png;base64,iVBORw0KGgo=");
            b.criteria(random.nextBoolean() ? Ref.iri(url(random))
                    : Ref.embedded(random.nextBoolean() ? Criteria.narrative(word(random))
                            : Criteria.of(url(random), word(random))));
            b.issuer(random.nextBoolean() ? Ref.iri(url(random)) : Ref.embedded(issuer(random, true)));
            for (int i = random.nextInt(3); i > 0; i--) {
                b.addAlignment(AlignmentObject.of(word(random), url(random)));
            }
            if (random.nextBoolean()) {
                b.tags(word(random), word(random));
            }
            if (!standalone) {
                b.context(List.of());
            }
            return b.build();
        }

        static Assertion assertion(Random random) {
            boolean hosted = random.nextBoolean();
            Instant issued = Instant.ofEpochSecond(946684800L + random.nextInt(900000000));
            Assertion.Builder b = Assertion.builder()
                    .id(hosted ? url(random) : "urn:uuid:" + new java.util.UUID(random.nextLong(),
                            random.nextLong()))
                    .recipient(random.nextBoolean()
                            ? IdentityObject.hashedEmail(word(random) + "@example.org", word(random))
                            : IdentityObject.plain("email", word(random) + "@example.org"))
                    .verification(hosted ? VerificationObject.hosted() : VerificationObject.signed(url(random)))
                    .issuedOn(issued);
            if (random.nextBoolean()) {
                b.badge(url(random));
            } else {
                b.badge(badgeClass(random, false));
            }
            if (random.nextBoolean()) {
                b.expires(issued.plusSeconds(1 + random.nextInt(100000000)));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                if (random.nextBoolean()) {
                    b.addEvidence(url(random));
                } else {
                    b.addEvidence(Evidence.of(url(random), word(random), word(random)));
                }
            }
            if (random.nextBoolean()) {
                b.narrative(word(random));
            }
            if (random.nextBoolean()) {
                b.image(url(random) + ".svg");
            }
            return b.build();
        }
    }
}
