package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim an issuer makes about another profile, badge class or assertion, verified like an
 * assertion. {@code id} and {@code issuer} are always required; {@code type}, {@code claim},
 * {@code issuedOn} and {@code verification} too unless {@code revoked} is true.
 *
 * @param context the JSON-LD {@code @context}; empty when embedded
 * @param id the IRI of the endorsement
 * @param type must include {@code Endorsement}
 * @param claim the endorsed entity and what is claimed about it
 * @param issuer the endorser's profile
 * @param issuedOn when the endorsement was published
 * @param verification how to verify the endorsement
 * @param revoked whether the endorsement is revoked
 * @param revocationReason the published reason for revocation
 * @param related other versions of this endorsement
 * @param version the version of this edition, a string or a number
 * @param endorsement endorsements of this endorsement
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Endorsement">OB 2.0 Endorsement</a>
 */
@SpecRules
public record Endorsement(
        List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        List<String> type,
        Optional<Ref<EndorsementClaim>> claim,
        Optional<@NotNull Ref<Profile>> issuer,
        Optional<Timestamp> issuedOn,
        Optional<@Valid VerificationObject> verification,
        Optional<Boolean> revoked,
        Optional<String> revocationReason,
        List<Ref<Endorsement>> related,
        Optional<JsonValue> version,
        List<Ref<Endorsement>> endorsement,
        Extensions extensions) implements Identified {

    /**
     * Creates the endorsement; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Endorsement {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(revoked, "revoked");
        Objects.requireNonNull(revocationReason, "revocationReason");
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        Objects.requireNonNull(version, "version");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a hosted endorsement with the OB 2.0 context and type.
     *
     * @param id the IRI where the endorsement is hosted
     * @param issuer the IRI of the endorser's profile
     * @param issuedOn when it was published
     * @param claim what is claimed
     * @return the endorsement
     * @throws NullPointerException if an argument is null
     */
    public static Endorsement hosted(String id, String issuer, Timestamp issuedOn, EndorsementClaim claim) {
        return new Endorsement(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT)), Optional.of(Objects.requireNonNull(id,
                "id")), List.of(Ob2Vocabulary.ENDORSEMENT), Optional.of(Ref.embedded(Objects.requireNonNull(claim,
                "claim"))), Optional.of(Ref.iri(Objects.requireNonNull(issuer, "issuer"))),
                Optional.of(Objects.requireNonNull(issuedOn, "issuedOn")), Optional.of(VerificationObject.hosted()),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), Extensions.NONE);
    }

    /**
     * Tells whether the endorsement declares itself revoked.
     *
     * @return {@code revoked}, false when absent
     */
    public boolean isRevoked() {
        return revoked.orElse(false);
    }
}
