package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Open Badge: a verifiable credential that says a recipient earned an achievement (OB 3.0
 * {@code AchievementCredential}, whose {@code type} contains {@code OpenBadgeCredential} or its alias
 * {@code AchievementCredential}). It holds both the VC Data Model 2.0 dates ({@code validFrom}, {@code validUntil})
 * and the 1.1 ones ({@code issuanceDate}, {@code expirationDate}); which apply depends on the first
 * {@code @context} (see {@link #isVcdm11()}).
 *
 * @param context the JSON-LD {@code @context}: IRIs (as JSON strings) or embedded context objects, in order; the
 *     first is the VC Data Model context
 * @param id the credential's URI (required), e.g. {@code urn:uuid:...}
 * @param type the types, which must include {@code VerifiableCredential} and {@code OpenBadgeCredential} or
 *     {@code AchievementCredential}
 * @param name the credential's name for display in wallets
 * @param description a short description for display in wallets
 * @param image an image for display in wallets
 * @param awardedDate when the credential was first awarded, kept when it is reissued
 * @param credentialSubject the recipient and the achievement (required)
 * @param endorsement endorsements of the credential with embedded proofs
 * @param endorsementJwt endorsements of the credential as compact JWS (VC-JWT)
 * @param evidence evidence of the work that earned the achievement
 * @param issuer the issuer (required): its URI or its embedded profile
 * @param validFrom when the credential becomes valid (VC Data Model 2.0; required there)
 * @param validUntil when the credential stops being valid (VC Data Model 2.0)
 * @param issuanceDate when the credential was issued (VC Data Model 1.1; required there)
 * @param expirationDate when the credential expires (VC Data Model 1.1)
 * @param credentialSchema schemas the credential conforms to
 * @param credentialStatus where to check the credential's status
 * @param refreshService where to get a fresh copy
 * @param termsOfUse terms of use
 * @param proof the embedded proofs, e.g. a {@code DataIntegrityProof}
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential">Open Badges 3.0, AchievementCredential</a>
 */
@SpecRules
public record OpenBadgeCredential(
        @NotEmpty List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<String> name,
        Optional<String> description,
        Optional<@Valid Image> image,
        Optional<Timestamp> awardedDate,
        Optional<@NotNull @Valid AchievementSubject> credentialSubject,
        List<@Valid EndorsementCredential> endorsement,
        List<@Pattern(regexp = Ob3Terms.COMPACT_JWS, message = "must be a compact JWS") String> endorsementJwt,
        List<@Valid Evidence> evidence,
        Optional<@NotNull Ref<@Valid Profile>> issuer,
        Optional<Timestamp> validFrom,
        Optional<Timestamp> validUntil,
        Optional<Timestamp> issuanceDate,
        Optional<Timestamp> expirationDate,
        List<@Valid CredentialSchema> credentialSchema,
        Optional<@Valid CredentialStatus> credentialStatus,
        Optional<@Valid RefreshService> refreshService,
        List<@Valid TermsOfUse> termsOfUse,
        List<@Valid Proof> proof,
        Extensions extensions) implements Identified {

    /** The type this object's {@code type} must contain: {@value}. */
    public static final String TYPE = "OpenBadgeCredential";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public OpenBadgeCredential {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(awardedDate, "awardedDate");
        Objects.requireNonNull(credentialSubject, "credentialSubject");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        endorsementJwt = List.copyOf(Objects.requireNonNull(endorsementJwt, "endorsementJwt"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(issuanceDate, "issuanceDate");
        Objects.requireNonNull(expirationDate, "expirationDate");
        credentialSchema = List.copyOf(Objects.requireNonNull(credentialSchema, "credentialSchema"));
        Objects.requireNonNull(credentialStatus, "credentialStatus");
        Objects.requireNonNull(refreshService, "refreshService");
        termsOfUse = List.copyOf(Objects.requireNonNull(termsOfUse, "termsOfUse"));
        proof = List.copyOf(Objects.requireNonNull(proof, "proof"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with {@code type} set to the required type and {@code @context} to the default contexts,
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
        b.context = new ArrayList<>(context);
        b.id = id;
        b.type = new ArrayList<>(type);
        b.name = name;
        b.description = description;
        b.image = image;
        b.awardedDate = awardedDate;
        b.credentialSubject = credentialSubject;
        b.endorsement = new ArrayList<>(endorsement);
        b.endorsementJwt = new ArrayList<>(endorsementJwt);
        b.evidence = new ArrayList<>(evidence);
        b.issuer = issuer;
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.issuanceDate = issuanceDate;
        b.expirationDate = expirationDate;
        b.credentialSchema = new ArrayList<>(credentialSchema);
        b.credentialStatus = credentialStatus;
        b.refreshService = refreshService;
        b.termsOfUse = new ArrayList<>(termsOfUse);
        b.proof = new ArrayList<>(proof);
        b.extensions = extensions;
        return b;
    }

    /**
     * Builds {@link OpenBadgeCredential} values. Setters check their argument at once; {@link #build()} checks that
     * the required properties are present. Not thread-safe.
     */
    public static final class Builder {
        private ArrayList<JsonValue> context = new ArrayList<>(Ob3Terms.defaultContext());
        private Optional<String> id = Optional.empty();
        private ArrayList<String> type = new ArrayList<>(List.of(Ob3Terms.VERIFIABLE_CREDENTIAL, TYPE));
        private Optional<String> name = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<Image> image = Optional.empty();
        private Optional<Timestamp> awardedDate = Optional.empty();
        private Optional<AchievementSubject> credentialSubject = Optional.empty();
        private ArrayList<EndorsementCredential> endorsement = new ArrayList<>();
        private ArrayList<String> endorsementJwt = new ArrayList<>();
        private ArrayList<Evidence> evidence = new ArrayList<>();
        private Optional<Ref<Profile>> issuer = Optional.empty();
        private Optional<Timestamp> validFrom = Optional.empty();
        private Optional<Timestamp> validUntil = Optional.empty();
        private Optional<Timestamp> issuanceDate = Optional.empty();
        private Optional<Timestamp> expirationDate = Optional.empty();
        private ArrayList<CredentialSchema> credentialSchema = new ArrayList<>();
        private Optional<CredentialStatus> credentialStatus = Optional.empty();
        private Optional<RefreshService> refreshService = Optional.empty();
        private ArrayList<TermsOfUse> termsOfUse = new ArrayList<>();
        private ArrayList<Proof> proof = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Replaces {@code @context}.
         *
         * @param context the JSON-LD {@code @context}: IRIs (as JSON strings) or embedded context objects, in
         *     order; the first is the VC Data Model context
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder context(List<JsonValue> context) {
            this.context = new ArrayList<>(List.copyOf(Objects.requireNonNull(context, "context")));
            return this;
        }

        /**
         * Appends one value to {@code @context}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addContext(JsonValue value) {
            this.context.add(Objects.requireNonNull(value, "context"));
            return this;
        }

        /**
         * Sets {@code id}.
         *
         * @param id the credential's URI (required), e.g. {@code urn:uuid:...}
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
         * @param type the types, which must include {@code VerifiableCredential} and {@code OpenBadgeCredential} or
         *     {@code AchievementCredential}
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
         * @param name the credential's name for display in wallets
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description a short description for display in wallets
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(String description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param image an image for display in wallets
         * @return this builder
         * @throws NullPointerException if {@code image} is null
         */
        public Builder image(Image image) {
            this.image = Optional.of(Objects.requireNonNull(image, "image"));
            return this;
        }

        /**
         * Sets {@code awardedDate}.
         *
         * @param awardedDate when the credential was first awarded, kept when it is reissued
         * @return this builder
         * @throws NullPointerException if {@code awardedDate} is null
         */
        public Builder awardedDate(Timestamp awardedDate) {
            this.awardedDate = Optional.of(Objects.requireNonNull(awardedDate, "awardedDate"));
            return this;
        }

        /**
         * Sets {@code credentialSubject}.
         *
         * @param credentialSubject the recipient and the achievement (required)
         * @return this builder
         * @throws NullPointerException if {@code credentialSubject} is null
         */
        public Builder credentialSubject(AchievementSubject credentialSubject) {
            this.credentialSubject = Optional.of(Objects.requireNonNull(credentialSubject, "credentialSubject"));
            return this;
        }

        /**
         * Replaces {@code endorsement}.
         *
         * @param endorsement endorsements of the credential with embedded proofs
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
         * @param endorsementJwt endorsements of the credential as compact JWS (VC-JWT)
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
         * Replaces {@code evidence}.
         *
         * @param evidence evidence of the work that earned the achievement
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder evidence(List<Evidence> evidence) {
            this.evidence = new ArrayList<>(List.copyOf(Objects.requireNonNull(evidence, "evidence")));
            return this;
        }

        /**
         * Appends one value to {@code evidence}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEvidence(Evidence value) {
            this.evidence.add(Objects.requireNonNull(value, "evidence"));
            return this;
        }

        /**
         * Sets {@code issuer}.
         *
         * @param issuer the issuer (required): its URI or its embedded profile
         * @return this builder
         * @throws NullPointerException if {@code issuer} is null
         */
        public Builder issuer(Ref<Profile> issuer) {
            this.issuer = Optional.of(Objects.requireNonNull(issuer, "issuer"));
            return this;
        }

        /**
         * Sets {@code validFrom}.
         *
         * @param validFrom when the credential becomes valid (VC Data Model 2.0; required there)
         * @return this builder
         * @throws NullPointerException if {@code validFrom} is null
         */
        public Builder validFrom(Timestamp validFrom) {
            this.validFrom = Optional.of(Objects.requireNonNull(validFrom, "validFrom"));
            return this;
        }

        /**
         * Sets {@code validUntil}.
         *
         * @param validUntil when the credential stops being valid (VC Data Model 2.0)
         * @return this builder
         * @throws NullPointerException if {@code validUntil} is null
         */
        public Builder validUntil(Timestamp validUntil) {
            this.validUntil = Optional.of(Objects.requireNonNull(validUntil, "validUntil"));
            return this;
        }

        /**
         * Sets {@code issuanceDate}.
         *
         * @param issuanceDate when the credential was issued (VC Data Model 1.1; required there)
         * @return this builder
         * @throws NullPointerException if {@code issuanceDate} is null
         */
        public Builder issuanceDate(Timestamp issuanceDate) {
            this.issuanceDate = Optional.of(Objects.requireNonNull(issuanceDate, "issuanceDate"));
            return this;
        }

        /**
         * Sets {@code expirationDate}.
         *
         * @param expirationDate when the credential expires (VC Data Model 1.1)
         * @return this builder
         * @throws NullPointerException if {@code expirationDate} is null
         */
        public Builder expirationDate(Timestamp expirationDate) {
            this.expirationDate = Optional.of(Objects.requireNonNull(expirationDate, "expirationDate"));
            return this;
        }

        /**
         * Replaces {@code credentialSchema}.
         *
         * @param credentialSchema schemas the credential conforms to
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder credentialSchema(List<CredentialSchema> credentialSchema) {
            this.credentialSchema = new ArrayList<>(List.copyOf(
                    Objects.requireNonNull(credentialSchema, "credentialSchema")));
            return this;
        }

        /**
         * Appends one value to {@code credentialSchema}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addCredentialSchema(CredentialSchema value) {
            this.credentialSchema.add(Objects.requireNonNull(value, "credentialSchema"));
            return this;
        }

        /**
         * Sets {@code credentialStatus}.
         *
         * @param credentialStatus where to check the credential's status
         * @return this builder
         * @throws NullPointerException if {@code credentialStatus} is null
         */
        public Builder credentialStatus(CredentialStatus credentialStatus) {
            this.credentialStatus = Optional.of(Objects.requireNonNull(credentialStatus, "credentialStatus"));
            return this;
        }

        /**
         * Sets {@code refreshService}.
         *
         * @param refreshService where to get a fresh copy
         * @return this builder
         * @throws NullPointerException if {@code refreshService} is null
         */
        public Builder refreshService(RefreshService refreshService) {
            this.refreshService = Optional.of(Objects.requireNonNull(refreshService, "refreshService"));
            return this;
        }

        /**
         * Replaces {@code termsOfUse}.
         *
         * @param termsOfUse terms of use
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder termsOfUse(List<TermsOfUse> termsOfUse) {
            this.termsOfUse = new ArrayList<>(List.copyOf(Objects.requireNonNull(termsOfUse, "termsOfUse")));
            return this;
        }

        /**
         * Appends one value to {@code termsOfUse}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addTermsOfUse(TermsOfUse value) {
            this.termsOfUse.add(Objects.requireNonNull(value, "termsOfUse"));
            return this;
        }

        /**
         * Replaces {@code proof}.
         *
         * @param proof the embedded proofs, e.g. a {@code DataIntegrityProof}
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder proof(List<Proof> proof) {
            this.proof = new ArrayList<>(List.copyOf(Objects.requireNonNull(proof, "proof")));
            return this;
        }

        /**
         * Appends one value to {@code proof}.
         *
         * @param value the value to append
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addProof(Proof value) {
            this.proof.add(Objects.requireNonNull(value, "proof"));
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
         * Sets the issuer to a profile given by its URI only.
         *
         * @param iri the issuer's URI
         * @return this builder
         * @throws NullPointerException if {@code iri} is null
         */
        public Builder issuer(String iri) {
            return issuer(Ref.<Profile>iri(Objects.requireNonNull(iri, "iri")));
        }

        /**
         * Sets the issuer to an embedded profile.
         *
         * @param profile the issuer's profile
         * @return this builder
         * @throws NullPointerException if {@code profile} is null
         */
        public Builder issuer(Profile profile) {
            return issuer(Ref.embedded(Objects.requireNonNull(profile, "profile")));
        }

        /**
         * Sets {@code validFrom} to an instant, written in UTC with {@code Z}.
         *
         * @param instant when the credential becomes valid
         * @return this builder
         * @throws NullPointerException if {@code instant} is null
         */
        public Builder validFrom(Instant instant) {
            return validFrom(Timestamp.of(Objects.requireNonNull(instant, "validFrom")));
        }

        /**
         * Sets {@code validUntil} to an instant, written in UTC with {@code Z}.
         *
         * @param instant when the credential stops being valid
         * @return this builder
         * @throws NullPointerException if {@code instant} is null
         */
        public Builder validUntil(Instant instant) {
            return validUntil(Timestamp.of(Objects.requireNonNull(instant, "validUntil")));
        }

        /**
         * Appends a context given by its IRI.
         *
         * @param iri the context IRI
         * @return this builder
         * @throws NullPointerException if {@code iri} is null
         */
        public Builder addContext(String iri) {
            return addContext(JsonValue.of(Objects.requireNonNull(iri, "iri")));
        }

        /**
         * Builds the object.
         *
         * @return the OpenBadgeCredential
         * @throws IllegalStateException if a required property is missing (the message names it)
         */
        public OpenBadgeCredential build() {
            require(id.isPresent(), "id");
            require(issuer.isPresent(), "issuer");
            require(credentialSubject.isPresent(), "credentialSubject");
            require(!type.isEmpty(), "type");
            if (Ob3Terms.isVcdm11Context(context)) {
                if (issuanceDate.isEmpty()) {
                    throw new IllegalStateException(
                            "OpenBadgeCredential.issuanceDate is required in a VC Data Model 1.1 credential");
                }
            } else if (validFrom.isEmpty()) {
                throw new IllegalStateException("OpenBadgeCredential.validFrom is required");
            }
            return new OpenBadgeCredential(context, id, type, name, description, image, awardedDate,
                    credentialSubject, endorsement, endorsementJwt, evidence, issuer, validFrom, validUntil,
                    issuanceDate, expirationDate, credentialSchema, credentialStatus, refreshService, termsOfUse,
                    proof, extensions);
        }

        private static void require(boolean present, String property) {
            if (!present) {
                throw new IllegalStateException("OpenBadgeCredential." + property + " is required");
            }
        }
    }

    /**
     * Tells whether this is a VC Data Model 1.1 credential: its first {@code @context} is
     * {@value Ob3Terms#VC_V1_CONTEXT}. Such a credential uses {@code issuanceDate} and
     * {@code expirationDate} instead of {@code validFrom} and {@code validUntil}.
     *
     * @return {@code true} for a 1.1 credential
     */
    public boolean isVcdm11() {
        return Ob3Terms.isVcdm11Context(context);
    }

    /**
     * Returns the start of validity by the credential's own data model: {@code issuanceDate} for a 1.1
     * credential, else {@code validFrom}.
     *
     * @return the start of validity, or empty if absent
     */
    public Optional<Timestamp> effectiveValidFrom() {
        return isVcdm11() ? issuanceDate : validFrom;
    }

    /**
     * Returns the end of validity by the credential's own data model: {@code expirationDate} for a 1.1
     * credential, else {@code validUntil}.
     *
     * @return the end of validity, or empty if none
     */
    public Optional<Timestamp> effectiveValidUntil() {
        return isVcdm11() ? expirationDate : validUntil;
    }

    /**
     * Returns a copy with other proofs, e.g. none (the document a proof signs) or one more. Unlike the
     * builder this never throws for an invalid credential.
     *
     * @param proof the proofs
     * @return the new credential
     * @throws NullPointerException if {@code proof} or an element is null
     */
    public OpenBadgeCredential withProof(List<Proof> proof) {
        return new OpenBadgeCredential(context, id, type, name, description, image, awardedDate,
                credentialSubject, endorsement, endorsementJwt, evidence, issuer, validFrom, validUntil,
                issuanceDate, expirationDate, credentialSchema, credentialStatus, refreshService, termsOfUse,
                proof, extensions);
    }

    /**
     * Returns the awarded achievement, if the subject carries one.
     *
     * @return the achievement
     */
    public Optional<Achievement> achievement() {
        return credentialSubject.flatMap(AchievementSubject::achievement);
    }
}
