package org.example.walker;

import dev.laurel.badges.core.validation.BadgeValidator;
import dev.laurel.badges.core.Problem;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application's own record, outside Laurel's packages, with a constraint the sure-valid walker does not
 * check: {@link BadgeValidator} lets Hibernate Validator judge it instead of refusing it.
 */
class ForeignRecordTest {

    record Nickname(@Size(max = 3) String value) {
    }

    @Test
    void aConstraintTheWalkerDoesNotKnowIsJudgedByHibernateValidator() {
        List<Problem> broken = BadgeValidator.standard().validate(new Nickname("abcdef"));
        List<Problem> fine = BadgeValidator.standard().validate(new Nickname("abc"));

        assertThat(broken).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/value");
            assertThat(p.isError()).isTrue();
        });
        assertThat(fine).isEmpty();
    }
}
