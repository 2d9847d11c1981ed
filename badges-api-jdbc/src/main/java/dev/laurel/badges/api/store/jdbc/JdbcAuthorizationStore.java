package dev.laurel.badges.api.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.ConsumedCode;
import dev.laurel.badges.api.store.RegisteredClient;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.StoredAuthorizationCode;
import dev.laurel.badges.api.store.StoredToken;
import dev.laurel.badges.api.store.StoredUser;
import dev.laurel.badges.api.store.TokenKind;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link AuthorizationStore} in a relational database through JDBC: H2 (embedded, the default) or
 * PostgreSQL, in the same schema as {@link JdbcCredentialStore} (tables {@code laurel_users},
 * {@code laurel_clients}, {@code laurel_authorization_codes}, {@code laurel_tokens}; Flyway migrations
 * {@code db/migration/laurel}). Both stores may be open at once on one folder or database: {@code laurel
 * serve} opens both.
 *
 * <p>Each operation is one transaction; a code is consumed and a token revoked by one conditional
 * {@code UPDATE}, so of two concurrent callers exactly one wins. Thread-safe. Close it to close its
 * connection pool (not a {@link DataSource} given to {@link #of(DataSource)}).
 */
public final class JdbcAuthorizationStore implements AuthorizationStore {

    /** Unique violation (both databases). */
    private static final String UNIQUE = "23505";
    /** Foreign key violation: PostgreSQL's, H2's (parent missing). */
    private static final Set<String> FOREIGN_KEY = Set.of("23503", "23506");

    private static final String TOKEN_COLUMNS = "token_hash, kind, client_id, user_name, scope, grant_id, issued_at,"
            + " expires_at, revoked";
    private static final String CODE_COLUMNS = "code_hash, client_id, user_name, redirect_uri, scope, code_challenge,"
            + " code_challenge_method, grant_id, created_at, expires_at, used_at";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcSupport db;
    private final Clock clock;

    private JdbcAuthorizationStore(JdbcSupport db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens (creating it if needed) the embedded H2 database {@code laurel} in a folder, the same database
     * {@link JdbcCredentialStore#h2(Path)} opens; both may be open at once in one JVM.
     *
     * @param dir the folder; created if missing
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} when the folder cannot be created or the
     *     database cannot be opened (e.g. another process holds it), or {@link StoreCode#SCHEMA}
     * @throws IllegalArgumentException if the folder's path contains {@code ;}
     * @throws NullPointerException if {@code dir} is null
     */
    public static JdbcAuthorizationStore h2(Path dir) {
        return new JdbcAuthorizationStore(JdbcSupport.h2(dir), Clock.systemUTC());
    }

    /**
     * Opens a store by JDBC URL, with a pool of ten connections; e.g.
     * {@code jdbc:postgresql://db.example.org:5432/laurel}. The schema is created or migrated.
     *
     * @param jdbcUrl the JDBC URL (PostgreSQL or H2)
     * @param user the database user
     * @param password the user's password
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#SCHEMA}
     * @throws NullPointerException if an argument is null
     */
    public static JdbcAuthorizationStore of(String jdbcUrl, String user, String password) {
        return new JdbcAuthorizationStore(JdbcSupport.url(jdbcUrl, user, password), Clock.systemUTC());
    }

    /**
     * Opens a store on the caller's {@link DataSource}; {@link #close()} leaves it open.
     *
     * @param dataSource the data source
     * @return the store
     * @throws StoreException with {@link StoreCode#UNAVAILABLE} or {@link StoreCode#SCHEMA}
     * @throws NullPointerException if {@code dataSource} is null
     */
    public static JdbcAuthorizationStore of(DataSource dataSource) {
        return new JdbcAuthorizationStore(JdbcSupport.borrowed(dataSource), Clock.systemUTC());
    }

    // ---- users ----

    @Override
    public StoredUser addUser(String name, String passwordHash) {
        AuthorizationStore.requireName(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db.transaction("addUser", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO laurel_users (name, password_hash, created_at, disabled) VALUES (?, ?, ?, FALSE)")) {
                ps.setString(1, name);
                ps.setString(2, passwordHash);
                ps.setLong(3, now.toEpochMilli());
                insert(ps, "a user named " + name + " exists already");
            }
            return new StoredUser(name, passwordHash, now, false);
        });
    }

    @Override
    public Optional<StoredUser> user(String name) {
        Objects.requireNonNull(name, "name");
        return db.transaction("user", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, password_hash, created_at, disabled FROM laurel_users WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredUser(rs.getString(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getBoolean(4))) : Optional.empty();
                }
            }
        });
    }

    // ---- clients ----

    @Override
    public void addClient(RegisteredClient client) {
        Objects.requireNonNull(client, "client");
        db.transaction("addClient", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_clients (client_id, client_secret_hash,"
                    + " client_id_issued_at, client_secret_expires_at, client_name, redirect_uris, scope, grant_types,"
                    + " token_endpoint_auth_method, metadata, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, client.clientId());
                ps.setString(2, client.secretHash());
                ps.setLong(3, client.issuedAt().getEpochSecond());
                ps.setLong(4, client.secretExpiresAt().map(Instant::getEpochSecond).orElse(0L));
                ps.setString(5, client.clientName());
                ps.setString(6, jsonArray(client.redirectUris()));
                ps.setString(7, String.join(" ", client.scopes()));
                ps.setString(8, jsonArray(List.copyOf(client.grantTypes())));
                ps.setString(9, client.tokenEndpointAuthMethod());
                ps.setString(10, client.metadata());
                ps.setBoolean(11, client.revoked());
                insert(ps, "a client with id " + client.clientId() + " exists already");
            }
            return null;
        });
    }

    @Override
    public Optional<RegisteredClient> client(String clientId) {
        Objects.requireNonNull(clientId, "clientId");
        return db.transaction("client", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT client_id, client_secret_hash, client_id_issued_at,"
                    + " client_secret_expires_at, client_name, redirect_uris, scope, grant_types,"
                    + " token_endpoint_auth_method, metadata, revoked FROM laurel_clients WHERE client_id = ?")) {
                ps.setString(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long expires = rs.getLong(4);
                    return Optional.of(new RegisteredClient(rs.getString(1), rs.getString(2),
                            Instant.ofEpochSecond(rs.getLong(3)),
                            expires == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expires)),
                            rs.getString(5), parseArray(rs.getString(6)), words(rs.getString(7)),
                            new LinkedHashSet<>(parseArray(rs.getString(8))), rs.getString(9),
                            rs.getString(10), rs.getBoolean(11)));
                }
            }
        });
    }

    // ---- codes ----

    @Override
    public void addCode(StoredAuthorizationCode code) {
        Objects.requireNonNull(code, "code");
        db.transaction("addCode", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_authorization_codes (" + CODE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                ps.setString(1, code.codeHash());
                ps.setString(2, code.clientId());
                ps.setString(3, code.userName());
                ps.setString(4, code.redirectUri());
                ps.setString(5, String.join(" ", code.scopes()));
                ps.setString(6, code.codeChallenge());
                ps.setString(7, code.codeChallengeMethod());
                ps.setString(8, code.grantId());
                ps.setLong(9, code.created().toEpochMilli());
                ps.setLong(10, code.expires().toEpochMilli());
                insert(ps, "the authorization code is stored already");
            }
            return null;
        });
    }

    @Override
    public Optional<ConsumedCode> consumeCode(String codeHash, Instant at) {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(at, "at");
        return db.transaction("consumeCode", Connection.TRANSACTION_READ_COMMITTED, c -> {
            // The conditional update is the atomic step: of two concurrent exchanges one updates the row, the
            // other waits for its lock, then finds used_at set and updates nothing.
            int updated;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_authorization_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, codeHash);
                updated = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + CODE_COLUMNS + " FROM laurel_authorization_codes WHERE code_hash = ?")) {
                ps.setString(1, codeHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    StoredAuthorizationCode code = new StoredAuthorizationCode(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), words(rs.getString(5)), rs.getString(6),
                            rs.getString(7), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)),
                            Instant.ofEpochMilli(rs.getLong(10)));
                    Optional<Instant> before = updated == 1 ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(rs.getLong(11)));
                    return Optional.of(new ConsumedCode(code, before));
                }
            }
        });
    }

    // ---- tokens ----

    @Override
    public void addToken(StoredToken token) {
        Objects.requireNonNull(token, "token");
        db.transaction("addToken", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO laurel_tokens (" + TOKEN_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, token.tokenHash());
                ps.setString(2, token.kind().name());
                ps.setString(3, token.clientId());
                ps.setString(4, token.userName());
                ps.setString(5, String.join(" ", token.scopes()));
                ps.setString(6, token.grantId());
                ps.setLong(7, token.issued().toEpochMilli());
                ps.setLong(8, token.expires().toEpochMilli());
                ps.setBoolean(9, token.revoked());
                insert(ps, "the token is stored already");
            }
            return null;
        });
    }

    @Override
    public Optional<StoredToken> token(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return db.transaction("token", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + TOKEN_COLUMNS + " FROM laurel_tokens WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredToken(rs.getString(1), TokenKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), words(rs.getString(5)), rs.getString(6),
                            Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)),
                            rs.getBoolean(9))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean revokeToken(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return db.transaction("revokeToken", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_tokens SET revoked = TRUE WHERE token_hash = ? AND revoked = FALSE")) {
                ps.setString(1, tokenHash);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int revokeGrant(String grantId) {
        Objects.requireNonNull(grantId, "grantId");
        return db.transaction("revokeGrant", Connection.TRANSACTION_READ_COMMITTED, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_tokens SET revoked = TRUE WHERE grant_id = ? AND revoked = FALSE")) {
                ps.setString(1, grantId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int purgeExpired(Instant before) {
        Objects.requireNonNull(before, "before");
        return db.transaction("purgeExpired", Connection.TRANSACTION_READ_COMMITTED, c -> {
            int n = 0;
            for (String sql : List.of("DELETE FROM laurel_tokens WHERE expires_at < ?",
                    "DELETE FROM laurel_authorization_codes WHERE expires_at < ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, before.toEpochMilli());
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * Runs an insert, turning a taken key into {@link StoreCode#DUPLICATE} and a missing client into
     * {@link StoreCode#UNKNOWN_CLIENT}: the caller's data, not a collision to retry.
     */
    private static void insert(PreparedStatement ps, String duplicateMessage) throws SQLException {
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE.equals(e.getSQLState())) {
                throw new StoreException(StoreCode.DUPLICATE, duplicateMessage, "", e);
            }
            if (FOREIGN_KEY.contains(e.getSQLState())) {
                throw new StoreException(StoreCode.UNKNOWN_CLIENT, "the entry names a client that is not registered",
                        "", e);
            }
            throw e;
        }
    }

    /** Space-separated words, as the scope columns hold them. */
    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.trim().split(" +")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A JSON array of strings, as the URI and grant type columns hold them. */
    private static String jsonArray(List<String> values) throws SQLException {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write a JSON array", e);
        }
    }

    private static List<String> parseArray(String json) throws SQLException {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored JSON array cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
