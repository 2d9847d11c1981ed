package dev.laurel.badges.json;

import java.util.Optional;

/** What a JSON document is, as {@link BadgeJson} detects it from its {@code @context} and {@code type}. */
public enum DocumentKind {
    /** An OB 3.0 OpenBadgeCredential / AchievementCredential. */
    OB3_CREDENTIAL(BadgeVersion.V3_0, true),
    /** An OB 3.0 EndorsementCredential. */
    OB3_ENDORSEMENT_CREDENTIAL(BadgeVersion.V3_0, true),
    /** An OB 3.0 Profile (an issuer). */
    OB3_PROFILE(BadgeVersion.V3_0, false),
    /** An OB 3.0 Achievement. */
    OB3_ACHIEVEMENT(BadgeVersion.V3_0, false),
    /** An OB 2.0 Assertion (hosted, or the payload of a signed badge). */
    OB2_ASSERTION(BadgeVersion.V2_0, true),
    /** An OB 2.0 BadgeClass. */
    OB2_BADGE_CLASS(BadgeVersion.V2_0, false),
    /** An OB 2.0 Profile or Issuer. */
    OB2_PROFILE(BadgeVersion.V2_0, false),
    /** An OB 2.0 RevocationList. */
    OB2_REVOCATION_LIST(BadgeVersion.V2_0, false),
    /** An OB 2.0 CryptographicKey. */
    OB2_CRYPTOGRAPHIC_KEY(BadgeVersion.V2_0, false),
    /** An OB 2.0 Endorsement. */
    OB2_ENDORSEMENT(BadgeVersion.V2_0, true),
    /**
     * A CLR 2.0 ClrCredential (Comprehensive Learner Record): a verifiable credential whose subject holds nested
     * OB 3.0 credentials. Its {@link #version()} is {@link BadgeVersion#V3_0}, the Open Badges version CLR 2.0 is
     * built on and its nested credentials use. It is {@linkplain #isAwarded() awarded}: a learner's record issued by
     * its publisher, which badges-verify verifies whole (the outer proof, then every nested credential as a badge of
     * its own).
     */
    CLR_CREDENTIAL(BadgeVersion.V3_0, true),
    /** Well-formed JSON that is not an Open Badges document: a lone proof, a context, a JOSE header... */
    NOT_A_BADGE(null, false);

    private final BadgeVersion version;
    private final boolean awarded;

    DocumentKind(BadgeVersion version, boolean awarded) {
        this.version = version;
        this.awarded = awarded;
    }

    /**
     * Returns the version.
     *
     * @return the version, empty for {@link #NOT_A_BADGE}
     */
    public Optional<BadgeVersion> version() {
        return Optional.ofNullable(version);
    }

    /**
     * Tells whether this kind is an awarded badge (a credential, an assertion, an endorsement or a CLR) that can
     * be verified, as opposed to a definition (achievement, badge class, profile) or a support document.
     *
     * @return {@code true} for awarded kinds
     */
    public boolean isAwarded() {
        return awarded;
    }

    /**
     * Returns the kind's name as used in JSON Lines output, e.g. {@code OpenBadgeCredential}.
     *
     * @return the display name
     */
    public String displayName() {
        return switch (this) {
            case OB3_CREDENTIAL -> "OpenBadgeCredential";
            case OB3_ENDORSEMENT_CREDENTIAL -> "EndorsementCredential";
            case OB3_PROFILE -> "Profile";
            case OB3_ACHIEVEMENT -> "Achievement";
            case OB2_ASSERTION -> "Assertion";
            case OB2_BADGE_CLASS -> "BadgeClass";
            case OB2_PROFILE -> "Issuer";
            case OB2_REVOCATION_LIST -> "RevocationList";
            case OB2_CRYPTOGRAPHIC_KEY -> "CryptographicKey";
            case OB2_ENDORSEMENT -> "Endorsement";
            case CLR_CREDENTIAL -> "ClrCredential";
            case NOT_A_BADGE -> "NotABadge";
        };
    }
}
