package dev.laurel.badges.core.taxonomy.catalogue;

import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.classify.Classifier;
import dev.laurel.badges.core.taxonomy.credential.BadgeDefinition;
import dev.laurel.badges.core.taxonomy.internal.Text;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.PathwayProgress;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import dev.laurel.badges.core.taxonomy.pathway.Step;
import dev.laurel.badges.core.taxonomy.pathway.StepProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory catalogue of achievements and programmes (pathways) that learners search, and that
 * answers "what can I earn next toward this goal, given my backpack?".
 *
 * <p>Text search is case-insensitive over words (letters and digits): each query word scores 3 for a
 * whole word of the name (2 for a word it begins, when it has three letters or more), 2 (1) in the tags
 * and 1 (0.5) in the description, plus 1 when every query word matched; a listing with no matching word
 * is not a hit. Hits come best first, then by name and id. Filters (level, least level, issuer,
 * competency) must all match.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builder()
 *         .add(sqlBasics).add(dataViz).add(analystCertification)
 *         .programme(analystPathway)
 *         .build();
 * catalogue.search(CatalogueQuery.all().text("data").minimumLevel(CredentialLevel.skill()));
 * catalogue.earnNext("https://example.org/achievements/data-analyst", backpack);
 * }</pre>
 */
public final class Catalogue {

    private final List<Listing> listings;
    private final List<Indexed> indexed;
    private final Map<String, Listing> byId;
    private final Pathways programmes;

    private Catalogue(List<Listing> listings, Pathways programmes) {
        this.listings = List.copyOf(listings);
        this.programmes = programmes;
        Map<String, Listing> ids = new HashMap<>();
        List<Indexed> idx = new ArrayList<>(listings.size());
        for (Listing l : this.listings) {
            l.id().ifPresent(id -> ids.put(id, l));
            idx.add(new Indexed(l));
        }
        this.byId = Map.copyOf(ids);
        this.indexed = List.copyOf(idx);
    }

    /**
     * Returns a builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every listing.
     *
     * @return the listings, in the order added
     */
    public List<Listing> listings() {
        return listings;
    }

    /**
     * Returns the programmes.
     *
     * @return the checked pathways
     */
    public Pathways programmes() {
        return programmes;
    }

