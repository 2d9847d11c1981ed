package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A description of evidence of the work that led to an achievement (OB 3.0 {@code Evidence}).
 *
 * @param id the URL of a page presenting the evidence, or the evidence itself as a Data URI
 * @param type the types, which must include {@code Evidence}
 * @param narrative how the evidence shows the achievement, in Markdown
 * @param name a descriptive title
 * @param description a longer description
 * @param genre the kind of evidence, e.g. {@code Poetry}, {@code Film}
 * @param audience the intended audience
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#evidence">Open Badges 3.0, Evidence</a>
 */
@SpecRules
public record Evidence(
        Optional<@Iri String> id,
        @NotEmpty List<String> type,
        Optional<String> narrative,
        Optional<String> name,
        Optional<String> description,
        Optional<String> genre,
        Optional<String> audience,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Evidence";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
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
     * Returns evidence published at a URL, with type {@code Evidence}.
     *
     * @param id the URL (or Data URI) of the evidence
     * @param name a descriptive title
     * @return the evidence
     * @throws NullPointerException if an argument is null
     */
    public static Evidence of(String id, String name) {
        return new Evidence(Optional.of(Objects.requireNonNull(id, "id")), List.of(TYPE), Optional.empty(),
                Optional.of(Objects.requireNonNull(name, "name")), Optional.empty(), Optional.empty(),
                Optional.empty(), Extensions.NONE);
    }

    /**
     * Returns evidence given as a narrative only, with type {@code Evidence}.
     *
     * @param narrative the narrative, in Markdown
     * @return the evidence
     * @throws NullPointerException if {@code narrative} is null
     */
    public static Evidence ofNarrative(String narrative) {
        return new Evidence(Optional.empty(), List.of(TYPE),
                Optional.of(Objects.requireNonNull(narrative, "narrative")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Extensions.NONE);
    }
}
