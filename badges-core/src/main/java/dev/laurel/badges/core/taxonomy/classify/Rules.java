package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard classifier's tables and weights. docs/TAXONOMY.md lists the same tables; change both
 * together.
 */
final class Rules {

    /** Groups 0-5 are {@link LevelKind} ordinals; then formal and informal evidence without a rung. */
    static final int FORMAL = 6;
    static final int INFORMAL = 7;
    static final int GROUPS = 8;

    static final double ASSESSMENT_DEFINED = 0.40;
    static final double RUBRIC_DEFINED = 0.20;
    static final double RESULTS_RECORDED = 0.20;
    static final double CREDITS = 0.15;
    static final double LICENSE_NUMBER = 0.50;
    static final double EVIDENCE_PRESENT = 0.15;
    static final double COMPETENCY_ALIGNMENT = 0.15;
    static final double TAG_LEVEL_ID = 0.40;

    /** The least score, and the least confidence, with which a level is named. */
    static final double MIN_SCORE = 0.40;
    static final double MIN_CONFIDENCE = 0.30;
    /** An inferred level is never as sure as a declared one. */
    static final double MAX_INFERRED = 0.95;

    /** Where keywords were found, with the weight of the first keyword, of each further one, and the cap. */
    enum Source {
        CRITERIA(ReasonCode.CRITERIA_KEYWORDS, "the criteria narrative", 0.30, 0.10, 0.50, 0.20, 0.05, 0.30),
        DESCRIPTION(ReasonCode.DESCRIPTION_KEYWORDS, "the name or description", 0.15, 0.05, 0.25, 0.10, 0.05, 0.15),
        TAGS(ReasonCode.TAG_KEYWORDS, "the tags", 0.30, 0.10, 0.40, 0.20, 0.05, 0.30);

        final ReasonCode code;
        final String where;
        final double first;
        final double step;
        final double cap;
        final double familyFirst;
        final double familyStep;
        final double familyCap;

        Source(ReasonCode code, String where, double first, double step, double cap, double familyFirst,
                double familyStep, double familyCap) {
            this.code = code;
            this.where = where;
            this.first = first;
            this.step = step;
            this.cap = cap;
            this.familyFirst = familyFirst;
            this.familyStep = familyStep;
            this.familyCap = familyCap;
        }

        double weight(int group, int hits) {
            boolean family = group == FORMAL || group == INFORMAL;
            double w = family ? familyFirst + familyStep * (hits - 1) : first + step * (hits - 1);
            return Math.min(w, family ? familyCap : cap);
        }
    }

    /** What a standard achievementType says: a level and weight, or nothing (generic). */
    record TypeRule(Optional<LevelKind> kind, double weight, String why) {
    }

    static final Map<String, TypeRule> ACHIEVEMENT_TYPES;

    static {
        Map<String, TypeRule> m = new HashMap<>();
        LevelKind cert = LevelKind.CERTIFICATION;
        put(m, "Certification", cert, 0.90, "a time-limited credential from an authoritative body");
        put(m, "License", cert, 0.90, "a legal authority to practise, granted after assessment");
        put(m, "ApprenticeshipCertificate", cert, 0.80, "an industry credential for a trade");
        put(m, "JourneymanCertificate", cert, 0.80, "an industry credential for a trade");
        put(m, "MasterCertificate", cert, 0.80, "the highest industry credential for a trade");
        put(m, "Degree", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "AssociateDegree", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "BachelorDegree", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "MasterDegree", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "DoctoralDegree", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "ProfessionalDoctorate", cert, 0.80, "an accredited qualification for professional practice");
        put(m, "ResearchDoctorate", cert, 0.80, "an accredited qualification that crowns a programme of study");
        put(m, "QualityAssuranceCredential", cert, 0.70, "assures that prescribed requirements are met");
        put(m, "Diploma", cert, 0.70, "awarded by an institution for completing a course of study");
        put(m, "SecondarySchoolDiploma", cert, 0.70, "awarded by an institution for completing a course of study");
        put(m, "GeneralEducationDevelopment", cert, 0.70, "an equivalency credential awarded by examination");
        put(m, "Competency", LevelKind.SKILL, 0.60, "a measurable knowledge, skill or ability; skill unless the "
                + "words say more");
        put(m, "Certificate", LevelKind.SKILL, 0.50, "designates the knowledge and skills of an occupation");
        put(m, "Fieldwork", LevelKind.SKILL, 0.50, "practical work such as an internship or practicum");
        put(m, "Assessment", LevelKind.KNOWLEDGE, 0.60, "the result of an assessment");
        put(m, "Assignment", LevelKind.KNOWLEDGE, 0.50, "the result of an assignment or exam");
        put(m, "Course", LevelKind.KNOWLEDGE, 0.40, "the completion of a course");
        put(m, "CertificateOfCompletion", LevelKind.PARTICIPATION, 0.60, "acknowledges completing an activity");
        put(m, "CoCurricular", LevelKind.PARTICIPATION, 0.50, "a co-curricular activity");
        put(m, "CommunityService", LevelKind.PARTICIPATION, 0.50, "community service");
        put(m, "Membership", LevelKind.PARTICIPATION, 0.40, "membership: taking part, not assessed");
        put(m, "Award", LevelKind.RECOGNITION, 0.60, "an award given in recognition");
        for (String generic : List.of("Achievement", "Badge", "MicroCredential", "LearningProgram")) {
            m.put(generic, new TypeRule(Optional.empty(), 0, "says nothing about the level"));
        }
        ACHIEVEMENT_TYPES = Map.copyOf(m);
    }

