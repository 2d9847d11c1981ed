package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code laurel sign --suite ecdsa-sd-2023} and {@code laurel derive}, run as commands: keygen p256, sign a
 * base proof with mandatory pointers, derive a disclosure, verify it; tampered or wrong input fails.
 */
class DeriveCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path keys;
    private Path base;
    private Path credential;

    @BeforeEach
    void signBaseProof() throws IOException {
        keys = dir.resolve("keys");
        assertThat(CliRun.of("keygen", "--type", "p256", "--out", keys.toString()).exit()).isZero();
        String did = Files.readAllLines(keys.resolve("did.txt")).get(0);
        credential = Files.writeString(dir.resolve("credential.json"),
                ValidateCommandTest.VALID_OB3.replace("https://example.com/issuers/876543", did), StandardCharsets.UTF_8);
        base = dir.resolve("base.json");
        CliRun sign = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ecdsa-sd-2023",
                "--mandatory", "/issuer", "--mandatory", "/validFrom", credential.toString(), "--out", base.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.err()).contains("ecdsa-sd-2023").contains("laurel derive");
    }

    private CliRun derive(String... pointers) {
        String[] args = new String[pointers.length * 2 + 4];
        args[0] = "derive";
        for (int i = 0; i < pointers.length; i++) {
            args[1 + 2 * i] = "--reveal";
            args[2 + 2 * i] = pointers[i];
        }
        args[args.length - 3] = "--out";
        args[args.length - 2] = dir.resolve("derived.json").toString();
        args[args.length - 1] = base.toString();
        return CliRun.of(args);
    }

    @Test
    void signDeriveVerify() throws IOException {
        JsonNode baseJson = JSON.readTree(base.toFile());
        assertThat(baseJson.at("/proof/cryptosuite").asText()).isEqualTo("ecdsa-sd-2023");
        assertThat(baseJson.at("/proof/proofValue").asText()).startsWith("u2V0A");
        assertThat(CliRun.of("verify", "--offline", base.toString()).exit()).as("a base proof is for the holder").isEqualTo(1);

        CliRun derive = derive("/name", "/credentialSubject/achievement");

        assertThat(derive.exit()).as(derive.err()).isZero();
        assertThat(derive.err().strip()).isEqualTo("derived OpenBadgeCredential revealing 2 pointers besides the mandatory"
                + " statements into " + dir.resolve("derived.json"));
        Path derived = dir.resolve("derived.json");
        assertThat(JSON.readTree(derived.toFile()).at("/proof/proofValue").asText()).startsWith("u2V0B");
        CliRun verify = CliRun.of("verify", "--offline", "--format", "json", derived.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.lines().get(0).get("verified").asBoolean()).isTrue();

        ObjectNode tampered = (ObjectNode) JSON.readTree(derived.toFile());
        tampered.put("name", "Leadership Badge");
        Path forged = Files.writeString(dir.resolve("forged.json"), JSON.writeValueAsString(tampered));
        assertThat(CliRun.of("verify", "--offline", forged.toString()).exit()).isEqualTo(1);
    }

    @Test
    void derivingToStdoutWithoutSelectivePointersKeepsTheMandatoryStatements() throws IOException {
        CliRun derive = CliRun.of("derive", base.toString());

        assertThat(derive.exit()).as(derive.err()).isZero();
        JsonNode derived = JSON.readTree(derive.out());
        assertThat(derived.has("issuer")).isTrue();
        assertThat(derived.has("validFrom")).isTrue();
        assertThat(derived.has("credentialSubject")).isFalse();
        assertThat(derive.err()).contains("revealing 0 pointers");
    }

    @Test
    void badPointersAreOneTypedLine() {
        CliRun nothing = derive("/credentialSubject/nothing");
        assertThat(nothing.exit()).as("a pointer that names nothing in the input").isEqualTo(1);
        assertThat(nothing.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .startsWith("laurel: cannot derive from " + base + ": ").endsWith("[INVALID_POINTER]");
        for (String pointer : new String[] {"name", "/a~9", "/a~"}) {
            CliRun derive = derive(pointer);
            assertThat(derive.exit()).as("not a JSON Pointer: a usage error: " + pointer).isEqualTo(2);
            assertThat(derive.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                    .contains("--reveal " + pointer + " is not a JSON Pointer");
        }
        CliRun badSyntax = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ecdsa-sd-2023",
                "--mandatory", "issuer", credential.toString());
        assertThat(badSyntax.exit()).isEqualTo(2);
        assertThat(badSyntax.err()).contains("--mandatory issuer is not a JSON Pointer");
        CliRun sign = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ecdsa-sd-2023",
                "--mandatory", "/nothing", credential.toString());
        assertThat(sign.exit()).isEqualTo(1);
        assertThat(sign.err().strip()).doesNotContain("\n").endsWith("[INVALID_POINTER]");
    }

    @Test
    void wrongInputAndUsageErrors() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.json"), ValidateCommandTest.VALID_OB3);
        CliRun noProof = CliRun.of("derive", plain.toString());
        assertThat(noProof.exit()).isEqualTo(1);
        assertThat(noProof.err()).contains("no ecdsa-sd-2023 proof").contains("[INVALID_DOCUMENT]");

        CliRun derived = derive("/name");
        assertThat(derived.exit()).isZero();
        CliRun again = CliRun.of("derive", dir.resolve("derived.json").toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("derived proof, not a base proof");

        assertThat(CliRun.of("derive", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("derive", "--unknown", base.toString()).exit()).isEqualTo(2);
        Path p384 = dir.resolve("p384");
        assertThat(CliRun.of("keygen", "--type", "p384", "--out", p384.toString()).exit()).isZero();
        CliRun wrongKey = CliRun.of("sign", "--key", p384.resolve("private.jwk.json").toString(), "--suite",
                "ecdsa-sd-2023", plain.toString());
        assertThat(wrongKey.exit()).isEqualTo(2);
        assertThat(wrongKey.err().strip()).isEqualTo("laurel: ecdsa-sd-2023 needs a P-256 key, got P384");
        CliRun misplaced = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                "ecdsa-rdfc-2019", "--mandatory", "/issuer", plain.toString());
        assertThat(misplaced.exit()).isEqualTo(2);
        assertThat(misplaced.err()).contains("--mandatory applies to ecdsa-sd-2023 only");
    }
}
