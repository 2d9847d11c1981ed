package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.AuthorizationStore;
import org.junit.jupiter.api.BeforeAll;

/** The OAuth flow through a restart on PostgreSQL (set-up and rule as {@link PostgresCredentialStoreTest}). */
class PostgresOAuthFlowTest extends OAuthFlowOnJdbcContract {

    @BeforeAll
    static void requirePostgres() {
        PostgresCredentialStoreTest.requirePostgres();
    }

    @Override
    AuthorizationStore open() {
        return PostgresAuthorizationStoreTest.openPostgres();
    }
}
