package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The achievement an Open Badges 2.0 badge recognises: what it is, how to earn it and who issues it.
 * Many {@link Assertion}s award the same badge class.
 *
 * <pre>{@code
 * BadgeClass badge = BadgeClass.builder()
 *         .id("https://example.org/badges/5")
 *         .name("3-D Printmaster")
 *         .description("Passed the 3-D printing knowledge and safety test.")
 *         .image("https://example.org/badges/5/image")
 *         .criteria(Criteria.narrative("Pass the paper test and the supervised evaluation."))
 *         .issuer("https://example.org/issuer")
 *         .build();
 * }</pre>
 *
 * @param context the JSON-LD {@code @context}; empty when embedded
 * @param id the IRI of the badge class, normally where it is hosted
 * @param type must include {@code BadgeClass}
 * @param name the name of the achievement
 * @param description a short description of the achievement
 * @param image the badge image, a PNG or SVG
 * @param criteria how to earn the badge, by IRI or embedded
 * @param issuer the issuer profile, by IRI or embedded
 * @param alignment the objectives or standards the badge aligns to
 * @param tags tags describing the achievement
 * @param related other versions of the badge class, e.g. in other languages or earlier editions
 * @param version the version of this edition, a string or a number
 * @param endorsement endorsements of this badge class
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#BadgeClass">OB 2.0 BadgeClass</a>
 */
@GenerateBuilder
@SpecRules
public record BadgeClass(
        List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<@NotBlank String> name,
        Optional<@NotBlank String> description,
        Optional<@NotNull Ref<Image>> image,
        Optional<@NotNull Ref<Criteria>> criteria,
        Optional<@NotNull Ref<Profile>> issuer,
        List<@Valid AlignmentObject> alignment,
        List<@NotBlank String> tags,
        List<Ref<BadgeClass>> related,
        Optional<JsonValue> version,
        List<Ref<Endorsement>> endorsement,
        Extensions extensions) implements Identified {

    /**
     * Creates the badge class; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public BadgeClass {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(issuer, "issuer");
        alignment = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        Objects.requireNonNull(version, "version");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with the OB 2.0 {@code @context} and {@code type} {@code BadgeClass}, and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().context(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT))).type(Ob2Vocabulary.BADGE_CLASS);
    }

    /**
     * Returns a builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds {@link BadgeClass} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link BadgeClassBuilder}.
     */
    public static final class Builder extends BadgeClassBuilder {
        Builder() {
        }
    }

}
