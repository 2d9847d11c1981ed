package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.KeyStoreSigningKey;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel sign --keystore FILE --key-alias NAME}: a PKCS#12 store keytool made, its password kept off the command line. */
class SignWithKeyStoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "store-secret-7";
    private static final String KEY_URL = "https://example.org/publicKey.json";
    private static final String ISSUER_URL = "https://example.org/organization.json";
    private static final String BADGE_URL = "https://example.org/robotics-badge.json";

    @TempDir
    static Path shared;

    static Path store;
    static Path passwordFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void keytool() throws IOException {
        store = shared.resolve("issuer.p12");
        keytool(store, "issuer-ed25519", "-keyalg", "Ed25519");
        keytool(store, "issuer-p256", "-keyalg", "EC", "-groupname", "secp256r1");
        keytool(store, "issuer-rsa", "-keyalg", "RSA", "-keysize", "2048");
        passwordFile = Files.writeString(shared.resolve("password.txt"), PASSWORD + "\n");
    }

    private static void keytool(Path file, String alias, String... keyOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-alias", alias, "-dname", "CN=" + alias, "-validity", "30"));
        command.addAll(List.of(keyOptions));
        run(command, null);
    }

    /** Runs a process to its end; returns its exit code, stdout and stderr. */
    private static CliRun run(List<String> command, String passwordVariable) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().remove(SignCommand.PASSWORD_VARIABLE);
            if (passwordVariable != null) {
                builder.environment().put(SignCommand.PASSWORD_VARIABLE, passwordVariable);
            }
            Path out = Files.createTempFile("laurel-out", ".txt");
            Path err = Files.createTempFile("laurel-err", ".txt");
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            CliRun result = new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            if (command.get(0).endsWith("keytool") && result.exit() != 0) {
                throw new AssertionError("keytool failed: " + result.out() + result.err());
            }
            return result;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The laurel command line in its own JVM, so that the environment is the test's to set. */
    private static CliRun laurelProcess(String passwordVariable, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Laurel.class.getName()));
        command.addAll(List.of(args));
        return run(command, passwordVariable);
    }

    private static LaurelKey publicKey(String alias) {
        return KeyStoreSigningKey.open(store, alias, PASSWORD.toCharArray()).publicOnly();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static JsonNode jwtPart(String token, int part) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.strip().split("\\.")[part]));
    }

    private static CliRun sign(String alias, String suite, String... rest) {
        List<String> args = new ArrayList<>(List.of("sign", "--keystore", store.toString(), "--key-alias", alias,
                "--keystore-password-file", passwordFile.toString(), "--suite", suite));
        args.addAll(List.of(rest));
        return CliRun.of(args.toArray(String[]::new));
    }

    // ---- round trips ----

    @Test
    void anEd25519EntrySignsAnEddsaRdfcProofThatVerifiesWithTheIssuerBound() throws IOException {
        LaurelKey key = publicKey("issuer-ed25519");
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3.replace("https://example.com/issuers/876543",
                key.didKey()));
        Path signed = dir.resolve("signed.json");
        CliRun run = sign("issuer-ed25519", "eddsa-rdfc-2022", credential.toString(), "--out", signed.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains(key.didKeyVerificationMethod());
        assertThat(run.err()).doesNotContain(PASSWORD);
        VerificationReport report = Verifier.offline().verify(Files.readAllBytes(signed));
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.checks().stream().filter(c -> c.id().equals("proof.key-binding")))
                .isNotEmpty().allMatch(c -> c.outcome() == Outcome.PASSED);
    }

    @Test
    void aP256EntrySignsAnEs256VcJwtCarryingItsPublicJwk() throws IOException {
        CliRun run = sign("issuer-p256", "vc-jwt-es256", write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode header = jwtPart(run.out(), 0);
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("jwk").has("d")).isFalse();
        assertThat(dev.laurel.badges.verify.keys.KeyPairs.fromJwk(header.get("jwk").toString()))
                .isEqualTo(publicKey("issuer-p256"));
        assertThat(VcJwtVerifier.of(dev.laurel.badges.verify.keys.KeyResolver.offline()).withoutKeyBinding()
                .verify(run.out()).verified()).isTrue();
    }

    @Test
    void anRsaEntrySignsAnOb2AssertionThatVerifiesAgainstTheHostedKey() throws IOException {
        CliRun run = sign("issuer-rsa", "ob2-jws", "--kid", KEY_URL,
                write("assertion.json", SignCommandTest.OB2_ASSERTION).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(jwtPart(run.out(), 0).get("alg").asText()).isEqualTo("RS256");
        MapDocumentFetcher documents = MapDocumentFetcher.builder()
                .put(KEY_URL, SignedBadgeSigner.cryptographicKey(KEY_URL, ISSUER_URL, publicKey("issuer-rsa")).toString())
                .put(ISSUER_URL, SignCommandTest.OB2_ISSUER)
                .put(BADGE_URL, SignCommandTest.OB2_BADGE)
                .build();
        SignedBadgeResult result = SignedBadgeVerifier.of(documents).verify(run.out().strip());
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
    }

    @Test
    void aPasswordFileWithCarriageReturnAndByteOrderMarkIsReadAsItsFirstLine() throws IOException {
        Path windows = write("password-crlf.txt", "\uFEFF" + PASSWORD + "\r\nsecond line\r\n");
        CliRun run = CliRun.of("sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", windows.toString(), "--suite", "vc-jwt-es256",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void thePasswordComesFromTheEnvironmentWhenNoFileIsGiven() throws IOException {
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        CliRun withVariable = laurelProcess(PASSWORD, "sign", "--keystore", store.toString(), "--key-alias",
                "issuer-p256", "--suite", "vc-jwt-es256", credential.toString());
        assertThat(withVariable.exit()).as(withVariable.err()).isZero();
        assertThat(jwtPart(withVariable.out(), 0).get("alg").asText()).isEqualTo("ES256");

        CliRun without = laurelProcess(null, "sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--suite", "vc-jwt-es256", credential.toString());
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err().strip()).isEqualTo("laurel: --keystore needs its password: --keystore-password-file "
                + "FILE, or the environment variable LAUREL_KEYSTORE_PASSWORD");
        assertThat(without.out()).isEmpty();
    }

    // ---- refusals: exit 2, one line, no exception class names, never the password ----

    private static void assertUsage(CliRun run, String... fragments) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("laurel: ").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain(PASSWORD).contains(fragments);
    }

    @Test
    void aMissingAliasIsAUsageError() throws IOException {
        assertUsage(CliRun.of("sign", "--keystore", store.toString(), "--keystore-password-file",
                passwordFile.toString(), "--suite", "vc-jwt-es256", write("c.json", ValidateCommandTest.VALID_OB3)
                        .toString()), "--keystore needs --key-alias");
    }

    @Test
    void anAliasTheStoreDoesNotHoldIsAUsageErrorListingTheAliases() throws IOException {
        assertUsage(sign("issuer", "vc-jwt-es256", write("c.json", ValidateCommandTest.VALID_OB3).toString()),
                "'issuer'", "issuer-ed25519, issuer-p256, issuer-rsa", "[KEY_NOT_FOUND]");
    }

    @Test
    void aWrongPasswordIsAUsageError() throws IOException {
        Path wrong = write("wrong.txt", "not-it\n");
        assertUsage(CliRun.of("sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", wrong.toString(), "--suite", "vc-jwt-es256",
                write("c.json", ValidateCommandTest.VALID_OB3).toString()), "[WRONG_PASSWORD]");
        assertUsage(CliRun.of("sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", write("empty.txt", "\n").toString(), "--suite", "vc-jwt-es256",
                write("d.json", ValidateCommandTest.VALID_OB3).toString()), "is empty");
    }

    @Test
    void aFileThatIsNotAKeyStoreOrIsMissingIsAUsageError() throws IOException {
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        assertUsage(CliRun.of("sign", "--keystore", credential.toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", passwordFile.toString(), "--suite", "vc-jwt-es256", credential.toString()),
                "not a key store", "[KEY_STORE_UNREADABLE]");
        assertUsage(CliRun.of("sign", "--keystore", dir.resolve("none.p12").toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", passwordFile.toString(), "--suite", "vc-jwt-es256", credential.toString()),
                "none.p12");
        assertUsage(CliRun.of("sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--keystore-password-file", dir.resolve("none.txt").toString(), "--suite", "vc-jwt-es256",
                credential.toString()), "no such file");
    }

    @Test
    void anEntryOfTheWrongKindIsAUsageErrorAsWithAKeyFile() throws IOException {
        assertUsage(sign("issuer-rsa", "eddsa-rdfc-2022", write("c.json", ValidateCommandTest.VALID_OB3).toString()),
                "eddsa-rdfc-2022 needs an Ed25519 key, got RSA");
    }

    @Test
    void keyFileAndKeyStoreAreAlternatives() throws IOException {
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        Path jwk = dir.resolve("keys");
        assertThat(CliRun.of("keygen", "--type", "p256", "--out", jwk.toString()).exit()).isZero();
        assertUsage(CliRun.of("sign", "--key", jwk.resolve("private.jwk.json").toString(), "--keystore", store.toString(),
                "--key-alias", "issuer-p256", "--keystore-password-file", passwordFile.toString(), "--suite",
                "vc-jwt-es256", credential.toString()), "alternatives");
        assertUsage(CliRun.of("sign", "--key", jwk.resolve("private.jwk.json").toString(), "--key-alias", "issuer-p256",
                "--suite", "vc-jwt-es256", credential.toString()), "--key-alias applies to --keystore only");
        assertUsage(CliRun.of("sign", "--suite", "vc-jwt-es256", credential.toString()), "--key JWK",
                "--keystore FILE");
    }

    @Test
    void thereIsNoPasswordOptionOnTheCommandLine() throws IOException {
        CliRun run = CliRun.of("sign", "--keystore", store.toString(), "--key-alias", "issuer-p256",
                "--keystore-password", "x", "--suite", "vc-jwt-es256",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--keystore-password");
        CliRun help = CliRun.of("sign", "--help");
        assertThat(help.out()).contains("--keystore=FILE").contains("--key-alias=NAME")
                .contains("--keystore-password-file=FILE").contains("LAUREL_KEYSTORE_PASSWORD");
        assertThat(help.out().lines().filter(l -> l.contains("--keystore-password") && !l.contains("-file"))).isEmpty();
    }
}
