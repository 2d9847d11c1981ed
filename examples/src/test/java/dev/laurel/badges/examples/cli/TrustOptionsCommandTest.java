package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.presentation.PresentationSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --did-document} and {@code --trusted-issuers} through the real CLI: verify and decide. */
class TrustOptionsCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOW = "2026-06-01T00:00:00Z";
    static final String DID = "did:web:issuer.example";

    @TempDir
    Path dir;

    final LaurelKey issuer = KeyPairs.generateEd25519();
    Path credential;
    Path didDocument;

    @BeforeEach
    void signed() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(ValidateCommandTest.VALID_OB3);
        ((ObjectNode) c.get("issuer")).put("id", DID);
        ObjectNode signed = DataIntegritySigner.of(issuer).sign(c, ProofOptions.of(ProofSuite.EDDSA_RDFC_2022,
                DID + "#key-1", Instant.parse("2026-01-01T00:00:00Z")));
        credential = write("credential.json", JSON.writeValueAsString(signed));
        didDocument = write("did.json", didDocument(DID));
    }

    String didDocument(String id) {
        return "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + id + "\",\"verificationMethod\":[{"
                + "\"id\":\"" + id + "#key-1\",\"type\":\"Multikey\",\"controller\":\"" + id + "\","
                + "\"publicKeyMultibase\":\"" + issuer.publicKeyMultibase() + "\"}],\"assertionMethod\":[\"#key-1\"]}";
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    CliRun verify(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--format", "json", "--offline", "--now", NOW));
        args.addAll(List.of(options));
        args.add(credential.toString());
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void aDidDocumentGivenOnTheCommandLineVerifiesOfflineAndWithoutItNothingIsFetched() {
        CliRun with = verify("--did-document", DID + "=" + didDocument);
        assertThat(with.exit()).as(with.out() + with.err()).isZero();
        JsonNode line = with.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(line.get("issuer").asText()).isEqualTo(DID);
        assertThat(line.has("trusted")).isFalse();

        CliRun without = verify();
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.lines().get(0).get("verified").asBoolean()).isFalse();
    }

    @Test
    void aDidDocumentForAnotherDidDoesNotHelp() throws IOException {
        Path other = write("other.json", didDocument("did:web:other.example"));
        CliRun run = verify("--did-document", "did:web:other.example=" + other);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines().get(0).get("verified").asBoolean()).isFalse();
    }

    @Test
    void badDidDocumentValuesAreUsageErrors() throws IOException {
        assertThat(verify("--did-document", "nonsense").exit()).isEqualTo(2);
        assertThat(verify("--did-document", DID + "#key-1=" + didDocument).exit()).isEqualTo(2);
        assertThat(verify("--did-document", DID + "=" + dir.resolve("missing.json")).exit()).isEqualTo(2);
        Path wrongId = write("wrong.json", didDocument("did:web:other.example"));
        CliRun run = verify("--did-document", DID + "=" + wrongId);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not the DID document of " + DID).doesNotContain("Exception");
        assertThat(verify("--did-document", DID + "=" + didDocument, "--did-document", DID + "=" + didDocument).exit())
                .isEqualTo(2);
        // Hostile documents are read with the library's bounded, strict reader: one line, the reader's code.
        CliRun truncated = verify("--did-document", DID + "=" + write("truncated.json", "{\"id\": \"" + DID));
        assertThat(truncated.exit()).isEqualTo(2);
        assertThat(truncated.err().strip()).doesNotContain("\n").doesNotContain("Exception").endsWith("[MALFORMED_JSON]");
        CliRun twice = verify("--did-document", DID + "=" + write("twice.json",
                "{\"id\": \"did:web:other.example\", \"id\": \"" + DID + "\"}"));
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("is not JSON").endsWith("[DUPLICATE_KEY]\n");
        CliRun deep = verify("--trusted-issuers", write("deep.json", "[".repeat(5_000) + "]".repeat(5_000)).toString());
        assertThat(deep.exit()).isEqualTo(2);
        assertThat(deep.err()).contains("is not JSON").doesNotContain("Exception");
    }

    @Test
    void trustedIssuersMarksEachLineAndAnUntrustedIssuerExitsOne() throws IOException {
        Path listed = write("trusted.txt", "# issuers we accept\nhttps://other.example/issuer\n" + DID + "\n");
        CliRun trusted = verify("--did-document", DID + "=" + didDocument, "--trusted-issuers", listed.toString());
        assertThat(trusted.exit()).as(trusted.out() + trusted.err()).isZero();
        assertThat(trusted.lines().get(0).get("trusted").asBoolean()).isTrue();

        Path json = write("trusted.json", "[\"https://other.example/issuer\"]");
        CliRun untrusted = verify("--did-document", DID + "=" + didDocument, "--trusted-issuers", json.toString());
        assertThat(untrusted.exit()).isEqualTo(1);
        JsonNode line = untrusted.lines().get(0);
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(line.get("trusted").asBoolean()).isFalse();

        CliRun text = CliRun.of("verify", "--offline", "--now", NOW, "--did-document", DID + "=" + didDocument,
                "--trusted-issuers", json.toString(), credential.toString());
        assertThat(text.out()).contains("not trusted: the issuer " + DID + " is not on the --trusted-issuers list");
    }

    @Test
    void badTrustedIssuersFilesAreUsageErrors() throws IOException {
        assertThat(verify("--trusted-issuers", dir.resolve("missing.txt").toString()).exit()).isEqualTo(2);
        assertThat(verify("--trusted-issuers", write("empty.txt", "# nobody\n\n").toString()).exit()).isEqualTo(2);
        assertThat(verify("--trusted-issuers", write("bad.json", "[1, 2]").toString()).exit()).isEqualTo(2);
        Path pathway = write("pathway.json", "{}");
        CliRun run = CliRun.of("pathway", "--pathway", pathway.toString(), "--offline", "--trusted-issuers",
                write("t.txt", DID + "\n").toString(), credential.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--trusted-issuers is for verify and decide");
    }

    @Test
    void decidePoliciesUseTheTrustedIssuersAsTrustedBy() throws IOException {
        Path policy = write("policy.json", "{\"type\":\"LaurelPolicy\",\"conditions\":[{\"trustedBy\":\"trusted-issuers\"},"
                + "{\"verified\":true}]}");
        Path listed = write("trusted.txt", DID + "\n");
        CliRun accept = CliRun.of("decide", "--format", "json", "--offline", "--now", NOW, "--policy", policy.toString(),
                "--did-document", DID + "=" + didDocument, "--trusted-issuers", listed.toString(), credential.toString());
        assertThat(accept.exit()).as(accept.out() + accept.err()).isZero();
        assertThat(accept.lines().get(0).get("verdict").asText()).isEqualTo("accept");
        assertThat(accept.lines().get(1).get("decision").asText()).isEqualTo("accept");

        Path other = write("other.txt", "https://other.example/issuer\n");
        CliRun reject = CliRun.of("decide", "--format", "json", "--offline", "--now", NOW, "--policy", policy.toString(),
                "--did-document", DID + "=" + didDocument, "--trusted-issuers", other.toString(), credential.toString());
        assertThat(reject.exit()).isEqualTo(1);
        assertThat(reject.lines().get(0).get("verdict").asText()).isEqualTo("reject");

        CliRun unnamed = CliRun.of("decide", "--offline", "--now", NOW, "--policy", policy.toString(),
                credential.toString());
        assertThat(unnamed.exit()).isEqualTo(2);
        assertThat(unnamed.err()).contains("trusted-issuers");
    }

    /** A P-256 holder whose did:web document (given with --did-document) lists its key under one relationship. */
    CliRun presentation(String relationship) throws IOException {
        LaurelKey holder = KeyPairs.generate(KeyKind.P256);
        String did = "did:web:wallet.example:bob";
        String doc = "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + did + "\",\"verificationMethod\":[{"
                + "\"id\":\"" + did + "#k\",\"type\":\"Multikey\",\"controller\":\"" + did + "\","
                + "\"publicKeyMultibase\":\"" + holder.publicKeyMultibase() + "\"}],\"" + relationship + "\":[\"#k\"]}";
        Path holderDoc = write("holder-" + relationship + ".json", doc);
        String vp = PresentationSigner.of(holder).holder(did).verificationMethod(did + "#k")
                .clock(java.time.Clock.fixed(Instant.parse(NOW), java.time.ZoneOffset.UTC)).challenge("c1")
                .domain("https://rp.example").signDataIntegrity(List.of(Files.readString(credential)));
        Path file = write("vp-" + relationship + ".json", vp);
        return CliRun.of("verify", "--format", "json", "--offline", "--now", NOW, "--challenge", "c1", "--domain",
                "https://rp.example", "--did-document", DID + "=" + didDocument, "--did-document", did + "=" + holderDoc,
                file.toString());
    }

    @Test
    void anEcdsaPresentationByADidWebHolderVerifiesWithItsAuthenticationKeyOnly() throws IOException {
        CliRun ok = presentation("authentication");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        JsonNode line = ok.lines().get(0);
        assertThat(line.get("kind").asText()).isEqualTo("VerifiablePresentation");
        assertThat(line.get("holder").asText()).isEqualTo("did:web:wallet.example:bob");
        assertThat(line.get("checks").toString()).contains("ecdsa-rdfc-2019");
        assertThat(line.get("credentials").get(0).get("verified").asBoolean()).isTrue();

        CliRun refused = presentation("assertionMethod");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.lines().get(0).get("checks").toString()).contains("presentation.holder-binding", "failed");
    }
}
