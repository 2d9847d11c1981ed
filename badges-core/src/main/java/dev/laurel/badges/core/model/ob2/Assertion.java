package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.SpecRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

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
     * Returns a builder with the OB 2.0 context and type {@code Assertion}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this assertion's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.context = context;
        b.id = id.orElse(null);
        b.type = type;
        b.recipient = recipient.orElse(null);
        b.badge = badge.orElse(null);
        b.verification = verification.orElse(null);
        b.issuedOn = issuedOn.orElse(null);
        b.image = image.orElse(null);
        b.evidence.addAll(evidence);
        b.narrative = narrative.orElse(null);
        b.expires = expires.orElse(null);
        b.revoked = revoked.orElse(null);
        b.revocationReason = revocationReason.orElse(null);
        b.uid = uid.orElse(null);
        b.related.addAll(related);
        b.version = version.orElse(null);
        b.endorsement.addAll(endorsement);
        b.extensions = extensions;
        return b;
    }

    /**
     * Tells whether the assertion declares itself revoked.
     *
     * @return {@code revoked}, false when absent
     */
    public boolean isRevoked() {
        return revoked.orElse(false);
    }

    /**
     * Builds an {@link Assertion}. Setters take plain values and reject null at once;
     * {@link #build()} checks that the required properties are set.
     */
    public static final class Builder {
        private List<JsonValue> context = List.of(JsonValue.of(Ob2Vocabulary.CONTEXT));
        private String id;
        private List<String> type = List.of(Ob2Vocabulary.ASSERTION);
        private IdentityObject recipient;
        private Ref<BadgeClass> badge;
        private VerificationObject verification;
        private Timestamp issuedOn;
        private Ref<Image> image;
        private final List<Ref<Evidence>> evidence = new ArrayList<>();
        private String narrative;
        private Timestamp expires;
        private Boolean revoked;
        private String revocationReason;
        private String uid;
        private final List<Ref<Assertion>> related = new ArrayList<>();
        private JsonValue version;
        private final List<Ref<Endorsement>> endorsement = new ArrayList<>();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * Sets the {@code @context}.
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
         * Sets the IRI of the assertion.
         *
         * @param id the IRI, e.g. where it is hosted or a {@code urn:uuid:}
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the types; the list should include {@code Assertion}.
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
         * Sets the recipient.
         *
         * @param recipient the recipient
         * @return this builder
         * @throws NullPointerException if {@code recipient} is null
         */
        public Builder recipient(IdentityObject recipient) {
            this.recipient = Objects.requireNonNull(recipient, "recipient");
            return this;
        }

        /**
         * Sets the badge class by IRI.
         *
         * @param badge the IRI of the badge class
         * @return this builder
         * @throws NullPointerException if {@code badge} is null
         */
        public Builder badge(String badge) {
            this.badge = Ref.iri(badge);
            return this;
        }

        /**
         * Sets the badge class, embedded.
         *
         * @param badge the badge class
         * @return this builder
         * @throws NullPointerException if {@code badge} is null
         */
        public Builder badge(BadgeClass badge) {
            this.badge = Ref.embedded(badge);
            return this;
        }

        /**
         * Sets the badge class reference.
         *
         * @param badge the badge class, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if {@code badge} is null
         */
        public Builder badge(Ref<BadgeClass> badge) {
            this.badge = Objects.requireNonNull(badge, "badge");
            return this;
        }

        /**
         * Sets how to verify the assertion.
         *
         * @param verification e.g. {@link VerificationObject#hosted()}
         * @return this builder
         * @throws NullPointerException if {@code verification} is null
         */
        public Builder verification(VerificationObject verification) {
            this.verification = Objects.requireNonNull(verification, "verification");
            return this;
        }

        /**
         * Sets the issue date.
         *
         * @param issuedOn the date, kept in its lexical form
         * @return this builder
         * @throws NullPointerException if {@code issuedOn} is null
         */
        public Builder issuedOn(Timestamp issuedOn) {
            this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
            return this;
        }

        /**
         * Sets the issue date, written in UTC.
         *
         * @param issuedOn the instant
         * @return this builder
         * @throws NullPointerException if {@code issuedOn} is null
         */
        public Builder issuedOn(Instant issuedOn) {
            return issuedOn(Timestamp.of(Objects.requireNonNull(issuedOn, "issuedOn")));
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
         * Replaces the evidence.
         *
         * @param evidence the evidence, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder evidence(List<Ref<Evidence>> evidence) {
            List<Ref<Evidence>> copy = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
            this.evidence.clear();
            this.evidence.addAll(copy);
            return this;
        }

        /**
         * Adds evidence by IRI.
         *
         * @param iri the IRI of the evidence page
         * @return this builder
         * @throws NullPointerException if {@code iri} is null
         */
        public Builder addEvidence(String iri) {
            evidence.add(Ref.iri(iri));
            return this;
        }

        /**
         * Adds evidence, embedded.
         *
         * @param value the evidence
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder addEvidence(Evidence value) {
            evidence.add(Ref.embedded(value));
            return this;
        }

        /**
         * Sets the narrative connecting the evidence.
         *
         * @param narrative the narrative, in Markdown
         * @return this builder
         * @throws NullPointerException if {@code narrative} is null
         */
        public Builder narrative(String narrative) {
            this.narrative = Objects.requireNonNull(narrative, "narrative");
            return this;
        }

        /**
         * Sets the expiry date.
         *
         * @param expires the date, kept in its lexical form
         * @return this builder
         * @throws NullPointerException if {@code expires} is null
         */
        public Builder expires(Timestamp expires) {
            this.expires = Objects.requireNonNull(expires, "expires");
            return this;
        }

        /**
         * Sets the expiry date, written in UTC.
         *
         * @param expires the instant
         * @return this builder
         * @throws NullPointerException if {@code expires} is null
         */
        public Builder expires(Instant expires) {
            return expires(Timestamp.of(Objects.requireNonNull(expires, "expires")));
        }

        /**
         * Sets whether the assertion is revoked.
         *
         * @param revoked the flag
         * @return this builder
         */
        public Builder revoked(boolean revoked) {
            this.revoked = revoked;
            return this;
        }

        /**
         * Sets the reason for revocation.
         *
         * @param revocationReason the reason
         * @return this builder
         * @throws NullPointerException if {@code revocationReason} is null
         */
        public Builder revocationReason(String revocationReason) {
            this.revocationReason = Objects.requireNonNull(revocationReason, "revocationReason");
            return this;
        }

        /**
         * Sets the deprecated {@code uid}.
         *
         * @param uid the identifier
         * @return this builder
         * @throws NullPointerException if {@code uid} is null
         */
        public Builder uid(String uid) {
            this.uid = Objects.requireNonNull(uid, "uid");
            return this;
        }

        /**
         * Replaces the related versions.
         *
         * @param related the other versions, by IRI or embedded
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder related(List<Ref<Assertion>> related) {
            List<Ref<Assertion>> copy = List.copyOf(Objects.requireNonNull(related, "related"));
            this.related.clear();
            this.related.addAll(copy);
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
         * Sets what the assertion carries beyond the model.
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
         * Builds the assertion.
         *
         * @return the assertion
         * @throws IllegalStateException naming the required properties that are missing: {@code id},
         *     and unless the assertion is revoked {@code recipient}, {@code badge}, {@code verification}
         *     and {@code issuedOn}
         */
        public Assertion build() {
            StringJoiner missing = new StringJoiner(", ");
            if (id == null) {
                missing.add("id");
            }
            if (!Boolean.TRUE.equals(revoked)) {
                if (recipient == null) {
                    missing.add("recipient");
                }
                if (badge == null) {
                    missing.add("badge");
                }
                if (verification == null) {
                    missing.add("verification");
                }
                if (issuedOn == null) {
                    missing.add("issuedOn");
                }
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("assertion is missing required properties: " + missing);
            }
            return new Assertion(context, Optional.of(id), type, Optional.ofNullable(recipient),
                    Optional.ofNullable(badge), Optional.ofNullable(verification), Optional.ofNullable(issuedOn),
                    Optional.ofNullable(image), evidence, Optional.ofNullable(narrative),
                    Optional.ofNullable(expires), Optional.ofNullable(revoked),
                    Optional.ofNullable(revocationReason), Optional.ofNullable(uid), related,
                    Optional.ofNullable(version), endorsement, extensions);
        }
    }
}
