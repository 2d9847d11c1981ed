/**
 * Runnable examples that read like the README: issue and bake a badge, verify a hosted OB 2.0 badge,
 * bulk-issue to many learners, and an employer's automated decision. Each has a {@code main} and a
 * {@code run} method that the tests call.
 *
 * <pre>{@code
 * java -cp examples/target/laurel.jar dev.laurel.badges.examples.IssueAndBake /tmp/badge.png
 * }</pre>
 */
package dev.laurel.badges.examples;
