package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.BuildCheck;
import dev.laurel.badges.core.constraint.GenerateBuilder;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An awarded Open Badges 2.0 badge: one recipient, one {@link BadgeClass}, and how to verify the
 * award.
 *
 * <p>{@code id} is always required. {@code type}, {@code recipient}, {@code badge},
 * {@code verification} and {@code issuedOn} are required too, except in a revoked assertion
 * ({@code "revoked": true}), which issuers often strip down to {@code id} and {@code revoked}.
 *
 * <pre>{@code
 * Assertion assertion = Assertion.builder()
 *         .id("https://example.org/assertions/123")
 *         .recipient(IdentityObject.hashedEmail("alice@example.org", "deadsea"))
 *         .badge("https://example.org/badges/5")
 *         .verification(VerificationObject.hosted())
 *         .issuedOn(Instant.parse("2016-12-31T23:59:59Z"))
 *         .build();
 * }</pre>
 *
 * @param context the JSON-LD {@code @context}, normally {@code https://w3id.org/openbadges/v2}
 * @param id the IRI of the assertion; for hosted verification, where it is hosted
 * @param type must include {@code Assertion}
 * @param recipient who earned the badge
 * @param badge the badge class awarded, by IRI or embedded
 * @param verification how to verify the assertion (hosted or signed)
 * @param issuedOn when the badge was awarded
 * @param image an image of this award, normally a baked image
 * @param evidence the work that earned the badge, by IRI or embedded
 * @param narrative how the pieces of evidence connect, in Markdown
 * @param expires when the award stops being valid
 * @param revoked whether the issuer has revoked the award
 * @param revocationReason the published reason for revocation
 * @param uid the deprecated locally unique identifier of pre-2.0 assertions
 * @param related other versions of this assertion
 * @param version the version of this edition, a string or a number
 * @param endorsement endorsements of this assertion
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#Assertion">OB 2.0 Assertion</a>
 */
@GenerateBuilder
@SpecRules
public record Assertion(
        List<JsonValue> context,
        Optional<@NotNull @Iri String> id,
        List<String> type,
        Optional<@Valid IdentityObject> recipient,
        Optional<Ref<BadgeClass>> badge,
        Optional<@Valid VerificationObject> verification,
        Optional<Timestamp> issuedOn,
        Optional<Ref<Image>> image,
        List<Ref<Evidence>> evidence,
        Optional<String> narrative,
        Optional<Timestamp> expires,
        Optional<Boolean> revoked,
        Optional<String> revocationReason,
        Optional<String> uid,
        List<Ref<Assertion>> related,
        Optional<JsonValue> version,
        List<Ref<Endorsement>> endorsement,
        Extensions extensions) implements Identified {

    /**
     * Creates the assertion; any combination of values is accepted.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public Assertion {
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        Objects.requireNonNull(id, "id");
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(image, "image");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(revoked, "revoked");
        Objects.requireNonNull(revocationReason, "revocationReason");
        Objects.requireNonNull(uid, "uid");
        related = List.copyOf(Objects.requireNonNull(related, "related"));
        Objects.requireNonNull(version, "version");
        endorsement = List.copyOf(Objects.requireNonNull(endorsement, "endorsement"));
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a builder with the OB 2.0 {@code @context} and {@code type} {@code Assertion}, and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder().context(List.of(JsonValue.of(Ob2Vocabulary.CONTEXT))).type(Ob2Vocabulary.ASSERTION);
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
     * Names what a builder must not build without beyond {@code id}: unless the assertion is revoked, its
     * {@code recipient}, {@code badge}, {@code verification} and {@code issuedOn}.
     *
     * @return the missing properties, in order
     */
    @BuildCheck
    List<String> requiredUnlessRevoked() {
        List<String> missing = new ArrayList<>();
        if (isRevoked()) {
            return missing;
        }
        if (recipient.isEmpty()) {
            missing.add("recipient");
        }
        if (badge.isEmpty()) {
            missing.add("badge");
        }
        if (verification.isEmpty()) {
            missing.add("verification");
        }
        if (issuedOn.isEmpty()) {
            missing.add("issuedOn");
        }
        return missing;
    }

    /**
     * Builds {@link Assertion} values. The setters and {@code build()} are generated from the record's components and
     * constraint annotations: see {@link AssertionBuilder}.
     */
    public static final class Builder extends AssertionBuilder {
        Builder() {
        }
    }

    /**
     * Tells whether the assertion declares itself revoked.
     *
     * @return {@code revoked}, false when absent
     */
    public boolean isRevoked() {
        return revoked.orElse(false);
    }

}
