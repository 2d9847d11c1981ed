package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code laurel validate}, {@code classify}, {@code verify} and {@code clr build} on CLR 2.0 documents: the official
 * examples (badges-json's test files) and the interop vectors (badges-verify's), read where they are.
 */
class ClrCommandsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path OFFICIAL = ROOT.resolve("badges-json/src/test/resources/clr");
    private static final Path VECTORS = ROOT.resolve("badges-verify/src/test/resources/vectors/interop-clr");
    /** After the vectors' validFrom (2026-06-30T12:00:00Z). */
    private static final String NOW = "2026-07-01T00:00:00Z";
    /** The demo's issue date, and the built CLRs' validFrom. */
    private static final String ISSUED = "2026-01-01T00:00:00Z";
    private static final String NESTED_1 = "/credentialSubject/verifiableCredential/1";

    @TempDir
    static Path shared;

    private static Path demo;
    private static Path key;

    @BeforeAll
    static void demoAndKey() {
        demo = shared.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", demo.toString(), "--now", ISSUED);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Path keys = shared.resolve("registrar");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", keys.toString()).exit()).isZero();
        key = keys.resolve("private.jwk.json");
    }

    private static JsonNode only(CliRun run) {
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    // validate

    @Test
    void validateGivesOneLinePerOfficialClrWithEveryFindingAtItsPointer() {
        CliRun run = CliRun.of("validate", "--format", "json", OFFICIAL.resolve("simple.json").toString(),
                OFFICIAL.resolve("simple_v1.json").toString(), OFFICIAL.resolve("complex.json").toString());

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3).allMatch(l -> l.path("kind").asText().equals("ClrCredential"));
        assertThat(lines.get(0).path("valid").asBoolean()).isTrue();
        assertThat(lines.get(0).path("problems")).isEmpty();
        JsonNode v1 = lines.get(1);
        assertThat(v1.path("valid").asBoolean()).isTrue();
        assertThat(values(v1.path("problems"), "severity")).isNotEmpty().containsOnly("warning");
        assertThat(values(v1.path("problems"), "code")).contains("LEGACY_FORM", "ASSOCIATION_NOT_RESOLVED");
        JsonNode complex = lines.get(2);
        assertThat(complex.path("valid").asBoolean()).isFalse();
        assertThat(values(complex.path("problems"), "path"))
                .contains("/credentialSubject/verifiableCredential/0/credentialSubject/achievement/endorsement/0/name");
    }

    @Test
    void validateReadsTheClrFolderAndTheJwtForm() {
        CliRun run = CliRun.of("validate", "--format", "json", OFFICIAL.toString());

        List<JsonNode> clrs = run.lines().stream().filter(l -> l.path("kind").asText().equals("ClrCredential")).toList();
        assertThat(clrs).hasSize(8);
        JsonNode jwt = clrs.stream().filter(l -> l.path("file").asText().endsWith("simple.jwt")).findFirst().orElseThrow();
        assertThat(jwt.path("container").asText()).isEqualTo("jws");
        assertThat(jwt.path("valid").asBoolean()).isFalse();
    }

    // classify

    @Test
    void classifyPrintsTheTranscriptOfAClr() {
        CliRun run = CliRun.of("classify", "--format", "json", VECTORS.resolve("laurel-clr.json").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode line = only(run);
        assertThat(line.path("kind").asText()).isEqualTo("ClrCredential");
        assertThat(line.path("level").isNull()).isTrue();
        assertThat(line.path("basis").asText()).isEqualTo("transcript");
        JsonNode t = line.path("transcript");
        assertThat(t.path("clr").asText()).isEqualTo("https://clr.laurel.dev/clr/sam");
        assertThat(t.path("learner").path("id").asText()).isEqualTo("did:example:learner-sam");
        assertThat(t.path("issuer").asText()).startsWith("did:key:");
        JsonNode entries = t.path("entries");
        assertThat(entries).hasSize(3);
        assertThat(values(entries, "path")).containsExactly("/credentialSubject/verifiableCredential/0", NESTED_1,
                "/credentialSubject/verifiableCredential/2");
        assertThat(values(entries, "source")).containsOnly("nestedCredential");
        assertThat(values(entries, "verification")).containsOnly("unknown");
        // Every entry is in exactly one level list, by its position in entries.
        List<Integer> listed = new ArrayList<>();
        t.path("levels").fields().forEachRemaining(f -> f.getValue().forEach(i -> listed.add(i.asInt())));
        assertThat(listed).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(t.path("levels").has("knowledge")).isTrue();
        assertThat(t.path("levels").has("unclassified")).isTrue();
        for (int i = 0; i < 3; i++) {
            List<Integer> atLevel = new ArrayList<>();
            t.path("levels").path(entries.get(i).path("level").asText()).forEach(n -> atLevel.add(n.asInt()));
            assertThat(atLevel).as("entry %d is listed under its level", i).contains(i);
        }
        assertThat(t.path("relations")).isNotEmpty();
        assertThat(t.path("relations").get(0).path("path").asText()).startsWith("/credentialSubject/association/");
        JsonNode pathway = t.path("pathways").get(0);
        assertThat(pathway.path("counting").asText()).isEqualTo("preview");
        assertThat(pathway.path("total").asInt()).isEqualTo(pathway.path("steps").size());
    }

    @Test
    void classifyTextShowsTheLadderThenTheInformalLevels() {
        CliRun run = CliRun.of("classify", OFFICIAL.resolve("simple_v1.json").toString());

        assertThat(run.exit()).isZero();
        String out = run.out();
        assertThat(out).contains("transcript of ClrCredential");
        int knowledge = out.indexOf("\n  knowledge ");
        int skill = out.indexOf("\n  skill ");
        int ability = out.indexOf("\n  ability ");
        int certification = out.indexOf("\n  certification ");
        int beside = out.indexOf("beside the ladder");
        int participation = out.indexOf("\n  participation ");
        assertThat(List.of(knowledge, skill, ability, certification, beside, participation)).isSorted()
                .doesNotContain(-1);
        assertThat(out).contains("ASSOCIATION_NOT_RESOLVED");
    }

    // verify

    @Test
    void verifyPrintsTheClrReportAndOneObjectPerNestedCredential() {
        CliRun run = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json",
                VECTORS.resolve("laurel-clr.json").toString());

        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode line = only(run);
        assertThat(line.path("kind").asText()).isEqualTo("ClrCredential");
        assertThat(line.path("verified").asBoolean()).isTrue();
        assertThat(line.path("proofFormat").asText()).isEqualTo("DATA_INTEGRITY");
        assertThat(values(line.path("checks"), "id")).contains("proof.signature", "clr.nested", "clr.subject");
        JsonNode credentials = line.path("credentials");
        assertThat(credentials).hasSize(3);
        assertThat(values(credentials, "path")).containsExactly("/credentialSubject/verifiableCredential/0", NESTED_1,
                "/credentialSubject/verifiableCredential/2");
        assertThat(credentials).allMatch(c -> c.path("verified").asBoolean()
                && c.path("kind").asText().equals("OpenBadgeCredential") && !c.has("file"));
    }

    @Test
    void aTamperedNestedCredentialFailsItselfAndTheClrButNotTheOuterProof() {
        CliRun run = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json",
                VECTORS.resolve("laurel-clr-tampered.json").toString());

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        JsonNode line = only(run);
        assertThat(line.path("verified").asBoolean()).isFalse();
        for (JsonNode check : line.path("checks")) {
            if (check.path("id").asText().equals("proof.signature")) {
                assertThat(check.path("outcome").asText()).isEqualTo("passed");
            }
            if (check.path("outcome").asText().equals("failed")) {
                assertThat(check.path("id").asText()).isEqualTo("clr.nested");
                assertThat(check.path("path").asText()).isEqualTo(NESTED_1);
            }
        }
        JsonNode credentials = line.path("credentials");
        assertThat(credentials.get(0).path("verified").asBoolean()).isTrue();
        assertThat(credentials.get(1).path("verified").asBoolean()).isFalse();
        assertThat(credentials.get(2).path("verified").asBoolean()).isTrue();
        assertThat(values(credentials.get(1).path("checks"), "outcome")).contains("failed");

        CliRun text = CliRun.of("verify", "--offline", "--now", NOW, VECTORS.resolve("laurel-clr-tampered.json").toString());
        assertThat(text.out()).contains(": NOT VERIFIED ClrCredential 3.0 from did:key:")
                .contains("\n  credential 0: verified OpenBadgeCredential")
                .contains("\n  credential 1: NOT VERIFIED OpenBadgeCredential")
                .contains("\n    failed proof.signature /proof/proofValue");
    }

    @Test
    void trustedIssuersJudgeTheClrIssuerAndEachNestedIssuer() throws IOException {
        JsonNode verified = only(CliRun.of("verify", "--offline", "--now", NOW, "--format", "json",
                VECTORS.resolve("laurel-clr.json").toString()));
        Path list = shared.resolve("trusted.txt");
        // The CLR's issuer and the first nested credential's issuer only.
        Files.writeString(list, verified.path("issuer").asText() + "\n"
                + verified.path("credentials").get(0).path("issuer").asText() + "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("verify", "--offline", "--now", NOW, "--format", "json", "--trusted-issuers",
                list.toString(), VECTORS.resolve("laurel-clr.json").toString());

        assertThat(run.exit()).isEqualTo(Laurel.FAILED);
        JsonNode line = only(run);
        assertThat(line.path("verified").asBoolean()).isTrue();
        assertThat(line.path("trusted").asBoolean()).isFalse();
        assertThat(line.path("credentials").get(0).path("trusted").asBoolean()).isTrue();
        assertThat(line.path("credentials").get(1).path("trusted").asBoolean()).isFalse();
    }

    @Test
    void aNestedSubjectOfAnotherLearnerWarnsUnlessTheSameLearnerIsRequired() {
        String file = OFFICIAL.resolve("simple_v1.json").toString();
        CliRun warned = CliRun.of("verify", "--offline", "--key-binding", "lenient", "--format", "json", file);
        CliRun required = CliRun.of("verify", "--offline", "--key-binding", "lenient", "--require-same-learner",
                "--format", "json", file);

        assertThat(warned.exit()).as(warned.out()).isZero();
        assertThat(required.exit()).isEqualTo(Laurel.FAILED);
        String subject = "/credentialSubject/verifiableCredential/0/credentialSubject";
        for (CliRun run : List.of(warned, required)) {
            JsonNode line = only(run);
            assertThat(line.path("credentials")).hasSize(6).allMatch(c -> c.path("verified").asBoolean());
            JsonNode check = null;
            for (JsonNode c : line.path("checks")) {
                if (c.path("id").asText().equals("clr.subject") && c.path("path").asText().equals(subject)) {
                    check = c;
                }
            }
            assertThat(check).isNotNull();
            assertThat(check.path("outcome").asText()).isEqualTo(run == warned ? "warning" : "failed");
        }
    }

    @Test
    void theNestedPoolGivesTheSameLinesInDocumentOrder() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse(NOW), java.time.ZoneOffset.UTC);
        dev.laurel.badges.verify.Verifier alone = dev.laurel.badges.verify.Verifier.builder()
                .fetcher(dev.laurel.badges.verify.fetch.MapDocumentFetcher.builder().build()).clock(clock).build();
        java.util.concurrent.ThreadPoolExecutor pool = VerifyCommand.nestedPool(4);
        try {
            dev.laurel.badges.verify.Verifier pooled = dev.laurel.badges.verify.Verifier.builder()
                    .fetcher(dev.laurel.badges.verify.fetch.MapDocumentFetcher.builder().build()).clock(clock)
                    .executor(pool).build();
            for (Path file : List.of(VECTORS.resolve("laurel-clr.json"), VECTORS.resolve("laurel-clr-tampered.json"))) {
                Inputs.Input input = new Inputs.Input(file, file.toString());
                ResultLine expected = VerifyCommand.verify(alone, input, java.util.Optional.empty());
                ResultLine got = VerifyCommand.verify(pooled, input, java.util.Optional.empty());
                assertThat(got.json()).isEqualTo(expected.json());
                assertThat(got.text()).isEqualTo(expected.text());
                assertThat(got.json().path("credentials")).hasSize(3);
            }
            // Every nested credential is offered to the pool (whichever thread claims it first verifies it).
            assertThat(pool.getTaskCount()).as("nested credentials offered to the pool").isGreaterThanOrEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }

    // clr build

    @Test
    void clrBuildNestsTheDemoCredentialsAndTheResultVerifies() {
        Path out = shared.resolve("built.json");
        CliRun build = CliRun.of("clr", "build", "--from", demo.resolve("credentials").toString(), "--key",
                key.toString(), "--suite", "eddsa-rdfc-2022", "--skip-unusable", "--issuer-name", "Registrar", "--valid-from", ISSUED,
                "--name", "Alice's record", "--id", "urn:uuid:0b0c5a4e-2b7e-4a8e-9d7c-1f2e3d4c5b6a",
                "--pathway", ROOT.resolve("docs/examples/pathway.json").toString(), "--out", out.toString());

        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains("skipped ").contains("ob2-assertion.jwt").contains("[NOT_NESTABLE]")
                .contains("built ClrCredential urn:uuid:0b0c5a4e-2b7e-4a8e-9d7c-1f2e3d4c5b6a of 6 credentials");
        CliRun verify = CliRun.of("verify", "--offline", "--now", "2026-01-02T00:00:00Z", "--format", "json",
                out.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        JsonNode line = only(verify);
        assertThat(line.path("kind").asText()).isEqualTo("ClrCredential");
        assertThat(line.path("credentials")).hasSize(6);
        CliRun classify = CliRun.of("classify", "--format", "json", out.toString());
        JsonNode levels = only(classify).path("transcript").path("levels");
        for (String level : List.of("knowledge", "skill", "ability", "certification", "participation", "recognition")) {
            assertThat(levels.path(level)).as(level).hasSize(1);
        }
    }

    @Test
    void clrBuildAsAVcJwtVerifiesToo() {
        Path out = shared.resolve("built.jwt");
        CliRun build = CliRun.of("clr", "build", "--from", demo.resolve("credentials").toString(), "--key",
                key.toString(), "--suite", "vc-jwt-eddsa", "--skip-unusable", "--valid-from", ISSUED, "--out", out.toString());

        assertThat(build.exit()).as(build.err()).isZero();
        JsonNode line = only(CliRun.of("verify", "--offline", "--now", "2026-01-02T00:00:00Z", "--format", "json",
                out.toString()));
        assertThat(line.path("verified").asBoolean()).isTrue();
        assertThat(line.path("proofFormat").asText()).isEqualTo("VC_JWT");
        assertThat(line.path("credentials")).hasSize(6);
    }

    @Test
    void clrBuildRefusesWhatCannotBeNestedAndWritesNothing() {
        Path out = shared.resolve("refused.json");
        CliRun build = CliRun.of("clr", "build", "--from", demo.resolve("credentials").toString(), "--key",
                key.toString(), "--suite", "eddsa-rdfc-2022", "--out", out.toString());

        assertThat(build.exit()).isEqualTo(Laurel.FAILED);
        assertThat(build.err()).contains("cannot nest ").contains("ob3-skill.jwt: an OB 3.0 credential received as a "
                + "VC-JWT").contains("ob2-assertion.jwt: an OB 2.0 assertion").contains("no CLR written: 7 files");
        assertThat(out).doesNotExist();
    }

    @Test
    void clrBuildUsageErrors() {
        String from = demo.resolve("credentials").toString();
        assertThat(CliRun.of("clr", "build", "--from", shared.resolve("missing").toString(), "--key", key.toString(),
                "--suite", "eddsa-rdfc-2022").exit()).isEqualTo(Laurel.USAGE);
        CliRun ob2 = CliRun.of("clr", "build", "--from", from, "--key", key.toString(), "--suite", "ob2-jws");
        assertThat(ob2.exit()).isEqualTo(Laurel.USAGE);
        assertThat(ob2.err()).contains("not ob2-jws");
        CliRun noKey = CliRun.of("clr", "build", "--from", from, "--suite", "eddsa-rdfc-2022");
        assertThat(noKey.exit()).isEqualTo(Laurel.USAGE);
        assertThat(noKey.err()).contains("clr build needs a key");
        assertThat(CliRun.of("clr").exit()).isEqualTo(Laurel.USAGE);
        CliRun badDate = CliRun.of("clr", "build", "--from", from, "--key", key.toString(), "--suite", "eddsa-rdfc-2022",
                "--valid-from", "yesterday");
        assertThat(badDate.exit()).isEqualTo(Laurel.USAGE);
        assertThat(badDate.err()).contains("--valid-from");
    }

    @Test
    void clrBuildReportsAnAssemblyProblem() {
        CliRun build = CliRun.of("clr", "build", "--from", demo.resolve("credentials").toString(), "--key",
                key.toString(), "--suite", "eddsa-rdfc-2022", "--skip-unusable", "--learner", "did:example:bob");

        assertThat(build.exit()).isEqualTo(Laurel.FAILED);
        assertThat(build.err()).contains("[DIFFERENT_LEARNERS]").contains("no CLR written");
        assertThat(build.out()).isEmpty();
    }

    // demo

    @Test
    void theDemoEndsWithAVerifiedClrThatVerifyAndClassifyRead() {
        Path clr = demo.resolve(DemoCommand.CLR_FILE);
        assertThat(clr).exists();
        JsonNode line = only(CliRun.of("verify", "--offline", "--now", "2026-01-01T00:00:00Z", "--format", "json",
                clr.toString()));
        assertThat(line.path("verified").asBoolean()).isTrue();
        assertThat(line.path("credentials")).hasSize(6);
        CliRun demoAgain = CliRun.of("demo", "--now", "2026-01-01T00:00:00Z");
        assertThat(demoAgain.out()).contains("7. CLR").contains("[ok] verified: its proof and each of 6 nested")
                .contains("beside the ladder").doesNotContain("[FAIL]");
    }
}
