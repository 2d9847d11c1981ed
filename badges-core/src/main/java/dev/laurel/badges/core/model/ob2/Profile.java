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
     * Returns a builder for an issuer profile, with the OB 2.0 context and type {@code Profile}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this profile's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = context;
        b.id = id.orElse(null);
        b.type = type;
        b.name = name.orElse(null);
        b.url = url.orElse(null);
        b.telephone = telephone.orElse(null);
        b.description = description.orElse(null);
        b.image = image.orElse(null);
        b.email = email.orElse(null);
        b.publicKey.addAll(publicKey);
        b.verification = verification.orElse(null);
        b.revocationList = revocationList.orElse(null);
        b.related.addAll(related);
        b.version = version.orElse(null);
        b.endorsement.addAll(endorsement);
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds an issuer {@link Profile}. Setters take plain values and reject null at once;
     * {@link #build()} checks that the issuer's required properties are set.
     */
    public static final class Builder {
        private List<JsonValue> context = List.of(JsonValue.of(Ob2Vocabulary.CONTEXT));
        private String id;
        private List<String> type = List.of(Ob2Vocabulary.PROFILE);
        private String name;
        private String url;
        private String telephone;
        private String description;
        private Ref<Image> image;
        private String email;
        private final List<Ref<CryptographicKey>> publicKey = new ArrayList<>();
        private VerificationObject verification;
        private String revocationList;
        private final List<Ref<Profile>> related = new ArrayList<>();
        private JsonValue version;
        private final List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets the {@code @context}; an empty list writes none (for an embedded profile).
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
         * Sets the IRI of the profile.
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
         * Sets the types, e.g. {@code Issuer}.
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
         * Sets the home page.
         *
         * @param url the URL
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param telephone the number, preferably E.164
         * @return this builder
         * @throws NullPointerException if {@code telephone} is null
         */
        public Builder telephone(String telephone) {
            this.telephone = Objects.requireNonNull(telephone, "telephone");
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
         * Sets the contact e-mail address.
         *
         * @param email the address
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /**
         * Replaces the signing keys.
         *
         * @param publicKey the keys, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder publicKey(List<Ref<CryptographicKey>> publicKey) {
            List<Ref<CryptographicKey>> copy = List.copyOf(Objects.requireNonNull(publicKey, "publicKey"));
            this.publicKey.clear();
            this.publicKey.addAll(copy);
            return this;
        }

        /**
         * Adds a signing key by IRI.
         *
         * @param keyIri the IRI of the {@link CryptographicKey}
         * @return this builder
         * @throws NullPointerException if {@code keyIri} is null
         */
        public Builder addPublicKey(String keyIri) {
            publicKey.add(Ref.iri(keyIri));
            return this;
        }

        /**
         * Adds a signing key, embedded.
         *
         * @param key the key
         * @return this builder
         * @throws NullPointerException if {@code key} is null
         */
        public Builder addPublicKey(CryptographicKey key) {
            publicKey.add(Ref.embedded(key));
            return this;
        }

        /**
         * Sets the verification instructions for the issuer's hosted assertions.
         *
         * @param verification the instructions
         * @return this builder
         * @throws NullPointerException if {@code verification} is null
         */
        public Builder verification(VerificationObject verification) {
            this.verification = Objects.requireNonNull(verification, "verification");
            return this;
        }

        /**
         * Sets the IRI of the revocation list.
         *
         * @param revocationList the IRI
         * @return this builder
         * @throws NullPointerException if {@code revocationList} is null
         */
        public Builder revocationList(String revocationList) {
            this.revocationList = Objects.requireNonNull(revocationList, "revocationList");
            return this;
        }

        /**
         * Replaces the related versions.
         *
         * @param related the other versions, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder related(List<Ref<Profile>> related) {
            List<Ref<Profile>> copy = List.copyOf(Objects.requireNonNull(related, "related"));
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
         * Sets what the profile carries beyond the model.
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
         * Builds the profile.
         *
         * @return the profile
         * @throws IllegalStateException naming the properties that are missing among {@code id},
         *     {@code name}, {@code url} and {@code email}
         */
        public Profile build() {
            StringJoiner missing = new StringJoiner(", ");
            if (id == null) {
                missing.add("id");
            }
            if (name == null) {
                missing.add("name");
            }
            if (url == null) {
                missing.add("url");
            }
            if (email == null) {
                missing.add("email");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("issuer profile is missing required properties: " + missing);
            }
            return new Profile(context, Optional.of(id), type, Optional.of(name), Optional.of(url),
                    Optional.ofNullable(telephone), Optional.ofNullable(description), Optional.ofNullable(image),
                    Optional.of(email), publicKey, Optional.ofNullable(verification),
                    Optional.ofNullable(revocationList), related, Optional.ofNullable(version), endorsement,
                    extensions);
        }
    }
}
