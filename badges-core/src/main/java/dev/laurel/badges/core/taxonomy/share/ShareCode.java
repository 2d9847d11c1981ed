package dev.laurel.badges.core.taxonomy.share;

import dev.laurel.badges.core.ProblemCode;

/** Why a share link cannot be made. */
public enum ShareCode implements ProblemCode {
    /** The learner keeps the credential private. */
    PRIVATE_CREDENTIAL,
    /** The credential has no id to link to. */
    NO_CREDENTIAL_ID,
    /** The credential's achievement has no name (LinkedIn requires one). */
    NO_NAME,
    /** The issuer has neither a name nor a configured LinkedIn organization id (LinkedIn requires one). */
    NO_ORGANIZATION
}
