package dev.laurel.badges.examples.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The end-to-end story on PostgreSQL through {@code --jdbc}: the server named by {@code LAUREL_TEST_POSTGRES_URL}
 * (with {@code LAUREL_TEST_POSTGRES_USER} and {@code LAUREL_TEST_POSTGRES_PASSWORD}; {@code .ci/run} starts one),
 * the password handed to each child in {@code LAUREL_JDBC_PASSWORD}. Each run gets a schema of its own (the URL's
 * {@code currentSchema}), dropped at the end, so reruns start empty. Without the URL the class does not run and
 * says why; with {@code LAUREL_REQUIRE_POSTGRES=1} (as in CI) a missing or unreachable server is a failure.
 */
class PostgresServeEndToEndTest extends ServeEndToEndContract {

    private static final String URL = System.getenv("LAUREL_TEST_POSTGRES_URL");
    private static final String USER = env("LAUREL_TEST_POSTGRES_USER", "laurel");
    private static final String PASSWORD = env("LAUREL_TEST_POSTGRES_PASSWORD", "");
    private static final boolean REQUIRED = "1".equals(System.getenv("LAUREL_REQUIRE_POSTGRES"));

    /** Lower case, letters, digits and underscores only: safe to put into DDL as it is. */
    private final String schema = "laurel_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    @Override
    void prepareStore() {
        String why = null;
        if (URL == null || URL.isBlank()) {
            why = "LAUREL_TEST_POSTGRES_URL is not set (.ci/run starts PostgreSQL 15 and sets it)";
        } else {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                s.execute("CREATE SCHEMA " + schema);
                created = true;
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
        System.out.println("[PostgreSQL] the PostgreSQL half of the end-to-end test did NOT run: " + why);
        Assumptions.abort("the PostgreSQL half of the end-to-end test did not run: " + why);
    }

    @Override
    List<String> storeArgs() {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return List.of("--data", dataFolder().toString(), "--jdbc", url, "--jdbc-user", USER);
    }

    @Override
    Map<String, String> childEnvironment() {
        return Map.of("LAUREL_JDBC_PASSWORD", PASSWORD);
    }

    @Override
    void cleanStore() throws SQLException {
        if (created) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
