package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a recipient must do to earn a {@link BadgeClass}: a page describing it ({@code id}), a
 * Markdown {@code narrative}, or both. One of the two is required.
 *
 * @param id the IRI of a human-readable criteria page
 * @param type defaults to {@code Criteria}
 * @param narrative the criteria in Markdown
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Criteria">OB 2.0 Criteria</a>
 */
@SpecRules
public record Criteria(
        Optional<@Iri String> id,
        List<String> type,
        Optional<String> narrative,
        Extensions extensions) implements Identified {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Criteria {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns criteria given only as a Markdown narrative.
     *
     * @param narrative the narrative
     * @return the criteria, without {@code id} or {@code type}
     * @throws NullPointerException if {@code narrative} is null
     */
    public static Criteria narrative(String narrative) {
        return new Criteria(Optional.empty(), List.of(), Optional.of(Objects.requireNonNull(narrative, "narrative")),
                Extensions.NONE);
    }

    /**
     * Returns criteria with a page and a narrative.
     *
     * @param id the IRI of the criteria page
     * @param narrative the narrative
     * @return the criteria, without {@code type}
     * @throws NullPointerException if an argument is null
     */
    public static Criteria of(String id, String narrative) {
        return new Criteria(Optional.of(Objects.requireNonNull(id, "id")), List.of(),
                Optional.of(Objects.requireNonNull(narrative, "narrative")), Extensions.NONE);
    }
}
