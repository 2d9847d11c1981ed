package dev.laurel.badges.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.store.CredentialQuery;
import dev.laurel.badges.api.store.StoredCredential;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost when the process dies mid-upsert: a separate JVM upserts into an H2 store
 * in a loop and is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux) at a random point; the
 * reopened store holds every credential whose upsert had returned, each whole, and nothing else but
 * possibly the one in flight.
 */
class CrashDurabilityTest {

    @TempDir
    Path dir;

    /** Credential {@code n}: large enough (about 20 KB) that a torn write would show. */
    static String credential(int n) {
        return TestCredentials.json(n, "2010-01-01T00:00:00Z")
                .replace("Team members are nominated", "x".repeat(20_000) + " Team members are nominated");
    }

    @Test
    void everyAcknowledgedUpsertSurvivesAKillAndNoRowIsPartial() throws Exception {
        String owner = "killed-learner";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                UpsertUntilKilledMain.class.getName(), dir.toString(), owner)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int killAfter = ThreadLocalRandom.current().nextInt(25, 60);
        List<Integer> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
            String line;
            while ((line = out.readLine()) != null) {
                assertThat(line).startsWith("ACK ");
                acknowledged.add(Integer.parseInt(line.substring(4)));
                if (acknowledged.size() == killAfter) {
                    child.destroyForcibly();
                }
            }
        } catch (IOException e) {
            // The pipe may break when the child dies: what was read is what was acknowledged.
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(killAfter);
        int last = acknowledged.get(acknowledged.size() - 1);

        try (JdbcCredentialStore reopened = JdbcCredentialStore.h2(dir)) {
            List<StoredCredential> stored = reopened.list(owner, CredentialQuery.of(CredentialQuery.MAX_LIMIT, 0)).credentials();
            List<Integer> found = new ArrayList<>();
            for (StoredCredential c : stored) {
                int n = Integer.parseInt(c.credentialId().orElseThrow().substring("http://example.edu/credentials/".length()));
                assertThat(c.payload()).as("credential %d is whole", n).isEqualTo(credential(n));
                found.add(n);
            }
            assertThat(found).as("every acknowledged upsert").containsAll(acknowledged);
            assertThat(found).as("nothing but the acknowledged ones and the one in flight")
                    .isSubsetOf(concat(acknowledged, last + 1));
        }
    }

    private static List<Integer> concat(List<Integer> list, int one) {
        List<Integer> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}
