package dev.laurel.badges.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs after the invoker built src/it/consumer: the README's programs printed what they should, on the
 * module path, in a build whose dependencyConvergence rule passed.
 */
class ConsumerOutputIT {

    @Test
    void theReadmeProgramsDidWhatTheySay() throws Exception {
        String log = Files.readString(Path.of("target", "it", "consumer", "build.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("BUILD SUCCESS");
        assertThat(log).contains("maven-enforcer-plugin").contains("DependencyConvergence")
                .doesNotContain("Dependency convergence error");
        assertThat(log).contains("read a OpenBadgeCredential").contains("named Teamwork Badge").contains("\nvalid\n");
        assertThat(log).contains("target/credential.json: verified").contains("target/credential.jwt: verified");
        assertThat(log).contains("target/tampered.json: NOT verified").contains("  proof.signature at /proof/proofValue");
        assertThat(log).contains("mapped Teamwork Badge with [LaurelOpenBadges]");
        assertThat(log).doesNotContain("NoClassDefFoundError").doesNotContain("Exception in thread");
        assertThat(Path.of("target", "it", "consumer", "target", "classes", "module-info.class")).exists();
    }
}
