package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.AuthorizationStore;
import org.junit.jupiter.api.BeforeAll;

/**
 * The authorization store contract on a real PostgreSQL server, with the same set-up and the same rule as
 * {@link PostgresCredentialStoreTest}: without {@code LAUREL_TEST_POSTGRES_URL} these tests do not run and
 * say why; with {@code LAUREL_REQUIRE_POSTGRES=1} a missing server is a failure.
 */
class PostgresAuthorizationStoreTest extends AuthorizationStoreContract {

    @BeforeAll
    static void requirePostgres() {
        PostgresCredentialStoreTest.requirePostgres();
    }

    @Override
    AuthorizationStore open() {
        return openPostgres();
    }

    /** The authorization store on the test server (after {@link #requirePostgres()}). */
    static JdbcAuthorizationStore openPostgres() {
        return JdbcAuthorizationStore.of(PostgresCredentialStoreTest.URL, PostgresCredentialStoreTest.USER,
                PostgresCredentialStoreTest.PASSWORD);
    }
}
