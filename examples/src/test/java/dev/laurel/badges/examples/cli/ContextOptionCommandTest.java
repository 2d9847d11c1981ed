package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --context URL=FILE} on sign and verify: a vendor extension context signs and verifies, never fetched. */
class ContextOptionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VENDOR = "https://vendor.example/contexts/badge-extension/v1";
    private static final String VENDOR_CONTEXT = "{\"@context\":{\"@version\":1.1,\"@protected\":true,"
            + "\"vendorLevel\":\"https://vendor.example/vocab#level\"}}";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A key, a credential it issues that uses the vendor context, and the context file. */
    private String[] setUp() throws IOException {
        Path keys = dir.resolve("keys");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", keys.toString()).exit()).isZero();
        String did = Files.readAllLines(keys.resolve("did.txt")).get(0);
        String credential = ValidateCommandTest.VALID_OB3.replace("https://example.com/issuers/876543", did)
                .replace("\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"",
                        "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\", \"" + VENDOR + "\"")
                .replace("\"type\": [\"AchievementSubject\"],", "\"type\": [\"AchievementSubject\"], \"vendorLevel\": \"gold\",");
        assertThat(credential).contains(VENDOR).contains("vendorLevel");
        return new String[] {keys.resolve("private.jwk.json").toString(), write("credential.json", credential).toString(),
            VENDOR + "=" + write("vendor.jsonld", VENDOR_CONTEXT)};
    }

    @Test
    void aVendorContextSignsAndVerifiesOnlyWhenRegistered() throws IOException {
        String[] f = setUp();
        CliRun unregistered = CliRun.of("sign", "--key", f[0], "--suite", "eddsa-rdfc-2022", f[1]);
        assertThat(unregistered.exit()).isEqualTo(1);
        assertThat(unregistered.err().strip()).doesNotContain("\n").contains(VENDOR);

        Path signed = dir.resolve("signed.json");
        CliRun sign = CliRun.of("sign", "--key", f[0], "--suite", "eddsa-rdfc-2022", "--context", f[2], f[1],
                "--out", signed.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();

        CliRun verified = CliRun.of("verify", "--offline", "--format", "json", "--context", f[2], signed.toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(JSON.readTree(verified.out().strip()).get("verified").asBoolean()).isTrue();

        CliRun without = CliRun.of("verify", "--offline", "--format", "json", signed.toString());
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.out()).contains("proof.context").contains(VENDOR);
    }

    @Test
    void mistakesAreUsageErrorsOnOneLine() throws IOException {
        String[] f = setUp();
        String bundled = "https://www.w3.org/ns/credentials/v2=" + dir.resolve("vendor.jsonld");
        String notAContext = VENDOR + "=" + write("list.json", "[1, 2]");
        String unsafe = VENDOR + "=" + write("nest.json", "{\"@context\":{\"hidden\":\"@nest\"}}");
        String[][] cases = {
            {"verify", "--offline", "--context", "no-equals-sign", f[1]},
            {"verify", "--offline", "--context", VENDOR + "=" + dir.resolve("missing.json"), f[1]},
            {"verify", "--offline", "--context", bundled, f[1]},
            {"verify", "--offline", "--context", notAContext, f[1]},
            {"verify", "--offline", "--context", unsafe, f[1]},
            {"verify", "--offline", "--context", f[2], "--context", f[2], f[1]},
            {"verify", "--offline", "--context", "urn:x:y=" + dir.resolve("vendor.jsonld"), f[1]},
            {"sign", "--key", f[0], "--suite", "eddsa-rdfc-2022", "--context", bundled, f[1]},
            {"sign", "--key", f[0], "--suite", "vc-jwt-eddsa", "--context", f[2], f[1]},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).as(run.err()).doesNotContain("\n").startsWith("laurel: ")
                    .doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }
}
