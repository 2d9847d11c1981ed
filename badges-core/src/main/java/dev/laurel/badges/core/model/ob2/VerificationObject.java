package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to verify assertions: in an {@link Assertion}, the method ({@code HostedBadge} or
 * {@code SignedBadge}, aliases {@code hosted} and {@code signed}) and, for signed badges, the key; in an
 * issuer {@link Profile}, the scope within which hosted assertions of that issuer may live.
 *
 * <pre>{@code
 * VerificationObject hosted = VerificationObject.hosted();
 * VerificationObject signed = VerificationObject.signed("https://example.org/publicKey.json");
 * }</pre>
 *
 * @param type the verification method; in a profile usually {@code VerificationObject} or absent
 * @param verificationProperty the assertion property checked against the scope; only {@code id} is
 *     supported, which is also the default
 * @param startsWith URL prefixes that hosted assertion ids must start with (any one of them)
 * @param allowedOrigins host names on which hosted assertion ids may live
 * @param creator the key that signed a signed assertion, by IRI or embedded
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#VerificationObject">OB 2.0 VerificationObject</a>
 */
@SpecRules
public record VerificationObject(
        List<String> type,
        Optional<String> verificationProperty,
        List<@Iri String> startsWith,
        List<String> allowedOrigins,
        Optional<Ref<CryptographicKey>> creator,
        Extensions extensions) {

    /**
     * Creates the object; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public VerificationObject {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(verificationProperty, "verificationProperty");
        startsWith = List.copyOf(Objects.requireNonNull(startsWith, "startsWith"));
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns hosted verification, {@code {"type": "HostedBadge"}}.
     *
     * @return the object
     */
    public static VerificationObject hosted() {
        return new VerificationObject(List.of(Ob2Vocabulary.HOSTED_BADGE), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Extensions.NONE);
    }

    /**
     * Returns signed verification without a named key; verifiers then try the issuer's keys.
     *
     * @return the object
     */
    public static VerificationObject signed() {
        return new VerificationObject(List.of(Ob2Vocabulary.SIGNED_BADGE), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Extensions.NONE);
    }

    /**
     * Returns signed verification naming the signing key.
     *
     * @param creator the IRI of the {@link CryptographicKey}
     * @return the object
     * @throws NullPointerException if {@code creator} is null
     */
    public static VerificationObject signed(String creator) {
        return new VerificationObject(List.of(Ob2Vocabulary.SIGNED_BADGE), Optional.empty(), List.of(), List.of(),
                Optional.of(Ref.iri(Objects.requireNonNull(creator, "creator"))), Extensions.NONE);
    }

    /**
     * Returns the verification instructions of an issuer profile that allows hosted assertions on the
     * given hosts.
     *
     * @param allowedOrigins host names, e.g. {@code example.org}
     * @return the object, typed {@code VerificationObject}
     * @throws NullPointerException if the list or an element is null
     */
    public static VerificationObject allowedOrigins(List<String> allowedOrigins) {
        return new VerificationObject(List.of(Ob2Vocabulary.VERIFICATION_OBJECT), Optional.empty(), List.of(),
                allowedOrigins, Optional.empty(), Extensions.NONE);
    }

    /**
     * Tells whether this declares hosted verification ({@code HostedBadge} or {@code hosted}).
     *
     * @return {@code true} if a type value is a hosted alias
     */
    public boolean isHosted() {
        return type.stream().anyMatch(Ob2Vocabulary::isHosted);
    }

    /**
     * Tells whether this declares signed verification ({@code SignedBadge} or {@code signed}).
     *
     * @return {@code true} if a type value is a signed alias
     */
    public boolean isSigned() {
        return type.stream().anyMatch(Ob2Vocabulary::isSigned);
    }
}
