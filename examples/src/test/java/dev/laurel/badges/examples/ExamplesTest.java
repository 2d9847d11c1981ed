package dev.laurel.badges.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.core.taxonomy.backpack.UnverifiedReason;
import dev.laurel.badges.core.taxonomy.policy.PolicyReport;
import dev.laurel.badges.core.taxonomy.policy.Verdict;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void issueAndBakeMakesAnSvgThatVerifiesOffline() {
        byte[] svg = IssueAndBake.run(KeyPairs.generate(KeyKind.ED25519), "alice@example.org", Instant.now());
        assertThat(Baker.standard().extract(svg)).isPresent();
        assertThat(Verifier.offline().verify(svg).verified()).isTrue();
    }

    @Test
    void hostedBadgeVerifiesForItsRecipientAndNotForAnother() {
        VerificationReport good = VerifyHostedBadge.run("alice@example.org");
        assertThat(good.failures()).isEmpty();
        assertThat(good.check("hosted.origin").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(VerifyHostedBadge.run("bob@example.org").verified()).isFalse();
    }

    @Test
    void bulkIssueWritesOneVerifiableCredentialPerLearner() throws IOException {
        assertThat(BulkIssue.run(dir, 40, false)).isEqualTo(40);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(40);
            assertThat(Verifier.offline().verify(Files.readAllBytes(all.get(7))).verified()).isTrue();
        }
    }

    @Test
    void employerAcceptsATrustedVerifiedSkillBadgeAndRefersAnUntrustedOne() {
        LaurelKey keys = KeyPairs.generate(KeyKind.ED25519);
        Instant now = Instant.now();
        byte[] badge = IssueAndBake.run(keys, "alice@example.org", now);
        PolicyReport trusted = EmployerDecision.run(List.of(badge), List.of(keys.didKey()), now);
        assertThat(trusted.verdict()).isEqualTo(Verdict.ACCEPT);
        PolicyReport untrusted = EmployerDecision.run(List.of(badge), List.of("did:key:someoneElse"), now);
        assertThat(untrusted.verdict()).isNotEqualTo(Verdict.ACCEPT);
        assertThat(trusted.ignored()).isEmpty();
    }

    @Test
    void employerIgnoresABadgeThatDoesNotVerifyAndSaysSo() {
        LaurelKey keys = KeyPairs.generate(KeyKind.ED25519);
        Instant now = Instant.now();
        String svg = new String(IssueAndBake.run(keys, "alice@example.org", now), StandardCharsets.UTF_8);
        byte[] tampered = svg.replace("small Java programs", "large Java programs").getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(svg.getBytes(StandardCharsets.UTF_8));

        PolicyReport report = EmployerDecision.run(List.of(tampered), List.of(keys.didKey()), now);

        assertThat(report.decisions()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(report.ignored()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnverifiedReason.FAILED));
    }
}
