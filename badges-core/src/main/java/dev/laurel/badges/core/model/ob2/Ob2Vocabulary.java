package dev.laurel.badges.core.model.ob2;

import java.util.Set;

/**
 * The Open Badges 2.0 terms the model and its rules rely on: the context IRI, the class names used as
 * {@code type} values, the verification types with their aliases, and the recipient identifier
 * properties.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/">Open Badges 2.0</a>
 */
public final class Ob2Vocabulary {

    /** The OB 2.0 JSON-LD context, the default first {@code @context} entry of every document. */
    public static final String CONTEXT = "https://w3id.org/openbadges/v2";

    /** Where {@link #CONTEXT} redirects to; documents that name it directly use the same context. */
    public static final String CONTEXT_HOSTED = "https://openbadgespec.org/v2/context.json";

    /** The OB 1.1 context, which OB 2.0 documents do not use. */
    public static final String CONTEXT_V1 = "https://w3id.org/openbadges/v1";

    /** Type of an {@link Assertion}. */
    public static final String ASSERTION = "Assertion";
    /** Type of a {@link BadgeClass}. */
    public static final String BADGE_CLASS = "BadgeClass";
    /** The general type of a {@link Profile}. */
    public static final String PROFILE = "Profile";
    /** The type of a {@link Profile} that issues badges. */
    public static final String ISSUER = "Issuer";
    /** Type of an {@link Endorsement}. */
    public static final String ENDORSEMENT = "Endorsement";
    /** Type of a {@link RevocationList}. */
    public static final String REVOCATION_LIST = "RevocationList";
    /** Type of a {@link CryptographicKey}. */
    public static final String CRYPTOGRAPHIC_KEY = "CryptographicKey";
    /** Default type of {@link Evidence}. */
    public static final String EVIDENCE = "Evidence";
    /** Default type of {@link Criteria}. */
    public static final String CRITERIA = "Criteria";
    /** Default type of an {@link Image} (schema.org {@code ImageObject}). */
    public static final String IMAGE_OBJECT = "schema:ImageObject";
    /** Default type of an {@link AlignmentObject}. */
    public static final String ALIGNMENT_OBJECT = "AlignmentObject";
    /** Type of the {@link VerificationObject} of an issuer {@link Profile}. */
    public static final String VERIFICATION_OBJECT = "VerificationObject";
    /** Type that every extension object must include. */
    public static final String EXTENSION = "Extension";

    /** Hosted verification: the assertion is fetched from its {@code id}. */
    public static final String HOSTED_BADGE = "HostedBadge";
    /** Alias of {@link #HOSTED_BADGE} in the OB 2.0 context. */
    public static final String HOSTED = "hosted";
    /** Signed verification: the assertion travels as a JWS signed with a key of the issuer. */
    public static final String SIGNED_BADGE = "SignedBadge";
    /** Alias of {@link #SIGNED_BADGE} in the OB 2.0 context. */
    public static final String SIGNED = "signed";

    /** The recipient identifier properties an {@link IdentityObject} {@code type} may name. */
    public static final Set<String> IDENTIFIER_PROPERTIES = Set.of("email", "url", "telephone", "id");

    private Ob2Vocabulary() {
    }

    /**
     * Tells whether a verification type means hosted verification.
     *
     * @param type a {@code type} value
     * @return {@code true} for {@code HostedBadge} or {@code hosted}
     */
    public static boolean isHosted(String type) {
        return HOSTED_BADGE.equals(type) || HOSTED.equals(type);
    }

    /**
     * Tells whether a verification type means signed verification.
     *
     * @param type a {@code type} value
     * @return {@code true} for {@code SignedBadge} or {@code signed}
     */
    public static boolean isSigned(String type) {
        return SIGNED_BADGE.equals(type) || SIGNED.equals(type);
    }
}
