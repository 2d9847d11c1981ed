package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials an attacker signs in the name of an https issuer: {@code laurel verify} must not say
 * "verified" under default flags. With {@code --key-binding lenient} they verify with a binding warning,
 * as 1EdTech's reference validator has it, unless the issuer's own document lists other keys.
 */
class ForgedIssuerCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ISSUER = "https://issuer.example/issuers/1";
    static final String ATTACKER_KEY_URL = "https://issuer.example/uploads/attacker-key.json";
    static final String NOW = "2026-06-01T00:00:00Z";

    @TempDir
    Path dir;

    final LaurelKey attacker = KeyPairs.generateEd25519();
    final LaurelKey issuerKey = KeyPairs.generateEd25519();
    final Map<String, String> urlMap = new LinkedHashMap<>();

    @BeforeEach
    void issuerProfileWithoutKeys() throws IOException {
        serve(ISSUER, "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + ISSUER
                + "\",\"type\":\"Profile\",\"name\":\"Example University\"}");
    }

    /** The issuer's profile lists its own key: an attacker's key is then refuted, not just unconfirmed. */
    void issuerProfileListingItsKey() throws IOException {
        serve(ISSUER, "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + ISSUER
                + "\",\"type\":\"Profile\",\"name\":\"Example University\",\"verificationMethod\":[{\"id\":\""
                + ISSUER + "#key-1\",\"type\":\"JsonWebKey\",\"controller\":\"" + ISSUER + "\",\"publicKeyJwk\":"
                + issuerKey.toPublicJwk() + "}]}");
    }

    void serve(String url, String body) throws IOException {
        Path file = dir.resolve("served-" + Integer.toHexString(url.hashCode()) + ".json");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        urlMap.put(url, file.getFileName().toString());
    }

    ObjectNode credential() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(ValidateCommandTest.VALID_OB3);
        ((ObjectNode) c.get("issuer")).put("id", ISSUER);
        return c;
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs {@code laurel verify --format json --offline --url-map ... [extra] file}. */
    CliRun verify(Path badge, String... extra) throws IOException {
        Path map = write("url-map.json", JSON.writeValueAsString(urlMap));
        String[] base = {"verify", "--format", "json", "--offline", "--now", NOW, "--url-map", map.toString()};
        String[] args = new String[base.length + extra.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        args[args.length - 1] = badge.toString();
        return CliRun.of(args);
    }

    static JsonNode binding(CliRun run) {
        for (JsonNode check : run.lines().get(0).get("checks")) {
            if (check.get("id").asText().equals("proof.key-binding")) {
                return check;
            }
        }
        throw new AssertionError("no proof.key-binding check in " + run.out());
    }

    Path headerJwkForgery() throws IOException {
        return write("header-jwk.jwt", VcJwtSigner.of(attacker).sign(credential()));
    }

    Path didKeyForgery() throws IOException {
        ObjectNode signed = DataIntegritySigner.of(attacker).sign(credential(), ProofOptions.of(
                ProofSuite.EDDSA_RDFC_2022, attacker.didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        return write("did-key.json", JSON.writeValueAsString(signed));
    }

    Path keyOnTheIssuersHostForgery() throws IOException {
        serve(ATTACKER_KEY_URL, attacker.toPublicJwk());
        return write("same-host.jwt", VcJwtSigner.of(attacker).withKeyId(ATTACKER_KEY_URL).sign(credential()));
    }

    void assertRefusedByDefault(Path forged) throws IOException {
        CliRun run = verify(forged);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        JsonNode line = run.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isFalse();
        assertThat(line.get("keyBinding").asText()).isEqualTo("strict");
        assertThat(binding(run).get("outcome").asText()).isEqualTo("failed");
    }

    void assertWarnsWhenLenient(Path forged) throws IOException {
        CliRun run = verify(forged, "--key-binding", "lenient");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(line.get("keyBinding").asText()).isEqualTo("lenient");
        assertThat(binding(run).get("outcome").asText()).isEqualTo("warning");
        assertThat(binding(run).get("message").asText()).contains("key binding: lenient");
    }

    void assertRefusedInBothModes(Path forged) throws IOException {
        for (String mode : new String[] {"strict", "lenient"}) {
            CliRun run = verify(forged, "--key-binding", mode);
            assertThat(run.exit()).as(mode + ": " + run.out()).isEqualTo(1);
            assertThat(binding(run).get("outcome").asText()).as(mode).isEqualTo("failed");
        }
    }

    @Test
    void attackersHeaderJwkIsNotVerifiedByDefault() throws IOException {
        assertRefusedByDefault(headerJwkForgery());
    }

    @Test
    void attackersHeaderJwkVerifiesWithABindingWarningWhenLenient() throws IOException {
        assertWarnsWhenLenient(headerJwkForgery());
    }

    @Test
    void attackersHeaderJwkFailsInBothModesWhenTheIssuerListsOtherKeys() throws IOException {
        issuerProfileListingItsKey();
        assertRefusedInBothModes(headerJwkForgery());
    }

    @Test
    void attackersDidKeyVerificationMethodIsNotVerifiedByDefault() throws IOException {
        assertRefusedByDefault(didKeyForgery());
    }

    @Test
    void attackersDidKeyVerificationMethodVerifiesWithABindingWarningWhenLenient() throws IOException {
        assertWarnsWhenLenient(didKeyForgery());
    }

    @Test
    void attackersDidKeyFailsInBothModesWhenTheIssuerListsOtherKeys() throws IOException {
        issuerProfileListingItsKey();
        assertRefusedInBothModes(didKeyForgery());
    }

    @Test
    void keyOnTheIssuersHostButOutsideItsProfileIsNotVerifiedByDefault() throws IOException {
        assertRefusedByDefault(keyOnTheIssuersHostForgery());
    }

    @Test
    void keyOnTheIssuersHostVerifiesWithABindingWarningWhenLenient() throws IOException {
        assertWarnsWhenLenient(keyOnTheIssuersHostForgery());
    }

    @Test
    void keyOnTheIssuersHostFailsInBothModesWhenTheIssuerListsOtherKeys() throws IOException {
        issuerProfileListingItsKey();
        assertRefusedInBothModes(keyOnTheIssuersHostForgery());
    }

    @Test
    void theIssuersOwnListedKeyVerifiesInStrictMode() throws IOException {
        issuerProfileListingItsKey();
        Path genuine = write("genuine.jwt", VcJwtSigner.of(issuerKey).withKeyId(ISSUER + "#key-1").sign(credential()));
        CliRun run = verify(genuine);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(binding(run).get("outcome").asText()).isEqualTo("passed");
    }

    @Test
    void textOutputSaysWhichModeJudged() throws IOException {
        Path map = write("url-map.json", JSON.writeValueAsString(urlMap));
        CliRun run = CliRun.of("verify", "--offline", "--now", NOW, "--url-map", map.toString(), "--key-binding",
                "lenient", headerJwkForgery().toString());
        assertThat(run.out()).contains("[key binding: lenient]");
        assertThat(run.err()).contains("key binding: lenient");
    }

    @Test
    void anUnknownKeyBindingModeIsAUsageError() throws IOException {
        CliRun run = CliRun.of("verify", "--key-binding", "sloppy", headerJwkForgery().toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("--key-binding").contains("strict or lenient");
        assertThat(run.out()).isEmpty();
    }
}
