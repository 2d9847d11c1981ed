package dev.laurel.badges.core.taxonomy;

import java.util.Objects;
import java.util.Optional;

/**
 * The level of a micro-credential in Laurel's taxonomy.
 *
 * <p>{@link Formal} levels are earned by passing an assessment and form a ladder:
 * {@link Knowledge} &lt; {@link Skill} &lt; {@link Ability} &lt; {@link Certification}.
 * {@link Informal} levels need no assessment and are not ranked: {@link Participation} and
 * {@link Recognition}. A formal and an informal level are never comparable.
 *
 * <p>Levels are records so that a level can carry what it needs; two levels of the same kind with
 * different details are different values but rank the same.
 *
 * <pre>{@code
 * CredentialLevel level = CredentialLevel.parse("skill");
 * level.isAtLeast(CredentialLevel.knowledge());   // true
 * level.isAtLeast(CredentialLevel.participation()); // false: not comparable
 * }</pre>
 */
public sealed interface CredentialLevel permits CredentialLevel.Formal, CredentialLevel.Informal {

    /**
     * Returns the level's kind, to switch on.
     *
     * @return the kind
     */
    LevelKind kind();

    /**
     * Returns the stable string id, e.g. {@code certification}.
     *
     * @return the id
     */
    default String id() {
        return kind().id();
    }

    /**
     * Tells whether earning this level requires passing an assessment.
     *
     * @return {@code true} for formal levels
     */
    default boolean requiresAssessment() {
        return kind().isFormal();
    }

    /**
     * Returns the rank on the formal ladder, knowledge 1 to certification 4.
     *
     * @return the rank, or empty for informal levels
     */
    default Optional<Integer> rank() {
        return kind().rank();
    }

    /**
     * Tells whether this level is at or above another on the formal ladder. Informal levels are
     * unranked: an informal level is at least another only when both are the same kind, and a formal
     * and an informal level are never at least one another.
     *
     * @param other the level to compare with
     * @return {@code true} if this level is at least {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    default boolean isAtLeast(CredentialLevel other) {
        Objects.requireNonNull(other, "other");
        if (this instanceof Formal mine && other instanceof Formal theirs) {
            return mine.kind().compareTo(theirs.kind()) >= 0;
        }
        return this instanceof Informal && kind() == other.kind();
    }

    /**
     * Returns the level with the given id and no details.
     *
     * @param id one of {@code knowledge skill ability certification participation recognition}
     * @return the level
     * @throws IllegalArgumentException if the id names no level
     * @throws NullPointerException if {@code id} is null
     */
    static CredentialLevel parse(String id) {
        Objects.requireNonNull(id, "id");
        return LevelKind.fromId(id).map(CredentialLevel::of).orElseThrow(() -> new IllegalArgumentException(
                "unknown credential level \"" + id + "\": expected one of knowledge, skill, ability, "
                        + "certification, participation, recognition"));
    }

    /**
     * Returns the level of the given kind with no details.
     *
     * @param kind the kind
     * @return the level
     * @throws NullPointerException if {@code kind} is null
     */
    static CredentialLevel of(LevelKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case KNOWLEDGE -> knowledge();
            case SKILL -> skill();
            case ABILITY -> ability();
            case CERTIFICATION -> certification();
            case PARTICIPATION -> participation();
            case RECOGNITION -> recognition();
        };
    }

    /** @return the Knowledge level */
    static Knowledge knowledge() {
        return Knowledge.INSTANCE;
    }

    /** @return the Skill level */
    static Skill skill() {
        return Skill.INSTANCE;
    }

    /** @return the Ability level */
    static Ability ability() {
        return Ability.INSTANCE;
    }

    /** @return the Certification level without a named body */
    static Certification certification() {
        return new Certification(Optional.empty());
    }

    /** @return the Participation level without an event kind */
    static Participation participation() {
        return new Participation(Optional.empty());
    }

    /** @return the Recognition level without a named recogniser */
    static Recognition recognition() {
        return new Recognition(Optional.empty());
    }

    /** A level earned by passing an assessment; formal levels are totally ordered by rank. */
    sealed interface Formal extends CredentialLevel, Comparable<Formal>
            permits Knowledge, Skill, Ability, Certification {

        /**
         * Returns the rank, knowledge 1 to certification 4.
         *
         * @return the rank
         */
        default int ladderRank() {
            return kind().rank().orElseThrow();
        }

        @Override
        default int compareTo(Formal other) {
            return Integer.compare(ladderRank(), other.ladderRank());
        }
    }

    /** A level earned without an assessment; informal levels are not ranked. */
    sealed interface Informal extends CredentialLevel permits Participation, Recognition {
    }

    /** Introductory knowledge, verified by an assessment. */
    record Knowledge() implements Formal {
        static final Knowledge INSTANCE = new Knowledge();

        @Override
        public LevelKind kind() {
            return LevelKind.KNOWLEDGE;
        }
    }

    /** Proficiency gained through training or practice, typically shown in a portfolio. */
    record Skill() implements Formal {
        static final Skill INSTANCE = new Skill();

        @Override
        public LevelKind kind() {
            return LevelKind.SKILL;
        }
    }

    /** Mastery, demonstrated for example by a capstone project. */
    record Ability() implements Formal {
        static final Ability INSTANCE = new Ability();

        @Override
        public LevelKind kind() {
            return LevelKind.ABILITY;
        }
    }

    /**
     * An accredited, industry-recognised credential: the culmination of knowledge, skill and ability.
     *
     * @param accreditingBody the body that accredits or recognises the certification, if named
     */
    record Certification(Optional<String> accreditingBody) implements Formal {

        /**
         * Creates the level.
         *
         * @throws NullPointerException if {@code accreditingBody} is null
         */
        public Certification {
            Objects.requireNonNull(accreditingBody, "accreditingBody");
        }

        @Override
        public LevelKind kind() {
            return LevelKind.CERTIFICATION;
        }
    }

    /**
     * Attendance at an event, with no assessment.
     *
     * @param eventKind what was attended, e.g. {@code webinar}, {@code seminar}, {@code workshop}, if named
     */
    record Participation(Optional<String> eventKind) implements Informal {

        /**
         * Creates the level.
         *
         * @throws NullPointerException if {@code eventKind} is null
         */
        public Participation {
            Objects.requireNonNull(eventKind, "eventKind");
        }

        @Override
        public LevelKind kind() {
            return LevelKind.PARTICIPATION;
        }
    }

    /**
     * Peer-to-peer recognition, with no assessment.
     *
     * @param recognisedBy who gave the recognition, if named
     */
    record Recognition(Optional<String> recognisedBy) implements Informal {

        /**
         * Creates the level.
         *
         * @throws NullPointerException if {@code recognisedBy} is null
         */
        public Recognition {
            Objects.requireNonNull(recognisedBy, "recognisedBy");
        }

        @Override
        public LevelKind kind() {
            return LevelKind.RECOGNITION;
        }
    }
}