    /**
     * Returns the listing of an achievement.
     *
     * @param achievementId the achievement's id
     * @return the listing, or empty if not offered
     * @throws NullPointerException if {@code achievementId} is null
     */
    public Optional<Listing> listing(String achievementId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(achievementId, "achievementId")));
    }

    /**
     * Searches the catalogue.
     *
     * @param query what to look for
     * @return up to {@code query.limit()} hits, best first
     * @throws NullPointerException if {@code query} is null
     */
    public List<SearchHit> search(CatalogueQuery query) {
        Objects.requireNonNull(query, "query");
        List<String> words = query.text().map(Catalogue::distinctTokens).orElse(List.of());
        List<SearchHit> hits = new ArrayList<>();
        for (Indexed ix : indexed) {
            if (!filters(ix.listing, query)) {
                continue;
            }
            double score = words.isEmpty() ? 0 : ix.score(words);
            if (!words.isEmpty() && score == 0) {
                continue;
            }
            hits.add(new SearchHit(ix.listing, score));
        }
        hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score())
                .thenComparing(h -> Text.fold(h.listing().name().orElse("")))
                .thenComparing(h -> h.listing().id().orElse("")));
        return List.copyOf(hits.subList(0, Math.min(query.limit(), hits.size())));
    }

    private static boolean filters(Listing l, CatalogueQuery q) {
        if (q.level().isPresent() && !l.kind().equals(q.level())) {
            return false;
        }
        if (q.minimumLevel().isPresent()
                && l.classification().level().filter(v -> v.isAtLeast(q.minimumLevel().get())).isEmpty()) {
            return false;
        }
        if (q.issuerId().isPresent() && !l.definition().issuerId().equals(q.issuerId())) {
            return false;
        }
        return q.competency().isEmpty() || l.definition().isAlignedTo(q.competency().get());
    }

    private static List<String> distinctTokens(String text) {
        return List.copyOf(new LinkedHashSet<>(Text.tokens(text)));
    }

    /**
     * Answers what a learner can earn next toward a goal. The progress counts, as
     * {@link Pathways#progress(String, Backpack)} does by default, only credentials whose verification the
     * caller supplied as passed and not revoked; {@code progress().ignored()} lists the others. An
     * achievement already held (verified or not) is not suggested again.
     *
     * @param goal a programme's id, or the id of a programme's goal achievement
     * @param backpack the learner's credentials
     * @return the answer, or empty if no programme has that id or goal
     * @throws NullPointerException if an argument is null
     */
    public Optional<EarnNext> earnNext(String goal, Backpack backpack) {
        Objects.requireNonNull(backpack, "backpack");
        return programme(goal).map(p -> answer(p, programmes.progress(p.id(), backpack), backpack, null));
    }

    /**
     * Answers what a learner can earn next toward a goal, counting only verified credentials usable at an
     * instant (as {@link Pathways#progress(String, Backpack, Instant)} does).
     *
     * @param goal a programme's id, or the id of a programme's goal achievement
     * @param backpack the learner's credentials
     * @param at the instant to judge at
     * @return the answer, or empty if no programme has that id or goal
     * @throws NullPointerException if an argument is null
     */
    public Optional<EarnNext> earnNext(String goal, Backpack backpack, Instant at) {
        Objects.requireNonNull(backpack, "backpack");
        Objects.requireNonNull(at, "at");
        return programme(goal).map(p -> answer(p, programmes.progress(p.id(), backpack, at), backpack, at));
    }

    private Optional<Pathway> programme(String goal) {
        Objects.requireNonNull(goal, "goal");
        Optional<Pathway> byPathwayId = programmes.get(goal);
        if (byPathwayId.isPresent()) {
            return byPathwayId;
        }
        for (Pathway p : programmes.all()) {
            if (p.goalAchievementId().filter(goal::equals).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private EarnNext answer(Pathway p, PathwayProgress progress, Backpack backpack, Instant at) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (StepProgress leaf : progress.nextSteps()) {
            List<Listing> options = new ArrayList<>();
            Step step = leaf.step();
            if (step instanceof Step.RequiredAchievement required) {
                listing(required.achievementId()).ifPresent(options::add);
            } else if (step instanceof Step.CompetencyAtLevel c) {
                CredentialLevel least = c.minimumLevel();
                for (Listing l : listings) {
                    if (l.definition().isAlignedTo(c.competency())
                            && l.classification().level().filter(v -> v.isAtLeast(least)).isPresent()
                            && !held(l, backpack, at)) {
                        options.add(l);
                    }
                }
            }
            suggestions.add(new Suggestion(leaf, options));
        }
        return new EarnNext(p, progress, suggestions);
    }

    private static boolean held(Listing l, Backpack backpack, Instant at) {
        if (l.id().isEmpty()) {
            return false;
        }
        for (BackpackEntry e : backpack.byAchievement(l.id().get())) {
            if (at == null ? !e.isRevoked() : e.isUsableAt(at)) {
                return true;
            }
        }
        return false;
    }

    /** A listing with its words folded once, for scoring. */
    private static final class Indexed {
        final Listing listing;
        final Set<String> name;
        final Set<String> tags;
        final Set<String> description;

        Indexed(Listing listing) {
            this.listing = listing;
            BadgeDefinition d = listing.definition();
            this.name = Set.copyOf(Text.tokens(d.name().orElse("")));
            List<String> tagWords = new ArrayList<>();
            d.tags().forEach(t -> tagWords.addAll(Text.tokens(t)));
            this.tags = Set.copyOf(tagWords);
            this.description = Set.copyOf(Text.tokens(d.description().orElse("")));
        }

        double score(List<String> words) {
            double score = 0;
            int matched = 0;
            for (String w : words) {
                double s = field(name, w, 3, 2) + field(tags, w, 2, 1) + field(description, w, 1, 0.5);
                score += s;
                matched += s > 0 ? 1 : 0;
            }
            return matched == 0 ? 0 : score + (matched == words.size() ? 1 : 0);
        }

        private static double field(Set<String> field, String word, double whole, double prefix) {
            if (field.contains(word)) {
                return whole;
            }
            if (word.length() >= 3) {
                for (String f : field) {
                    if (f.startsWith(word)) {
                        return prefix;
                    }
                }
            }
            return 0;
        }
    }

    /** Builds a {@link Catalogue}; not thread-safe. */
    public static final class Builder {
        private Classifier classifier = Classifier.standard();
        private final List<BadgeDefinition> definitions = new ArrayList<>();
        private final List<Pathway> pathways = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the classifier listings are classified with; {@link Classifier#standard()} by default.
         *
         * @param value the classifier
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder classifier(Classifier value) {
            this.classifier = Objects.requireNonNull(value, "classifier");
            return this;
        }

        /**
         * Adds an achievement or badge class.
         *
         * @param definition the definition
         * @return this builder
         * @throws NullPointerException if {@code definition} is null
         */
        public Builder add(BadgeDefinition definition) {
            definitions.add(Objects.requireNonNull(definition, "definition"));
            return this;
        }

        /**
         * Adds an OB 3.0 achievement.
         *
         * @param achievement the achievement
         * @return this builder
         * @throws NullPointerException if {@code achievement} is null
         */
        public Builder add(Achievement achievement) {
            return add(BadgeDefinition.of(achievement));
        }

        /**
         * Adds an OB 2.0 badge class.
         *
         * @param badgeClass the badge class
         * @return this builder
         * @throws NullPointerException if {@code badgeClass} is null
         */
        public Builder add(BadgeClass badgeClass) {
            return add(BadgeDefinition.of(badgeClass));
        }

        /**
         * Adds a programme.
         *
         * @param pathway the pathway
         * @return this builder
         * @throws NullPointerException if {@code pathway} is null
         */
        public Builder programme(Pathway pathway) {
            pathways.add(Objects.requireNonNull(pathway, "pathway"));
            return this;
        }

        /**
         * Builds the catalogue, classifying each achievement and checking the programmes.
         *
         * @return the catalogue
         * @throws IllegalArgumentException if two achievements have the same id
         * @throws dev.laurel.badges.core.taxonomy.pathway.InvalidPathwayException if the programmes are not
         *     a valid set of pathways
         */
        public Catalogue build() {
            Set<String> ids = new LinkedHashSet<>();
            List<Listing> out = new ArrayList<>(definitions.size());
            for (BadgeDefinition d : definitions) {
                if (d.id().isPresent() && !ids.add(d.id().get())) {
                    throw new IllegalArgumentException("achievement id \"" + d.id().get() + "\" is added twice");
                }
                out.add(new Listing(d, classifier.classify(d)));
            }
            return new Catalogue(Collections.unmodifiableList(out), Pathways.of(pathways));
        }
    }
}
