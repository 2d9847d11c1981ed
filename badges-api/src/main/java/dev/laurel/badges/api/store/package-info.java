/**
 * The backpack's storage contract for the Open Badges 3.0 API: per learner account, the credentials an
 * application upserted (JSON or VC-JWT, kept exactly as received) and the account's profile.
 *
 * <p>{@link dev.laurel.badges.api.store.CredentialStore} is the interface the provider (to come) calls;
 * {@code JdbcCredentialStore} in the {@code badges-api-jdbc} module implements it on H2 or PostgreSQL.
 * Two credentials are the same entry when the OB 3.0 equality rule says so
 * ({@link dev.laurel.badges.api.store.EqualityKey}); the one with the newer {@code validFrom} is kept.
 *
 * <pre>{@code
 * try (CredentialStore store = JdbcCredentialStore.h2(Path.of("data"))) {
 *     UpsertResult r = store.upsert("alice", CredentialFormat.JWT, compactJws);
 *     int status = r.outcome().httpStatus();                      // 201 or 200
 *     CredentialPage page = store.list("alice", CredentialQuery.of(10, 0));
 *     long total = page.total();                                  // X-Total-Count
 * }
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#api">Open Badges 3.0, API</a>
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#credential-equality-and-comparison">Credential
 *     equality and comparison</a>
 */
package dev.laurel.badges.api.store;
