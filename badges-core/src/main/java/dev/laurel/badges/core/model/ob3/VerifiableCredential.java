package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.BuildCheck;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;

import java.util.List;
import java.util.Optional;

/**
 * The verifiable-credential properties that {@link OpenBadgeCredential} and {@link EndorsementCredential} share,
 * stated once: the W3C VC Data Model 2.0 ones ({@code validFrom}, {@code validUntil}) and the 1.1 ones
 * ({@code issuanceDate}, {@code expirationDate}); which dates apply depends on the first {@code @context}
 * (see {@link #isVcdm11()}). The generated builders of both records take their javadoc for these properties
 * from here, and {@link #missingValidityStart()} is the build rule both share.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">VC Data Model 2.0</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential">Open Badges 3.0, AchievementCredential</a>
 */
public sealed interface VerifiableCredential extends Identified permits OpenBadgeCredential, EndorsementCredential {

    /**
     * Returns the JSON-LD {@code @context}.
     *
     * @return the JSON-LD {@code @context}: IRIs (as JSON strings) or embedded context objects, in order; the
     *     first is the VC Data Model context
     */
    List<JsonValue> context();

    /**
     * Returns the credential's URI.
     *
     * @return the credential's URI (required), e.g. {@code urn:uuid:...}
     */
    @Override
    Optional<String> id();

    /**
     * Returns the types.
     *
     * @return the types, which must include {@code VerifiableCredential} and the credential's own type
     */
    List<String> type();

    /**
     * Returns the credential's name.
     *
     * @return the credential's name for display in wallets
     */
    Optional<String> name();

    /**
     * Returns the credential's description.
     *
     * @return a short description for display in wallets
     */
    Optional<String> description();

    /**
     * Returns when the credential was awarded.
     *
     * @return when the credential was first awarded, kept when it is reissued
     */
    Optional<Timestamp> awardedDate();

    /**
     * Returns the subject: what the credential is about.
     *
     * @return the credential's subject (required)
     */
    Optional<? extends Identified> credentialSubject();

    /**
     * Returns the evidence.
     *
     * @return evidence of the work or the claims the credential rests on
     */
    List<Evidence> evidence();

    /**
     * Returns the issuer.
     *
     * @return the issuer (required): its URI or its embedded profile
     */
    Optional<Ref<Profile>> issuer();

    /**
     * Returns the start of validity (VC Data Model 2.0).
     *
     * @return when the credential becomes valid (VC Data Model 2.0; required there)
     */
    Optional<Timestamp> validFrom();

    /**
     * Returns the end of validity (VC Data Model 2.0).
     *
     * @return when the credential stops being valid (VC Data Model 2.0)
     */
    Optional<Timestamp> validUntil();

    /**
     * Returns the issue date (VC Data Model 1.1).
     *
     * @return when the credential was issued (VC Data Model 1.1; required there)
     */
    Optional<Timestamp> issuanceDate();

    /**
     * Returns the expiry date (VC Data Model 1.1).
     *
     * @return when the credential expires (VC Data Model 1.1)
     */
    Optional<Timestamp> expirationDate();

    /**
     * Returns the credential schemas.
     *
     * @return schemas the credential conforms to
     */
    List<CredentialSchema> credentialSchema();

    /**
     * Returns where to check the status.
     *
     * @return where to check the credential's status
     */
    Optional<CredentialStatus> credentialStatus();

    /**
     * Returns the refresh service.
     *
     * @return where to get a fresh copy
     */
    Optional<RefreshService> refreshService();

    /**
     * Returns the terms of use.
     *
     * @return terms of use
     */
    List<TermsOfUse> termsOfUse();

    /**
     * Returns the embedded proofs.
     *
     * @return the embedded proofs, e.g. a {@code DataIntegrityProof}
     */
    List<Proof> proof();

    /**
     * Returns what the credential carries beyond the typed properties.
     *
     * @return what the object carries beyond the typed components
     */
    Extensions extensions();

    /**
     * Tells whether this is a VC Data Model 1.1 credential: its first {@code @context} is
     * {@value Ob3Terms#VC_V1_CONTEXT}. Such a credential uses {@code issuanceDate} and
     * {@code expirationDate} instead of {@code validFrom} and {@code validUntil}.
     *
     * @return {@code true} for a 1.1 credential
     */
    default boolean isVcdm11() {
        return Ob3Terms.isVcdm11Context(context());
    }

    /**
     * Returns the start of validity by the credential's own data model: {@code issuanceDate} for a 1.1
     * credential, else {@code validFrom}.
     *
     * @return the start of validity, or empty if absent
     */
    default Optional<Timestamp> effectiveValidFrom() {
        return isVcdm11() ? issuanceDate() : validFrom();
    }

    /**
     * Returns the end of validity by the credential's own data model: {@code expirationDate} for a 1.1
     * credential, else {@code validUntil}.
     *
     * @return the end of validity, or empty if none
     */
    default Optional<Timestamp> effectiveValidUntil() {
        return isVcdm11() ? expirationDate() : validUntil();
    }

    /**
     * Names the start-of-validity property this credential's data model requires and it lacks:
     * {@code issuanceDate} in a VC Data Model 1.1 credential, else {@code validFrom}. The builders refuse to
     * build without it.
     *
     * @return the missing property, or nothing
     */
    @BuildCheck
    default List<String> missingValidityStart() {
        if (isVcdm11()) {
            return issuanceDate().isEmpty() ? List.of("issuanceDate (VC Data Model 1.1)") : List.of();
        }
        return validFrom().isEmpty() ? List.of("validFrom") : List.of();
    }
}
