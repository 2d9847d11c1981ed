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
 * A person or organisation in Open Badges 2.0, also called the Issuer: who issues badge classes
 * ({@code type} {@code Issuer} or the more general {@code Profile}), and who may endorse or receive
 * badges.
 *
 * <p>The constraints are those of an issuer profile: {@code id}, {@code type}, {@code name},
 * {@code url} and {@code email} are required. A profile that only identifies a recipient needs just
 * {@code id} and {@code type}; such profiles are not validated as issuers when they appear as an image
 * {@code author} or in {@code related}.
 *
 * <pre>{@code
 * Profile issuer = Profile.builder()
 *         .id("https://example.org/issuer")
 *         .name("Example Maker Society")
 *         .url("https://example.org")
 *         .email("contact@example.org")
 *         .build();
 * }</pre>
 *
 * @param context the JSON-LD {@code @context}; empty when embedded
 * @param id the IRI of the profile, normally where it is hosted
 * @param type must include {@code Issuer} or {@code Profile}
 * @param name the name of the entity
 * @param url its home page or social media profile
 * @param telephone a phone number, preferably E.164 ({@code +16175551212})
 * @param description a short description
 * @param image an image of the entity
 * @param email a contact e-mail address
 * @param publicKey the keys the issuer signs assertions with
 * @param verification which hosted assertion ids the issuer vouches for
 * @param revocationList the IRI of the issuer's {@link RevocationList}
 * @param related other versions of the profile, e.g. in other languages
 * @param version the version of this edition, a string or a number
 * @param endorsement endorsements of this profile
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Profile">OB 2.0 Profile</a>
 */
@GenerateBuilder
@SpecRules
public record Profile(
        List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<@NotBlank String> name,
        Optional<@NotNull @Iri String> url,
        Optional<String> telephone,
        Optional<String> description,
        Optional<Ref<Image>> image,
        Optional<@NotBlank String> email,
        List<Ref<CryptographicKey>> publicKey,
        Optional<@Valid VerificationObject> verification,
        Optional<@Iri String> revocationList,
        List<Ref<Profile>> related,
        Optional<JsonValue> version,
        List<Ref<Endorsement>> endorsement,
        Extensions extensions) implements Identified {

    /**
     * Creates the profile; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Profile {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(telephone, "telephone");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(email, "email");
        publicKey = List.copyOf(Objects.requireNonNull(publicKey, "publicKey"));
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(revocationList, "revocationList");
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        Objects.requireNonNull(version, "version");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with the OB 2.0 {@code @context} and {@code type} {@code Profile} (an issuer profile), and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().context(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT))).type(Ob2Vocabulary.PROFILE);
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

}
