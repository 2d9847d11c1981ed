package dev.laurel.badges.examples.cli;

import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.CredentialStore;
import dev.laurel.badges.api.store.StoreException;
import dev.laurel.badges.api.store.jdbc.JdbcAuthorizationStore;
import dev.laurel.badges.api.store.jdbc.JdbcCredentialStore;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code laurel serve} and {@code laurel users} keep the backpack: the embedded H2 database under
 * {@code --data}, or the database of {@code --jdbc} (the password from {@value #JDBC_PASSWORD_ENV}). Both
 * commands open the same stores with the same flags, so an account added by {@code users add} is the one
 * {@code serve} signs in.
 */
final class StoreOptions {

    /** The environment variable holding the password of {@code --jdbc-user}. */
    static final String JDBC_PASSWORD_ENV = "LAUREL_JDBC_PASSWORD";

    /**
     * Flyway reports every migration step at INFO through java.util.logging (no SLF4J provider is on the class
     * path): start-up notices that are not for command-line users. Held so the level is not lost.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Folder of the server's data: the embedded H2 database lives here unless --jdbc is given.")
    Path data;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Keep the backpack in this database instead (jdbc:postgresql://HOST/DB); the password comes"
                    + " from the environment variable " + JDBC_PASSWORD_ENV + ".")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "With --jdbc: the database user.")
    String jdbcUser;

    /** Checks the flags together before anything is opened, and keeps Flyway's start-up notices off stderr. */
    void check() {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        if (jdbcUser != null && jdbcUrl == null) {
            throw new UsageException("--jdbc-user needs --jdbc");
        }
    }

    /** Opens the credential store. */
    CredentialStore credentials() {
        try {
            if (jdbcUrl != null) {
                return JdbcCredentialStore.of(jdbcUrl, jdbcUser, password());
            }
            return JdbcCredentialStore.h2(dataFolder());
        } catch (StoreException e) {
            throw new UsageException("cannot open the credential store: " + e.getMessage() + lockedHint(e));
        }
    }

    /** Opens the store of accounts, clients and tokens (the same database). */
    AuthorizationStore authorizations() {
        try {
            if (jdbcUrl != null) {
                return JdbcAuthorizationStore.of(jdbcUrl, jdbcUser, password());
            }
            return JdbcAuthorizationStore.h2(dataFolder());
        } catch (StoreException e) {
            throw new UsageException("cannot open the account store: " + e.getMessage() + lockedHint(e));
        }
    }

    /** H2 lets one process open a folder: the usual cause is a {@code laurel serve} running on it. */
    private String lockedHint(StoreException e) {
        return jdbcUrl == null && String.valueOf(e.getMessage()).contains("locked")
                ? " (another process, such as a running laurel serve, has this --data folder open: stop it first,"
                        + " or keep the backpack in PostgreSQL with --jdbc)"
                : "";
    }

    private static String password() {
        String password = System.getenv(JDBC_PASSWORD_ENV);
        return password == null ? "" : password;
    }

    private Path dataFolder() {
        try {
            Files.createDirectories(data);
            return data;
        } catch (IOException e) {
            throw new UsageException("cannot create --data folder " + SafeText.escape(data.toString()) + ": " + e.getMessage());
        }
    }
}