    private static void put(Map<String, TypeRule> m, String type, LevelKind kind, double weight, String why) {
        m.put(type, new TypeRule(Optional.of(kind), weight, why));
    }

    /** Participation event words, kept as the level's event kind. */
    static final List<String> EVENT_KINDS =
            List.of("webinar", "seminar", "workshop", "conference", "meetup", "hackathon", "lecture");

    static final KeywordMatcher KEYWORDS;

    static {
        List<KeywordMatcher.Pattern> p = new ArrayList<>();
        add(p, LevelKind.PARTICIPATION.ordinal(), "attend*", "particip*", "webinar*", "seminar*", "workshop*",
                "conference*", "meetup*", "hackathon*", "lecture*", "took part", "take part", "takes part",
                "taking part", "volunteer*", "joined");
        add(p, LevelKind.RECOGNITION.ordinal(), "nominat*", "peer", "peers", "recogni*", "kudos", "shout out",
                "shoutout*", "thank*", "appreciat*", "vote*");
        add(p, LevelKind.KNOWLEDGE.ordinal(), "quiz*", "exam", "exams", "examination*", "test", "tests", "tested",
                "testing", "knowledge", "understand*", "concept*", "theor*", "fundamental*", "introduct*",
                "basics", "foundational", "awareness", "multiple choice");
        add(p, LevelKind.SKILL.ordinal(), "skill", "skills", "skilled", "portfolio*", "practic*", "hands on",
                "demonstrat*", "apply", "applies", "applied", "applying", "source code", "lab", "labs",
                "exercise*", "perform", "performs", "performed", "performing", "performance*", "proficien*",
                "competen*", "build", "builds", "built");
        add(p, LevelKind.ABILITY.ordinal(), "capstone*", "mastery", "mastered", "thesis", "theses",
                "dissertation*", "independent*", "real world", "expert*", "advanced", "project", "projects",
                "synthes*");
        add(p, LevelKind.CERTIFICATION.ordinal(), "certified", "certification*", "certify*", "accredit*",
                "licens*", "licenc*", "proctor*", "industry recogni*", "credentialing");
        add(p, FORMAL, "pass", "passed", "passes", "passing", "score*", "grade*", "assess*", "evaluat*",
                "examined", "rubric*");
        add(p, INFORMAL, "no assessment", "no exam", "no test", "no testing", "not assessed", "not graded",
                "without assessment", "without an assessment", "without any assessment", "ungraded",
                "non assessed");
        KEYWORDS = new KeywordMatcher(p);
    }

    private static void add(List<KeywordMatcher.Pattern> list, int group, String... patterns) {
        for (String pattern : patterns) {
            String display = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) + "..." : pattern;
            Optional<String> event = Optional.empty();
            for (String kind : EVENT_KINDS) {
                if (group == LevelKind.PARTICIPATION.ordinal() && pattern.startsWith(kind)) {
                    event = Optional.of(kind);
                }
            }
            list.add(new KeywordMatcher.Pattern(pattern, group, display, event));
        }
    }

    /** The order ties are broken in: the more modest claim first. */
    static final LevelKind[] MODEST_FIRST = {
        LevelKind.PARTICIPATION, LevelKind.RECOGNITION, LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY,
        LevelKind.CERTIFICATION
    };

    private Rules() {
    }
}
