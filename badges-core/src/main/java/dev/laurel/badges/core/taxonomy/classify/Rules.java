package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.LevelKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard classifier's tables and weights. docs/TAXONOMY.md lists the same tables; change both
 * together.
 */
final class Rules {

    static final double ASSESSMENT_DEFINED = 0.40;
    static final double RUBRIC_DEFINED = 0.20;
    static final double RESULTS_RECORDED = 0.20;
    static final double CREDITS = 0.15;
    static final double LICENSE_NUMBER = 0.50;
    static final double EVIDENCE_PRESENT = 0.15;
    static final double COMPETENCY_ALIGNMENT = 0.15;
    static final double TAG_LEVEL_ID = 0.40;
    /** A CTDL credential alignment that names a certification; more when it names its accreditation. */
    static final double CREDENTIAL_ALIGNMENT = 0.25;
    static final double ACCREDITED_CREDENTIAL_ALIGNMENT = 0.45;
    /** What is left of an achievementType's weight when the rest of the badge points to the other family. */
    static final double CONTRADICTED_TYPE_FACTOR = 0.25;
    /** The least weight of the other family's evidence that contradicts an achievementType. */
    static final double CONTRADICTION_THRESHOLD = 0.30;
    /** What is left of a certification's score when nothing shows an accreditation. */
    static final double UNACCREDITED_FACTOR = 0.5;
    /**
     * The share of a lower formal rung's score that ability or certification adds when it has at least
     * {@link #LADDER_MINIMUM} of its own: they crown the rungs below.
     */
    static final double LADDER_SHARE = 0.5;
    static final double LADDER_MINIMUM = 0.30;
    /** Words of accreditation are rare and specific: they weigh this much more than other keywords. */
    static final double ACCREDITATION_FACTOR = 1.5;
    /** The highest confidence of a level that only one kind of evidence speaks for. */
    static final double SINGLE_SOURCE_CONFIDENCE = 0.75;

    /** The least score, and the least confidence, with which a level is named. */
    static final double MIN_SCORE = 0.40;
    static final double MIN_CONFIDENCE = 0.30;
    /** An inferred level is never as sure as a declared one. */
    static final double MAX_INFERRED = 0.95;

    /** Where keywords were found, with the weight of the first keyword, of each further one, and the cap. */
    enum Source {
        CRITERIA(ReasonCode.CRITERIA_KEYWORDS, "the criteria narrative", 0.30, 0.10, 0.50, 0.20, 0.05, 0.30),
        DESCRIPTION(ReasonCode.DESCRIPTION_KEYWORDS, "the name or description", 0.15, 0.05, 0.25, 0.10, 0.05, 0.15),
        TAGS(ReasonCode.TAG_KEYWORDS, "the tags", 0.30, 0.10, 0.40, 0.20, 0.05, 0.30),
        EVIDENCE(ReasonCode.EVIDENCE_KEYWORDS, "the evidence", 0.20, 0.05, 0.30, 0.10, 0.05, 0.15),
        ISSUER(ReasonCode.ISSUER_KIND, "the issuer's profile", 0.15, 0.05, 0.20, 0.05, 0.0, 0.05);

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
            boolean family = group == Lexicon.FORMAL || group == Lexicon.INFORMAL;
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

    /** Standard types that are awarded only after an accredited or regulated process: accreditation evidence. */
    static final java.util.Set<String> ACCREDITED_TYPES = java.util.Set.of("License", "ApprenticeshipCertificate",
            "JourneymanCertificate", "MasterCertificate", "Degree", "AssociateDegree", "BachelorDegree", "MasterDegree",
            "DoctoralDegree", "ProfessionalDoctorate", "ResearchDoctorate", "QualityAssuranceCredential",
            "Diploma", "SecondarySchoolDiploma", "GeneralEducationDevelopment");

    /** The order ties are broken in: the more modest claim first. */
    static final LevelKind[] MODEST_FIRST = {
        LevelKind.PARTICIPATION, LevelKind.RECOGNITION, LevelKind.KNOWLEDGE, LevelKind.SKILL, LevelKind.ABILITY,
        LevelKind.CERTIFICATION
    };

    private Rules() {
    }
}
