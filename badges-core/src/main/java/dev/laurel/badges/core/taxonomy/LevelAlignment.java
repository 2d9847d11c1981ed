package dev.laurel.badges.core.taxonomy;

import java.util.Objects;

/**
 * How Laurel writes a credential level on the wire, in a form every Open Badges 2.0/3.0 consumer keeps:
 * an alignment to Laurel's published level framework whose {@code targetCode} is the level's
 * {@linkplain LevelKind#id() id}, plus the closest OB 3.0 {@code achievementType}.
 *
 * <pre>{@code
 * "alignment": [{
 *   "type": ["Alignment"],
 *   "targetName": "Skill",
 *   "targetUrl": "https://laurel.dev/taxonomy/levels/v1#skill",
 *   "targetFramework": "Laurel Credential Levels",
 *   "targetCode": "skill"
 * }]
 * }</pre>
 */
public final class LevelAlignment {

    /** The framework's IRI; each level's target URL is this plus {@code #} and the level id. */
    public static final String FRAMEWORK_IRI = "https://laurel.dev/taxonomy/levels/v1";

    /** The framework's name, written as {@code targetFramework}. */
    public static final String FRAMEWORK_NAME = "Laurel Credential Levels";

    private LevelAlignment() {
    }

    /**
     * Returns the target URL of a level, e.g. {@code https://laurel.dev/taxonomy/levels/v1#skill}.
     *
     * @param kind the level
     * @return the URL
     * @throws NullPointerException if {@code kind} is null
     */
    public static String targetUrl(LevelKind kind) {
        return FRAMEWORK_IRI + "#" + Objects.requireNonNull(kind, "kind").id();
    }

    /**
     * Returns the level's display name, written as {@code targetName}, e.g. {@code Skill}.
     *
     * @param kind the level
     * @return the name
     * @throws NullPointerException if {@code kind} is null
     */
    public static String targetName(LevelKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case KNOWLEDGE -> "Knowledge";
            case SKILL -> "Skill";
            case ABILITY -> "Ability";
            case CERTIFICATION -> "Certification";
            case PARTICIPATION -> "Participation";
            case RECOGNITION -> "Recognition";
        };
    }

    /**
     * Returns the closest OB 3.0 {@code achievementType} for a level: knowledge {@code Assessment},
     * skill and ability {@code Competency}, certification {@code Certification}, participation
     * {@code CertificateOfCompletion}, recognition {@code Award}.
     *
     * @param kind the level
     * @return the achievementType term
     * @throws NullPointerException if {@code kind} is null
     */
    public static String achievementType(LevelKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case KNOWLEDGE -> "Assessment";
            case SKILL, ABILITY -> "Competency";
            case CERTIFICATION -> "Certification";
            case PARTICIPATION -> "CertificateOfCompletion";
            case RECOGNITION -> "Award";
        };
    }
}
