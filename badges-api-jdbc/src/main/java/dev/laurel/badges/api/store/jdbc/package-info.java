/**
 * The {@link dev.laurel.badges.api.store.CredentialStore} on JDBC: an embedded H2 file database by default
 * (no set-up), PostgreSQL by JDBC URL for production, the schema created and migrated by Flyway, connections
 * pooled by HikariCP, one transaction per operation.
 *
 * <pre>{@code
 * try (JdbcCredentialStore store = JdbcCredentialStore.h2(Path.of("backpack"))) {       // development
 *     store.upsert("alice", CredentialFormat.JSON, json);
 * }
 * try (JdbcCredentialStore store = JdbcCredentialStore.of(
 *         "jdbc:postgresql://db.example.org:5432/laurel", "laurel", password)) {      // production
 *     CredentialPage first = store.list("alice", CredentialQuery.of(50, 0));
 * }
 * }</pre>
 *
 * <p>The schema, its tables and how it is migrated: docs/API.md, "Schema and migrations".
 */
package dev.laurel.badges.api.store.jdbc;
