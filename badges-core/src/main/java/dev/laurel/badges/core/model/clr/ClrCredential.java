package dev.laurel.badges.core.model.clr;

import dev.laurel.badges.core.constraint.BuildCheck;
import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob3.CredentialSchema;
import dev.laurel.badges.core.model.ob3.CredentialStatus;
import dev.laurel.badges.core.model.ob3.EndorsementCredential;
import dev.laurel.badges.core.model.ob3.Evidence;
import dev.laurel.badges.core.model.ob3.Image;
import dev.laurel.badges.core.model.ob3.Ob3Terms;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.model.ob3.Proof;
import dev.laurel.badges.core.model.ob3.RefreshService;
import dev.laurel.badges.core.model.ob3.TermsOfUse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Comprehensive Learner Record: one verifiable credential, signed by its publisher, whose subject (a
 * {@link ClrSubject}) holds a learner's achievements as nested, individually signed credentials and the
 * associations between them (CLR 2.0 {@code ClrCredential}; its {@code type} contains
 * {@code VerifiableCredential} and {@code ClrCredential}). Like {@link OpenBadgeCredential} it holds both the
 * VC Data Model 2.0 dates ({@code validFrom}, {@code validUntil}) and the 1.1 ones ({@code issuanceDate},
 * {@code expirationDate}) that older CLRs carry; which apply depends on the first {@code @context}
 * ({@link #isVcdm11()}).
 *
 * @param context the JSON-LD {@code @context}: the VC context, the CLR 2.0 context, the OB 3.0 context, then others
 * @param id the CLR's URI (required)
 * @param type the types, which must include {@code VerifiableCredential} and {@code ClrCredential}
 * @param name the CLR's name (required), for display in wallets
 * @param description a short description
 * @param image an image for display in wallets
 * @param partial {@code true} if the CLR does not hold every assertion the publisher knows for the learner
 * @param awardedDate when the CLR was first awarded, kept when it is reissued
 * @param credentialSubject the learner and the records (required)
 * @param endorsement endorsements of the CLR with embedded proofs
 * @param endorsementJwt endorsements of the CLR as compact JWS (VC-JWT)
 * @param evidence evidence the CLR rests on
 * @param issuer the publisher (required): its URI or its embedded profile
 * @param validFrom when the CLR becomes valid (VC Data Model 2.0; required there)
 * @param validUntil when the CLR stops being valid (VC Data Model 2.0)
 * @param issuanceDate when the CLR was issued (VC Data Model 1.1; required there)
 * @param expirationDate when the CLR expires (VC Data Model 1.1)
 * @param credentialSchema schemas the CLR conforms to
 * @param credentialStatus where to check the CLR's status
 * @param refreshService where to get a fresh copy
 * @param termsOfUse terms of use
 * @param proof the embedded proofs, e.g. a {@code DataIntegrityProof}
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/clr/v2p0/#clrcredential">CLR 2.0, ClrCredential</a>
 */
@GenerateBuilder
@SpecRules
public record ClrCredential(
        @NotEmpty List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        @NotEmpty List<String> type,
        Optional<@NotNull String> name,
        Optional<String> description,
        Optional<@Valid Image> image,
        Optional<Boolean> partial,
        Optional<Timestamp> awardedDate,
        Optional<@NotNull @Valid ClrSubject> credentialSubject,
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
    public static final String TYPE = "ClrCredential";

    /** The CLR 2.0 context builders write: {@value}. */
    public static final String CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";

    /**
     * Creates the record, copying the lists. Any combination of present and absent values is accepted,
     * so that an invalid document can be held and reported on.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public ClrCredential {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(partial, "partial");
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
     * Returns a builder with {@code type} set to the required types and {@code @context} to the VC Data Model
     * 2.0, CLR 2.0.1 and OB 3.0.3 contexts, and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder()
                .context(List.of(JsonValue.of(Ob3Terms.VC_V2_CONTEXT), JsonValue.of(CLR_CONTEXT),
                        JsonValue.of(Ob3Terms.OB_CONTEXT)))
                .type(List.of(Ob3Terms.VERIFIABLE_CREDENTIAL, TYPE));
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
     * Builds {@link ClrCredential} values. The setters and {@code build()} are generated from the record's
     * components and constraint annotations: see {@link ClrCredentialBuilder}.
     */
    public static final class Builder extends ClrCredentialBuilder {
        Builder() {
        }
    }

    /**
     * Tells whether this is a VC Data Model 1.1 CLR: its first {@code @context} is
     * {@value Ob3Terms#VC_V1_CONTEXT}. Such a CLR uses {@code issuanceDate} and {@code expirationDate}.
     *
     * @return {@code true} for a 1.1 CLR
     */
    public boolean isVcdm11() {
        return !context.isEmpty() && context.get(0).equals(JsonValue.of(Ob3Terms.VC_V1_CONTEXT));
    }

    /**
     * Names the start-of-validity property this CLR's data model requires and it lacks: {@code issuanceDate}
     * in a VC Data Model 1.1 CLR, else {@code validFrom}. The builder refuses to build without it.
     *
     * @return the missing property, or nothing
     */
    @BuildCheck
    public List<String> missingValidityStart() {
        if (isVcdm11()) {
            return issuanceDate.isEmpty() ? List.of("issuanceDate (VC Data Model 1.1)") : List.of();
        }
        return validFrom.isEmpty() ? List.of("validFrom") : List.of();
    }

    /**
     * Returns a copy with other proofs, e.g. none (the document a proof signs). Unlike the builder this never
     * throws for an invalid CLR.
     *
     * @param proof the proofs
     * @return the new CLR
     * @throws NullPointerException if {@code proof} or an element is null
     */
    public ClrCredential withProof(List<Proof> proof) {
        return new ClrCredential(context, id, type, name, description, image, partial, awardedDate,
                credentialSubject, endorsement, endorsementJwt, evidence, issuer, validFrom, validUntil, issuanceDate,
                expirationDate, credentialSchema, credentialStatus, refreshService, termsOfUse, proof, extensions);
    }

    /**
     * Returns the nested credentials, or none when the CLR has no subject.
     *
     * @return the nested credentials
     */
    public List<OpenBadgeCredential> credentials() {
        return credentialSubject.map(ClrSubject::verifiableCredential).orElse(List.of());
    }
}
