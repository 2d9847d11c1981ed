package dev.laurel.badges.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckIdTest {

    static final List<CheckId> ALL = Stream.of(DocumentCheck.values(), JwsCheck.values(), VcJwtCheck.values(),
            ProofCheck.values(), Ob2Check.values(), CredentialCheck.values(), VerifierCheck.values())
            .flatMap(Stream::of).map(CheckId.class::cast).toList();

    @Test
    void everyIdIsUniqueAndFoundAgain() {
        Set<String> seen = new HashSet<>();
        for (CheckId step : ALL) {
            assertThat(seen.add(step.id())).as("duplicate id %s", step.id()).isTrue();
            assertThat(CheckId.of(step.id())).contains(step);
        }
        assertThat(seen).hasSize(50);
        assertThat(CheckId.of("jws.nonsense")).isEmpty();
    }

    @Test
    void idsKeepTheirWireForm() {
        // The ids are an interface scripts branch on (docs/CLI.md): a rename would break them.
        assertThat(JwsCheck.SIGNATURE.id()).isEqualTo("jws.signature");
        assertThat(ProofCheck.KEY_BINDING.id()).isEqualTo("proof.key-binding");
        assertThat(Ob2Check.REVOCATION_LIST.id()).isEqualTo("ob2.revocation");
        assertThat(CredentialCheck.STATUS.id()).isEqualTo("status.revocation");
        assertThat(DocumentCheck.REFRESH.id()).isEqualTo("refresh");
    }

    @Test
    void everyIdIsListedInTheVerificationGuide() throws IOException {
        Path guide = Path.of("..", "docs", "VERIFICATION.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        for (CheckId step : ALL) {
            assertThat(text).as("docs/VERIFICATION.md lists %s", step.id())
                    .contains("`" + step.id() + "`")
                    .contains(step.getClass().getSimpleName() + "." + step.name());
        }
    }
}
