package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
 * <p>The verifiable-credential properties it shares with the other credential are documented once, on
 * {@link VerifiableCredential}.
 *
 * @param type the types, which must include {@code VerifiableCredential} and {@code OpenBadgeCredential} or
 *     {@code AchievementCredential}
 * @param image an image for display in wallets
 * @param credentialSubject the recipient and the achievement (required)
 * @param endorsement endorsements of the credential with embedded proofs
 * @param endorsementJwt endorsements of the credential as compact JWS (VC-JWT)
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential">Open Badges 3.0, AchievementCredential</a>
 */
@GenerateBuilder
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
        Extensions extensions) implements VerifiableCredential {

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
     * Returns a builder with {@code type} set to the required types and {@code @context} to the default contexts,
     * and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().context(Ob3Terms.defaultContext()).type(List.of(Ob3Terms.VERIFIABLE_CREDENTIAL, TYPE));
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
     * Builds {@link OpenBadgeCredential} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link OpenBadgeCredentialBuilder}.
     */
    public static final class Builder extends OpenBadgeCredentialBuilder {
        Builder() {
        }
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
