package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
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
@GenerateBuilder
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
     * Returns a builder with {@code type} set to the required type and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().type(List.of(TYPE));
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
     * Builds {@link Achievement} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link AchievementBuilder}.
     */
    public static final class Builder extends AchievementBuilder {
        Builder() {
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
            List<Alignment> alignment = new ArrayList<>(alignment());
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
            alignment(alignment);
            if (achievementType().isEmpty()) {
                achievementType(AchievementType.of(LevelAlignment.achievementType(kind)));
            }
            return this;
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
