package dev.laurel.badges.examples.cli;

import dev.laurel.badges.api.provider.oauth.Passwords;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.StoredUser;
import dev.laurel.badges.api.store.jdbc.JdbcAuthorizationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code laurel users add}: the account is stored as a password hash that signs in, and mistakes are usage errors. */
class UsersCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return Laurel.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void addStoresAnArgon2HashOfTheFirstLineOfStandardInput() throws Exception {
        assertThat(run("correct horse battery\r\nignored second line\n", "users", "add", "alice", "--data", data.toString()))
                .isEqualTo(Laurel.OK);
        assertThat(err.toString()).contains("added alice").doesNotContain("correct horse");
        assertThat(out.toString()).isEmpty();
        try (AuthorizationStore store = JdbcAuthorizationStore.h2(data)) {
            StoredUser user = store.user("alice").orElseThrow();
            assertThat(user.passwordHash()).startsWith("$argon2id$").doesNotContain("correct horse");
            assertThat(Passwords.verify("correct horse battery".toCharArray(), user.passwordHash())).isTrue();
            assertThat(Passwords.verify("correct horse battery\r".toCharArray(), user.passwordHash())).isFalse();
        }
    }

    @Test
    void aTakenNameAShortPasswordOrABadNameIsAUsageError() {
        assertThat(run("long enough pw\n", "users", "add", "bob", "--data", data.toString())).isEqualTo(Laurel.OK);
        assertThat(run("another password\n", "users", "add", "bob", "--data", data.toString())).isEqualTo(Laurel.USAGE);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("short\n", "users", "add", "carol", "--data", data.toString())).isEqualTo(Laurel.USAGE);
        assertThat(err.toString()).contains("at least 8");
        assertThat(run("", "users", "add", "dave", "--data", data.toString())).isEqualTo(Laurel.USAGE);
        assertThat(run("long enough pw\n", "users", "add", "has space", "--data", data.toString())).isEqualTo(Laurel.USAGE);
        assertThat(run("long enough pw\n", "users", "add", "erin")).isEqualTo(Laurel.USAGE);
        assertThat(run("long enough pw\n", "users", "add", "erin", "--data", data.toString(), "--jdbc-user", "x"))
                .isEqualTo(Laurel.USAGE);
        assertThat(run("", "users")).isEqualTo(Laurel.USAGE);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
