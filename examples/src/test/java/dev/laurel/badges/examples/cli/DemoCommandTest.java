package dev.laurel.badges.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoRunsTheWholeLifecycleAndWhatItWritesVerifiesOffline() throws IOException {
        CliRun demo = CliRun.of("demo", "--out", dir.toString(), "--now", "2026-11-23T12:00:00Z");
        assertThat(demo.exit()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("15 of 15 verified").contains("ACCEPT").doesNotContain("[FAIL]")
                .contains("Demo complete");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .contains("credentials/ob3-skill.json", "credentials/ob3-skill.jwt",
                            "credentials/ob2-assertion.jwt", "images/ob3-skill.png", "images/ob3-certification.svg",
                            "keys/issuer-ed25519.private.jwk.json", "hosted/url-map.json");
        }
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", "--now", "2026-11-23T12:00:00Z",
                "--recipient", "email:alice@example.org", "--url-map", dir.resolve("hosted/url-map.json").toString(),
                dir.resolve("credentials").toString(), dir.resolve("images").toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.lines()).hasSize(15).allMatch(l -> l.get("verified").asBoolean());
    }

    @Test
    void badNowIsAUsageError() {
        CliRun demo = CliRun.of("demo", "--now", "yesterday");
        assertThat(demo.exit()).isEqualTo(2);
        assertThat(demo.err()).contains("--now");
    }

    @Test
    void recipientMismatchMakesVerifiedFalse() throws IOException {
        assertThat(CliRun.of("demo", "--out", dir.toString()).exit()).isZero();
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", "--recipient", "email:mallory@example.org",
                dir.resolve("credentials/ob3-skill.json").toString());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.lines().get(0).get("verified").asBoolean()).isFalse();
        assertThat(verify.lines().get(0).get("checks").findValuesAsText("id")).contains("recipient.match");
    }
}
