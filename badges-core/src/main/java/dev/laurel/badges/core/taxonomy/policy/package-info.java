/**
 * Deciding about credentials automatically: a {@link dev.laurel.badges.core.taxonomy.policy.Policy} of
 * {@link dev.laurel.badges.core.taxonomy.policy.Condition}s (a closed set of records: minimum level,
 * levels, competency alignment, trusted issuers, verified, issuer key binding, not expired, not revoked,
 * issued within a period) evaluated at an instant to a
 * {@link dev.laurel.badges.core.taxonomy.policy.Decision} (accept, reject or refer to a person) with each
 * condition's outcome, for one credential or a whole backpack. Over a backpack only credentials whose
 * verification the caller supplied as passed are judged unless a preview is asked for
 * ({@link dev.laurel.badges.core.taxonomy.backpack.Counting}); the report lists the others.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .minimumLevel(CredentialLevel.skill())
 *         .trustedIssuers(List.of("https://university.example.org/issuer"))
 *         .requireVerified()
 *         .notExpired()
 *         .build();
 * PolicyReport report = policy.evaluate(backpack, Instant.now());
 * report.best().ifPresent(d -> System.out.println(d.verdict() + " " + d.reasons()));
 * report.ignored(); // unverified credentials not judged, with the reason
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.policy;
