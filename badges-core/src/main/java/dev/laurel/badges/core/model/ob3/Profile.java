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
import jakarta.validation.constraints.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or an organisation: an issuer, an endorser, an achievement's creator, an assessor (OB 3.0
 * {@code Profile}, with the common data model's phone, email and person-name properties).
 *
 * @param id the profile's URI (required): an HTTPS URL or a DID
 * @param type the types, which must include {@code Profile}
 * @param name the name of the person or organisation
 * @param url the home page or social media profile
 * @param phone a phone number
 * @param description a short description
 * @param endorsement endorsements of this profile with embedded proofs
 * @param endorsementJwt endorsements of this profile as compact JWS (VC-JWT)
 * @param image an image representing the person or organisation
 * @param email an email address
 * @param address a postal address
 * @param otherIdentifier other identifiers of the person or organisation
 * @param official for an organisation, the name of an authorised official
 * @param parentOrg the parent organisation
 * @param familyName a person's family name
 * @param givenName a person's given name
 * @param additionalName a person's additional (middle) name
 * @param patronymicName a person's patronymic name
 * @param honorificPrefix an honorific prefix, e.g. {@code Dr.}
 * @param honorificSuffix an honorific suffix, e.g. {@code PhD}
 * @param familyNamePrefix a family name prefix, e.g. {@code van}
 * @param dateOfBirth a person's date of birth (a date, {@code YYYY-MM-DD})
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#profile">Open Badges 3.0, Profile</a>
 */
