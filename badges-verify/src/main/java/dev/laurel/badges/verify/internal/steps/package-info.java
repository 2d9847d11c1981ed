/**
 * The steps of the {@code Verifier} pipeline, each small and given what it needs:
 * {@link dev.laurel.badges.verify.internal.steps.ImageInput} (a baked image to the badge it carries),
 * {@link dev.laurel.badges.verify.internal.steps.DocumentChecks} (validity, contexts, schemas, dates),
 * {@link dev.laurel.badges.verify.internal.steps.Ob3Steps} (proof, status, endorsements, recipient of an
 * OB 3.0 credential), {@link dev.laurel.badges.verify.internal.steps.StatusStep},
 * {@link dev.laurel.badges.verify.internal.steps.EndorsementStep} and
 * {@link dev.laurel.badges.verify.internal.steps.Ob2Steps}. Every step adds
 * {@link dev.laurel.badges.verify.report.Check}s to the list it is given and never throws for bad input. Not exported.
 */
package dev.laurel.badges.verify.internal.steps;
