package dev.laurel.badges.api.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.CredentialPage;
import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.EqualityKey;
import dev.laurel.badges.api.store.IncomingCredential;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredCredential;
import dev.laurel.badges.api.store.StoredProfile;
import dev.laurel.badges.api.store.UpsertOutcome;
import dev.laurel.badges.api.store.UpsertResult;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link CredentialStore} in a relational database through JDBC: H2 (embedded, the default) or PostgreSQL.
 * Opening it creates or migrates the schema with Flyway (scripts {@code db/migration/laurel} in this jar,
 * history table {@code laurel_schema_history}); every table is prefixed {@code laurel_}, so the database
 * may be shared with an application.
 *
 * <p>Each operation is one transaction. Two writers of the same credential meet at the unique constraint on
 * (owner, equality key) or at the row lock of the entry; the loser rolls back and runs again, and so sees
 * the winner's entry: one entry per equal credential, whatever the concurrency. After
 * {@value #MAX_ATTEMPTS} collisions an operation gives up with {@link StoreCode#CONFLICT}.
 *
 * <p>Thread-safe. Close it to close its connection pool (not a {@link DataSource} given to
 * {@link #of(DataSource)}, which stays the caller's).
 */
public final class JdbcCredentialStore implements CredentialStore {

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

    private static final String COLUMNS = "seq, owner, equality_key, issuer_id, credential_id, format, payload, "
            + "valid_from, created_at, updated_at";

    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final Clock clock;
    private volatile boolean closed;

    private JdbcCredentialStore(DataSource dataSource, HikariDataSource ownedPool, Clock clock) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.clock = clock;
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
     * Opens (creating it if needed) the embedded H2 database {@code laurel} in a folder: no server, no
     * set-up. Each commit is written to the file before the call returns ({@code WRITE_DELAY=0}), so an
     * acknowledged upsert survives the process being killed.
     *
     * @param dir the folder; created if missing
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} when the folder cannot be created or the
     *     database cannot be opened (e.g. another process holds it), or {@link StoreCode#SCHEMA}
     * @throws IllegalArgumentException if the folder's path contains {@code ;} (it would end the JDBC URL)
     * @throws NullPointerException if {@code dir} is null
     */
    public static JdbcCredentialStore h2(Path dir) {
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
        HikariDataSource pool = pool(h2Url(absolute), "sa", "", 4);
        return new JdbcCredentialStore(pool, pool, Clock.systemUTC());
    }

    /**
     * The JDBC URL of the H2 store in a folder. WRITE_DELAY=0: a commit is written before it returns (H2's
     * default delays it by up to 500 ms, and CrashDurabilityTest loses acknowledged upserts with it).
     * LOCK_TIMEOUT: a writer waits for another's row lock up to 10 s instead of H2's 1 s.
     */
    static String h2Url(Path absoluteDir) {
        return "jdbc:h2:file:" + absoluteDir.resolve("laurel") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /**
     * Opens a store by JDBC URL, with a pool of ten connections; e.g.
     * {@code jdbc:postgresql://db.example.org:5432/laurel}. The database must exist; the schema is created or
     * migrated.
     *
     * @param jdbcUrl the JDBC URL (PostgreSQL or H2; the drivers of both are dependencies of this module)
     * @param user the database user
     * @param password the user's password
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} when the database cannot be reached, or
     *     {@link StoreCode#SCHEMA}
     * @throws NullPointerException if an argument is null
     */
    public static JdbcCredentialStore of(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        HikariDataSource pool = pool(jdbcUrl, user, password, 10);
        return new JdbcCredentialStore(pool, pool, Clock.systemUTC());
    }

    /**
     * Opens a store on the caller's {@link DataSource} (an application server's, or a pool the application
     * configured). {@link #close()} leaves it open.
     *
     * @param dataSource the data source
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#SCHEMA}
     * @throws NullPointerException if {@code dataSource} is null
     */
    public static JdbcCredentialStore of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcCredentialStore(dataSource, null, Clock.systemUTC());
    }

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
        config.setPoolName("laurel-store");
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
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreCode.SCHEMA, "cannot create or migrate Laurel's schema: "
                    + rootMessage(e), "", e);
        }
    }

    // ---- credentials ----

    @Override
    public UpsertResult upsert(String owner, IncomingCredential credential) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(credential, "credential");
        return transaction("upsert", Connection.TRANSACTION_READ_COMMITTED, c -> {
            Optional<StoredCredential> existing = select(c, owner, credential.key(), true);
            Instant now = now();
            if (existing.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_credentials (owner, equality_key,"
                        + " issuer_id, credential_id, format, payload, valid_from, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, owner);
                    ps.setString(2, credential.key().value());
                    ps.setString(3, credential.key().issuerId());
                    setOptional(ps, 4, credential.key().credentialId().orElse(null));
                    ps.setString(5, credential.format().name());
                    ps.setString(6, credential.payload());
                    setMillis(ps, 7, credential.validFrom());
                    ps.setLong(8, now.toEpochMilli());
                    ps.setLong(9, now.toEpochMilli());
                    ps.executeUpdate();
                }
                StoredCredential created = select(c, owner, credential.key(), false).orElseThrow(
                        () -> new SQLException("the inserted credential is not visible in its own transaction"));
                return new UpsertResult(UpsertOutcome.CREATED, created);
            }
            StoredCredential stored = existing.get();
            if (!credential.supersedes(stored.validFrom())) {
                return new UpsertResult(UpsertOutcome.KEPT_NEWER, stored);
            }
            Instant updated = now.isBefore(stored.updated()) ? stored.updated() : now;
            try (PreparedStatement ps = c.prepareStatement("UPDATE laurel_credentials SET issuer_id = ?,"
                    + " credential_id = ?, format = ?, payload = ?, valid_from = ?, updated_at = ? WHERE seq = ?")) {
                ps.setString(1, credential.key().issuerId());
                setOptional(ps, 2, credential.key().credentialId().orElse(null));
                ps.setString(3, credential.format().name());
                ps.setString(4, credential.payload());
                setMillis(ps, 5, credential.validFrom());
                ps.setLong(6, updated.toEpochMilli());
                ps.setLong(7, stored.sequence());
                ps.executeUpdate();
            }
            return new UpsertResult(UpsertOutcome.UPDATED, new StoredCredential(owner, credential.key(),
                    credential.format(), credential.payload(), credential.validFrom(), stored.created(), updated,
                    stored.sequence()));
        });
    }

    @Override
    public CredentialPage list(String owner, CredentialQuery query) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(query, "query");
        String where = " FROM laurel_credentials WHERE owner = ?" + (query.since().isPresent() ? " AND valid_from > ?" : "");
        // Repeatable read: the total and the page come from one snapshot, so they agree.
        return transaction("list", Connection.TRANSACTION_REPEATABLE_READ, c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
                bindOwnerAndSince(ps, owner, query);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StoredCredential> page = new ArrayList<>();
            if (query.offset() < total) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + where
                        + " ORDER BY seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                    int next = bindOwnerAndSince(ps, owner, query);
                    ps.setInt(next, query.offset());
                    ps.setInt(next + 1, query.limit());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            page.add(credential(rs));
                        }
                    }
                }
            }
            return new CredentialPage(page, total, query);
        });
    }

    @Override
    public Optional<StoredCredential> find(String owner, EqualityKey key) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(key, "key");
        return transaction("find", Connection.TRANSACTION_READ_COMMITTED, c -> select(c, owner, key, false));
    }

    private static int bindOwnerAndSince(PreparedStatement ps, String owner, CredentialQuery query) throws SQLException {
        ps.setString(1, owner);
        if (query.since().isPresent()) {
            ps.setLong(2, query.since().get().toEpochMilli());
            return 3;
        }
        return 2;
    }

    private static Optional<StoredCredential> select(Connection c, String owner, EqualityKey key, boolean lock)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM laurel_credentials WHERE owner = ? AND equality_key = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, owner);
            ps.setString(2, key.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(credential(rs)) : Optional.empty();
            }
        }
    }

    private static StoredCredential credential(ResultSet rs) throws SQLException {
        long validFrom = rs.getLong("valid_from");
        Optional<Instant> from = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(validFrom));
        EqualityKey key = new EqualityKey(rs.getString("issuer_id"), Optional.ofNullable(rs.getString("credential_id")),
                rs.getString("equality_key"));
        return new StoredCredential(rs.getString("owner"), key, CredentialFormat.valueOf(rs.getString("format")),
                rs.getString("payload"), from, Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("seq"));
    }

    // ---- profiles ----

    @Override
    public Optional<StoredProfile> profile(String owner) {
        CredentialStore.requireOwner(owner);
        return transaction("profile", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT payload, updated_at FROM laurel_profiles WHERE owner = ?")) {
                ps.setString(1, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredProfile(owner, rs.getString(1),
                            Instant.ofEpochMilli(rs.getLong(2)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public StoredProfile putProfile(String owner, String json) {
        CredentialStore.requireOwner(owner);
        CredentialStore.requireProfileObject(json);
        return transaction("putProfile", Connection.TRANSACTION_READ_COMMITTED, c -> {
            Instant now = now();
            // Update, else insert: portable (no MERGE / ON CONFLICT); two first puts meet at the primary key
            // and the loser runs again as an update.
            int updated;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_profiles SET payload = ?, updated_at = ? WHERE owner = ?")) {
                ps.setString(1, json);
                ps.setLong(2, now.toEpochMilli());
                ps.setString(3, owner);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO laurel_profiles (owner, payload, updated_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, owner);
                    ps.setString(2, json);
                    ps.setLong(3, now.toEpochMilli());
                    ps.executeUpdate();
                }
            }
            return new StoredProfile(owner, json, now);
        });
    }

    // ---- lifecycle ----

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
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T transaction(String operation, int isolation, Work<T> work) {
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void setOptional(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setMillis(PreparedStatement ps, int index, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            ps.setLong(index, time.get().toEpochMilli());
        } else {
            ps.setNull(index, Types.BIGINT);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** A JDBC URL without its parameters (which may hold a password). */
    private static String redact(String url) {
        int q = url.indexOf('?');
        int s = url.indexOf(';');
        int cut = q < 0 ? s : s < 0 ? q : Math.min(q, s);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
