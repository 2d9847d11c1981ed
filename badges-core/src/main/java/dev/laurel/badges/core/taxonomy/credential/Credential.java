package dev.laurel.badges.core.taxonomy.credential;

import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An awarded badge as the taxonomy services see it: an OB 3.0 {@link OpenBadgeCredential} or an OB 2.0
 * {@link Assertion}, with the compact JWS it arrived in when it arrived as one, and the facts every
 * service reads (ids, issuer, dates, what it was awarded for) in one shape.
 *
 * <p>An immutable view: facts are read once, when the view is made; the original model and JWS stay
 * reachable so that an export can write back exactly what was received. Two views are equal when their
 * models and JWS strings are.
 *
 * <p>Dates: {@link #issuedAt()} is when the badge was awarded (OB 3.0 {@code awardedDate}, else
 * {@code validFrom}, else {@code issuanceDate}; OB 2.0 {@code issuedOn}); {@link #validFrom()} is when it
 * starts to be valid ({@code validFrom} or {@code issuanceDate}; OB 2.0 {@code issuedOn});
 * {@link #expiresAt()} is {@code validUntil} or {@code expirationDate} (OB 2.0 {@code expires}).
 *
 * <pre>{@code
 * Credential c = Credential.of(openBadgeCredential);
 * c.isExpiredAt(Instant.now());
 * c.definition().map(BadgeDefinition::name);
 * }</pre>
 */
public final class Credential {

    private final SpecVersion version;
    private final Optional<OpenBadgeCredential> ob3;
    private final Optional<Assertion> ob2;
    private final Optional<String> compactJws;
    private final Optional<String> id;
    private final Optional<BadgeDefinition> definition;
    private final Optional<String> achievementId;
    private final Optional<String> issuerId;
    private final Optional<String> issuerName;
    private final Optional<String> name;
    private final Optional<Instant> issuedAt;
    private final Optional<Instant> validFrom;
    private final Optional<Instant> expiresAt;
    private final boolean revokedByIssuer;

    private Credential(SpecVersion version, Optional<OpenBadgeCredential> ob3, Optional<Assertion> ob2,
            Optional<String> compactJws, Optional<String> id, Optional<BadgeDefinition> definition,
            Optional<String> achievementId, Optional<String> issuerId, Optional<String> issuerName,
            Optional<String> name, Optional<Instant> issuedAt, Optional<Instant> validFrom,
            Optional<Instant> expiresAt, boolean revokedByIssuer) {
        this.version = version;
        this.ob3 = ob3;
        this.ob2 = ob2;
        this.compactJws = compactJws;
        this.id = id;
        this.definition = definition;
        this.achievementId = achievementId;
        this.issuerId = issuerId;
        this.issuerName = issuerName;
        this.name = name;
        this.issuedAt = issuedAt;
        this.validFrom = validFrom;
        this.expiresAt = expiresAt;
        this.revokedByIssuer = revokedByIssuer;
    }

    /**
     * Reads an OB 3.0 credential received as a JSON object.
     *
     * @param credential the credential
     * @return the view
     * @throws NullPointerException if {@code credential} is null
     */
    public static Credential of(OpenBadgeCredential credential) {
        return ob3(credential, Optional.empty());
    }

    /**
     * Reads an OB 3.0 credential received as a compact JWS (VC-JWT); the JWS is kept for export.
     *
     * @param credential the credential decoded from the JWS
     * @param compactJws the JWS exactly as received
     * @return the view
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code compactJws} is not three dot-separated parts
     */
    public static Credential of(OpenBadgeCredential credential, String compactJws) {
        return ob3(credential, Optional.of(checkJws(compactJws)));
    }

    /**
     * Reads an OB 2.0 assertion received as a JSON object.
     *
     * @param assertion the assertion
     * @return the view
     * @throws NullPointerException if {@code assertion} is null
     */
    public static Credential of(Assertion assertion) {
        return ob2(assertion, Optional.empty());
    }

    /**
     * Reads an OB 2.0 signed assertion received as a compact JWS; the JWS is kept for export.
     *
     * @param assertion the assertion decoded from the JWS
     * @param compactJws the JWS exactly as received
     * @return the view
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code compactJws} is not three dot-separated parts
     */
    public static Credential of(Assertion assertion, String compactJws) {
        return ob2(assertion, Optional.of(checkJws(compactJws)));
    }

    private static Credential ob3(OpenBadgeCredential credential, Optional<String> jws) {
        Objects.requireNonNull(credential, "credential");
        Optional<BadgeDefinition> definition = credential.credentialSubject()
                .flatMap(AchievementSubject::achievement).map(BadgeDefinition::of);
        Optional<String> issuerId = credential.issuer().flatMap(Ref::id);
        Optional<String> issuerName = credential.issuer().flatMap(Ref::embedded).flatMap(Profile::name);
        if (issuerId.isEmpty()) {
            issuerId = definition.flatMap(BadgeDefinition::issuerId);
        }
        if (issuerName.isEmpty()) {
            issuerName = definition.flatMap(BadgeDefinition::issuerName);
        }
        Optional<Instant> start = instant(credential.validFrom().or(credential::issuanceDate));
        Optional<Instant> awarded = instant(credential.awardedDate()).or(() -> start);
        return new Credential(SpecVersion.OB_3_0, Optional.of(credential), Optional.empty(), jws, credential.id(),
                definition, definition.flatMap(BadgeDefinition::id), issuerId, issuerName,
                definition.flatMap(BadgeDefinition::name).or(credential::name), awarded, start,
                instant(credential.validUntil().or(credential::expirationDate)), false);
    }

    private static Credential ob2(Assertion assertion, Optional<String> jws) {
        Objects.requireNonNull(assertion, "assertion");
        Optional<Ref<BadgeClass>> badge = assertion.badge();
        Optional<BadgeDefinition> definition = badge.flatMap(Ref::embedded).map(BadgeDefinition::of);
        Optional<Instant> issued = instant(assertion.issuedOn());
        return new Credential(SpecVersion.OB_2_0, Optional.empty(), Optional.of(assertion), jws, assertion.id(),
                definition, badge.flatMap(Ref::id), definition.flatMap(BadgeDefinition::issuerId),
                definition.flatMap(BadgeDefinition::issuerName), definition.flatMap(BadgeDefinition::name),
                issued, issued, instant(assertion.expires()), assertion.isRevoked());
    }

    private static Optional<Instant> instant(Optional<Timestamp> t) {
        return t.map(Timestamp::instant);
    }

    private static String checkJws(String compactJws) {
        Objects.requireNonNull(compactJws, "compactJws");
        int first = compactJws.indexOf('.');
        int second = first < 0 ? -1 : compactJws.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || compactJws.indexOf('.', second + 1) >= 0) {
            throw new IllegalArgumentException("compactJws is not a compact JWS (three dot-separated parts)");
        }
        return compactJws;
    }

    /**
     * Returns the Open Badges version.
     *
     * @return the version
     */
    public SpecVersion version() {
        return version;
    }

    /**
     * Returns the OB 3.0 credential.
     *
     * @return the credential, or empty for OB 2.0
     */
    public Optional<OpenBadgeCredential> ob3() {
        return ob3;
    }

    /**
     * Returns the OB 2.0 assertion.
     *
     * @return the assertion, or empty for OB 3.0
     */
    public Optional<Assertion> ob2() {
        return ob2;
    }

    /**
     * Returns the compact JWS the badge arrived in.
     *
     * @return the JWS exactly as received, or empty for a badge received as a JSON object
     */
    public Optional<String> compactJws() {
        return compactJws;
    }

    /**
     * Returns the credential's or assertion's id.
     *
     * @return the IRI, if any
     */
    public Optional<String> id() {
        return id;
    }

    /**
     * Returns what the badge was awarded for, when the achievement or badge class is embedded.
     *
     * @return the definition, or empty for an OB 2.0 assertion whose badge is only an IRI
     */
    public Optional<BadgeDefinition> definition() {
        return definition;
    }

    /**
     * Returns the id of the achievement or badge class, embedded or referred to.
     *
     * @return the IRI, if any
     */
    public Optional<String> achievementId() {
        return achievementId;
    }

    /**
     * Returns the issuer's id (OB 3.0 {@code issuer}, else the achievement's {@code creator}; OB 2.0 the
     * embedded badge class's {@code issuer}).
     *
     * @return the IRI, if known
     */
    public Optional<String> issuerId() {
        return issuerId;
    }

    /**
     * Returns the issuer's name when the issuer profile is embedded.
     *
     * @return the name, if known
     */
    public Optional<String> issuerName() {
        return issuerName;
    }

    /**
     * Returns the badge's name: the achievement's or badge class's name, else the credential's own.
     *
     * @return the name, if any
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * Returns when the badge was awarded.
     *
     * @return the instant, if stated
     */
    public Optional<Instant> issuedAt() {
        return issuedAt;
    }

    /**
     * Returns when the badge starts to be valid.
     *
     * @return the instant, if stated
     */
    public Optional<Instant> validFrom() {
        return validFrom;
    }

    /**
     * Returns when the badge expires.
     *
     * @return the instant, or empty for a badge that does not expire
     */
    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    /**
     * Tells whether the document itself says it is revoked (an OB 2.0 assertion with
     * {@code revoked: true}). Revocation found by a status check is the caller's to supply.
     *
     * @return {@code true} if the document declares itself revoked
     */
    public boolean revokedByIssuer() {
        return revokedByIssuer;
    }

    /**
     * Tells whether the badge has expired at an instant: its expiry is at or before it.
     *
     * @param at the instant to judge at
     * @return {@code true} if expired
     * @throws NullPointerException if {@code at} is null
     */
    public boolean isExpiredAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return expiresAt.isPresent() && !expiresAt.get().isAfter(at);
    }

    /**
     * Tells whether the badge is not yet valid at an instant: it starts to be valid after it.
     *
     * @param at the instant to judge at
     * @return {@code true} if not yet valid
     * @throws NullPointerException if {@code at} is null
     */
    public boolean isNotYetValidAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return validFrom.isPresent() && validFrom.get().isAfter(at);
    }

    /**
     * Tells whether any alignment of the badge's definition names the competency.
     *
     * @param competency a competency URL or code
     * @return {@code true} if aligned; {@code false} when the definition is not embedded
     * @throws NullPointerException if {@code competency} is null
     */
    public boolean isAlignedTo(String competency) {
        Objects.requireNonNull(competency, "competency");
        return definition.isPresent() && definition.get().isAlignedTo(competency);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credential other && ob3.equals(other.ob3) && ob2.equals(other.ob2)
                && compactJws.equals(other.compactJws);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ob3, ob2, compactJws);
    }

    @Override
    public String toString() {
        return "Credential[" + version + " " + id.orElse("(no id)") + " " + name.orElse("") + "]";
    }
}
