package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        b.activityEndDate = activityEndDate;
        b.activityStartDate = activityStartDate;
        b.creditsEarned = creditsEarned;
        b.achievement = achievement;
        b.identifier = new ArrayList<>(identifier);
        b.image = image;
        b.licenseNumber = licenseNumber;
        b.narrative = narrative;
        b.result = new ArrayList<>(result);
        b.role = role;
        b.source = source;
        b.term = term;
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds {@link AchievementSubject} values. Setters check their argument at once; {@link #build()} checks that
     * the required properties are present. Not thread-safe.
     */
    public static final class Builder {
        private Optional<String> id = Optional.empty();
        private ArrayList<String> type = new ArrayList<>(List.of(TYPE));
        private Optional<Timestamp> activityEndDate = Optional.empty();
        private Optional<Timestamp> activityStartDate = Optional.empty();
        private Optional<BigDecimal> creditsEarned = Optional.empty();
        private Optional<Achievement> achievement = Optional.empty();
        private ArrayList<IdentityObject> identifier = new ArrayList<>();
        private Optional<Image> image = Optional.empty();
        private Optional<String> licenseNumber = Optional.empty();
        private Optional<String> narrative = Optional.empty();
        private ArrayList<Result> result = new ArrayList<>();
        private Optional<String> role = Optional.empty();
        private Optional<Profile> source = Optional.empty();
        private Optional<String> term = Optional.empty();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id the recipient's URI, e.g. a DID
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
         * @param type the types, which must include {@code AchievementSubject}
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
         * Sets {@code activityEndDate}.
         *
         * @param activityEndDate when the activity ended
         * @return this builder
         * @throws NullPointerException if {@code activityEndDate} is null
         */
        public Builder activityEndDate(Timestamp activityEndDate) {
            this.activityEndDate = Optional.of(Objects.requireNonNull(activityEndDate, "activityEndDate"));
            return this;
        }

        /**
         * Sets {@code activityStartDate}.
         *
         * @param activityStartDate when the activity started
         * @return this builder
         * @throws NullPointerException if {@code activityStartDate} is null
         */
        public Builder activityStartDate(Timestamp activityStartDate) {
            this.activityStartDate = Optional.of(Objects.requireNonNull(activityStartDate, "activityStartDate"));
            return this;
        }

        /**
         * Sets {@code creditsEarned}.
         *
         * @param creditsEarned the credits earned
         * @return this builder
         * @throws NullPointerException if {@code creditsEarned} is null
         */
        public Builder creditsEarned(BigDecimal creditsEarned) {
            this.creditsEarned = Optional.of(Objects.requireNonNull(creditsEarned, "creditsEarned"));
            return this;
        }

        /**
         * Sets {@code achievement}.
         *
         * @param achievement the achievement awarded (required)
         * @return this builder
         * @throws NullPointerException if {@code achievement} is null
         */
        public Builder achievement(Achievement achievement) {
            this.achievement = Optional.of(Objects.requireNonNull(achievement, "achievement"));
            return this;
        }

        /**
         * Replaces {@code identifier}.
         *
         * @param identifier other identifiers of the recipient, plain or hashed
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder identifier(List<IdentityObject> identifier) {
            this.identifier = new ArrayList<>(List.copyOf(Objects.requireNonNull(identifier, "identifier")));
            return this;
        }

        /**
         * Appends one value to {@code identifier}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addIdentifier(IdentityObject value) {
            this.identifier.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param image an image of this recipient's achievement
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Image image) {
            this.image = Optional.of(Objects.requireNonNull(image, "image"));
            return this;
        }

        /**
         * Sets {@code licenseNumber}.
         *
         * @param licenseNumber the license number issued with the credential
         * @return this builder
         * @throws NullPointerException if {@code licenseNumber} is null
         */
        public Builder licenseNumber(String licenseNumber) {
            this.licenseNumber = Optional.of(Objects.requireNonNull(licenseNumber, "licenseNumber"));
            return this;
        }

        /**
         * Sets {@code narrative}.
         *
         * @param narrative a narrative connecting the pieces of evidence, in Markdown
         * @return this builder
         * @throws NullPointerException if {@code narrative} is null
         */
        public Builder narrative(String narrative) {
            this.narrative = Optional.of(Objects.requireNonNull(narrative, "narrative"));
            return this;
        }

        /**
         * Replaces {@code result}.
         *
         * @param result the results achieved
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder result(List<Result> result) {
            this.result = new ArrayList<>(List.copyOf(Objects.requireNonNull(result, "result")));
            return this;
        }

        /**
         * Appends one value to {@code result}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addResult(Result value) {
            this.result.add(Objects.requireNonNull(value, "result"));
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the recipient's role or title when earning the achievement
         * @return this builder
         * @throws NullPointerException if {@code role} is null
         */
        public Builder role(String role) {
            this.role = Optional.of(Objects.requireNonNull(role, "role"));
            return this;
        }

        /**
         * Sets {@code source}.
         *
         * @param source who assessed the achievement on the issuer's behalf
         * @return this builder
         * @throws NullPointerException if {@code source} is null
         */
        public Builder source(Profile source) {
            this.source = Optional.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets {@code term}.
         *
         * @param term the academic term in which the achievement was earned
         * @return this builder
         * @throws NullPointerException if {@code term} is null
         */
        public Builder term(String term) {
            this.term = Optional.of(Objects.requireNonNull(term, "term"));
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
         * Builds the object.
         *
         * @return the AchievementSubject
         * @throws IllegalStateException if a required property is missing (the message names it)
         */
        public AchievementSubject build() {
            require(achievement.isPresent(), "achievement");
            require(!type.isEmpty(), "type");
            if (id.isEmpty() && identifier.isEmpty()) {
                throw new IllegalStateException("AchievementSubject.id or AchievementSubject.identifier is required");
            }
            return new AchievementSubject(id, type, activityEndDate, activityStartDate, creditsEarned,
                    achievement, identifier, image, licenseNumber, narrative, result, role, source, term,
                    extensions);
        }

        private static void require(boolean present, String property) {
            if (!present) {
                throw new IllegalStateException("AchievementSubject." + property + " is required");
            }
        }
    }
}
