/**
 * Validation of the model: Jakarta Validation constraints ({@link dev.laurel.badges.core.constraint.Iri}
 * and the standard ones) and the specification rules beyond them, behind
 * {@link dev.laurel.badges.core.validation.BadgeValidator}, which works without an Expression Language
 * implementation on the class path. Valid input is recognised by a walker over the records
 * ({@code ModelWalker}, internal) that checks the same constraints and rules without Hibernate Validator;
 * only input in which it finds something goes to Hibernate Validator, which is started on first need and
 * reports the problems.
 *
 * <pre>{@code
 * for (Problem p : BadgeValidator.standard().validate(credential)) {
 *     System.out.println(p); // "/credentialSubject: ... [SUBJECT_NOT_IDENTIFIED]"
 * }
 * }</pre>
 */
package dev.laurel.badges.core.validation;
