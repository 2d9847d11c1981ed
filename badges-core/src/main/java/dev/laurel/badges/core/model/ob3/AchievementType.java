package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.model.Term;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind of an achievement, e.g. {@code Badge} or {@code Certification} (OB 3.0 {@code AchievementType}, an
 * extensible vocabulary: other values start with {@code ext:}).
 *
 * <p>A value outside the vocabulary is still held (and written back) as it is; {@link #isAllowed()} tells whether
 * it is a standard term or an {@code ext:} extension.
 *
 * @param value the term as written, e.g. {@code "Achievement"}
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementtype">Open Badges 3.0, AchievementType</a>
 */
public record AchievementType(String value) implements Term {

    /** {@code Achievement}: a generic achievement. */
    public static final AchievementType ACHIEVEMENT = new AchievementType("Achievement");

    /** {@code ApprenticeshipCertificate}: earned through work-based learning and earn-and-learn models. */
    public static final AchievementType APPRENTICESHIP_CERTIFICATE =
            new AchievementType("ApprenticeshipCertificate");

    /** {@code Assessment}: an evaluation of the nature, ability or quality of an entity. */
    public static final AchievementType ASSESSMENT = new AchievementType("Assessment");

    /** {@code Assignment}: the result of a curricular or co-curricular assignment or exam. */
    public static final AchievementType ASSIGNMENT = new AchievementType("Assignment");

    /** {@code AssociateDegree}: a college award for the first one to two years of post-secondary study. */
    public static final AchievementType ASSOCIATE_DEGREE = new AchievementType("AssociateDegree");

    /** {@code Award}: an award. */
    public static final AchievementType AWARD = new AchievementType("Award");

    /** {@code Badge}: a visual symbol with verifiable claims, per the Open Badges specification. */
    public static final AchievementType BADGE = new AchievementType("Badge");

    /** {@code BachelorDegree}: a college award for three to five years of study. */
    public static final AchievementType BACHELOR_DEGREE = new AchievementType("BachelorDegree");

    /** {@code Certificate}: shows the knowledge and skills of an occupation, profession or academic programme. */
    public static final AchievementType CERTIFICATE = new AchievementType("Certificate");

    /** {@code CertificateOfCompletion}: acknowledges completion of an assignment, training or other activity. */
    public static final AchievementType CERTIFICATE_OF_COMPLETION = new AchievementType("CertificateOfCompletion");

    /** {@code Certification}: a time-limited, revocable, renewable credential from an authoritative body. */
    public static final AchievementType CERTIFICATION = new AchievementType("Certification");

    /** {@code CommunityService}: community service. */
    public static final AchievementType COMMUNITY_SERVICE = new AchievementType("CommunityService");

    /** {@code Competency}: a measurable or observable knowledge, skill or ability. */
    public static final AchievementType COMPETENCY = new AchievementType("Competency");

    /** {@code Course}: a course completion. */
    public static final AchievementType COURSE = new AchievementType("Course");

    /** {@code CoCurricular}: a co-curricular activity. */
    public static final AchievementType CO_CURRICULAR = new AchievementType("CoCurricular");

    /** {@code Degree}: an academic credential for a programme or course of study, typically over several years. */
    public static final AchievementType DEGREE = new AchievementType("Degree");

    /** {@code Diploma}: awarded by an educational institution for completing a course of study. */
    public static final AchievementType DIPLOMA = new AchievementType("Diploma");

    /** {@code DoctoralDegree}: the highest award, after a bachelor's and a master's degree. */
    public static final AchievementType DOCTORAL_DEGREE = new AchievementType("DoctoralDegree");

    /** {@code Fieldwork}: practical activities away from school or the workplace, e.g. internships. */
    public static final AchievementType FIELDWORK = new AchievementType("Fieldwork");

    /** {@code GeneralEducationDevelopment}: (GED) awarded by examination for secondary-school-level knowledge. */
    public static final AchievementType GENERAL_EDUCATION_DEVELOPMENT =
            new AchievementType("GeneralEducationDevelopment");

    /** {@code JourneymanCertificate}: awarded to skilled workers for completing an apprenticeship. */
    public static final AchievementType JOURNEYMAN_CERTIFICATE = new AchievementType("JourneymanCertificate");

    /** {@code LearningProgram}: a set of learning opportunities leading to an outcome. */
    public static final AchievementType LEARNING_PROGRAM = new AchievementType("LearningProgram");

    /** {@code License}: awarded by a government agency or authorised body as legal authority to practise. */
    public static final AchievementType LICENSE = new AchievementType("License");

    /** {@code Membership}: membership. */
    public static final AchievementType MEMBERSHIP = new AchievementType("Membership");

    /** {@code ProfessionalDoctorate}: a doctoral degree for practice in a profession. */
    public static final AchievementType PROFESSIONAL_DOCTORATE = new AchievementType("ProfessionalDoctorate");

    /**
     * {@code QualityAssuranceCredential}: assures that an organisation, programme or credential meets requirements.
     */
    public static final AchievementType QUALITY_ASSURANCE_CREDENTIAL =
            new AchievementType("QualityAssuranceCredential");

    /** {@code MasterCertificate}: the highest level of skill shown through apprenticeship. */
    public static final AchievementType MASTER_CERTIFICATE = new AchievementType("MasterCertificate");

    /** {@code MasterDegree}: a graduate-level course of study beyond the bachelor's degree. */
    public static final AchievementType MASTER_DEGREE = new AchievementType("MasterDegree");

    /** {@code MicroCredential}: a subset of field-specific knowledge, skills or competencies. */
    public static final AchievementType MICRO_CREDENTIAL = new AchievementType("MicroCredential");

    /** {@code ResearchDoctorate}: a doctoral degree for advanced research beyond the master's level. */
    public static final AchievementType RESEARCH_DOCTORATE = new AchievementType("ResearchDoctorate");

    /** {@code SecondarySchoolDiploma}: awarded for completing a secondary school programme. */
    public static final AchievementType SECONDARY_SCHOOL_DIPLOMA = new AchievementType("SecondarySchoolDiploma");

    private static final List<AchievementType> STANDARD = List.of(
            ACHIEVEMENT, APPRENTICESHIP_CERTIFICATE, ASSESSMENT, ASSIGNMENT, ASSOCIATE_DEGREE, AWARD, BADGE,
            BACHELOR_DEGREE, CERTIFICATE, CERTIFICATE_OF_COMPLETION, CERTIFICATION, COMMUNITY_SERVICE, COMPETENCY,
            COURSE, CO_CURRICULAR, DEGREE, DIPLOMA, DOCTORAL_DEGREE, FIELDWORK, GENERAL_EDUCATION_DEVELOPMENT,
            JOURNEYMAN_CERTIFICATE, LEARNING_PROGRAM, LICENSE, MEMBERSHIP, PROFESSIONAL_DOCTORATE,
            QUALITY_ASSURANCE_CREDENTIAL, MASTER_CERTIFICATE, MASTER_DEGREE, MICRO_CREDENTIAL, RESEARCH_DOCTORATE,
            SECONDARY_SCHOOL_DIPLOMA);

    private static final Set<String> STANDARD_VALUES =
            Set.copyOf(STANDARD.stream().map(AchievementType::value).toList());

    /**
     * Creates a term.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public AchievementType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the term with the given value, standard or not.
     *
     * @param value the term as written
     * @return the term
     * @throws NullPointerException if {@code value} is null
     */
    public static AchievementType of(String value) {
        return new AchievementType(value);
    }

    /**
     * Returns the terms the specification defines, in its order.
     *
     * @return an immutable list
     */
    public static List<AchievementType> standardValues() {
        return STANDARD;
    }

    @Override
    public boolean isStandard() {
        return STANDARD_VALUES.contains(value);
    }

    /**
     * Tells whether the value is an extension term: {@code ext:} followed by letters, digits, {@code .},
     * {@code -} or {@code _}.
     *
     * @return {@code true} for an extension term
     */
    public boolean isExtension() {
        return Ob3Terms.isExtensionTerm(value);
    }

    /**
     * Tells whether the value is allowed: a standard term or an extension term.
     *
     * @return {@code true} if allowed
     */
    public boolean isAllowed() {
        return isStandard() || isExtension();
    }
}
