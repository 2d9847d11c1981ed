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
import dev.laurel.badges.verify.presentation.PresentationSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel verify} on presentations, end to end: recognised by content, nested results, flags. */
class PresentationCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOW = "2026-06-01T00:00:00Z";
    static final Clock CLOCK = Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);

    @TempDir
    Path dir;

    final LaurelKey issuer = KeyPairs.generateEd25519();
    final LaurelKey holder = KeyPairs.generateEd25519();

    ObjectNode credential() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(ValidateCommandTest.VALID_OB3);
        ((ObjectNode) c.get("issuer")).put("id", issuer.didKey());
        return c;
    }

    String embedded() throws IOException {
        ObjectNode signed = DataIntegritySigner.of(issuer).sign(credential(), ProofOptions.of(
                ProofSuite.EDDSA_RDFC_2022, issuer.didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        return JSON.writeValueAsString(signed);
    }

    String jwt() throws IOException {
        return VcJwtSigner.of(issuer).withKeyId(issuer.didKeyVerificationMethod()).sign(credential());
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aPresentationPrintsItsFieldsAndOneObjectPerCredential() throws IOException {
        String vp = PresentationSigner.of(holder).clock(CLOCK).challenge("abc").domain("https://rp.example")
                .sign(List.of(embedded(), jwt()));
        Path file = write("no-extension", vp);
        CliRun run = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--challenge", "abc",
                "--domain", "https://rp.example", file.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("file").asText()).isEqualTo(file.toString());
        assertThat(line.get("kind").asText()).isEqualTo("VerifiablePresentation");
        assertThat(line.get("container").asText()).isEqualTo("json");
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(line.get("proofFormat").asText()).isEqualTo("DATA_INTEGRITY");
        assertThat(line.get("holder").asText()).isEqualTo(holder.didKey());
        assertThat(line.get("checks").toString()).contains("presentation.challenge", "presentation.holder-binding");
        JsonNode credentials = line.get("credentials");
        assertThat(credentials).hasSize(2);
        assertThat(credentials.get(0).get("path").asText()).isEqualTo("/verifiableCredential/0");
        assertThat(credentials.get(0).get("verified").asBoolean()).isTrue();
        assertThat(credentials.get(0).get("issuer").asText()).isEqualTo(issuer.didKey());
        assertThat(credentials.get(1).get("proofFormat").asText()).isEqualTo("VC_JWT");
        assertThat(credentials.get(1).get("checks").isArray()).isTrue();

        CliRun text = CliRun.of("verify", "--offline", "--now", NOW, "--challenge", "abc", "--domain",
                "https://rp.example", file.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("verified VerifiablePresentation from holder " + holder.didKey())
                .contains("\n  credential 0: verified").contains("\n  credential 1: verified");
    }

    @Test
    void aWrongChallengeOrATamperedCredentialExitsOne() throws IOException {
        ObjectNode tampered = (ObjectNode) JSON.readTree(embedded());
        tampered.put("name", "Forged");
        Path file = write("vp.json", PresentationSigner.of(holder).clock(CLOCK).challenge("abc")
                .sign(List.of(jwt(), JSON.writeValueAsString(tampered))));

        CliRun wrong = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--challenge", "xyz",
                file.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        JsonNode line = wrong.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isFalse();
        assertThat(line.get("checks").toString()).contains("\"presentation.challenge\",\"outcome\":\"failed\"");
        assertThat(line.get("credentials").get(0).get("verified").asBoolean()).isTrue();
        assertThat(line.get("credentials").get(1).get("verified").asBoolean()).isFalse();
        assertThat(line.get("credentials").get(1).get("checks").toString())
                .contains("\"proof.signature\",\"outcome\":\"failed\"");

        CliRun text = CliRun.of("verify", "--offline", "--now", NOW, "--challenge", "abc", file.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("NOT VERIFIED VerifiablePresentation")
                .contains("\n  credential 1: NOT VERIFIED").contains("\n    failed proof.signature");
    }

    @Test
    void aVpJwtIsRecognisedByContent() throws IOException {
        Path file = write("vp.txt", PresentationSigner.of(KeyPairs.generate(dev.laurel.badges.verify.keys.KeyKind.P256))
                .clock(CLOCK).domain("https://rp.example").sign(List.of(jwt())));
        CliRun run = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--domain",
                "https://rp.example", file.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("container").asText()).isEqualTo("jws");
        assertThat(line.get("proofFormat").asText()).isEqualTo("VC_JWT");
        assertThat(line.get("credentials")).hasSize(1);
    }

    @Test
    void aPlainCredentialKeepsItsUsualLine() throws IOException {
        Path file = write("badge.json", embedded());
        CliRun run = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--challenge", "abc",
                file.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.has("credentials")).isFalse();
        assertThat(line.get("kind").asText()).isNotEqualTo("VerifiablePresentation");
    }

    @Test
    void anUnsignedPresentationOrOneWithoutARequiredHolderExitsOne() throws IOException {
        ObjectNode vp = (ObjectNode) JSON.readTree(PresentationSigner.of(holder).clock(CLOCK).sign(List.of(jwt())));
        vp.remove("holder");
        vp.remove("proof");
        Path unsigned = write("unsigned.json", JSON.writeValueAsString(vp));
        ObjectNode signed = DataIntegritySigner.of(holder).sign(vp, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                holder.didKeyVerificationMethod(), Instant.parse(NOW)).withProofPurpose("authentication"));
        Path noHolder = write("no-holder.json", JSON.writeValueAsString(signed));

        CliRun lax = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, noHolder.toString());
        assertThat(lax.exit()).as(lax.out()).isZero();
        assertThat(lax.lines().get(0).get("checks").toString())
                .contains("\"presentation.holder-binding\",\"outcome\":\"warning\"");
        CliRun strict = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--require-holder",
                noHolder.toString());
        assertThat(strict.exit()).as(strict.out()).isEqualTo(1);
        assertThat(strict.lines().get(0).get("checks").toString())
                .contains("\"presentation.holder-binding\",\"outcome\":\"failed\"");

        CliRun run = CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, unsigned.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = run.lines().get(0);
        assertThat(line.get("proofFormat").asText()).isEqualTo("NONE");
        assertThat(line.get("holder").isNull()).isTrue();
        assertThat(line.get("checks").toString()).contains("\"presentation.proof\",\"outcome\":\"failed\"");
        assertThat(line.get("credentials").get(0).get("verified").asBoolean()).isTrue();
    }
}
