package dev.laurel.badges.core.taxonomy.credential;

import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementType;
import dev.laurel.badges.core.model.ob3.Alignment;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a badge is awarded for, read the same way from an OB 3.0 {@link Achievement} and an OB 2.0
 * {@link BadgeClass}: its id, name, description, criteria text, tags, alignments and creator.
 *
 * <p>An immutable view: the facts are read once, when the view is made, and the original model stays
 * reachable through {@link #ob3()} or {@link #ob2()}. Two views are equal when their models are.
 *
 * <pre>{@code
 * BadgeDefinition def = BadgeDefinition.of(achievement);
 * def.isAlignedTo("https://example.org/competencies/teamwork");
 * }</pre>
 */
public final class BadgeDefinition {

    private final SpecVersion version;
    private final Optional<Achievement> ob3;
    private final Optional<BadgeClass> ob2;
    private final Optional<String> id;
    private final Optional<String> name;
    private final Optional<String> description;
    private final Optional<String> criteriaNarrative;
    private final List<String> tags;
    private final List<AlignmentTarget> alignments;
    private final Optional<String> issuerId;
    private final Optional<String> issuerName;
    private final List<LevelKind> declaredLevels;
    private final List<String> competencyKeys;
    /** The keys again, as a set when there are enough of them for hashing to pay. */
    private final Collection<String> competencyLookup;

    private BadgeDefinition(SpecVersion version, Optional<Achievement> ob3, Optional<BadgeClass> ob2,
            Optional<String> id, Optional<String> name, Optional<String> description,
            Optional<String> criteriaNarrative, List<String> tags, List<AlignmentTarget> alignments,
            Optional<String> issuerId, Optional<String> issuerName) {
        this.version = version;
        this.ob3 = ob3;
        this.ob2 = ob2;
        this.id = id;
        this.name = name;
        this.description = description;
        this.criteriaNarrative = criteriaNarrative;
        this.tags = List.copyOf(tags);
        this.alignments = List.copyOf(alignments);
        this.issuerId = issuerId;
        this.issuerName = issuerName;
        List<LevelKind> levels = List.of();
        Collection<String> keys = this.alignments.size() > 8 ? new LinkedHashSet<>() : new ArrayList<>(2);
        for (AlignmentTarget a : this.alignments) {
            if (a.isLaurelLevel()) {
                Optional<LevelKind> level = a.laurelLevel();
                if (level.isPresent() && !levels.contains(level.get())) {
                    levels = new ArrayList<>(levels);
                    levels.add(level.get());
                }
            } else {
                add(keys, a.targetUrl());
                add(keys, a.targetCode());
            }
        }
        this.declaredLevels = List.copyOf(levels);
        this.competencyKeys = List.copyOf(keys);
        this.competencyLookup = competencyKeys.size() > 4 ? Set.copyOf(competencyKeys) : competencyKeys;
    }

    private static void add(Collection<String> keys, Optional<String> key) {
        if (key.isPresent() && !keys.contains(key.get())) {
            keys.add(key.get());
        }
    }

    /**
     * Reads an OB 3.0 achievement.
     *
     * @param achievement the achievement
     * @return the view
     * @throws NullPointerException if {@code achievement} is null
     */
    public static BadgeDefinition of(Achievement achievement) {
        Objects.requireNonNull(achievement, "achievement");
        List<AlignmentTarget> alignments = new ArrayList<>(achievement.alignment().size());
        for (Alignment a : achievement.alignment()) {
            alignments.add(AlignmentTarget.of(a));
        }
        return new BadgeDefinition(SpecVersion.OB_3_0, Optional.of(achievement), Optional.empty(),
                achievement.id(), achievement.name(), achievement.description(),
                achievement.criteria().flatMap(Criteria::narrative), achievement.tag(), alignments,
                achievement.creator().flatMap(Profile::id), achievement.creator().flatMap(Profile::name));
    }

    /**
     * Reads an OB 2.0 badge class.
     *
     * @param badgeClass the badge class
     * @return the view
     * @throws NullPointerException if {@code badgeClass} is null
     */
    public static BadgeDefinition of(BadgeClass badgeClass) {
        Objects.requireNonNull(badgeClass, "badgeClass");
        List<AlignmentTarget> alignments = new ArrayList<>(badgeClass.alignment().size());
        badgeClass.alignment().forEach(a -> alignments.add(AlignmentTarget.of(a)));
        Optional<String> narrative = badgeClass.criteria().flatMap(Ref::embedded)
                .flatMap(dev.laurel.badges.core.model.ob2.Criteria::narrative);
        return new BadgeDefinition(SpecVersion.OB_2_0, Optional.empty(), Optional.of(badgeClass),
                badgeClass.id(), badgeClass.name(), badgeClass.description(), narrative, badgeClass.tags(),
                alignments, badgeClass.issuer().flatMap(Ref::id),
                badgeClass.issuer().flatMap(Ref::embedded).flatMap(dev.laurel.badges.core.model.ob2.Profile::name));
    }

    /**
     * Returns the Open Badges version of the model read.
     *
     * @return the version
     */
    public SpecVersion version() {
        return version;
    }

    /**
     * Returns the OB 3.0 achievement this view reads.
     *
     * @return the achievement, or empty for an OB 2.0 badge class
     */
    public Optional<Achievement> ob3() {
        return ob3;
    }

    /**
     * Returns the OB 2.0 badge class this view reads.
     *
     * @return the badge class, or empty for an OB 3.0 achievement
     */
    public Optional<BadgeClass> ob2() {
        return ob2;
    }

    /**
     * Returns the achievement's or badge class's id.
     *
     * @return the IRI, if any
     */
    public Optional<String> id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name, if any
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * Returns the description.
     *
     * @return the description, if any
     */
    public Optional<String> description() {
        return description;
    }

    /**
     * Returns the criteria narrative when the criteria are embedded.
     *
     * @return the narrative, if any
     */
    public Optional<String> criteriaNarrative() {
        return criteriaNarrative;
    }

    /**
     * Returns the tags (OB 3.0 {@code tag}, OB 2.0 {@code tags}).
     *
     * @return the tags in order
     */
    public List<String> tags() {
        return tags;
    }

    /**
     * Returns every alignment, Laurel level alignments included.
     *
     * @return the alignments in order
     */
    public List<AlignmentTarget> alignments() {
        return alignments;
    }

    /**
     * Returns the OB 3.0 {@code achievementType}.
     *
     * @return the term, or empty when absent or for OB 2.0
     */
    public Optional<AchievementType> achievementType() {
        return ob3.flatMap(Achievement::achievementType);
    }

    /**
     * Returns the issuer's id: the OB 3.0 achievement's {@code creator} or the OB 2.0 badge class's
     * {@code issuer}.
     *
     * @return the IRI, if known
     */
    public Optional<String> issuerId() {
        return issuerId;
    }

    /**
     * Returns the issuer's name when its profile is embedded.
     *
     * @return the name, if known
     */
    public Optional<String> issuerName() {
        return issuerName;
    }

    /**
     * Returns the distinct Laurel levels the alignments declare, in order. More than one is a conflict
     * that the classifier reports; {@link dev.laurel.badges.core.model.ob3.Achievement.Builder#level}
     * never writes more than one.
     *
     * @return the declared levels, usually none or one
     */
    public List<LevelKind> declaredLevels() {
        return declaredLevels;
    }

    /**
     * Tells whether any alignment names the competency (see {@link AlignmentTarget#matches}).
     *
     * @param competency a competency URL or code
     * @return {@code true} if aligned
     * @throws NullPointerException if {@code competency} is null
     */
    public boolean isAlignedTo(String competency) {
        return competencyLookup.contains(Objects.requireNonNull(competency, "competency"));
    }

    /**
     * Returns the keys a competency search can use for this definition: each non-Laurel alignment's
     * {@code targetUrl} and {@code targetCode}.
     *
     * @return the keys in order, without duplicates
     */
    public List<String> competencyKeys() {
        return competencyKeys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BadgeDefinition other && ob3.equals(other.ob3) && ob2.equals(other.ob2);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ob3, ob2);
    }

    @Override
    public String toString() {
        return "BadgeDefinition[" + version + " " + id.orElse("(no id)") + " " + name.orElse("") + "]";
    }
}
