package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;

import java.util.Objects;
import java.util.Optional;

/**
 * Descriptive metadata about what a learner must do to earn an achievement (OB 3.0 {@code Criteria}). It SHOULD
 * have an {@code id}, a {@code narrative} or both.
 *
 * @param id the URI of a web page that describes the criteria for people
 * @param narrative what is needed to earn the achievement, in Markdown
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#criteria">Open Badges 3.0, Criteria</a>
 */
@SpecRules
public record Criteria(
        Optional<@Iri String> id,
        Optional<String> narrative,
        Extensions extensions) implements Identified {

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Criteria {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns criteria described by a narrative.
     *
     * @param narrative the narrative, in Markdown
     * @return the criteria
     * @throws NullPointerException if {@code narrative} is null
     */
    public static Criteria ofNarrative(String narrative) {
        return new Criteria(Optional.empty(), Optional.of(Objects.requireNonNull(narrative, "narrative")),
                Extensions.NONE);
    }

    /**
     * Returns criteria published at a URI.
     *
     * @param id the URI of the criteria page
     * @return the criteria
     * @throws NullPointerException if {@code id} is null
     */
    public static Criteria ofId(String id) {
        return new Criteria(Optional.of(Objects.requireNonNull(id, "id")), Optional.empty(), Extensions.NONE);
    }

    /**
     * Tells whether the criteria say anything: an {@code id} or a narrative that is not blank.
     *
     * @return {@code true} if there is an {@code id} or a non-blank narrative
     */
    public boolean isDescribed() {
        return id.isPresent() || narrative.filter(n -> !n.isBlank()).isPresent();
    }
}
