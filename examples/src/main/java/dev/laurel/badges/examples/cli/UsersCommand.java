package dev.laurel.badges.examples.cli;

import dev.laurel.badges.api.provider.oauth.Passwords;
import dev.laurel.badges.api.store.AuthorizationStore;
import dev.laurel.badges.api.store.StoreCode;
import dev.laurel.badges.api.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code laurel users}: the learner accounts of {@code laurel serve} (who can sign in and authorise applications). */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Learner accounts of laurel serve: add one (the password is read from standard input).",
        subcommands = UsersCommand.Add.class)
final class UsersCommand implements Runnable {

    @ParentCommand
    Laurel laurel;

    @Override
    public void run() {
        throw new UsageException("users needs a subcommand: add");
    }

    /**
     * {@code laurel users add NAME --data DIR}: adds an account whose password is the first line of standard input
     * (never a flag: flags end up in shell histories and process lists), stored as an argon2id hash.
     */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account. The password is the first line of standard input (at least 8 characters).")
    static final class Add implements Callable<Integer> {

        /** The shortest password accepted. */
        static final int MIN_PASSWORD = 8;

        /** The longest first line read (a password, not a file). */
        static final int MAX_LINE = 1024;

        @Parameters(index = "0", paramLabel = "NAME", description = "The account name (1 to 255 characters, no spaces):"
                + " what the learner types to sign in, and the owner of the credentials applications push.")
        String name;

        @Mixin
        StoreOptions store;

        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            store.check();
            if (name.isEmpty() || name.length() > 255 || !name.chars().allMatch(c -> c > 0x20 && c != 0x7f)) {
                throw new UsageException("NAME must be 1 to 255 characters without spaces or control characters");
            }
            char[] password = readPassword(users.laurel == null ? System.in : users.laurel.stdin());
            try {
                if (password.length < MIN_PASSWORD) {
                    throw new UsageException("the password (first line of standard input) must have at least "
                            + MIN_PASSWORD + " characters");
                }
                String hash = Passwords.hash(password);
                try (AuthorizationStore accounts = store.authorizations()) {
                    accounts.addUser(name, hash);
                } catch (StoreException e) {
                    if (e.code() == StoreCode.DUPLICATE) {
                        throw new UsageException("an account named " + SafeText.escape(name) + " already exists");
                    }
                    throw new UsageException("cannot add the account: " + e.getMessage());
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getErr().println("laurel users: added " + SafeText.escape(name));
            return Laurel.OK;
        }

        private static char[] readPassword(InputStream in) {
            byte[] line = new byte[MAX_LINE];
            int n = 0;
            try {
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (n == MAX_LINE) {
                        throw new UsageException("the first line of standard input is longer than " + MAX_LINE + " bytes");
                    }
                    line[n++] = (byte) b;
                }
            } catch (IOException e) {
                throw new UsageException("cannot read the password from standard input: " + e.getMessage());
            }
            if (n > 0 && line[n - 1] == '\r') {
                n--;
            }
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(line, 0, n));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            Arrays.fill(line, (byte) 0);
            return out;
        }
    }
}
