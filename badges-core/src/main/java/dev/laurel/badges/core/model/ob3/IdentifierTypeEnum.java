package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of an identifier or a recipient identity, e.g. {@code emailAddress} (the common data model's
 * {@code IdentifierTypeEnum}, an extensible vocabulary: other values start with {@code ext:}).
 *
 * <p>A value outside the vocabulary is still held (and written back) as it is; {@link #isAllowed()} tells whether
 * it is a standard term or an {@code ext:} extension.
 *
 * @param value the term as written, e.g. {@code "name"}
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#identifiertypeenum">Open Badges 3.0, IdentifierTypeEnum</a>
 */
public record IdentifierTypeEnum(String value) implements Term {

    /** {@code name}: a name. */
    public static final IdentifierTypeEnum NAME = new IdentifierTypeEnum("name");

    /** {@code sourcedId}: a sourced id. */
    public static final IdentifierTypeEnum SOURCED_ID = new IdentifierTypeEnum("sourcedId");

    /** {@code systemId}: a system id. */
    public static final IdentifierTypeEnum SYSTEM_ID = new IdentifierTypeEnum("systemId");

    /** {@code productId}: a product id. */
    public static final IdentifierTypeEnum PRODUCT_ID = new IdentifierTypeEnum("productId");

    /** {@code userName}: a user name. */
    public static final IdentifierTypeEnum USER_NAME = new IdentifierTypeEnum("userName");

    /** {@code accountId}: an account id. */
    public static final IdentifierTypeEnum ACCOUNT_ID = new IdentifierTypeEnum("accountId");

    /** {@code emailAddress}: an email address. */
    public static final IdentifierTypeEnum EMAIL_ADDRESS = new IdentifierTypeEnum("emailAddress");

    /** {@code nationalIdentityNumber}: a national identity number. */
    public static final IdentifierTypeEnum NATIONAL_IDENTITY_NUMBER =
            new IdentifierTypeEnum("nationalIdentityNumber");

    /** {@code isbn}: an ISBN. */
    public static final IdentifierTypeEnum ISBN = new IdentifierTypeEnum("isbn");

    /** {@code issn}: an ISSN. */
    public static final IdentifierTypeEnum ISSN = new IdentifierTypeEnum("issn");

    /** {@code lisSourcedId}: an LIS sourced id. */
    public static final IdentifierTypeEnum LIS_SOURCED_ID = new IdentifierTypeEnum("lisSourcedId");

    /** {@code oneRosterSourcedId}: a OneRoster sourced id. */
    public static final IdentifierTypeEnum ONE_ROSTER_SOURCED_ID = new IdentifierTypeEnum("oneRosterSourcedId");

    /** {@code sisSourcedId}: a student information system sourced id. */
    public static final IdentifierTypeEnum SIS_SOURCED_ID = new IdentifierTypeEnum("sisSourcedId");

    /** {@code ltiContextId}: an LTI context id. */
    public static final IdentifierTypeEnum LTI_CONTEXT_ID = new IdentifierTypeEnum("ltiContextId");

    /** {@code ltiDeploymentId}: an LTI deployment id. */
    public static final IdentifierTypeEnum LTI_DEPLOYMENT_ID = new IdentifierTypeEnum("ltiDeploymentId");

    /** {@code ltiToolId}: an LTI tool id. */
    public static final IdentifierTypeEnum LTI_TOOL_ID = new IdentifierTypeEnum("ltiToolId");

    /** {@code ltiPlatformId}: an LTI platform id. */
    public static final IdentifierTypeEnum LTI_PLATFORM_ID = new IdentifierTypeEnum("ltiPlatformId");

    /** {@code ltiUserId}: an LTI user id. */
    public static final IdentifierTypeEnum LTI_USER_ID = new IdentifierTypeEnum("ltiUserId");

    /** {@code identifier}: any other identifier. */
    public static final IdentifierTypeEnum IDENTIFIER = new IdentifierTypeEnum("identifier");

    private static final List<IdentifierTypeEnum> STANDARD = List.of(
            NAME, SOURCED_ID, SYSTEM_ID, PRODUCT_ID, USER_NAME, ACCOUNT_ID, EMAIL_ADDRESS,
            NATIONAL_IDENTITY_NUMBER, ISBN, ISSN, LIS_SOURCED_ID, ONE_ROSTER_SOURCED_ID, SIS_SOURCED_ID,
            LTI_CONTEXT_ID, LTI_DEPLOYMENT_ID, LTI_TOOL_ID, LTI_PLATFORM_ID, LTI_USER_ID, IDENTIFIER);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(IdentifierTypeEnum::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public IdentifierTypeEnum {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term with the given value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static IdentifierTypeEnum of(String value) {
        return new IdentifierTypeEnum(value);
    }

    /**
     * Returns the terms the specification defines, in its order.
     *
     * @return an immutable list
     */
    public static List<IdentifierTypeEnum> standardValues() {
        return STANDARD;
    }

    @Override
    public boolean isStandard() {
        return STANDARD_VALUES.contains(value);
    }

    /**
     * Tells whether the value is an extension term: {@code ext:} followed by letters, digits, {@code .},
     * {@code -} or {@code _}.
     *
     * @return {@code true} for an extension term
     */
    public boolean isExtension() {
        return Ob3Terms.isExtensionTerm(value);
    }

    /**
     * Tells whether the value is allowed: a standard term or an extension term.
     *
     * @return {@code true} if allowed
     */
    public boolean isAllowed() {
        return isStandard() || isExtension();
    }
}
