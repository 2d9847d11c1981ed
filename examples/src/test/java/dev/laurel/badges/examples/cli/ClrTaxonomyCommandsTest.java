package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code laurel decide}, {@code laurel pathway} and {@code laurel sign} on CLR 2.0 documents (the interop vectors
 * of badges-verify, read where they are): each nested credential is judged as a badge of its own, named
 * {@code <file>#<pointer>}, and counts as verified only when its own report and the CLR's own checks pass.
 */
class ClrTaxonomyCommandsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path VECTORS = ROOT.resolve("badges-verify/src/test/resources/vectors/interop-clr");
    /** After the vectors' validFrom (2026-06-30T12:00:00Z). */
    private static final String NOW = "2026-07-01T00:00:00Z";
    private static final String NESTED = "/credentialSubject/verifiableCredential/";
    private static final String INTRO = "https://clr.laurel.dev/achievements/intro-distributed-systems";
    private static final String ADVANCED = "https://clr.laurel.dev/achievements/advanced-distributed-systems";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path policy;
    private static Path pathway;

    @BeforeAll
    static void files() throws IOException {
        policy = shared.resolve("policy.json");
        Files.writeString(policy, "{\"type\": \"LaurelPolicy\", \"conditions\": [{\"verified\": true}, "
                + "{\"issuerKeyBound\": true}, {\"notExpired\": true}]}");
        pathway = shared.resolve("pathway.json");
        Files.writeString(pathway, "{\"type\": \"LaurelPathway\", \"id\": \"distributed\", \"name\": \"Distributed "
                + "systems\", \"steps\": [{\"achievementId\": \"" + INTRO + "\"}, {\"achievementId\": \"" + ADVANCED
                + "\"}]}");
    }

    private static String vector(String name) {
        return VECTORS.resolve(name).toString();
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // decide

    @Test
    void decideJudgesEveryNestedCredentialOfAVerifiedClr() {
        String file = vector("laurel-clr.json");
        CliRun run = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, "--format", "json",
                file);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        List<JsonNode> nested = lines.subList(0, 3);
        assertThat(values(JSON.valueToTree(nested), "file")).containsExactly(file + "#" + NESTED + 0,
                file + "#" + NESTED + 1, file + "#" + NESTED + 2);
        for (int i = 0; i < 3; i++) {
            JsonNode line = nested.get(i);
            assertThat(line.path("kind").asText()).isEqualTo("OpenBadgeCredential");
            assertThat(line.path("container").asText()).isEqualTo("json");
            assertThat(line.path("verified").asBoolean()).isTrue();
            assertThat(line.path("verdict").asText()).isEqualTo("accept");
            assertThat(line.path("ignored").asBoolean()).isFalse();
            assertThat(line.path("clr").asText()).isEqualTo(file);
            assertThat(line.path("path").asText()).isEqualTo(NESTED + i);
            assertThat(line.path("clrChecksPassed").asBoolean()).isTrue();
            // The status carries the nested report's key binding: did:key issuers bind under strict.
            assertThat(values(line.path("conditions"), "result")).containsExactly("pass", "pass", "pass");
        }
        JsonNode summary = lines.get(3);
        assertThat(summary.path("kind").asText()).isEqualTo("PolicyDecision");
        assertThat(summary.path("decision").asText()).isEqualTo("accept");
        assertThat(summary.path("best").asText()).startsWith(file + "#" + NESTED);
        assertThat(summary.path("ignored")).isEmpty();
    }

    @Test
    void decideIgnoresOnlyTheTamperedNestedCredential() {
        String file = vector("laurel-clr-tampered.json");
        CliRun run = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, "--format", "json",
                file);

        // Some input did not verify: exit 1, though the decision over the others is accept.
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(Laurel.FAILED);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        JsonNode tampered = lines.get(1);
        assertThat(tampered.path("file").asText()).isEqualTo(file + "#" + NESTED + 1);
        assertThat(tampered.path("verified").asBoolean()).isFalse();
        assertThat(tampered.path("verdict").isNull()).isTrue();
        assertThat(tampered.path("ignored").asBoolean()).isTrue();
        // The CLR's own checks passed: only the nested proof failed.
        assertThat(tampered.path("clrChecksPassed").asBoolean()).isTrue();
        for (JsonNode good : List.of(lines.get(0), lines.get(2))) {
            assertThat(good.path("verified").asBoolean()).isTrue();
            assertThat(good.path("verdict").asText()).isEqualTo("accept");
        }
        JsonNode summary = lines.get(3);
        assertThat(summary.path("decision").asText()).isEqualTo("accept");
        assertThat(texts(summary.path("ignored"))).containsExactly(file + "#" + NESTED + 1);

        CliRun text = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, file);
        assertThat(text.out()).contains(file + "#" + NESTED + "1: NOT VERIFIED")
                .contains(file + "#" + NESTED + "0: verified");
    }

    @Test
    void aClrWhoseOwnProofFailsVouchesForNoneOfItsNestedCredentials() throws IOException {
        ObjectNode clr = (ObjectNode) JSON.readTree(VECTORS.resolve("laurel-clr.json").toFile());
        clr.put("name", "changed after signing");
        Path forged = shared.resolve("forged-clr.json");
        Files.writeString(forged, JSON.writeValueAsString(clr));

        CliRun run = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, "--format", "json",
                forged.toString());

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        for (JsonNode line : lines.subList(0, 3)) {
            // Each nested proof is still good (its own report verified), but the CLR's proof is not.
            assertThat(line.path("clrChecksPassed").asBoolean()).isFalse();
            assertThat(line.path("verified").asBoolean()).isFalse();
            assertThat(line.path("ignored").asBoolean()).isTrue();
        }
        assertThat(lines.get(3).path("ignored")).hasSize(3);
        // --preview judges them anyway, and the verified condition then fails.
        CliRun preview = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, "--format",
                "json", "--preview", forged.toString());
        assertThat(preview.lines().get(0).path("verdict").asText()).isEqualTo("reject");
    }

    @Test
    void aClrWhoseNestedCredentialsAreVcJwtStringsIsOneLineThatSaysSo() {
        String file = ROOT.resolve("badges-json/src/test/resources/clr/simple.jwt").toString();
        CliRun run = CliRun.of("decide", "--policy", policy.toString(), "--offline", "--now", NOW, "--format", "json",
                file);

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        JsonNode line = run.lines().get(0);
        assertThat(line.path("file").asText()).isEqualTo(file);
        assertThat(line.path("kind").asText()).isEqualTo("ClrCredential");
        assertThat(line.path("verified").asBoolean()).isFalse();
        assertThat(line.path("ignored").asBoolean()).isTrue();
        assertThat(line.path("problem").asText()).contains("nested VC-JWT strings are not modelled yet");
    }

    // pathway

    @Test
    void pathwayCountsTheNestedCredentialsOfAClr() {
        String file = vector("laurel-clr.json");
        CliRun run = CliRun.of("pathway", "--pathway", pathway.toString(), "--offline", "--now", NOW, "--format",
                "json", file);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 2)).allMatch(l -> l.path("counted").asBoolean());
        assertThat(lines.get(2).path("counted").asBoolean()).isFalse();
        JsonNode summary = lines.get(3);
        assertThat(summary.path("complete").asBoolean()).isTrue();
        assertThat(summary.path("done").asInt()).isEqualTo(2);
        assertThat(texts(summary.path("progress").get(1).path("satisfiedBy"))).containsExactly(file + "#" + NESTED + 1);
    }

    @Test
    void pathwayOverTheTamperedClrMissesTheTamperedStep() {
        String file = vector("laurel-clr-tampered.json");
        CliRun run = CliRun.of("pathway", "--pathway", pathway.toString(), "--offline", "--now", NOW, "--format",
                "json", file);

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        JsonNode summary = run.lines().get(3);
        assertThat(summary.path("complete").asBoolean()).isFalse();
        assertThat(texts(summary.path("next"))).hasSize(1);
        assertThat(texts(summary.path("ignored"))).containsExactly(file + "#" + NESTED + 1);
        assertThat(run.lines().get(1).path("ignored").asBoolean()).isTrue();
    }

    // sign

    @Test
    void signSignsAnUnsignedClrWhoseNestedCredentialsAreSigned() throws IOException {
        Path keys = shared.resolve("registrar");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", keys.toString()).exit()).isZero();
        String did = Files.readAllLines(keys.resolve("did.txt")).get(0);
        // A CLR built elsewhere: the signed vector without its outer proof, issued by the new key's did:key.
        ObjectNode clr = (ObjectNode) JSON.readTree(VECTORS.resolve("laurel-clr.json").toFile());
        clr.remove("proof");
        ((ObjectNode) clr.path("issuer")).put("id", did);
        Path unsigned = shared.resolve("unsigned.json");
        Files.writeString(unsigned, JSON.writeValueAsString(clr));

        for (String suite : List.of("eddsa-rdfc-2022", "vc-jwt-eddsa")) {
            Path out = shared.resolve("signed-" + suite);
            CliRun sign = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", suite,
                    unsigned.toString(), "--out", out.toString());
            assertThat(sign.exit()).as(sign.err()).isZero();
            assertThat(sign.err()).contains("signed ClrCredential with " + suite);
            CliRun verify = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json", out.toString());
            assertThat(verify.exit()).as(suite + ": " + verify.out()).isZero();
            JsonNode line = verify.lines().get(0);
            assertThat(line.path("kind").asText()).isEqualTo("ClrCredential");
            assertThat(line.path("verified").asBoolean()).isTrue();
            assertThat(line.path("credentials")).hasSize(3);
        }
    }

    @Test
    void signingTheUnsignedInteropVectorProvesTheOuterOnlyAsItsNestedCredentialsAreUnsigned() {
        Path keys = shared.resolve("other");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", keys.toString()).exit()).isZero();
        Path out = shared.resolve("signed-unsigned-clr.json");
        CliRun sign = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                "eddsa-rdfc-2022", vector("unsigned-clr.json"), "--out", out.toString());
        assertThat(sign.exit()).as(sign.err()).isZero();

        JsonNode line = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json", out.toString()).lines().get(0);
        assertThat(line.path("verified").asBoolean()).isFalse();
        List<String> passed = new ArrayList<>();
        line.path("checks").forEach(c -> {
            if (c.path("outcome").asText().equals("passed")) {
                passed.add(c.path("id").asText());
            }
        });
        assertThat(passed).contains("proof.signature");
        assertThat(line.path("credentials")).allMatch(c -> !c.path("verified").asBoolean());
    }

    @Test
    void signRefusesEcdsaSd2023ForAClrAndOb2JwsStillNamesWhatItSigns() throws IOException {
        Path p256 = shared.resolve("p256");
        assertThat(CliRun.of("keygen", "--type", "p256", "--out", p256.toString()).exit()).isZero();
        CliRun sd = CliRun.of("sign", "--key", p256.resolve("private.jwk.json").toString(), "--suite", "ecdsa-sd-2023",
                vector("unsigned-clr.json"));
        assertThat(sd.exit()).isEqualTo(Laurel.USAGE);
        assertThat(sd.err()).contains("sign signs a ClrCredential with eddsa-rdfc-2022, ecdsa-rdfc-2019 or a vc-jwt "
                + "suite, not ecdsa-sd-2023");
        assertThat(sd.out()).isEmpty();

        CliRun ob2 = CliRun.of("sign", "--key", p256.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                vector("unsigned-clr.json"));
        assertThat(ob2.exit()).isEqualTo(Laurel.FAILED);
        assertThat(ob2.err()).contains("ob2-jws signs an OB 2.0 Assertion");
        assertThat(new String(Files.readAllBytes(VECTORS.resolve("unsigned-clr.json")), StandardCharsets.UTF_8))
                .doesNotContain("\"proof\"");
    }
}
