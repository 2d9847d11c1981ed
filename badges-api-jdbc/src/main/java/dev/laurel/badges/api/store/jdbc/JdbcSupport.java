package dev.laurel.badges.api.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the JDBC stores share: opening (H2 folder, pool, Flyway migration of the one schema both use) and
 * running an operation as one transaction with retries. One instance per open store; it owns the pool when
 * the store made it.
 */
final class JdbcSupport implements AutoCloseable {

    /** How many times an operation runs before it gives up on colliding writers. */
    static final int MAX_ATTEMPTS = 10;

    /** Where Flyway finds Laurel's migrations: not the default {@code db/migration}, an application's own. */
    static final String MIGRATIONS = "classpath:db/migration/laurel";

    /** Laurel's own Flyway history table, beside an application's {@code flyway_schema_history}. */
    static final String HISTORY_TABLE = "laurel_schema_history";

    /**
     * SQL states after which the whole transaction is run again: a unique violation (a concurrent insert
     * won), serialization and deadlock failures, H2's lock timeout and concurrent update.
     */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00", "90131");

    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private volatile boolean closed;

    /**
     * Migrates the schema and keeps the data source; closes an owned pool if the migration fails.
     *
     * @param dataSource the data source
     * @param ownedPool  the same data source when the store made it (closed with the store), else null
     */
    JdbcSupport(DataSource dataSource, HikariDataSource ownedPool) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            if (ownedPool != null) {
                ownedPool.close();
            }
            throw e;
        }
    }

    /**
     * Opens an owned pool on the embedded H2 database in a folder (created if missing).
     *
     * @param dir the folder
     * @return the support over a new pool
     */
    static JdbcSupport h2(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path absolute = dir.toAbsolutePath().normalize();
        if (absolute.toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException("the H2 folder's path must not contain ';': " + absolute);
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreException(StoreCode.UNAVAILABLE, "cannot create the store's folder " + absolute + ": "
                    + e.getMessage(), "", e);
        }
        // Two stores on one folder in one JVM (laurel serve opens the credential and the authorization store)
        // share H2's in-process database: the same URL gives the same open database, not a second file lock.
        HikariDataSource pool = pool(h2Url(absolute), "sa", "", 4);
        return new JdbcSupport(pool, pool);
    }

    /**
     * Opens an owned pool of ten connections by JDBC URL.
     *
     * @param jdbcUrl the URL
     * @param user the user
     * @param password the password
     * @return the support over a new pool
     */
    static JdbcSupport url(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        HikariDataSource pool = pool(jdbcUrl, user, password, 10);
        return new JdbcSupport(pool, pool);
    }

    /**
     * Uses the caller's data source, left open on {@link #close()}.
     *
     * @param dataSource the data source
     * @return the support
     */
    static JdbcSupport borrowed(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcSupport(dataSource, null);
    }

    /**
     * The JDBC URL of the H2 store in a folder. WRITE_DELAY=0: a commit is written before it returns (H2's
     * default delays it by up to 500 ms, and CrashDurabilityTest loses acknowledged upserts with it).
     * LOCK_TIMEOUT: a writer waits for another's row lock up to 10 s instead of H2's 1 s.
     */
    static String h2Url(Path absoluteDir) {
        return "jdbc:h2:file:" + absoluteDir.resolve("laurel") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /** Numbers the pools, so that two stores' pools are told apart in Hikari's logs. */
    private static final java.util.concurrent.atomic.AtomicInteger POOLS = new java.util.concurrent.atomic.AtomicInteger();

    private static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(10_000);
        config.setPoolName("laurel-store-" + POOLS.incrementAndGet());
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            // Hikari wraps the driver's failure (unreachable server, wrong password, locked H2 file).
            throw new StoreException(StoreCode.UNAVAILABLE, "cannot connect to " + redact(url) + ": "
                    + rootMessage(e), "", e);
        }
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(JdbcCredentialStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .javaMigrations(new CredentialIdKeyBackfill())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreCode.SCHEMA, "cannot create or migrate Laurel's schema: "
                    + rootMessage(e), "", e);
        }
    }

    /** Closes the pool if it is ours; later transactions fail with {@link StoreCode#CLOSED}. */
    @Override
    public void close() {
        closed = true;
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    // ---- transactions ----

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T transaction(String operation, int isolation, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            requireOpen();
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                int previousIsolation = c.getTransactionIsolation();
                try {
                    if (autoCommit) {
                        c.setAutoCommit(false);
                    }
                    if (previousIsolation != isolation) {
                        c.setTransactionIsolation(isolation);
                    }
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    throw e;
                } finally {
                    restore(c, autoCommit, previousIsolation, isolation);
                }
            } catch (SQLException e) {
                if (closed) {
                    throw closedException(e);
                }
                if (!RETRYABLE.contains(e.getSQLState())) {
                    throw new StoreException(StoreCode.UNAVAILABLE, operation + " failed: " + rootMessage(e)
                            + " (SQL state " + e.getSQLState() + ")", "", e);
                }
                last = e;
                pause(attempt);
            }
        }
        throw new StoreException(StoreCode.CONFLICT, operation + " collided with concurrent writers "
                + MAX_ATTEMPTS + " times: " + rootMessage(last), "", last);
    }

    private static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Gives a caller's connection back as it came (a pool of ours resets it anyway). */
    private static void restore(Connection c, boolean autoCommit, int previousIsolation, int isolation) {
        try {
            if (previousIsolation != isolation) {
                c.setTransactionIsolation(previousIsolation);
            }
            if (autoCommit) {
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // The connection is broken; closing it (next) gives it back to the pool, which discards it.
        }
    }

    /** A short random pause, growing with the attempt, so that colliding writers fall out of step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreCode.UNAVAILABLE, "interrupted while retrying", "", e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw closedException(null);
        }
    }

    private static StoreException closedException(Throwable cause) {
        return new StoreException(StoreCode.CLOSED, "the store is closed", "", cause);
    }

    static void setOptional(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void setMillis(PreparedStatement ps, int index, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            ps.setLong(index, time.get().toEpochMilli());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** A JDBC URL without its parameters (which may hold a password). */
    static String redact(String url) {
        int q = url.indexOf('?');
        int s = url.indexOf(';');
        int cut = q < 0 ? s : s < 0 ? q : Math.min(q, s);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
