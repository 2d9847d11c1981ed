package dev.laurel.badges.core.taxonomy.pathway;

/** The kinds of {@link Step}, to switch on. */
public enum StepKind {
    /** {@link Step.RequiredAchievement}: a specific achievement. */
    REQUIRED_ACHIEVEMENT,
    /** {@link Step.AnyOf}: any N of a set of steps. */
    ANY_OF,
    /** {@link Step.CompetencyAtLevel}: any credential at or above a level, aligned to a competency. */
    COMPETENCY_AT_LEVEL,
    /** {@link Step.SubPathway}: another pathway, by id. */
    SUB_PATHWAY
}
