package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The accomplishment a credential recognises: what it is, how it is earned and how it aligns to frameworks (OB 3.0
 * {@code Achievement}). Many credentials may award the same achievement.
 *
 * <p>Laurel's credential level is written as an alignment to Laurel's level framework (see {@link LevelAlignment});
 * {@link #level()} reads it back and {@link Builder#level(CredentialLevel)} writes it.
 *
 * @param id the achievement's URI (required)
 * @param type the types, which must include {@code Achievement}
 * @param alignment the frameworks and standards the achievement aligns to
 * @param achievementType the kind of achievement, e.g. {@code Certification}
 * @param creator the person or organisation that defined the achievement
 * @param creditsAvailable the credit hours the achievement is worth, e.g. {@code 3.0}
 * @param criteria how to earn the achievement (required)
 * @param description a short description (required)
 * @param endorsement endorsements of the achievement with embedded proofs
 * @param endorsementJwt endorsements of the achievement as compact JWS (VC-JWT)
 * @param fieldOfStudy the field of study, e.g. {@code Psychology}
 * @param humanCode a human-readable code for the achievement
 * @param image an image representing the achievement
 * @param inLanguage the achievement's language (a BCP 47 code)
 * @param name the achievement's name (required)
 * @param otherIdentifier other identifiers of the achievement
 * @param related achievements to be considered the same, e.g. other language editions
 * @param resultDescription the results a credential for this achievement may assert
 * @param specialization the focus or concentration within the field of study
 * @param tag short searchable keywords
 * @param version the version of the achievement's definition
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievement">Open Badges 3.0, Achievement</a>
 */
@SpecRules
public record Achievement(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        List<@Valid Alignment> alignment,
        Optional<AchievementType> achievementType,
        Optional<@Valid Profile> creator,
        Optional<BigDecimal> creditsAvailable,
        Optional<@NotNull @Valid Criteria> criteria,
        Optional<@NotBlank String> description,
        List<@Valid EndorsementCredential> endorsement,
        List<@Pattern(regexp = Ob3Terms.COMPACT_JWS, message = "must be a compact JWS") String> endorsementJwt,
        Optional<String> fieldOfStudy,
        Optional<String> humanCode,
        Optional<@Valid Image> image,
        Optional<String> inLanguage,
        Optional<@NotBlank String> name,
        List<@Valid IdentifierEntry> otherIdentifier,
        List<@Valid Related> related,
        List<@Valid ResultDescription> resultDescription,
        Optional<String> specialization,
        List<String> tag,
        Optional<String> version,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Achievement";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Achievement {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        alignment = List.copyOf(Objects.requireNonNull(alignment, "alignment"));
        Objects.requireNonNull(achievementType, "achievementType");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(creditsAvailable, "creditsAvailable");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(description, "description");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        endorsementJwt = List.copyOf(Objects.requireNonNull(endorsementJwt, "endorsementJwt"));
        Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
        Objects.requireNonNull(humanCode, "humanCode");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(inLanguage, "inLanguage");
        Objects.requireNonNull(name, "name");
        otherIdentifier = List.copyOf(Objects.requireNonNull(otherIdentifier, "otherIdentifier"));
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        resultDescription = List.copyOf(Objects.requireNonNull(resultDescription, "resultDescription"));
        Objects.requireNonNull(specialization, "specialization");
        tag = List.copyOf(Objects.requireNonNull(tag, "tag"));
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with {@code type} set to the required type,
     * and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = new ArrayList<>(type);
        b.alignment = new ArrayList<>(alignment);
        b.achievementType = achievementType;
        b.creator = creator;
        b.creditsAvailable = creditsAvailable;
        b.criteria = criteria;
        b.description = description;
        b.endorsement = new ArrayList<>(endorsement);
        b.endorsementJwt = new ArrayList<>(endorsementJwt);
        b.fieldOfStudy = fieldOfStudy;
        b.humanCode = humanCode;
        b.image = image;
        b.inLanguage = inLanguage;
        b.name = name;
        b.otherIdentifier = new ArrayList<>(otherIdentifier);
        b.related = new ArrayList<>(related);
        b.resultDescription = new ArrayList<>(resultDescription);
        b.specialization = specialization;
        b.tag = new ArrayList<>(tag);
        b.version = version;
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds {@link Achievement} values. Setters check their argument at once; {@link #build()} checks that the
     * required properties are present. Not thread-safe.
     */
    public static final class Builder {
        private Optional<String> id = Optional.empty();
        private ArrayList<String> type = new ArrayList<>(List.of(TYPE));
        private ArrayList<Alignment> alignment = new ArrayList<>();
        private Optional<AchievementType> achievementType = Optional.empty();
        private Optional<Profile> creator = Optional.empty();
        private Optional<BigDecimal> creditsAvailable = Optional.empty();
        private Optional<Criteria> criteria = Optional.empty();
        private Optional<String> description = Optional.empty();
        private ArrayList<EndorsementCredential> endorsement = new ArrayList<>();
        private ArrayList<String> endorsementJwt = new ArrayList<>();
        private Optional<String> fieldOfStudy = Optional.empty();
        private Optional<String> humanCode = Optional.empty();
        private Optional<Image> image = Optional.empty();
        private Optional<String> inLanguage = Optional.empty();
        private Optional<String> name = Optional.empty();
        private ArrayList<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private ArrayList<Related> related = new ArrayList<>();
        private ArrayList<ResultDescription> resultDescription = new ArrayList<>();
        private Optional<String> specialization = Optional.empty();
        private ArrayList<String> tag = new ArrayList<>();
        private Optional<String> version = Optional.empty();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id the achievement's URI (required)
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder id(String id) {
            this.id = Optional.of(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Replaces {@code type}.
         *
         * @param type the types, which must include {@code Achievement}
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder type(List<String> type) {
            this.type = new ArrayList<>(List.copyOf(Objects.requireNonNull(type, "type")));
            return this;
        }

        /**
         * Appends one value to {@code type}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addType(String value) {
            this.type.add(Objects.requireNonNull(value, "type"));
            return this;
        }

        /**
         * Replaces {@code alignment}.
         *
         * @param alignment the frameworks and standards the achievement aligns to
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder alignment(List<Alignment> alignment) {
            this.alignment = new ArrayList<>(List.copyOf(Objects.requireNonNull(alignment, "alignment")));
            return this;
        }

        /**
         * Appends one value to {@code alignment}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addAlignment(Alignment value) {
            this.alignment.add(Objects.requireNonNull(value, "alignment"));
            return this;
        }

        /**
         * Sets {@code achievementType}.
         *
         * @param achievementType the kind of achievement, e.g. {@code Certification}
         * @return this builder
         * @throws NullPointerException if {@code achievementType} is null
         */
        public Builder achievementType(AchievementType achievementType) {
            this.achievementType = Optional.of(Objects.requireNonNull(achievementType, "achievementType"));
            return this;
        }

        /**
         * Sets {@code creator}.
         *
         * @param creator the person or organisation that defined the achievement
         * @return this builder
         * @throws NullPointerException if {@code creator} is null
         */
        public Builder creator(Profile creator) {
            this.creator = Optional.of(Objects.requireNonNull(creator, "creator"));
            return this;
        }

        /**
         * Sets {@code creditsAvailable}.
         *
         * @param creditsAvailable the credit hours the achievement is worth, e.g. {@code 3.0}
         * @return this builder
         * @throws NullPointerException if {@code creditsAvailable} is null
         */
        public Builder creditsAvailable(BigDecimal creditsAvailable) {
            this.creditsAvailable = Optional.of(Objects.requireNonNull(creditsAvailable, "creditsAvailable"));
            return this;
        }

        /**
         * Sets {@code criteria}.
         *
         * @param criteria how to earn the achievement (required)
         * @return this builder
         * @throws NullPointerException if {@code criteria} is null
         */
        public Builder criteria(Criteria criteria) {
            this.criteria = Optional.of(Objects.requireNonNull(criteria, "criteria"));
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a short description (required)
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(String description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Replaces {@code endorsement}.
         *
         * @param endorsement endorsements of the achievement with embedded proofs
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder endorsement(List<EndorsementCredential> endorsement) {
            this.endorsement = new ArrayList<>(List.copyOf(Objects.requireNonNull(endorsement, "endorsement")));
            return this;
        }

        /**
         * Appends one value to {@code endorsement}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEndorsement(EndorsementCredential value) {
            this.endorsement.add(Objects.requireNonNull(value, "endorsement"));
            return this;
        }

        /**
         * Replaces {@code endorsementJwt}.
         *
         * @param endorsementJwt endorsements of the achievement as compact JWS (VC-JWT)
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder endorsementJwt(List<String> endorsementJwt) {
            this.endorsementJwt = new ArrayList<>(List.copyOf(
                    Objects.requireNonNull(endorsementJwt, "endorsementJwt")));
            return this;
        }

        /**
         * Appends one value to {@code endorsementJwt}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEndorsementJwt(String value) {
            this.endorsementJwt.add(Objects.requireNonNull(value, "endorsementJwt"));
            return this;
        }

        /**
         * Sets {@code fieldOfStudy}.
         *
         * @param fieldOfStudy the field of study, e.g. {@code Psychology}
         * @return this builder
         * @throws NullPointerException if {@code fieldOfStudy} is null
         */
        public Builder fieldOfStudy(String fieldOfStudy) {
            this.fieldOfStudy = Optional.of(Objects.requireNonNull(fieldOfStudy, "fieldOfStudy"));
            return this;
        }

        /**
         * Sets {@code humanCode}.
         *
         * @param humanCode a human-readable code for the achievement
         * @return this builder
         * @throws NullPointerException if {@code humanCode} is null
         */
        public Builder humanCode(String humanCode) {
            this.humanCode = Optional.of(Objects.requireNonNull(humanCode, "humanCode"));
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param image an image representing the achievement
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Image image) {
            this.image = Optional.of(Objects.requireNonNull(image, "image"));
            return this;
        }

        /**
         * Sets {@code inLanguage}.
         *
         * @param inLanguage the achievement's language (a BCP 47 code)
         * @return this builder
         * @throws NullPointerException if {@code inLanguage} is null
         */
        public Builder inLanguage(String inLanguage) {
            this.inLanguage = Optional.of(Objects.requireNonNull(inLanguage, "inLanguage"));
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the achievement's name (required)
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Replaces {@code otherIdentifier}.
         *
         * @param otherIdentifier other identifiers of the achievement
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder otherIdentifier(List<IdentifierEntry> otherIdentifier) {
            this.otherIdentifier = new ArrayList<>(List.copyOf(
                    Objects.requireNonNull(otherIdentifier, "otherIdentifier")));
            return this;
        }

        /**
         * Appends one value to {@code otherIdentifier}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addOtherIdentifier(IdentifierEntry value) {
            this.otherIdentifier.add(Objects.requireNonNull(value, "otherIdentifier"));
            return this;
        }

        /**
         * Replaces {@code related}.
         *
         * @param related achievements to be considered the same, e.g. other language editions
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder related(List<Related> related) {
            this.related = new ArrayList<>(List.copyOf(Objects.requireNonNull(related, "related")));
            return this;
        }

        /**
         * Appends one value to {@code related}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addRelated(Related value) {
            this.related.add(Objects.requireNonNull(value, "related"));
            return this;
        }

        /**
         * Replaces {@code resultDescription}.
         *
         * @param resultDescription the results a credential for this achievement may assert
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder resultDescription(List<ResultDescription> resultDescription) {
            this.resultDescription = new ArrayList<>(List.copyOf(
                    Objects.requireNonNull(resultDescription, "resultDescription")));
            return this;
        }

        /**
         * Appends one value to {@code resultDescription}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addResultDescription(ResultDescription value) {
            this.resultDescription.add(Objects.requireNonNull(value, "resultDescription"));
            return this;
        }

        /**
         * Sets {@code specialization}.
         *
         * @param specialization the focus or concentration within the field of study
         * @return this builder
         * @throws NullPointerException if {@code specialization} is null
         */
        public Builder specialization(String specialization) {
            this.specialization = Optional.of(Objects.requireNonNull(specialization, "specialization"));
            return this;
        }

        /**
         * Replaces {@code tag}.
         *
         * @param tag short searchable keywords
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder tag(List<String> tag) {
            this.tag = new ArrayList<>(List.copyOf(Objects.requireNonNull(tag, "tag")));
            return this;
        }

        /**
         * Appends one value to {@code tag}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addTag(String value) {
            this.tag.add(Objects.requireNonNull(value, "tag"));
            return this;
        }

        /**
         * Sets {@code version}.
         *
         * @param version the version of the achievement's definition
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         */
        public Builder version(String version) {
            this.version = Optional.of(Objects.requireNonNull(version, "version"));
            return this;
        }

        /**
         * Replaces the extensions (properties beyond the model, compacted list names).
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
         * @param name the property name, e.g. a full IRI or a term defined by an extension context
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder extension(String name, JsonValue value) {
            this.extensions = extensions.with(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Writes a Laurel credential level: adds the alignment to Laurel's level framework that
         * {@link LevelAlignment} describes (replacing a Laurel level alignment already present, so that there
         * is only one) and, if no {@code achievementType} is set yet, sets the level's closest
         * {@link LevelAlignment#achievementType achievementType}.
         *
         * @param level the level
         * @return this builder
         * @throws NullPointerException if {@code level} is null
         */
        public Builder level(CredentialLevel level) {
            Objects.requireNonNull(level, "level");
            LevelKind kind = level.kind();
            Alignment wire = Alignment.of(LevelAlignment.targetName(kind), LevelAlignment.targetUrl(kind),
                    LevelAlignment.FRAMEWORK_NAME, kind.id()).withTargetType(AlignmentTargetType.CF_ITEM);
            int at = -1;
            for (int i = 0; i < alignment.size(); i++) {
                if (levelOf(alignment.get(i)).isPresent()) {
                    at = i;
                    break;
                }
            }
            // A second Laurel alignment would make the level ambiguous; old details go with the old level.
            for (int i = alignment.size() - 1; i >= 0; i--) {
                if (i != at && (levelOf(alignment.get(i)).isPresent() || isDetail(alignment.get(i)))) {
                    alignment.remove(i);
                    if (i < at) {
                        at--;
                    }
                }
            }
            if (at < 0) {
                alignment.add(wire);
                at = alignment.size() - 1;
            } else {
                alignment.set(at, wire);
            }
            Optional<String[]> detail = LevelAlignment.detail(level);
            if (detail.isPresent()) {
                alignment.add(at + 1, Alignment.of(detail.get()[1], LevelAlignment.targetUrl(kind) + "#"
                        + detail.get()[0], LevelAlignment.FRAMEWORK_NAME, detail.get()[0]));
            }
            if (achievementType.isEmpty()) {
                achievementType = Optional.of(AchievementType.of(LevelAlignment.achievementType(kind)));
            }
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the Achievement
         * @throws IllegalStateException if a required property is missing (the message names it)
         */
        public Achievement build() {
            require(id.isPresent(), "id");
            require(name.isPresent(), "name");
            require(description.isPresent(), "description");
            require(criteria.isPresent(), "criteria");
            require(!type.isEmpty(), "type");
            return new Achievement(id, type, alignment, achievementType, creator, creditsAvailable,
                    criteria, description, endorsement, endorsementJwt, fieldOfStudy, humanCode, image,
                    inLanguage, name, otherIdentifier, related, resultDescription, specialization, tag, version,
                    extensions);
        }

        private static void require(boolean present, String property) {
            if (!present) {
                throw new IllegalStateException("Achievement." + property + " is required");
            }
        }
    }

    /**
     * Returns the Laurel credential level this achievement declares: the first alignment whose
     * {@code targetUrl} is a level of Laurel's framework (its CASE item's URI on any host, or the version 1
     * URL {@link LevelAlignment#FRAMEWORK_IRI}{@code #<id>}), or, failing that, whose {@code targetFramework}
     * is {@link LevelAlignment#FRAMEWORK_NAME} and whose {@code targetCode} is a level id. A detail
     * alignment of the same framework ({@link LevelAlignment#ACCREDITING_BODY}, {@link LevelAlignment#EVENT_KIND},
     * {@link LevelAlignment#RECOGNISED_BY}) adds its detail to the level. The level is never guessed from
     * {@code achievementType}.
     *
     * @return the level, or empty if the achievement declares none
     */
    public Optional<CredentialLevel> level() {
        for (Alignment a : alignment) {
            Optional<CredentialLevel> level = levelOf(a);
            if (level.isPresent()) {
                for (Alignment d : alignment) {
                    if (isDetail(d) && d.targetName().isPresent()) {
                        Optional<CredentialLevel> detailed = LevelAlignment.withDetail(level.get().kind(),
                                d.targetCode().orElseThrow(), d.targetName().get());
                        if (detailed.isPresent()) {
                            return detailed;
                        }
                    }
                }
                return level;
            }
        }
        return Optional.empty();
    }

    private static boolean isDetail(Alignment a) {
        return a.targetFramework().filter(LevelAlignment.FRAMEWORK_NAME::equals).isPresent()
                && a.targetCode().filter(LevelAlignment::isDetailCode).isPresent();
    }

    private static Optional<CredentialLevel> levelOf(Alignment a) {
        if (isDetail(a)) {
            return Optional.empty();
        }
        Optional<LevelKind> kind = a.targetUrl().flatMap(LevelAlignment::levelOfUrl);
        if (kind.isEmpty() && a.targetFramework().filter(LevelAlignment.FRAMEWORK_NAME::equals).isPresent()) {
            kind = a.targetCode().flatMap(LevelKind::fromId);
        }
        return kind.map(CredentialLevel::of);
    }
}
