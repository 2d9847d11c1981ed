package dev.laurel.badges.verify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.validation.ValidationCode;
import dev.laurel.badges.verify.fetch.FetchCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void aValidationErrorBecomesAFailedCheckWithItsCodeAsAField() {
        Problem p = Problem.error(ValidationCode.REQUIRED_PROPERTY_MISSING, "/issuer/id", "issuer.id is required");
        Check c = Check.of(DocumentCheck.VALID, p);
        assertThat(c.step()).isEqualTo(DocumentCheck.VALID);
        assertThat(c.id()).isEqualTo("document.valid");
        assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(c.path()).isEqualTo("/issuer/id");
        assertThat(c.message()).isEqualTo("issuer.id is required");
        assertThat(c.code()).contains(ValidationCode.REQUIRED_PROPERTY_MISSING);
        assertThat(c.describe()).isEqualTo("issuer.id is required [REQUIRED_PROPERTY_MISSING]");
    }

    @Test
    void aValidationWarningBecomesAWarning() {
        Problem p = Problem.warning(ValidationCode.BLANK_VALUE, "/name", "blank");
        assertThat(Check.of(DocumentCheck.VALID, p).outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void aCheckWithoutACodeDescribesItselfByItsMessage() {
        Check c = Check.passed(JwsCheck.SIGNATURE, "", "the signature verifies");
        assertThat(c.code()).isEmpty();
        assertThat(c.describe()).isEqualTo("the signature verifies");
    }

    @Test
    void movingACheckKeepsEverythingButThePath() {
        Check c = Check.failed(Ob2Check.HOSTED_FETCH, "/id", "cannot fetch", FetchCode.FETCH_FAILED);
        Check moved = c.at("/credentialStatus/1");
        assertThat(moved).isEqualTo(new Check(Ob2Check.HOSTED_FETCH, Outcome.FAILED, "/credentialStatus/1",
                "cannot fetch", Optional.of(FetchCode.FETCH_FAILED)));
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> new Check(null, Outcome.PASSED, "", "m"));
        assertThatNullPointerException().isThrownBy(() -> Check.passed(JwsCheck.KEY, null, "m"));
    }
}
