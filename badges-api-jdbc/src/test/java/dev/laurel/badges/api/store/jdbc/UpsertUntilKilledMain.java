package dev.laurel.badges.api.store.jdbc;

import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.UpsertOutcome;
import java.nio.file.Path;

/**
 * The child process of {@link CrashDurabilityTest}: upserts credential after credential into an H2 store
 * and prints {@code ACK n} once the upsert of credential {@code n} has returned, until it is killed.
 */
public final class UpsertUntilKilledMain {

    private UpsertUntilKilledMain() {
    }

    /**
     * Runs until killed.
     *
     * @param args the store's folder and the owner
     */
    public static void main(String[] args) {
        JdbcCredentialStore store = JdbcCredentialStore.h2(Path.of(args[0]));
        String owner = args[1];
        System.out.println("READY");
        System.out.flush();
        for (int n = 0; ; n++) {
            UpsertOutcome outcome = store.upsert(owner, CredentialFormat.JSON, CrashDurabilityTest.credential(n)).outcome();
            if (outcome != UpsertOutcome.CREATED) {
                throw new IllegalStateException("credential " + n + " was " + outcome);
            }
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
