package dev.laurel.badges.api.store.jdbc;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schema version 3, a Flyway Java migration: fills {@code credential_id_key} (added by V2) for the
 * credentials stored before it, so that {@code findShared} finds them once they are shared. SHA-256 has no SQL
 * spelling common to H2 and PostgreSQL, so the keys are computed here, by the same function as new rows'
 * ({@link JdbcCredentialStore#credentialIdKey}). Registered with
 * {@link org.flywaydb.core.api.configuration.FluentConfiguration#javaMigrations}, not found by a class-path
 * scan, so its class needs no Flyway naming.
 */
final class CredentialIdKeyBackfill implements JavaMigration {

    /** Rows read and written per round, so that a large table is not held in memory. */
    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "backfill credential id key";
    }

    @Override
    public Integer getChecksum() {
        // A fixed value: Flyway then notices if a later Laurel changes what version 3 means.
        return 3_000_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long after = Long.MIN_VALUE;
        while (true) {
            // Walks seq upwards in batches; rows written by this loop no longer match "key IS NULL".
            Map<Long, String> batch = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, credential_id FROM laurel_credentials"
                    + " WHERE credential_id IS NOT NULL AND credential_id_key IS NULL AND seq > ?"
                    + " ORDER BY seq FETCH FIRST " + BATCH + " ROWS ONLY")) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        batch.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE laurel_credentials SET credential_id_key = ? WHERE seq = ?")) {
                for (Map.Entry<Long, String> row : batch.entrySet()) {
                    // credential_id was stored normalised (V1), so the key is computed from it as it is.
                    ps.setString(1, JdbcCredentialStore.credentialIdKey(row.getValue()));
                    ps.setLong(2, row.getKey());
                    ps.addBatch();
                    after = row.getKey();
                }
                ps.executeBatch();
            }
        }
    }
}
