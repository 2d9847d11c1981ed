package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
@GenerateBuilder
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
     * Builds {@link Profile} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link ProfileBuilder}.
     */
    public static final class Builder extends ProfileBuilder {
        Builder() {
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
