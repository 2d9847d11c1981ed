package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence of the work that earned an {@link Assertion}: a page ({@code id}) and what describes it.
 *
 * @param id the IRI of a page presenting the evidence
 * @param type defaults to {@code Evidence}
 * @param narrative how the evidence led to the award, in Markdown
 * @param name a title for the evidence
 * @param description a longer description
 * @param genre the kind of evidence, e.g. {@code Poetry}, {@code Film}
 * @param audience the intended audience
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Evidence">OB 2.0 Evidence</a>
 */
public record Evidence(
        Optional<@Iri String> id,
        List<String> type,
        Optional<String> narrative,
        Optional<String> name,
        Optional<String> description,
        Optional<String> genre,
        Optional<String> audience,
        Extensions extensions) implements Identified {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Evidence {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(genre, "genre");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns evidence with a page, a name and a narrative.
     *
     * @param id the IRI of the evidence page
     * @param name a title
     * @param narrative how the evidence led to the award
     * @return the evidence, without {@code type}
     * @throws NullPointerException if an argument is null
     */
    public static Evidence of(String id, String name, String narrative) {
        return new Evidence(Optional.of(Objects.requireNonNull(id, "id")), List.of(),
                Optional.of(Objects.requireNonNull(narrative, "narrative")),
                Optional.of(Objects.requireNonNull(name, "name")), Optional.empty(), Optional.empty(),
                Optional.empty(), Extensions.NONE);
    }
}
