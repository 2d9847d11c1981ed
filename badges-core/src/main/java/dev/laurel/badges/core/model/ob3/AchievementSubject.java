package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.BuildCheck;
import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recipient of an achievement and what they achieved: the {@code credentialSubject} of an OpenBadgeCredential
 * (OB 3.0 {@code AchievementSubject}). It MUST have an {@code id} or at least one {@code identifier}.
 *
 * @param id the recipient's URI, e.g. a DID
 * @param type the types, which must include {@code AchievementSubject}
 * @param activityEndDate when the activity ended
 * @param activityStartDate when the activity started
 * @param creditsEarned the credits earned
 * @param achievement the achievement awarded (required)
 * @param identifier other identifiers of the recipient, plain or hashed
 * @param image an image of this recipient's achievement
 * @param licenseNumber the license number issued with the credential
 * @param narrative a narrative connecting the pieces of evidence, in Markdown
 * @param result the results achieved
 * @param role the recipient's role or title when earning the achievement
 * @param source who assessed the achievement on the issuer's behalf
 * @param term the academic term in which the achievement was earned
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject">Open Badges 3.0, AchievementSubject</a>
 */
@GenerateBuilder
@SpecRules
public record AchievementSubject(
        Optional<@Iri String> id,
        @NotEmpty List<String> type,
        Optional<Timestamp> activityEndDate,
        Optional<Timestamp> activityStartDate,
        Optional<BigDecimal> creditsEarned,
        Optional<@NotNull @Valid Achievement> achievement,
        List<@Valid IdentityObject> identifier,
        Optional<@Valid Image> image,
        Optional<String> licenseNumber,
        Optional<String> narrative,
        List<@Valid Result> result,
        Optional<String> role,
        Optional<@Valid Profile> source,
        Optional<String> term,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "AchievementSubject";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public AchievementSubject {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(activityEndDate, "activityEndDate");
        Objects.requireNonNull(activityStartDate, "activityStartDate");
        Objects.requireNonNull(creditsEarned, "creditsEarned");
        Objects.requireNonNull(achievement, "achievement");
        identifier = List.copyOf(Objects.requireNonNull(identifier, "identifier"));
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(licenseNumber, "licenseNumber");
        Objects.requireNonNull(narrative, "narrative");
        result = List.copyOf(Objects.requireNonNull(result, "result"));
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(term, "term");
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
     * Names what a builder must not build without beyond the annotated properties: a subject is identified by
     * {@code id} or by {@code identifier}.
     *
     * @return {@code "id or identifier"} when both are missing, else nothing
     */
    @BuildCheck
    List<String> missingIdentification() {
        return id.isEmpty() && identifier.isEmpty() ? List.of("id or identifier") : List.of();
    }

    /**
     * Builds {@link AchievementSubject} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link AchievementSubjectBuilder}.
     */
    public static final class Builder extends AchievementSubjectBuilder {
        Builder() {
        }
    }

}
