package dev.laurel.badges.core.taxonomy.credential;

import dev.laurel.badges.core.model.ob2.AlignmentObject;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.AlignmentTargetType;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.Objects;
import java.util.Optional;

/**
 * One alignment of a badge to a framework node (a competency, a standard, a registry entry, or Laurel's
 * own level framework), read the same way from an OB 3.0 {@code Alignment} and an OB 2.0
 * {@code AlignmentObject}.
 *
 * <p>A competency is named by a string that matches an alignment's {@code targetUrl} or its
 * {@code targetCode} exactly; Laurel's level alignments never match a competency.
 *
 * <pre>{@code
 * AlignmentTarget t = AlignmentTarget.of(alignment);
 * t.matches("https://example.org/frameworks/robotics#programming");
 * }</pre>
 *
 * @param targetUrl the node's URL
 * @param targetCode the node's code within its framework
 * @param targetName the node's name
 * @param targetFramework the framework's name
 * @param targetType the OB 3.0 {@code targetType} term (OB 2.0 has none)
 */
public record AlignmentTarget(
        Optional<String> targetUrl,
        Optional<String> targetCode,
        Optional<String> targetName,
        Optional<String> targetFramework,
        Optional<String> targetType) {

    /**
     * Creates an alignment target.
     *
     * @throws NullPointerException if any component is null
     */
    public AlignmentTarget {
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetFramework, "targetFramework");
        Objects.requireNonNull(targetType, "targetType");
    }

    /**
     * Reads an OB 3.0 alignment.
     *
     * @param alignment the alignment
     * @return the target
     * @throws NullPointerException if {@code alignment} is null
     */
    public static AlignmentTarget of(Alignment alignment) {
        Objects.requireNonNull(alignment, "alignment");
        return new AlignmentTarget(alignment.targetUrl(), alignment.targetCode(), alignment.targetName(),
                alignment.targetFramework(), alignment.targetType().map(AlignmentTargetType::value));
    }

    /**
     * Reads an OB 2.0 alignment object.
     *
     * @param alignment the alignment object
     * @return the target
     * @throws NullPointerException if {@code alignment} is null
     */
    public static AlignmentTarget of(AlignmentObject alignment) {
        Objects.requireNonNull(alignment, "alignment");
        return new AlignmentTarget(alignment.targetUrl(), alignment.targetCode(), alignment.targetName(),
                alignment.targetFramework(), Optional.empty());
    }

    /**
     * Returns a target with just a URL, the usual way to name a competency.
     *
     * @param targetUrl the URL
     * @return the target
     * @throws NullPointerException if {@code targetUrl} is null
     */
    public static AlignmentTarget ofUrl(String targetUrl) {
        return new AlignmentTarget(Optional.of(Objects.requireNonNull(targetUrl, "targetUrl")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns the Laurel level this alignment declares, by the rule of
     * {@link dev.laurel.badges.core.model.ob3.Achievement#level()}: a {@code targetUrl} that is a level's
     * CASE item URI or a version 1 URL ({@link LevelAlignment#levelOfUrl}), or else {@code targetFramework}
     * {@link LevelAlignment#FRAMEWORK_NAME} with a level id as {@code targetCode}.
     *
     * @return the level, or empty for any other alignment
     */
    public Optional<LevelKind> laurelLevel() {
        if (isLevelDetail()) {
            return Optional.empty();
        }
        Optional<LevelKind> kind = targetUrl.flatMap(LevelAlignment::levelOfUrl);
        if (kind.isEmpty() && targetFramework.filter(LevelAlignment.FRAMEWORK_NAME::equals).isPresent()) {
            kind = targetCode.flatMap(LevelKind::fromId);
        }
        return kind;
    }

    /**
     * Tells whether this alignment is to Laurel's level framework rather than to a competency.
     *
     * @return {@code true} for a Laurel level alignment
     */
    public boolean isLaurelLevel() {
        return laurelLevel().isPresent() || isLevelDetail()
                || targetUrl.filter(LevelAlignment::isFrameworkUrl).isPresent();
    }

    /**
     * Tells whether this alignment carries a detail of a Laurel level (an accrediting body, an event kind,
     * who recognised), see {@link LevelAlignment}.
     *
     * @return {@code true} for a detail alignment
     */
    public boolean isLevelDetail() {
        return targetFramework.filter(LevelAlignment.FRAMEWORK_NAME::equals).isPresent()
                && targetCode.filter(LevelAlignment::isDetailCode).isPresent();
    }

    /**
     * Tells whether this alignment names the given competency: its {@code targetUrl} or its
     * {@code targetCode} equals {@code competency} exactly. Laurel level alignments never match.
     *
     * @param competency a competency URL or code
     * @return {@code true} on a match
     * @throws NullPointerException if {@code competency} is null
     */
    public boolean matches(String competency) {
        Objects.requireNonNull(competency, "competency");
        if (isLaurelLevel()) {
            return false;
        }
        return targetUrl.filter(competency::equals).isPresent() || targetCode.filter(competency::equals).isPresent();
    }
}
