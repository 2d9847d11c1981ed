package dev.laurel.badges.core.taxonomy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How Laurel writes a credential level on the wire, in a form every Open Badges 2.0/3.0 consumer keeps
 * and other systems can resolve: an alignment to the level's item in Laurel's published CASE framework
 * ({@link LevelFramework}), with {@code targetType} {@code CFItem}, the item's URI as {@code targetUrl}
 * and the level's {@linkplain LevelKind#id() id} as {@code targetCode}; plus the closest OB 3.0
 * {@code achievementType}.
 *
 * <pre>{@code
 * "alignment": [{
 *   "type": ["Alignment"],
 *   "targetType": "CFItem",
 *   "targetName": "Skill",
 *   "targetUrl": "https://laurel.dev/ims/case/v1p0/CFItems/1d5a6c0e-8f3b-4b8e-9a51-3c2f0d7e6a12",
 *   "targetFramework": "Laurel Credential Levels",
 *   "targetCode": "skill"
 * }]
 * }</pre>
 *
 * <p>A level is read back from the first alignment whose {@code targetUrl} is a level item's URI on any
 * host (an issuer may host the framework under its own domain; the path {@code /CFItems/<identifier>}
 * decides), or the version 1 URL {@code https://laurel.dev/taxonomy/levels/v1#<id>} written before the
 * framework was published, or whose {@code targetFramework} is {@link #FRAMEWORK_NAME} and whose
 * {@code targetCode} is a level id.
 *
 * <p>Level details travel as further alignments to the same framework: {@code targetCode}
 * {@link #ACCREDITING_BODY}, {@link #EVENT_KIND} or {@link #RECOGNISED_BY}, the detail as
 * {@code targetName}, and the level item's URI with the code as fragment as {@code targetUrl}.
 */
public final class LevelAlignment {

    /** The version 1 framework IRI, read but no longer written: {@code <iri>#<id>} named each level. */
    public static final String FRAMEWORK_IRI = "https://laurel.dev/taxonomy/levels/v1";

    /** The framework's name, written as {@code targetFramework}. */
    public static final String FRAMEWORK_NAME = "Laurel Credential Levels";

    /** The base of the CASE URIs Laurel publishes: {@code <base>/CFDocuments/<id>}, {@code <base>/CFItems/<id>}. */
    public static final String CASE_BASE = "https://laurel.dev/ims/case/v1p0";

    /** The CASE {@code CFDocument} identifier of the framework. */
    public static final String DOCUMENT_IDENTIFIER = "1d5a6c0e-8f3b-4b8e-9a51-3c2f0d7e6a10";

    /** The OB 3.0 {@code targetType} of a level alignment. */
    public static final String TARGET_TYPE = "CFItem";

    /** The {@code targetCode} of the detail alignment that names a certification's accrediting body. */
    public static final String ACCREDITING_BODY = "accreditingBody";
    /** The {@code targetCode} of the detail alignment that names a participation's event kind. */
    public static final String EVENT_KIND = "eventKind";
    /** The {@code targetCode} of the detail alignment that names who gave a recognition. */
    public static final String RECOGNISED_BY = "recognisedBy";

    private static final String LEGACY_PREFIX = FRAMEWORK_IRI + "#";
    private static final String ITEMS = "/CFItems/";

    private LevelAlignment() {
    }

    /**
     * Returns the CASE {@code CFItem} identifier of a level, a UUID that never changes.
     *
     * @param kind the level
     * @return the identifier
     * @throws NullPointerException if {@code kind} is null
     */
    public static String itemIdentifier(LevelKind kind) {
        return "1d5a6c0e-8f3b-4b8e-9a51-3c2f0d7e6a1" + (Objects.requireNonNull(kind, "kind").ordinal() + 1);
    }

    /**
     * Returns the URI of the framework's {@code CFDocument}.
     *
     * @return the URI
     */
    public static String documentUrl() {
        return CASE_BASE + "/CFDocuments/" + DOCUMENT_IDENTIFIER;
    }

    /**
     * Returns the target URL Laurel writes for a level: its {@code CFItem} URI, e.g.
     * {@code https://laurel.dev/ims/case/v1p0/CFItems/1d5a6c0e-8f3b-4b8e-9a51-3c2f0d7e6a12}.
     *
     * @param kind the level
     * @return the URL
     * @throws NullPointerException if {@code kind} is null
     */
    public static String targetUrl(LevelKind kind) {
        return CASE_BASE + ITEMS + itemIdentifier(kind);
    }

    /**
     * Returns the version 1 URL of a level, {@code https://laurel.dev/taxonomy/levels/v1#<id>}, which is
     * still read.
     *
     * @param kind the level
     * @return the URL
     * @throws NullPointerException if {@code kind} is null
     */
    public static String legacyTargetUrl(LevelKind kind) {
        return LEGACY_PREFIX + Objects.requireNonNull(kind, "kind").id();
    }

    /**
     * Reads the level a target URL names: a level item's URI on any host (with no fragment), or a
     * version 1 URL.
     *
     * @param url the target URL
     * @return the level, or empty for any other URL
     * @throws NullPointerException if {@code url} is null
     */
    public static Optional<LevelKind> levelOfUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (url.startsWith(LEGACY_PREFIX)) {
            return LevelKind.fromId(url.substring(LEGACY_PREFIX.length()));
        }
        int at = url.indexOf(ITEMS);
        if (at < 0 || url.indexOf('#') >= 0) {
            return Optional.empty();
        }
        String id = url.substring(at + ITEMS.length()).toLowerCase(Locale.ROOT);
        for (LevelKind k : LevelKind.values()) {
            if (itemIdentifier(k).equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a target URL points into Laurel's level framework: a level, a detail of one, or a
     * version 1 URL (even one naming no level).
     *
     * @param url the target URL
     * @return {@code true} if it does
     * @throws NullPointerException if {@code url} is null
     */
    public static boolean isFrameworkUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (url.startsWith(LEGACY_PREFIX)) {
            return true;
        }
        int hash = url.indexOf('#');
        return levelOfUrl(hash < 0 ? url : url.substring(0, hash)).isPresent();
    }

    /**
     * Tells whether a {@code targetCode} names a level detail rather than a level.
     *
     * @param code the code
     * @return {@code true} for {@link #ACCREDITING_BODY}, {@link #EVENT_KIND}, {@link #RECOGNISED_BY}
     */
    public static boolean isDetailCode(String code) {
        return ACCREDITING_BODY.equals(code) || EVENT_KIND.equals(code) || RECOGNISED_BY.equals(code);
    }

    /**
     * Returns the detail a level carries, as written in a detail alignment: the accrediting body of a
     * certification, the event kind of a participation, who gave a recognition.
     *
     * @param level the level
     * @return the code and the value, or empty when the level carries none
     * @throws NullPointerException if {@code level} is null
     */
    public static Optional<String[]> detail(CredentialLevel level) {
        Objects.requireNonNull(level, "level");
        if (level instanceof CredentialLevel.Certification c && c.accreditingBody().isPresent()) {
            return Optional.of(new String[] {ACCREDITING_BODY, c.accreditingBody().get()});
        }
        if (level instanceof CredentialLevel.Participation p && p.eventKind().isPresent()) {
            return Optional.of(new String[] {EVENT_KIND, p.eventKind().get()});
        }
        if (level instanceof CredentialLevel.Recognition r && r.recognisedBy().isPresent()) {
            return Optional.of(new String[] {RECOGNISED_BY, r.recognisedBy().get()});
        }
        return Optional.empty();
    }

    /**
     * Returns the level of a kind with a detail read from a detail alignment, when the code fits the kind.
     *
     * @param kind the level
     * @param code the detail alignment's {@code targetCode}
     * @param value its {@code targetName}
     * @return the level with the detail, or empty when the code does not belong to the kind
     * @throws NullPointerException if an argument is null
     */
    public static Optional<CredentialLevel> withDetail(LevelKind kind, String code, String value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        return switch (kind) {
            case CERTIFICATION -> ACCREDITING_BODY.equals(code)
                    ? Optional.of(new CredentialLevel.Certification(Optional.of(value))) : Optional.empty();
            case PARTICIPATION -> EVENT_KIND.equals(code)
                    ? Optional.of(new CredentialLevel.Participation(Optional.of(value))) : Optional.empty();
            case RECOGNITION -> RECOGNISED_BY.equals(code)
                    ? Optional.of(new CredentialLevel.Recognition(Optional.of(value))) : Optional.empty();
            case KNOWLEDGE, SKILL, ABILITY -> Optional.empty();
        };
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
