package dev.laurel.badges.api.store.jdbc;

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
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    static final int MAX_ATTEMPTS = JdbcSupport.MAX_ATTEMPTS;

    private static final String COLUMNS = "seq, owner, equality_key, issuer_id, credential_id, format, payload, "
            + "valid_from, created_at, updated_at, visibility";

    /**
     * The shared credentials with one id lookup key, oldest first: "credential_id_key, seq" names the index
     * laurel_credentials_by_credential_id, so the lookup never scans the table (H2CredentialStoreTest checks
     * the plan).
     */
    static final String FIND_SHARED_SQL = "SELECT " + COLUMNS + " FROM laurel_credentials WHERE credential_id_key = ?"
            + audienceCondition(Audience.LINK_HOLDER) + " ORDER BY credential_id_key, seq";

    private final JdbcSupport db;
    private final Clock clock;

    private JdbcCredentialStore(JdbcSupport db, Clock clock) {
        this.db = db;
        this.clock = clock;
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
        return new JdbcCredentialStore(JdbcSupport.h2(dir), Clock.systemUTC());
    }

    /** The JDBC URL of the H2 store in a folder (see {@link JdbcSupport#h2Url}). */
    static String h2Url(Path absoluteDir) {
        return JdbcSupport.h2Url(absoluteDir);
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
        return new JdbcCredentialStore(JdbcSupport.url(jdbcUrl, user, password), Clock.systemUTC());
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
        return new JdbcCredentialStore(JdbcSupport.borrowed(dataSource), Clock.systemUTC());
    }

    // ---- credentials ----

    @Override
    public UpsertResult upsert(String owner, IncomingCredential credential) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(credential, "credential");
        return db.transaction("upsert", Connection.TRANSACTION_READ_COMMITTED, c -> {
            Optional<StoredCredential> existing = select(c, owner, credential.key(), true);
            Instant now = now();
            if (existing.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_credentials (owner, equality_key,"
                        + " issuer_id, credential_id, format, payload, valid_from, created_at, updated_at, visibility,"
                        + " credential_id_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, owner);
                    ps.setString(2, credential.key().value());
                    ps.setString(3, credential.key().issuerId());
                    JdbcSupport.setOptional(ps, 4, credential.key().credentialId().orElse(null));
                    ps.setString(5, credential.format().name());
                    ps.setString(6, credential.payload());
                    JdbcSupport.setMillis(ps, 7, credential.validFrom());
                    ps.setLong(8, now.toEpochMilli());
                    ps.setLong(9, now.toEpochMilli());
                    ps.setString(10, Visibility.PRIVATE.name());
                    JdbcSupport.setOptional(ps, 11, credentialIdKey(credential.key()));
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
            // The visibility is left as it is: the learner's setting outlives a new copy of the credential.
            try (PreparedStatement ps = c.prepareStatement("UPDATE laurel_credentials SET issuer_id = ?,"
                    + " credential_id = ?, format = ?, payload = ?, valid_from = ?, updated_at = ?,"
                    + " credential_id_key = ? WHERE seq = ?")) {
                ps.setString(1, credential.key().issuerId());
                JdbcSupport.setOptional(ps, 2, credential.key().credentialId().orElse(null));
                ps.setString(3, credential.format().name());
                ps.setString(4, credential.payload());
                JdbcSupport.setMillis(ps, 5, credential.validFrom());
                ps.setLong(6, updated.toEpochMilli());
                JdbcSupport.setOptional(ps, 7, credentialIdKey(credential.key()));
                ps.setLong(8, stored.sequence());
                ps.executeUpdate();
            }
            return new UpsertResult(UpsertOutcome.UPDATED, new StoredCredential(owner, credential.key(),
                    credential.format(), credential.payload(), credential.validFrom(), stored.created(), updated,
                    stored.sequence(), stored.visibility()));
        });
    }

    @Override
    public CredentialPage list(String owner, CredentialQuery query) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(query, "query");
        String where = " FROM laurel_credentials WHERE owner = ?" + (query.since().isPresent() ? " AND valid_from > ?" : "")
                + audienceCondition(query.audience());
        // Repeatable read: the total and the page come from one snapshot, so they agree.
        return db.transaction("list", Connection.TRANSACTION_REPEATABLE_READ, c -> {
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
                // "owner, seq" (owner is fixed by the WHERE, so the order is the same): it names the index
                // laurel_credentials_by_owner, so H2 walks it in order. With "ORDER BY seq" alone H2 chose the
                // unique (owner, equality_key) index, read every credential of the owner and sorted them for each
                // page (issue 17's load test: ~40 ms of CPU per page at 2,000 stored credentials).
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + where
                        + " ORDER BY owner, seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
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
        return db.transaction("find", Connection.TRANSACTION_READ_COMMITTED, c -> select(c, owner, key, false));
    }

    /**
     * The SQL condition that keeps what an audience may see, as {@link Visibility#isVisibleTo} says; built from
     * the enum's own answer, so the two cannot disagree. Constants only: nothing of the caller's is spliced in.
     */
    private static String audienceCondition(Audience audience) {
        List<String> visible = new ArrayList<>();
        for (Visibility v : Visibility.values()) {
            if (v.isVisibleTo(audience)) {
                visible.add("'" + v.name() + "'");
            }
        }
        return visible.size() == Visibility.values().length ? "" : " AND visibility IN (" + String.join(", ", visible) + ")";
    }

    @Override
    public Optional<StoredCredential> setVisibility(String owner, EqualityKey key, Visibility visibility) {
        CredentialStore.requireOwner(owner);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(visibility, "visibility");
        return db.transaction("setVisibility", Connection.TRANSACTION_READ_COMMITTED, c -> {
            // updated_at and seq stay: the visibility is the learner's setting, not the credential's content.
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_credentials SET visibility = ? WHERE owner = ? AND equality_key = ?")) {
                ps.setString(1, visibility.name());
                ps.setString(2, owner);
                ps.setString(3, key.value());
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return select(c, owner, key, false);
        });
    }

    @Override
    public Optional<StoredCredential> findShared(String credentialId) {
        String id = EqualityKey.normalize(Objects.requireNonNull(credentialId, "credentialId"));
        String lookup = credentialIdKey(id);
        return db.transaction("findShared", Connection.TRANSACTION_READ_COMMITTED, c -> {
            // The index (credential_id_key, seq) gives the rows in order; credential_id is compared here rather
            // than in SQL (H2 keeps it as a CLOB), which also guards against a digest collision.
            try (PreparedStatement ps = c.prepareStatement(FIND_SHARED_SQL)) {
                ps.setString(1, lookup);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StoredCredential found = credential(rs);
                        if (found.credentialId().filter(id::equals).isPresent()) {
                            return Optional.of(found);
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The lookup key of a normalised credential {@code id}: its SHA-256 as 64 lower-case hexadecimal digits
     * (column {@code credential_id_key}; also what migration V3 writes for older rows).
     *
     * @param normalizedId the id, normalised by {@link EqualityKey#normalize}
     * @return the key
     */
    static String credentialIdKey(String normalizedId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalizedId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String credentialIdKey(EqualityKey key) {
        return key.credentialId().map(JdbcCredentialStore::credentialIdKey).orElse(null);
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
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("seq"),
                Visibility.valueOf(rs.getString("visibility")));
    }

    // ---- profiles ----

    @Override
    public Optional<StoredProfile> profile(String owner) {
        CredentialStore.requireOwner(owner);
        return db.transaction("profile", Connection.TRANSACTION_READ_COMMITTED, c -> {
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
        return db.transaction("putProfile", Connection.TRANSACTION_READ_COMMITTED, c -> {
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

    // ---- chosen pathways ----

    @Override
    public Set<String> chosenPathways(String owner) {
        CredentialStore.requireOwner(owner);
        return db.transaction("chosenPathways", Connection.TRANSACTION_READ_COMMITTED, c -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pathway_id FROM laurel_chosen_pathways WHERE owner = ? ORDER BY sort_order")) {
                ps.setString(1, owner);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return Collections.unmodifiableSet(ids);
        });
    }

    @Override
    public void choosePathways(String owner, Set<String> pathwayIds) {
        CredentialStore.requireOwner(owner);
        // Copied first: the caller's set may change while the transaction runs (or retries).
        List<String> ids = List.copyOf(CredentialStore.requirePathways(pathwayIds));
        db.transaction("choosePathways", Connection.TRANSACTION_READ_COMMITTED, c -> {
            // Delete, then insert: two concurrent choices meet at the primary key and the loser runs again.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM laurel_chosen_pathways WHERE owner = ?")) {
                ps.setString(1, owner);
                ps.executeUpdate();
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO laurel_chosen_pathways (owner, pathway_id, sort_order) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(1, owner);
                        ps.setString(2, ids.get(i));
                        ps.setInt(3, i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    // ---- lifecycle ----

    @Override
    public void close() {
        db.close();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
