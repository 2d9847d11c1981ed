package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.ResultDescription;
import dev.laurel.badges.core.model.ob3.ResultType;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelAlignment;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.credential.AlignmentTarget;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.internal.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns a level of Laurel's taxonomy to any badge, from any issuer, OB 3.0 or OB 2.0.
 *
 * <p>A badge that declares its level with a Laurel level alignment ({@link LevelAlignment}, written by
 * {@link Achievement.Builder#level}) gets that level with confidence 1.0 and nothing else is read.
 * Otherwise the classifier weighs the evidence: the {@code achievementType}, result descriptions
 * (is there an assessment, a rubric?), credits, words in the criteria, name, description and tags,
 * alignments to competency frameworks, evidence and results in the credential. Each piece votes for a
 * level, or for formal (assessed) or informal levels as a whole; the level with the highest score wins
 * when its score and confidence are high enough, otherwise the badge is unclassified. docs/TAXONOMY.md
 * gives every rule and weight.
 *
 * <p>Immutable and thread-safe; the same badge always gets an equal classification.
 *
 * <pre>{@code
 * Classification c = Classifier.standard().classify(credential);
 * c.level();       // Optional[Skill[]]
 * c.confidence();  // 0.74
 * c.reasonTexts(); // ["achievementType Competency: ...", ...]
 * }</pre>
 */
public final class Classifier {

    private static final Classifier STANDARD = new Classifier();

    private static final Set<String> GRADED_RESULT_TYPES = Set.of(
            ResultType.GRADE_POINT_AVERAGE.value(), ResultType.LETTER_GRADE.value(), ResultType.PERCENT.value(),
            ResultType.PERFORMANCE_LEVEL.value(), ResultType.PREDICTED_SCORE.value(), ResultType.RAW_SCORE.value(),
            ResultType.RUBRIC_CRITERION.value(), ResultType.RUBRIC_CRITERION_LEVEL.value(),
            ResultType.RUBRIC_SCORE.value(), ResultType.SCALED_SCORE.value());

    private static final Set<String> RUBRIC_RESULT_TYPES = Set.of(ResultType.RUBRIC_CRITERION.value(),
            ResultType.RUBRIC_CRITERION_LEVEL.value(), ResultType.RUBRIC_SCORE.value());

    private Classifier() {
    }

    /**
     * Returns the standard classifier, whose rules docs/TAXONOMY.md describes.
     *
     * @return the classifier
     */
    public static Classifier standard() {
        return STANDARD;
    }

    /**
     * Classifies an OB 3.0 credential: its achievement and what the credential adds (evidence, results,
     * credits earned, a licence number).
     *
     * @param credential the credential
     * @return the classification
     * @throws NullPointerException if {@code credential} is null
     */
    public Classification classify(OpenBadgeCredential credential) {
        return classify(Credential.of(Objects.requireNonNull(credential, "credential")));
    }

    /**
     * Classifies an OB 3.0 achievement.
     *
     * @param achievement the achievement
     * @return the classification
     * @throws NullPointerException if {@code achievement} is null
     */
    public Classification classify(Achievement achievement) {
        return classify(BadgeDefinition.of(Objects.requireNonNull(achievement, "achievement")));
    }

    /**
     * Classifies an OB 2.0 assertion: its badge class when embedded, and its evidence.
     *
     * @param assertion the assertion
     * @return the classification
     * @throws NullPointerException if {@code assertion} is null
     */
    public Classification classify(Assertion assertion) {
        return classify(Credential.of(Objects.requireNonNull(assertion, "assertion")));
    }

    /**
     * Classifies an OB 2.0 badge class.
     *
     * @param badgeClass the badge class
     * @return the classification
     * @throws NullPointerException if {@code badgeClass} is null
     */
    public Classification classify(BadgeClass badgeClass) {
        return classify(BadgeDefinition.of(Objects.requireNonNull(badgeClass, "badgeClass")));
    }

    /**
     * Classifies an awarded badge of either version.
     *
     * @param credential the badge
     * @return the classification
     * @throws NullPointerException if {@code credential} is null
     */
    public Classification classify(Credential credential) {
        Objects.requireNonNull(credential, "credential");
        Optional<BadgeDefinition> definition = credential.definition();
        if (definition.isPresent() && !definition.get().declaredLevels().isEmpty()) {
            return declared(definition.get());
        }
        Scorecard card = new Scorecard();
        if (definition.isPresent()) {
            score(definition.get(), card);
        } else {
            card.note(ReasonCode.NO_DEFINITION, "the achievement is not embedded ("
                    + credential.achievementId().orElse("no id") + "), so only the credential itself is read");
        }
        scoreAward(credential, card);
        return card.decide();
    }

    /**
     * Classifies what a badge is awarded for, of either version.
     *
     * @param definition the achievement or badge class
     * @return the classification
     * @throws NullPointerException if {@code definition} is null
     */
    public Classification classify(BadgeDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (!definition.declaredLevels().isEmpty()) {
            return declared(definition);
        }
        Scorecard card = new Scorecard();
        score(definition, card);
        return card.decide();
    }

    private static Classification declared(BadgeDefinition definition) {
        List<LevelKind> levels = definition.declaredLevels();
        LevelKind kind = levels.get(0);
        Reason declared = new Reason(ReasonCode.DECLARED_LEVEL, Optional.of(kind), 1.0,
                "declared " + kind.id() + " by an alignment to " + LevelAlignment.FRAMEWORK_NAME);
        List<Reason> reasons = levels.size() == 1 ? List.of(declared) : List.of(declared,
                new Reason(ReasonCode.CONFLICTING_DECLARED_LEVELS, Optional.empty(), 0,
                        "more than one level is declared (" + ids(levels) + "); the first, " + kind.id()
                                + ", is kept"));
        return new Classification(Optional.of(CredentialLevel.of(kind)), 1.0, Basis.DECLARED, reasons);
    }

    private static String ids(List<LevelKind> levels) {
        StringBuilder out = new StringBuilder();
        for (LevelKind k : levels) {
            out.append(out.length() == 0 ? "" : ", ").append(k.id());
        }
        return out.toString();
    }

    private static void score(BadgeDefinition def, Scorecard card) {
        Optional<AchievementType> type = def.achievementType();
        if (type.isPresent()) {
            scoreType(type.get(), card);
        }
        Optional<Achievement> ob3 = def.ob3();
        if (ob3.isPresent()) {
            scoreResultDescriptions(ob3.get().resultDescription(), card);
            if (ob3.get().creditsAvailable().isPresent()) {
                card.formal(ReasonCode.CREDITS, Rules.CREDITS, "credits are available ("
                        + ob3.get().creditsAvailable().get().toPlainString() + "): formal +"
                        + Text.decimal(Rules.CREDITS));
            }
        }
        for (AlignmentTarget a : def.alignments()) {
            if (!a.isLaurelLevel()) {
                card.formal(ReasonCode.COMPETENCY_ALIGNMENT, Rules.COMPETENCY_ALIGNMENT, "aligned to "
                        + a.targetName().or(a::targetUrl).or(a::targetCode).orElse("a framework node")
                        + a.targetType().map(t -> " (" + t + ")").orElse("") + ": formal +"
                        + Text.decimal(Rules.COMPETENCY_ALIGNMENT));
                break;
            }
        }
        def.criteriaNarrative().ifPresent(text -> card.keywords(Rules.Source.CRITERIA, text));
        if (def.name().isPresent() || def.description().isPresent()) {
            KeywordMatcher.Hits hits = card.hits();
            def.name().ifPresent(text -> Rules.KEYWORDS.scan(text, hits));
            def.description().ifPresent(text -> Rules.KEYWORDS.scan(text, hits));
            card.keywords(Rules.Source.DESCRIPTION, hits);
        }
        if (!def.tags().isEmpty()) {
            KeywordMatcher.Hits hits = card.hits();
            for (String tag : def.tags()) {
                Optional<LevelKind> named = levelNamed(tag);
                if (named.isPresent()) {
                    card.vote(ReasonCode.TAG_KEYWORDS, named.get(), Rules.TAG_LEVEL_ID, "the tag \"" + tag
                            + "\" names a level: " + named.get().id() + " +" + Text.decimal(Rules.TAG_LEVEL_ID));
                } else {
                    Rules.KEYWORDS.scan(tag, hits);
                }
            }
            card.keywords(Rules.Source.TAGS, hits);
        }
    }

    /** {@link LevelKind#fromId} without its allocations: tags are read for every badge. */
    private static Optional<LevelKind> levelNamed(String tag) {
        if (tag.length() < 5) {
            return Optional.empty();
        }
        String id = tag.strip();
        for (LevelKind k : LevelKind.values()) {
            if (id.equalsIgnoreCase(k.id())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static void scoreType(AchievementType type, Scorecard card) {
        Rules.TypeRule rule = Rules.ACHIEVEMENT_TYPES.get(type.value());
        if (rule == null) {
            card.note(ReasonCode.UNKNOWN_ACHIEVEMENT_TYPE, "achievementType " + type.value()
                    + " is " + (type.isExtension() ? "an extension term" : "not a standard term")
                    + " and is not interpreted");
        } else if (rule.kind().isEmpty()) {
            card.note(ReasonCode.GENERIC_ACHIEVEMENT_TYPE, "achievementType " + type.value() + " " + rule.why());
        } else {
            LevelKind kind = rule.kind().get();
            card.vote(ReasonCode.ACHIEVEMENT_TYPE, kind, rule.weight(), "achievementType " + type.value() + ", "
                    + rule.why() + ": " + kind.id() + " +" + Text.decimal(rule.weight()));
        }
    }

    private static void scoreResultDescriptions(List<ResultDescription> descriptions, Scorecard card) {
        boolean assessed = false;
        boolean rubric = false;
        String named = "";
        for (ResultDescription rd : descriptions) {
            String type = rd.resultType().map(ResultType::value).orElse("");
            boolean graded = rd.requiredValue().isPresent() || rd.requiredLevel().isPresent()
                    || !rd.rubricCriterionLevel().isEmpty() || rd.valueMin().isPresent() || rd.valueMax().isPresent()
                    || !rd.allowedValue().isEmpty() || GRADED_RESULT_TYPES.contains(type);
            if (graded && !assessed) {
                assessed = true;
                named = rd.name().orElse(type);
            }
            rubric |= !rd.rubricCriterionLevel().isEmpty() || RUBRIC_RESULT_TYPES.contains(type);
        }
        if (assessed) {
            card.formal(ReasonCode.ASSESSMENT_DEFINED, Rules.ASSESSMENT_DEFINED, "result descriptions define an "
                    + "assessment (" + named + "): formal +" + Text.decimal(Rules.ASSESSMENT_DEFINED));
        }
        if (rubric) {
            card.vote(ReasonCode.RUBRIC_DEFINED, LevelKind.SKILL, Rules.RUBRIC_DEFINED, "a rubric judges a "
                    + "performance: skill +" + Text.decimal(Rules.RUBRIC_DEFINED));
        }
    }

    private static void scoreAward(Credential credential, Scorecard card) {
        Optional<OpenBadgeCredential> ob3 = credential.ob3();
        boolean evidence = false;
        if (ob3.isPresent()) {
            OpenBadgeCredential c = ob3.get();
            evidence = !c.evidence().isEmpty();
            Optional<AchievementSubject> subject = c.credentialSubject();
            if (subject.isPresent()) {
                AchievementSubject s = subject.get();
                if (!s.result().isEmpty()) {
                    card.formal(ReasonCode.RESULTS_RECORDED, Rules.RESULTS_RECORDED, s.result().size()
                            + " result(s) recorded for the learner: formal +" + Text.decimal(Rules.RESULTS_RECORDED));
                }
                boolean creditsOffered = credential.definition().flatMap(BadgeDefinition::ob3)
                        .flatMap(Achievement::creditsAvailable).isPresent();
                if (s.creditsEarned().isPresent() && !creditsOffered) {
                    card.formal(ReasonCode.CREDITS, Rules.CREDITS, "credits earned ("
                            + s.creditsEarned().get().toPlainString() + "): formal +" + Text.decimal(Rules.CREDITS));
                }
                if (s.licenseNumber().filter(n -> !n.isBlank()).isPresent()) {
                    card.vote(ReasonCode.LICENSE_NUMBER, LevelKind.CERTIFICATION, Rules.LICENSE_NUMBER,
                            "a licence number is recorded: certification +" + Text.decimal(Rules.LICENSE_NUMBER));
                }
            }
        } else {
            Optional<Assertion> ob2 = credential.ob2();
            evidence = ob2.isPresent() && (!ob2.get().evidence().isEmpty()
                    || ob2.get().narrative().filter(n -> !n.isBlank()).isPresent());
        }
        if (evidence) {
            card.formal(ReasonCode.EVIDENCE_PRESENT, Rules.EVIDENCE_PRESENT, "the credential carries evidence: "
                    + "formal +" + Text.decimal(Rules.EVIDENCE_PRESENT));
        }
    }
}
