/**
 * Verification and signing of Open Badges. Every verification step is reported as a
 * {@link dev.laurel.badges.verify.report.Check} with an {@link dev.laurel.badges.verify.report.Outcome}; configuration
 * and I/O failures are {@link dev.laurel.badges.verify.report.VerifyException}s.
 *
 * <pre>{@code
 * for (Check c : result.checks()) {
 *     if (c.outcome() == Outcome.FAILED) System.out.println(c.id() + " " + c.path() + ": " + c.message());
 * }
 * }</pre>
 */
package dev.laurel.badges.verify;
