package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonString;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
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

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Words are read in the badge's language (declared by {@code inLanguage} or {@code @language}, or
 * detected) from the {@link Vocabulary} of that language, beside the English one; {@link #builder()} adds
 * languages or words. An OB 2.0 assertion whose badge class is only linked is read from the badge class a
 * {@link BadgeClassSource} supplies.
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

    private static final Classifier STANDARD = builder().build();

    private static final Set<String> GRADED_RESULT_TYPES = Set.of(
            ResultType.GRADE_POINT_AVERAGE.value(), ResultType.LETTER_GRADE.value(), ResultType.PERCENT.value(),
            ResultType.PERFORMANCE_LEVEL.value(), ResultType.PREDICTED_SCORE.value(), ResultType.RAW_SCORE.value(),
            ResultType.RUBRIC_CRITERION.value(), ResultType.RUBRIC_CRITERION_LEVEL.value(),
            ResultType.RUBRIC_SCORE.value(), ResultType.SCALED_SCORE.value());

    private static final Set<String> RUBRIC_RESULT_TYPES = Set.of(ResultType.RUBRIC_CRITERION.value(),
            ResultType.RUBRIC_CRITERION_LEVEL.value(), ResultType.RUBRIC_SCORE.value());

    private final Map<String, Lexicon> lexicons;
    private final Lexicon.Detector detector;
    private final String defaultLanguage;

    private Classifier(Builder b) {
        Map<String, Lexicon> m = new HashMap<>();
        Optional<Vocabulary> english = Optional.ofNullable(b.vocabularies.get("en"));
        for (Vocabulary v : b.vocabularies.values()) {
            m.put(v.language(), Lexicon.of(v, english));
        }
        this.lexicons = Map.copyOf(m);
        this.detector = new Lexicon.Detector(List.copyOf(b.vocabularies.values()));
        this.defaultLanguage = b.defaultLanguage;
    }

    /**
     * Returns the standard classifier, whose rules docs/TAXONOMY.md describes: the vocabularies of
     * {@link Vocabulary#STANDARD_LANGUAGES}, English by default.
     *
     * @return the classifier
     */
    public static Classifier standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the standard vocabularies.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the languages this classifier reads.
     *
     * @return the language tags, sorted
     */
    public List<String> languages() {
        return lexicons.keySet().stream().sorted().toList();
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
     * Classifies an OB 2.0 assertion; when its badge class is only linked by IRI, the source is asked for
     * it, and the reasons say whether it was supplied.
     *
     * @param assertion the assertion
     * @param source supplies linked badge classes (the verifier has usually fetched them)
     * @return the classification
     * @throws NullPointerException if an argument is null
     */
    public Classification classify(Assertion assertion, BadgeClassSource source) {
        return classify(Credential.of(Objects.requireNonNull(assertion, "assertion")), source);
    }

    /**
     * Classifies an awarded badge of either version.
     *
     * @param credential the badge
     * @return the classification
     * @throws NullPointerException if {@code credential} is null
     */
    public Classification classify(Credential credential) {
        return classify(credential, null);
    }

    /**
     * Classifies an awarded badge of either version; an OB 2.0 badge class linked by IRI is asked of
     * the source.
     *
     * @param credential the badge
     * @param source supplies linked badge classes
     * @return the classification
     * @throws NullPointerException if an argument is null
     */
    public Classification classify(Credential credential, BadgeClassSource source) {
        Objects.requireNonNull(credential, "credential");
        Optional<BadgeDefinition> definition = credential.definition();
        Optional<Reason> fetched = Optional.empty();
        String missing = null;
        if (definition.isEmpty() && credential.ob2().isPresent() && credential.achievementId().isPresent()
                && source != null) {
            String id = credential.achievementId().get();
            Optional<BadgeClass> supplied;
            String why = "";
            try {
                supplied = Objects.requireNonNull(source.badgeClass(id), "a BadgeClassSource returned null");
            } catch (RuntimeException e) {
                supplied = Optional.empty();
                why = ": " + e.getMessage();
            }
            if (supplied.isPresent()) {
                definition = supplied.map(BadgeDefinition::of);
                fetched = Optional.of(new Reason(ReasonCode.BADGE_CLASS_FETCHED, Optional.empty(), 0, "the badge class "
                        + id + " is linked by IRI; the one the caller fetched is read"));
            } else {
                missing = "the badge class " + id + " is linked by IRI and could not be fetched" + why
                        + ", so only the assertion itself is read";
            }
        }
        if (definition.isPresent() && !definition.get().declaredLevels().isEmpty()) {
            Classification declared = declared(definition.get());
            if (fetched.isPresent()) {
                List<Reason> reasons = new ArrayList<>(declared.reasons());
                reasons.add(0, fetched.get());
                return new Classification(declared.level(), declared.confidence(), declared.basis(), reasons);
            }
            return declared;
        }
        Scorecard card = language(definition, Optional.of(credential)).card();
        fetched.ifPresent(r -> card.note(r.code(), r.message()));
        if (definition.isPresent()) {
            score(definition.get(), card);
        } else if (missing != null) {
            card.note(ReasonCode.NO_DEFINITION, missing);
        } else {
            card.note(ReasonCode.NO_DEFINITION, "the achievement is not embedded ("
                    + credential.achievementId().orElse("no id") + "), so only the credential itself is read"
                    + (credential.ob2().isPresent() ? " (no badge class source was supplied to fetch it)" : ""));
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
        Scorecard card = language(Optional.of(definition), Optional.empty()).card();
        score(definition, card);
        issuerOnly(definition, card);
        return card.decide();
    }

    /** Picks the lexicon: the language the document declares, else the one its words give away, else the default. */
    private Reading language(Optional<BadgeDefinition> def, Optional<Credential> credential) {
        Optional<String[]> declared = declaredLanguage(def, credential);
        String unsupported = null;
        if (declared.isPresent()) {
            String tag = declared.get()[0];
            String primary = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
            Lexicon lexicon = lexicons.get(primary);
            if (lexicon != null) {
                return new Reading(lexicon, Optional.of(new Reason(ReasonCode.LANGUAGE, Optional.empty(), 0,
                        "language " + primary + ", from " + declared.get()[1])));
            }
            unsupported = "the declared language " + tag + " (" + declared.get()[1] + ") has no vocabulary";
        }
        List<String> texts = new ArrayList<>(4);
        def.ifPresent(d -> {
            d.name().ifPresent(texts::add);
            d.description().ifPresent(texts::add);
            d.criteriaNarrative().ifPresent(texts::add);
        });
        Optional<Lexicon.Detected> detected = texts.isEmpty() ? Optional.empty() : detect(texts);
        if (detected.isPresent()) {
            String lang = detected.get().language();
            Optional<Reason> reason = Optional.empty();
            if (!lang.equals(defaultLanguage) || unsupported != null) {
                List<String> words = detected.get().words();
                reason = Optional.of(new Reason(ReasonCode.LANGUAGE, Optional.empty(), 0, (unsupported == null ? ""
                        : unsupported + "; ") + "language " + lang + ", detected from its words ("
                        + String.join(", ", words.subList(0, Math.min(6, words.size()))) + ")"));
            }
            return new Reading(lexicons.get(lang), reason);
        }
        return new Reading(lexicons.get(defaultLanguage), unsupported == null ? Optional.empty() : Optional.of(
                new Reason(ReasonCode.LANGUAGE, Optional.empty(), 0, unsupported + " and none was detected; read as "
                        + defaultLanguage)));
    }

    /**
     * Detects the language of the texts: each language scores its common words (a word several languages
     * share counts for each in part) and the words of its own vocabulary found. The best must have at
     * least two and lead the next by a quarter.
     */
    private Optional<Lexicon.Detected> detect(List<String> texts) {
        Map<String, List<String>> found = new HashMap<>();
        Map<String, Double> score = detector.score(texts, found);
        for (Lexicon lexicon : lexicons.values()) {
            List<String> words = new ArrayList<>();
            int own = lexicon.ownHits(texts, words);
            if (own > 0) {
                score.merge(lexicon.language(), (double) own, Double::sum);
                List<String> list = found.computeIfAbsent(lexicon.language(), k -> new ArrayList<>());
                words.forEach(w -> {
                    if (!list.contains(w)) {
                        list.add(w);
                    }
                });
            }
        }
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (String lang : score.keySet().stream().sorted().toList()) {
            if (!lexicons.containsKey(lang)) {
                continue;
            }
            double s = score.get(lang);
            if (s > bestScore) {
                second = bestScore;
                best = lang;
                bestScore = s;
            } else {
                second = Math.max(second, s);
            }
        }
        if (best == null || bestScore < 2 || bestScore < second * 1.25) {
            return Optional.empty();
        }
        return Optional.of(new Lexicon.Detected(best, List.copyOf(found.get(best))));
    }

    /** The lexicon a badge is read with, and the reason that says which language, when worth saying. */
    private record Reading(Lexicon lexicon, Optional<Reason> reason) {

        Scorecard card() {
            Scorecard card = new Scorecard(lexicon);
            reason.ifPresent(r -> card.note(r.code(), r.message()));
            return card;
        }
    }

    /** The language the document declares: the achievement's inLanguage, or an @language in a context. */
    private static Optional<String[]> declaredLanguage(Optional<BadgeDefinition> def, Optional<Credential> credential) {
        if (def.isPresent()) {
            BadgeDefinition d = def.get();
            if (d.ob3().isPresent()) {
                Achievement a = d.ob3().get();
                if (a.inLanguage().filter(l -> !l.isBlank()).isPresent()) {
                    return Optional.of(new String[] {a.inLanguage().get().strip(), "the achievement's inLanguage"});
                }
                Optional<String> ext = extension(a.extensions(), "inLanguage");
                if (ext.isPresent()) {
                    return Optional.of(new String[] {ext.get(), "the achievement's inLanguage"});
                }
            }
            if (d.ob2().isPresent()) {
                BadgeClass b = d.ob2().get();
                Optional<String> ext = extension(b.extensions(), "inLanguage")
                        .or(() -> extension(b.extensions(), "schema:inLanguage"));
                if (ext.isPresent()) {
                    return Optional.of(new String[] {ext.get(), "the badge class's inLanguage"});
                }
                Optional<String> ctx = contextLanguage(b.context());
                if (ctx.isPresent()) {
                    return Optional.of(new String[] {ctx.get(), "the badge class's @context @language"});
                }
            }
        }
        if (credential.isPresent()) {
            Optional<String> ctx = credential.get().ob3().flatMap(c -> contextLanguage(c.context()))
                    .or(() -> credential.get().ob2().flatMap(a -> contextLanguage(a.context())));
            if (ctx.isPresent()) {
                return Optional.of(new String[] {ctx.get(), "the credential's @context @language"});
            }
        }
        return Optional.empty();
    }

    private static Optional<String> extension(Extensions extensions, String name) {
        return extensions.properties().get(name).filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).value().strip()).filter(v -> !v.isEmpty());
    }

    private static Optional<String> contextLanguage(List<JsonValue> context) {
        for (JsonValue v : context) {
            if (v instanceof JsonObject o) {
                Optional<String> lang = o.get("@language").filter(x -> x instanceof JsonString)
                        .map(x -> ((JsonString) x).value().strip()).filter(x -> !x.isEmpty());
                if (lang.isPresent()) {
                    return lang;
                }
            }
        }
        return Optional.empty();
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
        scoreAlignments(def, card);
        KeywordMatcher matcher = card.matcher();
        List<String> criteria = new ArrayList<>(2);
        def.criteriaNarrative().ifPresent(criteria::add);
        ob3.ifPresent(a -> a.resultDescription().forEach(rd -> rd.name().ifPresent(criteria::add)));
        if (!criteria.isEmpty()) {
            KeywordMatcher.Hits hits = card.hits();
            criteria.forEach(text -> matcher.scan(text, hits));
            card.keywords(Rules.Source.CRITERIA, hits);
        }
        if (def.name().isPresent() || def.description().isPresent()) {
            KeywordMatcher.Hits hits = card.hits();
            def.name().ifPresent(text -> matcher.scan(text, hits));
            def.description().ifPresent(text -> matcher.scan(text, hits));
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
                    matcher.scan(tag, hits);
                }
            }
            card.keywords(Rules.Source.TAGS, hits);
        }
    }

    /**
     * Alignments: to a credential in a registry (CTDL {@code ceterms:Credential}), which may name a
     * certification and its accreditation; to any other framework node (a CASE item, a competency), which
     * says the badge is assessed against a standard.
     */
    private static void scoreAlignments(BadgeDefinition def, Scorecard card) {
        List<String[]> texts = new ArrayList<>();
        def.ob3().ifPresent(a -> a.alignment().forEach(al -> texts.add(new String[] {
            al.targetName().orElse(""), al.targetDescription().orElse(""), al.targetFramework().orElse("")})));
        def.ob2().ifPresent(b -> b.alignment().forEach(al -> texts.add(new String[] {
            al.targetName().orElse(""), al.targetDescription().orElse(""), al.targetFramework().orElse("")})));
        boolean competency = false;
        boolean credential = false;
        List<AlignmentTarget> all = def.alignments();
        for (int i = 0; i < all.size(); i++) {
            AlignmentTarget a = all.get(i);
            if (a.isLaurelLevel()) {
                continue;
            }
            String name = a.targetName().or(a::targetUrl).or(a::targetCode).orElse("a framework node");
            if (isCredentialAlignment(a) && !credential) {
                String[] text = i < texts.size() ? texts.get(i) : new String[] {name, "", ""};
                KeywordMatcher.Hits hits = card.hits();
                for (String t : text) {
                    card.matcher().scan(t, hits);
                }
                boolean accredited = hits.count(Lexicon.ACCREDITATION) > 0;
                boolean certification = accredited || hits.count(LevelKind.CERTIFICATION.ordinal()) > 0;
                if (certification) {
                    credential = true;
                    double w = accredited ? Rules.ACCREDITED_CREDENTIAL_ALIGNMENT : Rules.CREDENTIAL_ALIGNMENT;
                    if (accredited) {
                        card.accredited("the credential registry entry " + name);
                    }
                    card.vote(ReasonCode.CREDENTIAL_ALIGNMENT, LevelKind.CERTIFICATION, w, "aligned to the registered "
                            + "credential " + name + (accredited ? ", which names its accreditation" : "")
                            + ": certification +" + Text.decimal(w));
                    continue;
                }
            }
            if (!competency) {
                competency = true;
                card.formal(ReasonCode.COMPETENCY_ALIGNMENT, Rules.COMPETENCY_ALIGNMENT, "aligned to " + name
                        + a.targetType().map(t -> " (" + t + ")").orElse("") + ": formal +"
                        + Text.decimal(Rules.COMPETENCY_ALIGNMENT));
            }
        }
    }

    private static boolean isCredentialAlignment(AlignmentTarget a) {
        return a.targetType().filter(t -> t.equals("ceterms:Credential")).isPresent()
                || a.targetUrl().filter(u -> u.contains("credentialengineregistry.org")).isPresent()
                || a.targetFramework().map(f -> f.toLowerCase(Locale.ROOT))
                        .filter(f -> f.contains("credential registry") || f.contains("credential engine")).isPresent();
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
            card.typeVote(type.value(), kind, rule.weight(), "achievementType " + type.value() + ", "
                    + rule.why() + ": " + kind.id() + " +" + Text.decimal(rule.weight()));
            if (Rules.ACCREDITED_TYPES.contains(type.value())) {
                card.accredited("achievementType " + type.value());
            }
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
                    card.accredited("a licence number");
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
        List<String> evidenceTexts = evidenceTexts(credential);
        if (!evidenceTexts.isEmpty()) {
            KeywordMatcher.Hits hits = card.hits();
            evidenceTexts.forEach(t -> card.matcher().scan(t, hits));
            card.keywords(Rules.Source.EVIDENCE, hits);
        }
        List<String> issuer = issuerTexts(credential);
        if (!issuer.isEmpty()) {
            KeywordMatcher.Hits hits = card.hits();
            issuer.forEach(t -> card.matcher().scan(t, hits));
            card.keywords(Rules.Source.ISSUER, hits);
        }
    }

    private static void issuerOnly(BadgeDefinition def, Scorecard card) {
        List<String> issuer = new ArrayList<>(2);
        def.ob3().flatMap(Achievement::creator).ifPresent(p -> {
            p.name().ifPresent(issuer::add);
            p.description().ifPresent(issuer::add);
        });
        def.ob2().flatMap(BadgeClass::issuer).flatMap(Ref::embedded).ifPresent(p -> {
            p.name().ifPresent(issuer::add);
            p.description().ifPresent(issuer::add);
        });
        if (!issuer.isEmpty()) {
            KeywordMatcher.Hits hits = card.hits();
            issuer.forEach(t -> card.matcher().scan(t, hits));
            card.keywords(Rules.Source.ISSUER, hits);
        }
    }

    /** The texts of the evidence: names, descriptions, narratives and genres, and the award's narrative. */
    private static List<String> evidenceTexts(Credential credential) {
        List<String> out = new ArrayList<>();
        credential.ob3().ifPresent(c -> {
            for (dev.laurel.badges.core.model.ob3.Evidence e : c.evidence()) {
                e.name().ifPresent(out::add);
                e.description().ifPresent(out::add);
                e.narrative().ifPresent(out::add);
                e.genre().ifPresent(out::add);
            }
            c.credentialSubject().flatMap(AchievementSubject::narrative).ifPresent(out::add);
        });
        credential.ob2().ifPresent(a -> {
            for (Ref<dev.laurel.badges.core.model.ob2.Evidence> ref : a.evidence()) {
                ref.embedded().ifPresent(e -> {
                    e.name().ifPresent(out::add);
                    e.description().ifPresent(out::add);
                    e.narrative().ifPresent(out::add);
                    e.genre().ifPresent(out::add);
                });
            }
            a.narrative().ifPresent(out::add);
        });
        return out;
    }

    /** The issuer's name and description: the credential's issuer, else the achievement's creator or badge class's issuer. */
    private static List<String> issuerTexts(Credential credential) {
        List<String> out = new ArrayList<>(2);
        Optional<dev.laurel.badges.core.model.ob3.Profile> ob3 = credential.ob3().flatMap(OpenBadgeCredential::issuer)
                .flatMap(Ref::embedded).or(() -> credential.definition().flatMap(BadgeDefinition::ob3)
                        .flatMap(Achievement::creator));
        ob3.ifPresent(p -> {
            p.name().ifPresent(out::add);
            p.description().ifPresent(out::add);
        });
        if (out.isEmpty()) {
            credential.definition().flatMap(BadgeDefinition::ob2).flatMap(BadgeClass::issuer).flatMap(Ref::embedded)
                    .ifPresent(p -> {
                        p.name().ifPresent(out::add);
                        p.description().ifPresent(out::add);
                    });
        }
        return out;
    }

    /**
     * Builds a {@link Classifier}: the standard vocabularies, plus any language or words a deployment
     * adds. Not thread-safe; the classifier it builds is.
     *
     * <pre>{@code
     * Classifier c = Classifier.builder()
     *         .vocabulary(Path.of("rules/it.rules"))        // a new language
     *         .vocabulary(Path.of("rules/de-acme.rules"))   // more German words
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
        private String defaultLanguage = "en";

        private Builder() {
            for (String language : Vocabulary.STANDARD_LANGUAGES) {
                vocabularies.put(language, Vocabulary.standard(language));
            }
        }

        /**
         * Adds a vocabulary: a new language, or more words for a language already read (merged after
         * its words).
         *
         * @param vocabulary the vocabulary
         * @return this builder
         * @throws NullPointerException if {@code vocabulary} is null
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            Objects.requireNonNull(vocabulary, "vocabulary");
            vocabularies.merge(vocabulary.language(), vocabulary, Vocabulary::with);
            return this;
        }

        /**
         * Reads a rules file (docs/TAXONOMY.md gives the format) and adds it as {@link #vocabulary(Vocabulary)} does.
         *
         * @param file the file, UTF-8
         * @return this builder
         * @throws VocabularyException if the file cannot be read or is not valid
         * @throws NullPointerException if {@code file} is null
         */
        public Builder vocabulary(Path file) {
            return vocabulary(Vocabulary.read(file));
        }

        /**
         * Reads rules from a reader (not closed) and adds them as {@link #vocabulary(Vocabulary)} does.
         *
         * @param reader the rules text
         * @param source a name for error messages
         * @return this builder
         * @throws VocabularyException if the text cannot be read or is not valid
         * @throws NullPointerException if an argument is null
         */
        public Builder vocabulary(Reader reader, String source) {
            return vocabulary(Vocabulary.read(reader, source));
        }

        /**
         * Sets the language a badge is read in when it declares none and none is detected.
         *
         * @param language a language with a vocabulary, {@code en} by default
         * @return this builder
         * @throws IllegalArgumentException if no vocabulary has been added for the language
         * @throws NullPointerException if {@code language} is null
         */
        public Builder defaultLanguage(String language) {
            Objects.requireNonNull(language, "language");
            if (!vocabularies.containsKey(language)) {
                throw new IllegalArgumentException("no vocabulary for the default language \"" + language
                        + "\": add one first; known: " + vocabularies.keySet());
            }
            this.defaultLanguage = language;
            return this;
        }

        /**
         * Builds the classifier.
         *
         * @return the classifier
         */
        public Classifier build() {
            return new Classifier(this);
        }
    }
}
