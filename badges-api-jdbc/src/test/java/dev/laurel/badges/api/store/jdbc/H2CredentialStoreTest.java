package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database ({@link JdbcCredentialStore#h2(Path)}), and its set-ups. */
class H2CredentialStoreTest extends CredentialStoreContract {

    @TempDir
    Path dir;

    @Override
    CredentialStore open() {
        return JdbcCredentialStore.h2(dir);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(JdbcCredentialStore.h2Url(dir.toAbsolutePath().normalize()), "sa", "");
    }

    @Override
    void withEmptyDatabase(EmptyDatabaseTest test) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("empty-" + UUID.randomUUID()).toAbsolutePath() + ";WRITE_DELAY=0");
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        try (HikariDataSource empty = new HikariDataSource(config)) {
            test.run(empty);
        }
    }

    @Test
    void findSharedReadsTheIdIndexNotTheTable() throws SQLException {
        try (Connection c = connect();
             java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN " + JdbcCredentialStore.FIND_SHARED_SQL)) {
            ps.setString(1, "0".repeat(64));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String plan = rs.getString(1);
                assertThat(plan).containsIgnoringCase("LAUREL_CREDENTIALS_BY_CREDENTIAL_ID")
                        .doesNotContainIgnoringCase("tableScan");
            }
        }
    }

    @Test
    void aCallersDataSourceIsUsedAndLeftOpen() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("own").toAbsolutePath() + ";WRITE_DELAY=0");
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        try (HikariDataSource callers = new HikariDataSource(config)) {
            try (CredentialStore own = JdbcCredentialStore.of(callers)) {
                own.upsert(owner, CredentialFormat.JSON, TestCredentials.json(1, null));
            }
            assertThat(callers.isClosed()).as("closing the store leaves the caller's pool open").isFalse();
            try (Connection c = callers.getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM laurel_credentials")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            try (CredentialStore again = JdbcCredentialStore.of(callers)) {
                assertThat(again.list(owner, CredentialQuery.of(10, 0)).total()).isEqualTo(1);
            }
        }
    }

    @Test
    void anUnreachableDatabaseIsUnavailable() {
        assertThatThrownBy(() -> JdbcCredentialStore.of("jdbc:postgresql://127.0.0.1:1/nothing", "laurel", "secret"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreCode.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("127.0.0.1:1").doesNotContain("secret");
                });
    }

    @Test
    void aFolderPathThatWouldEndTheUrlIsRefused() {
        assertThatThrownBy(() -> JdbcCredentialStore.h2(dir.resolve("a;INIT=RUNSCRIPT FROM 'x'")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