@SpecRules
public record Profile(
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<String> name,
        Optional<@Iri String> url,
        Optional<String> phone,
        Optional<String> description,
        List<@Valid EndorsementCredential> endorsement,
        List<@Pattern(regexp = Ob3Terms.COMPACT_JWS, message = "must be a compact JWS") String> endorsementJwt,
        Optional<@Valid Image> image,
        Optional<String> email,
        Optional<@Valid Address> address,
        List<@Valid IdentifierEntry> otherIdentifier,
        Optional<String> official,
        Optional<@Valid Profile> parentOrg,
        Optional<String> familyName,
        Optional<String> givenName,
        Optional<String> additionalName,
        Optional<String> patronymicName,
        Optional<String> honorificPrefix,
        Optional<String> honorificSuffix,
        Optional<String> familyNamePrefix,
        Optional<Timestamp> dateOfBirth,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "Profile";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Profile {
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(description, "description");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        endorsementJwt = List.copyOf(Objects.requireNonNull(endorsementJwt, "endorsementJwt"));
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(address, "address");
        otherIdentifier = List.copyOf(Objects.requireNonNull(otherIdentifier, "otherIdentifier"));
        Objects.requireNonNull(official, "official");
        Objects.requireNonNull(parentOrg, "parentOrg");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(additionalName, "additionalName");
        Objects.requireNonNull(patronymicName, "patronymicName");
        Objects.requireNonNull(honorificPrefix, "honorificPrefix");
        Objects.requireNonNull(honorificSuffix, "honorificSuffix");
        Objects.requireNonNull(familyNamePrefix, "familyNamePrefix");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
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
        b.name = name;
        b.url = url;
        b.phone = phone;
        b.description = description;
        b.endorsement = new ArrayList<>(endorsement);
        b.endorsementJwt = new ArrayList<>(endorsementJwt);
        b.image = image;
        b.email = email;
        b.address = address;
        b.otherIdentifier = new ArrayList<>(otherIdentifier);
        b.official = official;
        b.parentOrg = parentOrg;
        b.familyName = familyName;
        b.givenName = givenName;
        b.additionalName = additionalName;
        b.patronymicName = patronymicName;
        b.honorificPrefix = honorificPrefix;
        b.honorificSuffix = honorificSuffix;
        b.familyNamePrefix = familyNamePrefix;
        b.dateOfBirth = dateOfBirth;
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds {@link Profile} values. Setters check their argument at once; {@link #build()} checks that the
     * required properties are present. Not thread-safe.
     */
    public static final class Builder {
        private Optional<String> id = Optional.empty();
        private ArrayList<String> type = new ArrayList<>(List.of(TYPE));
        private Optional<String> name = Optional.empty();
        private Optional<String> url = Optional.empty();
        private Optional<String> phone = Optional.empty();
        private Optional<String> description = Optional.empty();
        private ArrayList<EndorsementCredential> endorsement = new ArrayList<>();
        private ArrayList<String> endorsementJwt = new ArrayList<>();
        private Optional<Image> image = Optional.empty();
        private Optional<String> email = Optional.empty();
        private Optional<Address> address = Optional.empty();
        private ArrayList<IdentifierEntry> otherIdentifier = new ArrayList<>();
        private Optional<String> official = Optional.empty();
        private Optional<Profile> parentOrg = Optional.empty();
        private Optional<String> familyName = Optional.empty();
        private Optional<String> givenName = Optional.empty();
        private Optional<String> additionalName = Optional.empty();
        private Optional<String> patronymicName = Optional.empty();
        private Optional<String> honorificPrefix = Optional.empty();
        private Optional<String> honorificSuffix = Optional.empty();
        private Optional<String> familyNamePrefix = Optional.empty();
        private Optional<Timestamp> dateOfBirth = Optional.empty();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id the profile's URI (required): an HTTPS URL or a DID
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
         * @param type the types, which must include {@code Profile}
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
         * Sets {@code name}.
         *
         * @param name the name of the person or organisation
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets {@code url}.
         *
         * @param url the home page or social media profile
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         */
        public Builder url(String url) {
            this.url = Optional.of(Objects.requireNonNull(url, "url"));
            return this;
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone a phone number
         * @return this builder
         * @throws NullPointerException if {@code phone} is null
         */
        public Builder phone(String phone) {
            this.phone = Optional.of(Objects.requireNonNull(phone, "phone"));
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a short description
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
         * @param endorsement endorsements of this profile with embedded proofs
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
         * @param endorsementJwt endorsements of this profile as compact JWS (VC-JWT)
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
         * Sets {@code image}.
         *
         * @param image an image representing the person or organisation
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Image image) {
            this.image = Optional.of(Objects.requireNonNull(image, "image"));
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email an email address
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         */
        public Builder email(String email) {
            this.email = Optional.of(Objects.requireNonNull(email, "email"));
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param address a postal address
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         */
        public Builder address(Address address) {
            this.address = Optional.of(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Replaces {@code otherIdentifier}.
         *
         * @param otherIdentifier other identifiers of the person or organisation
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
         * Sets {@code official}.
         *
         * @param official for an organisation, the name of an authorised official
         * @return this builder
         * @throws NullPointerException if {@code official} is null
         */
        public Builder official(String official) {
            this.official = Optional.of(Objects.requireNonNull(official, "official"));
            return this;
        }

        /**
         * Sets {@code parentOrg}.
         *
         * @param parentOrg the parent organisation
         * @return this builder
         * @throws NullPointerException if {@code parentOrg} is null
         */
        public Builder parentOrg(Profile parentOrg) {
            this.parentOrg = Optional.of(Objects.requireNonNull(parentOrg, "parentOrg"));
            return this;
        }

        /**
         * Sets {@code familyName}.
         *
         * @param familyName a person's family name
         * @return this builder
         * @throws NullPointerException if {@code familyName} is null
         */
        public Builder familyName(String familyName) {
            this.familyName = Optional.of(Objects.requireNonNull(familyName, "familyName"));
            return this;
        }

        /**
         * Sets {@code givenName}.
         *
         * @param givenName a person's given name
         * @return this builder
         * @throws NullPointerException if {@code givenName} is null
         */
        public Builder givenName(String givenName) {
            this.givenName = Optional.of(Objects.requireNonNull(givenName, "givenName"));
            return this;
        }

        /**
         * Sets {@code additionalName}.
         *
         * @param additionalName a person's additional (middle) name
         * @return this builder
         * @throws NullPointerException if {@code additionalName} is null
         */
        public Builder additionalName(String additionalName) {
            this.additionalName = Optional.of(Objects.requireNonNull(additionalName, "additionalName"));
            return this;
        }

        /**
         * Sets {@code patronymicName}.
         *
         * @param patronymicName a person's patronymic name
         * @return this builder
         * @throws NullPointerException if {@code patronymicName} is null
         */
        public Builder patronymicName(String patronymicName) {
            this.patronymicName = Optional.of(Objects.requireNonNull(patronymicName, "patronymicName"));
            return this;
        }

        /**
         * Sets {@code honorificPrefix}.
         *
         * @param honorificPrefix an honorific prefix, e.g. {@code Dr.}
         * @return this builder
         * @throws NullPointerException if {@code honorificPrefix} is null
         */
        public Builder honorificPrefix(String honorificPrefix) {
            this.honorificPrefix = Optional.of(Objects.requireNonNull(honorificPrefix, "honorificPrefix"));
            return this;
        }

        /**
         * Sets {@code honorificSuffix}.
         *
         * @param honorificSuffix an honorific suffix, e.g. {@code PhD}
         * @return this builder
         * @throws NullPointerException if {@code honorificSuffix} is null
         */
        public Builder honorificSuffix(String honorificSuffix) {
            this.honorificSuffix = Optional.of(Objects.requireNonNull(honorificSuffix, "honorificSuffix"));
            return this;
        }

        /**
         * Sets {@code familyNamePrefix}.
         *
         * @param familyNamePrefix a family name prefix, e.g. {@code van}
         * @return this builder
         * @throws NullPointerException if {@code familyNamePrefix} is null
         */
        public Builder familyNamePrefix(String familyNamePrefix) {
            this.familyNamePrefix = Optional.of(Objects.requireNonNull(familyNamePrefix, "familyNamePrefix"));
            return this;
        }

        /**
         * Sets {@code dateOfBirth}.
         *
         * @param dateOfBirth a person's date of birth (a date, {@code YYYY-MM-DD})
         * @return this builder
         * @throws NullPointerException if {@code dateOfBirth} is null
         */
        public Builder dateOfBirth(Timestamp dateOfBirth) {
            this.dateOfBirth = Optional.of(Objects.requireNonNull(dateOfBirth, "dateOfBirth"));
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
         * @return the Profile
         * @throws IllegalStateException if a required property is missing (the message names it)
         */
        public Profile build() {
            require(id.isPresent(), "id");
            require(!type.isEmpty(), "type");
            return new Profile(id, type, name, url, phone, description, endorsement, endorsementJwt,
                    image, email, address, otherIdentifier, official, parentOrg, familyName, givenName,
                    additionalName, patronymicName, honorificPrefix, honorificSuffix, familyNamePrefix,
                    dateOfBirth, extensions);
        }

        private static void require(boolean present, String property) {
            if (!present) {
                throw new IllegalStateException("Profile." + property + " is required");
            }
        }
    }

    /**
     * Returns a profile with only an {@code id}, type {@code Profile} and a name: the minimum an issuer needs.
     *
     * @param id the profile's URI
     * @param name the name
     * @return the profile
     * @throws NullPointerException if an argument is null
     */
    public static Profile of(String id, String name) {
        return builder().id(id).name(name).build();
    }
}
