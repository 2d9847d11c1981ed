/**
 * The vocabulary of verification, the ground floor of badges-verify: what a step checks ({@link
 * dev.laurel.badges.verify.report.CheckId}, an enum per specification area), what it found ({@link
 * dev.laurel.badges.verify.report.Check}, {@link dev.laurel.badges.verify.report.Outcome}), the report of a
 * whole badge or presentation (with {@link dev.laurel.badges.verify.report.Presented}: one nested report per
 * credential inside), the recipient it is matched against, and the base exception. Every other package of
 * the module may import this one; it imports none of them.
 */
package dev.laurel.badges.verify.report;
