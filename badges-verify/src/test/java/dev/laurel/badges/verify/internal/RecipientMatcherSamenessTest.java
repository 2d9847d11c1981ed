package dev.laurel.badges.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.verify.internal.RecipientMatcher.Sameness;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The learner-sameness rule a CLR applies to each nested credential's subject. */
class RecipientMatcherSamenessTest {

    private static final IdentityObject SAM = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org");
    private static final IdentityObject MAX = IdentityObject.plain(IdentifierTypeEnum.EMAIL_ADDRESS, "max@example.org");

    private static Sameness same(Optional<String> a, List<IdentityObject> as, Optional<String> b, List<IdentityObject> bs) {
        return RecipientMatcher.sameLearner(a, as, b, bs).verdict();
    }

    @Test
    void idsDecideWhenBothSidesHaveOne() {
        assertThat(same(Optional.of("did:example:sam"), List.of(), Optional.of("did:example:sam"), List.of()))
                .isEqualTo(Sameness.SAME);
        // Matching identifiers do not save different ids.
        assertThat(same(Optional.of("did:example:sam"), List.of(SAM), Optional.of("did:example:max"), List.of(SAM)))
                .isEqualTo(Sameness.DIFFERENT);
    }

    @Test
    void plainIdentifiersOfOneTypeAreComparedByValue() {
        assertThat(same(Optional.empty(), List.of(SAM), Optional.empty(), List.of(SAM))).isEqualTo(Sameness.SAME);
        assertThat(same(Optional.empty(), List.of(SAM), Optional.empty(), List.of(MAX))).isEqualTo(Sameness.DIFFERENT);
        assertThat(same(Optional.empty(), List.of(SAM), Optional.empty(), List.of(MAX, SAM))).isEqualTo(Sameness.SAME);
    }

    @Test
    void aHashedIdentifierIsComparedWithAPlainOneAsRecipientMatchingDoes() {
        IdentityObject hashed = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org", "pepper");
        assertThat(same(Optional.empty(), List.of(SAM), Optional.empty(), List.of(hashed))).isEqualTo(Sameness.SAME);
        assertThat(same(Optional.empty(), List.of(hashed), Optional.empty(), List.of(MAX))).isEqualTo(Sameness.DIFFERENT);
    }

    @Test
    void twoHashesCompareOnlyUnderOneSalt() {
        IdentityObject a = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org", "pepper");
        IdentityObject b = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "sam@example.org", "salt");
        IdentityObject c = IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "max@example.org", "pepper");
        assertThat(same(Optional.empty(), List.of(a), Optional.empty(), List.of(a))).isEqualTo(Sameness.SAME);
        assertThat(same(Optional.empty(), List.of(a), Optional.empty(), List.of(c))).isEqualTo(Sameness.DIFFERENT);
        RecipientMatcher.Learner undecided = RecipientMatcher.sameLearner(Optional.empty(), List.of(a), Optional.empty(),
                List.of(b));
        assertThat(undecided.verdict()).isEqualTo(Sameness.UNDECIDED);
        assertThat(undecided.reason()).contains("different salts");
    }

    @Test
    void anIdOnOneSideCountsAsAnIdentifierOfTypeId() {
        IdentityObject did = IdentityObject.plain(IdentifierTypeEnum.of("did"), "did:example:sam");
        assertThat(same(Optional.of("did:example:sam"), List.of(), Optional.empty(), List.of(did))).isEqualTo(Sameness.SAME);
    }

    @Test
    void nothingComparableIsUndecidedWithAReason() {
        IdentityObject student = IdentityObject.plain(IdentifierTypeEnum.SIS_SOURCED_ID, "S-1");
        RecipientMatcher.Learner answer = RecipientMatcher.sameLearner(Optional.of("did:example:sam"), List.of(),
                Optional.empty(), List.of(student));
        assertThat(answer.verdict()).isEqualTo(Sameness.UNDECIDED);
        assertThat(answer.reason()).startsWith("nothing to compare");
        assertThat(same(Optional.empty(), List.of(), Optional.empty(), List.of(SAM))).isEqualTo(Sameness.UNDECIDED);
    }
}
