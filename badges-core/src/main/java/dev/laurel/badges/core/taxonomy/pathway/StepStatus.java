package dev.laurel.badges.core.taxonomy.pathway;

/** How far a step is met; ordered, and never lowered by adding credentials. */
public enum StepStatus {
    /** Nothing toward the step yet. */
    MISSING,
    /** Part of a composite step is met. */
    IN_PROGRESS,
    /** The step is met. */
    DONE
}
