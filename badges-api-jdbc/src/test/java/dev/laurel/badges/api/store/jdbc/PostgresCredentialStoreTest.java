package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.laurel.badges.api.store.CredentialStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server, named by {@code LAUREL_TEST_POSTGRES_URL} (with
 * {@code LAUREL_TEST_POSTGRES_USER} and {@code LAUREL_TEST_POSTGRES_PASSWORD}); {@code .ci/run} starts one.
 * Without the URL these tests do not run and say why; with {@code LAUREL_REQUIRE_POSTGRES=1} (as in CI) a
 * missing or unreachable server is a failure instead.
 */
class PostgresCredentialStoreTest extends CredentialStoreContract {

    static final String URL = System.getenv("LAUREL_TEST_POSTGRES_URL");
    static final String USER = env("LAUREL_TEST_POSTGRES_USER", "laurel");
    static final String PASSWORD = env("LAUREL_TEST_POSTGRES_PASSWORD", "");
    static final boolean REQUIRED = "1".equals(System.getenv("LAUREL_REQUIRE_POSTGRES"));

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    @BeforeAll
    static void requirePostgres() {
        String why = null;
        if (URL == null || URL.isBlank()) {
            why = "LAUREL_TEST_POSTGRES_URL is not set (.ci/run starts PostgreSQL 15 and sets it)";
        } else {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            } catch (SQLException e) {
                why = "PostgreSQL at " + URL + " cannot be reached: " + e.getMessage();
            }
        }
        if (why == null) {
            return;
        }
        if (REQUIRED) {
            fail("LAUREL_REQUIRE_POSTGRES=1 but " + why);
        }
        System.out.println("[PostgreSQL] the PostgreSQL half of the store tests did NOT run: " + why);
        Assumptions.abort("the PostgreSQL half of the store tests did not run: " + why);
    }

    @Override
    CredentialStore open() {
        return JdbcCredentialStore.of(URL, USER, PASSWORD);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** A schema of its own in the test database (the role may not create databases), dropped after. */
    @Override
    void withEmptyDatabase(EmptyDatabaseTest test) throws Exception {
        String schema = "laurel_empty_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            config.setUsername(USER);
            config.setPassword(PASSWORD);
            config.setMaximumPoolSize(2);
            try (HikariDataSource empty = new HikariDataSource(config)) {
                test.run(empty);
            }
        } finally {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
