package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeygenCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void ed25519WritesBothJwksAndTheDidKey() throws IOException {
        Path out = dir.resolve("issuer");
        CliRun run = CliRun.of("keygen", "--type", "ed25519", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();

        LaurelKey priv = KeyPairs.fromJwk(read(out.resolve("private.jwk.json")));
        LaurelKey pub = KeyPairs.fromJwk(read(out.resolve("public.jwk.json")));
        assertThat(priv.kind()).isEqualTo(KeyKind.ED25519);
        assertThat(priv.canSign()).isTrue();
        assertThat(pub.canSign()).isFalse();
        assertThat(pub.publicKey()).isEqualTo(priv.publicKey());

        JsonNode publicJwk = JSON.readTree(read(out.resolve("public.jwk.json")));
        assertThat(publicJwk.has("d")).isFalse();
        assertThat(publicJwk.get("kid").asText()).isEqualTo(pub.thumbprint());
        assertThat(JSON.readTree(read(out.resolve("private.jwk.json"))).get("kid").asText()).isEqualTo(pub.thumbprint());

        String did = priv.didKey();
        List<String> lines = Files.readAllLines(out.resolve("did.txt"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(did).startsWith("did:key:z6Mk");
        assertThat(lines.get(1)).isEqualTo(did + "#" + did.substring("did:key:".length()));

        assertThat(run.err().strip()).doesNotContain("\n").contains("ed25519").contains(pub.thumbprint()).contains(did);
    }

    @Test
    void rsaAndP256WriteJwksOfTheirKindAndOnlyRsaHasNoDid() throws IOException {
        for (String[] type : new String[][] {{"rsa", "RSA"}, {"p256", "EC"}}) {
            Path out = dir.resolve(type[0]);
            CliRun run = CliRun.of("keygen", "--type", type[0], "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode priv = JSON.readTree(read(out.resolve("private.jwk.json")));
            assertThat(priv.get("kty").asText()).isEqualTo(type[1]);
            assertThat(priv.has("d")).isTrue();
            assertThat(KeyPairs.fromJwk(priv.toString()).canSign()).isTrue();
            assertThat(JSON.readTree(read(out.resolve("public.jwk.json"))).has("d")).isFalse();
            if (type[0].equals("rsa")) {
                assertThat(out.resolve("did.txt")).doesNotExist();
            }
        }
        assertThat(KeyPairs.fromJwk(read(dir.resolve("p256/public.jwk.json"))).kind()).isEqualTo(KeyKind.P256);
    }

    @Test
    void p256AndP384WriteAndPrintTheirDidKey() throws IOException {
        for (String[] type : new String[][] {{"p256", "did:key:zDn", "P256"}, {"p384", "did:key:z82", "P384"}}) {
            Path out = dir.resolve(type[0]);
            CliRun run = CliRun.of("keygen", "--type", type[0], "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            LaurelKey pub = KeyPairs.fromJwk(read(out.resolve("public.jwk.json")));
            assertThat(pub.kind()).isEqualTo(KeyKind.valueOf(type[2]));
            List<String> lines = Files.readAllLines(out.resolve("did.txt"));
            assertThat(lines.get(0)).startsWith(type[1]).isEqualTo(pub.didKey());
            assertThat(lines.get(1)).isEqualTo(pub.didKeyVerificationMethod());
            assertThat(run.err()).contains(pub.didKey()).contains(type[0]);
        }
    }

    @Test
    void thePrivateKeyFileIsReadableByItsOwnerOnly() throws IOException {
        CliRun run = CliRun.of("keygen", "--type", "p256", "--out", dir.toString());
        assertThat(run.exit()).isZero();
        Path priv = dir.resolve("private.jwk.json");
        if (Files.getFileStore(priv).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        } else {
            assertThat(priv).isRegularFile();
        }
        // No temporary file is left behind.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "private.jwk.json", "public.jwk.json", "did.txt");
        }
    }

    @Test
    void existingKeysAreKeptUnlessForced() throws IOException {
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", dir.toString()).exit()).isZero();
        String first = read(dir.resolve("private.jwk.json"));

        CliRun again = CliRun.of("keygen", "--type", "ed25519", "--out", dir.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(read(dir.resolve("private.jwk.json"))).isEqualTo(first);

        CliRun forced = CliRun.of("keygen", "--type", "ed25519", "--out", dir.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(read(dir.resolve("private.jwk.json"))).isNotEqualTo(first);
        LaurelKey replaced = KeyPairs.fromJwk(read(dir.resolve("private.jwk.json")));
        assertThat(Files.readAllLines(dir.resolve("did.txt")).get(0))
                .isEqualTo(replaced.didKey());
    }

    @Test
    void anExistingDidFileAloneBlocksEveryType() throws IOException {
        Files.writeString(dir.resolve("did.txt"), "did:key:mine\n");
        for (String type : List.of("ed25519", "rsa")) {
            CliRun run = CliRun.of("keygen", "--type", type, "--out", dir.toString());
            assertThat(run.exit()).as(type).isEqualTo(2);
            assertThat(dir.resolve("private.jwk.json")).doesNotExist();
            assertThat(read(dir.resolve("did.txt"))).isEqualTo("did:key:mine\n");
        }
    }

    @Test
    void aForcedKeyOfAnotherTypeRemovesTheOldDid() throws IOException {
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", dir.toString()).exit()).isZero();
        assertThat(dir.resolve("did.txt")).exists();
        CliRun run = CliRun.of("keygen", "--type", "rsa", "--out", dir.toString(), "--force");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("did.txt")).doesNotExist();
        assertThat(KeyPairs.fromJwk(read(dir.resolve("private.jwk.json"))).kind()).isEqualTo(KeyKind.RSA);
    }

    @Test
    void anOutPathThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        CliRun run = CliRun.of("keygen", "--type", "rsa", "--out", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a folder");
    }

    @Test
    void anUnknownTypeIsAUsageError() {
        CliRun run = CliRun.of("keygen", "--type", "dsa", "--out", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--type");
        assertThat(dir.resolve("private.jwk.json")).doesNotExist();
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        CliRun run = CliRun.of("keygen", "--type", "rsa", "--out", dir.toString(), "--bits", "4096");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--bits");
        assertThat(dir.resolve("private.jwk.json")).doesNotExist();
    }

    @Test
    void aMissingOutIsAUsageError() {
        CliRun run = CliRun.of("keygen", "--type", "rsa");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void everyRunMakesANewKey() throws IOException {
        CliRun.of("keygen", "--type", "ed25519", "--out", dir.resolve("a").toString());
        CliRun.of("keygen", "--type", "ed25519", "--out", dir.resolve("b").toString());
        assertThat(read(dir.resolve("a/public.jwk.json"))).isNotEqualTo(read(dir.resolve("b/public.jwk.json")));
    }
}
