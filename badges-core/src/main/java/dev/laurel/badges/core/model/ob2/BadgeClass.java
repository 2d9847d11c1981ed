package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

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
     * Returns a builder with the OB 2.0 context and type {@code BadgeClass}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this badge class's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = context;
        b.id = id.orElse(null);
        b.type = type;
        b.name = name.orElse(null);
        b.description = description.orElse(null);
        b.image = image.orElse(null);
        b.criteria = criteria.orElse(null);
        b.issuer = issuer.orElse(null);
        b.alignment.addAll(alignment);
        b.tags.addAll(tags);
        b.related.addAll(related);
        b.version = version.orElse(null);
        b.endorsement.addAll(endorsement);
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds a {@link BadgeClass}. Setters take plain values and reject null at once; {@link #build()}
     * checks that the required properties are set.
     */
    public static final class Builder {
        private List<JsonValue> context = List.of(JsonValue.of(Ob2Vocabulary.CONTEXT));
        private String id;
        private List<String> type = List.of(Ob2Vocabulary.BADGE_CLASS);
        private String name;
        private String description;
        private Ref<Image> image;
        private Ref<Criteria> criteria;
        private Ref<Profile> issuer;
        private final List<AlignmentObject> alignment = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Ref<BadgeClass>> related = new ArrayList<>();
        private JsonValue version;
        private final List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets the {@code @context}; an empty list writes none (for a badge class embedded in an
         * assertion).
         *
         * @param context the context entries
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder context(List<JsonValue> context) {
            this.context = List.copyOf(Objects.requireNonNull(context, "context"));
            return this;
        }

        /**
         * Sets the IRI of the badge class.
         *
         * @param id the IRI
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the types; the list should include {@code BadgeClass}.
         *
         * @param type the type values
         * @return this builder
         * @throws NullPointerException if an argument or element is null
         */
        public Builder type(String... type) {
            this.type = List.of(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the image by IRI.
         *
         * @param image the URL or data URI of the image
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(String image) {
            this.image = Ref.iri(image);
            return this;
        }

        /**
         * Sets the image, embedded.
         *
         * @param image the image
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Image image) {
            this.image = Ref.embedded(image);
            return this;
        }

        /**
         * Sets the image reference.
         *
         * @param image the image, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Ref<Image> image) {
            this.image = Objects.requireNonNull(image, "image");
            return this;
        }

        /**
         * Sets the criteria by IRI (a criteria page).
         *
         * @param criteria the IRI
         * @return this builder
         * @throws NullPointerException if {@code criteria} is null
         */
        public Builder criteria(String criteria) {
            this.criteria = Ref.iri(criteria);
            return this;
        }

        /**
         * Sets the criteria, embedded.
         *
         * @param criteria the criteria
         * @return this builder
         * @throws NullPointerException if {@code criteria} is null
         */
        public Builder criteria(Criteria criteria) {
            this.criteria = Ref.embedded(criteria);
            return this;
        }

        /**
         * Sets the criteria reference.
         *
         * @param criteria the criteria, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if {@code criteria} is null
         */
        public Builder criteria(Ref<Criteria> criteria) {
            this.criteria = Objects.requireNonNull(criteria, "criteria");
            return this;
        }

        /**
         * Sets the issuer by IRI.
         *
         * @param issuer the IRI of the issuer profile
         * @return this builder
         * @throws NullPointerException if {@code issuer} is null
         */
        public Builder issuer(String issuer) {
            this.issuer = Ref.iri(issuer);
            return this;
        }

        /**
         * Sets the issuer, embedded.
         *
         * @param issuer the issuer profile
         * @return this builder
         * @throws NullPointerException if {@code issuer} is null
         */
        public Builder issuer(Profile issuer) {
            this.issuer = Ref.embedded(issuer);
            return this;
        }

        /**
         * Sets the issuer reference.
         *
         * @param issuer the issuer, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if {@code issuer} is null
         */
        public Builder issuer(Ref<Profile> issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /**
         * Replaces the alignments.
         *
         * @param alignment the alignments
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder alignment(List<AlignmentObject> alignment) {
            List<AlignmentObject> copy = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
            this.alignment.clear();
            this.alignment.addAll(copy);
            return this;
        }

        /**
         * Adds an alignment.
         *
         * @param value the alignment
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addAlignment(AlignmentObject value) {
            alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags
         * @return this builder
         * @throws NullPointerException if an argument or element is null
         */
        public Builder tags(String... tags) {
            List<String> copy = List.of(Objects.requireNonNull(tags, "tags"));
            this.tags.clear();
            this.tags.addAll(copy);
            return this;
        }

        /**
         * Replaces the related versions.
         *
         * @param related the other versions, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder related(List<Ref<BadgeClass>> related) {
            List<Ref<BadgeClass>> copy = List.copyOf(Objects.requireNonNull(related, "related"));
            this.related.clear();
            this.related.addAll(copy);
            return this;
        }

        /**
         * Adds a related version by IRI.
         *
         * @param iri the IRI of the other version
         * @return this builder
         * @throws NullPointerException if {@code iri} is null
         */
        public Builder addRelated(String iri) {
            related.add(Ref.iri(iri));
            return this;
        }

        /**
         * Sets the version.
         *
         * @param version a JSON string or number
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         */
        public Builder version(JsonValue version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Replaces the endorsements.
         *
         * @param endorsement the endorsements, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder endorsement(List<Ref<Endorsement>> endorsement) {
            List<Ref<Endorsement>> copy = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
            this.endorsement.clear();
            this.endorsement.addAll(copy);
            return this;
        }

        /**
         * Adds an endorsement by IRI.
         *
         * @param iri the IRI of the endorsement
         * @return this builder
         * @throws NullPointerException if {@code iri} is null
         */
        public Builder addEndorsement(String iri) {
            endorsement.add(Ref.iri(iri));
            return this;
        }

        /**
         * Adds an endorsement, embedded.
         *
         * @param value the endorsement
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEndorsement(Endorsement value) {
            endorsement.add(Ref.embedded(value));
            return this;
        }

        /**
         * Sets what the badge class carries beyond the model.
         *
         * @param extensions the extensions
         * @return this builder
         * @throws NullPointerException if {@code extensions} is null
         */
        public Builder extensions(Extensions extensions) {
            this.extensions = Objects.requireNonNull(extensions, "extensions");
            return this;
        }

        /**
         * Adds or replaces one extension property.
         *
         * @param name the property name, e.g. {@code extensions:ApplyLink}
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder extension(String name, JsonValue value) {
            this.extensions = extensions.with(name, value);
            return this;
        }

        /**
         * Builds the badge class.
         *
         * @return the badge class
         * @throws IllegalStateException naming the properties that are missing among {@code id},
         *     {@code name}, {@code description}, {@code image}, {@code criteria} and {@code issuer}
         */
        public BadgeClass build() {
            StringJoiner missing = new StringJoiner(", ");
            if (id == null) {
                missing.add("id");
            }
            if (name == null) {
                missing.add("name");
            }
            if (description == null) {
                missing.add("description");
            }
            if (image == null) {
                missing.add("image");
            }
            if (criteria == null) {
                missing.add("criteria");
            }
            if (issuer == null) {
                missing.add("issuer");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("badge class is missing required properties: " + missing);
            }
            return new BadgeClass(context, Optional.of(id), type, Optional.of(name), Optional.of(description),
                    Optional.of(image), Optional.of(criteria), Optional.of(issuer), alignment, tags, related,
                    Optional.ofNullable(version), endorsement, extensions);
        }
    }
}
