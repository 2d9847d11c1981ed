package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.jose.SignedBadgeResult;
import dev.laurel.badges.verify.jose.SignedBadgeSigner;
import dev.laurel.badges.verify.jose.SignedBadgeVerifier;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.KeyResolver;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_URL = "https://example.org/publicKey.json";
    private static final String ISSUER_URL = "https://example.org/organization.json";
    private static final String BADGE_URL = "https://example.org/robotics-badge.json";

    /** An OB 2.0 hosted assertion (OB 2.0 examples page) whose badge class and issuer the tests serve. */
    static final String OB2_ASSERTION = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
             "id": "urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b",
             "recipient": {"type": "email", "hashed": false, "identity": "alice@example.org"},
             "issuedOn": "2016-12-31T23:59:59Z",
             "badge": "https://example.org/robotics-badge.json",
             "verification": {"type": "HostedBadge"}}
            """;
    static final String OB2_BADGE = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass",
             "id": "https://example.org/robotics-badge.json", "name": "Awesome Robotics Badge",
             "description": "For doing awesome things with robots.", "image": "https://example.org/robotics-badge.png",
             "criteria": "https://example.org/robotics-badge.html", "issuer": "https://example.org/organization.json"}
            """;
    static final String OB2_ISSUER = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "Issuer",
             "id": "https://example.org/organization.json", "name": "An Example Badge Issuer",
             "url": "https://example.org", "email": "contact@example.org",
             "publicKey": "https://example.org/publicKey.json"}
            """;

    @TempDir
    Path dir;

    private Path keygen(String type) {
        Path out = dir.resolve("keys-" + type);
        CliRun run = CliRun.of("keygen", "--type", type, "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return out;
    }

    private static LaurelKey key(Path keyDir, String file) throws IOException {
        return KeyPairs.fromJwk(Files.readString(keyDir.resolve(file)));
    }

    private static String didOf(Path keyDir) throws IOException {
        return Files.readAllLines(keyDir.resolve("did.txt")).get(0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The CLI tests' valid credential, issued by the given DID. */
    private Path credentialIssuedBy(String issuer) throws IOException {
        return write("credential.json",
                ValidateCommandTest.VALID_OB3.replace("https://example.com/issuers/876543", issuer));
    }

    private static JsonNode jwtPart(String token, int part) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.strip().split("\\.")[part]));
    }

    /** The key is the issuer's (its did:key), not merely a key nothing contradicts. */
    private static void assertKeyBound(VerificationReport report) {
        List<Check> binding = report.checks().stream().filter(c -> c.id().endsWith("key-binding")).toList();
        assertThat(binding).isNotEmpty().allMatch(c -> c.outcome() == Outcome.PASSED);
    }

    // ---- round trips ----

    @Test
    void ed25519KeyThenEddsaRdfcProofVerifiesOfflineWithTheIssuerBound() throws IOException {
        Path keys = keygen("ed25519");
        String did = didOf(keys);
        Path signed = dir.resolve("signed.json");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "eddsa-rdfc-2022",
                credentialIssuedBy(did).toString(), "--out", signed.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains("eddsa-rdfc-2022").contains(signed.toString());

        byte[] bytes = Files.readAllBytes(signed);
        JsonNode proof = JSON.readTree(bytes).get("proof");
        assertThat(proof.get("type").asText()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("verificationMethod").asText())
                .isEqualTo(Files.readAllLines(keys.resolve("did.txt")).get(1));
        VerificationReport report = Verifier.offline().verify(bytes);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertKeyBound(report);
    }

    @Test
    void p256AndP384KeysThenEcdsaRdfcProofVerifyOfflineWithTheIssuerBound() throws IOException {
        for (String type : List.of("p256", "p384")) {
            Path keys = keygen(type);
            String did = didOf(keys);
            assertThat(did).startsWith(type.equals("p256") ? "did:key:zDn" : "did:key:z82");
            Path signed = dir.resolve("signed-" + type + ".json");
            CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                    "ecdsa-rdfc-2019", credentialIssuedBy(did).toString(), "--out", signed.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err().strip()).doesNotContain("\n").contains("ecdsa-rdfc-2019").contains(signed.toString());

            byte[] bytes = Files.readAllBytes(signed);
            JsonNode proof = JSON.readTree(bytes).get("proof");
            assertThat(proof.get("type").asText()).isEqualTo("DataIntegrityProof");
            assertThat(proof.get("cryptosuite").asText()).isEqualTo("ecdsa-rdfc-2019");
            assertThat(proof.get("verificationMethod").asText()).isEqualTo(Files.readAllLines(keys.resolve("did.txt")).get(1));
            VerificationReport report = Verifier.offline().verify(bytes);
            assertThat(report.failures()).isEmpty();
            assertThat(report.verified()).isTrue();
            assertKeyBound(report);

            ObjectNode changed = (ObjectNode) JSON.readTree(bytes);
            changed.put("name", "Changed");
            assertThat(Verifier.offline().verify(JSON.writeValueAsBytes(changed)).verified()).isFalse();
        }
    }

    @Test
    void ecdsaRdfcNeedsAP256OrP384Key() throws IOException {
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        for (String type : List.of("ed25519", "rsa")) {
            Path keys = keygen(type);
            CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                    "ecdsa-rdfc-2019", credential.toString());
            assertThat(run.exit()).as(type).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("laurel: ecdsa-rdfc-2019 needs a P-256 or P-384 key, got ");
        }
    }

    @Test
    void aCredentialChangedAfterItsProofDoesNotVerify() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "eddsa-rdfc-2022",
                credentialIssuedBy(didOf(keys)).toString());
        assertThat(run.exit()).isZero();
        ObjectNode signed = (ObjectNode) JSON.readTree(run.out());
        assertThat(Verifier.offline().verify(run.out()).verified()).isTrue();
        signed.put("name", "Leadership Badge");
        assertThat(Verifier.offline().verify(JSON.writeValueAsString(signed)).verified()).isFalse();
    }

    @Test
    void aProofByAKeyThatIsNotTheIssuersFailsTheBinding() throws IOException {
        Path keys = keygen("ed25519");
        Path other = dir.resolve("other");
        assertThat(CliRun.of("keygen", "--type", "ed25519", "--out", other.toString()).exit()).isZero();
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "eddsa-rdfc-2022",
                credentialIssuedBy(didOf(other)).toString());
        assertThat(run.exit()).isZero();
        assertThat(Verifier.offline().verify(run.out()).verified()).isFalse();
    }

    @Test
    void aGivenVerificationMethodIsTheProofs() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "eddsa-rdfc-2022",
                "--verification-method", "https://example.com/issuers/876543#key-1",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).at("/proof/verificationMethod").asText())
                .isEqualTo("https://example.com/issuers/876543#key-1");
    }

    @Test
    void rsaKeyThenVcJwtWithKidVerifiesWithThePublicJwk() throws IOException {
        Path keys = keygen("rsa");
        String kid = "https://example.com/issuers/876543#key-1";
        Path jwt = dir.resolve("badge.jwt");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-rs256",
                "--kid", kid, write("c.json", ValidateCommandTest.VALID_OB3).toString(), "--out", jwt.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String token = Files.readString(jwt).strip();
        JsonNode header = jwtPart(token, 0);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).isEqualTo(kid);
        assertThat(header.has("jwk")).isFalse();
        assertThat(jwtPart(token, 1).get("iss").asText()).isEqualTo("https://example.com/issuers/876543");

        // The issuer's own document lists the key: the kid resolves and the key is bound to the issuer.
        LaurelKey published = key(keys, "public.jwk.json");
        VcJwtResult result = VcJwtVerifier.of(issuerDocument(published)).verify(token);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();

        LaurelKey stranger = KeyPairs.generateRsa(2048).publicOnly();
        assertThat(VcJwtVerifier.of(issuerDocument(stranger)).verify(token).verified()).isFalse();
    }

    private static MapDocumentFetcher issuerDocument(LaurelKey key) {
        String issuer = "https://example.com/issuers/876543";
        return MapDocumentFetcher.builder().put(issuer, "{\"id\":\"" + issuer + "\",\"verificationMethod\":[{\"id\":\""
                + issuer + "#key-1\",\"type\":\"JsonWebKey\",\"publicKeyJwk\":" + key.toPublicJwk() + "}]}").build();
    }

    @Test
    void p384KeyThenEs384VcJwtVerifiesWithItsHeaderJwk() throws IOException {
        Path keys = keygen("p384");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-es384",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode header = jwtPart(run.out(), 0);
        assertThat(header.get("alg").asText()).isEqualTo("ES384");
        assertThat(header.get("jwk").get("crv").asText()).isEqualTo("P-384");
        assertThat(VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(run.out()).verified()).isTrue();
        CliRun wrongKind = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                "vc-jwt-es256", write("d.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(wrongKind.exit()).isEqualTo(2);
    }

    @Test
    void p256VcJwtWithoutKidCarriesItsJwk() throws IOException {
        Path keys = keygen("p256");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-es256",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode header = jwtPart(run.out(), 0);
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.has("kid")).isFalse();
        assertThat(KeyPairs.fromJwk(header.get("jwk").toString()).publicKey())
                .isEqualTo(key(keys, "public.jwk.json").publicKey());
        // A header jwk proves the signature, not whose key it is: the binding is left to the caller here.
        assertThat(VcJwtVerifier.of(KeyResolver.offline()).withoutKeyBinding().verify(run.out()).verified()).isTrue();
    }

    @Test
    void ed25519VcJwtNamesItsDidKeyAndVerifiesOffline() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                credentialIssuedBy(didOf(keys)).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode header = jwtPart(run.out(), 0);
        assertThat(header.get("alg").asText()).isEqualTo("EdDSA");
        assertThat(header.get("kid").asText()).isEqualTo(Files.readAllLines(keys.resolve("did.txt")).get(1));
        VerificationReport report = Verifier.offline().verify(run.out());
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertKeyBound(report);
    }

    @Test
    void ob2AssertionSignedWithKidVerifiesAgainstTheHostedKey() throws IOException {
        Path keys = keygen("rsa");
        Path jws = dir.resolve("signed.jws");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                "--kid", KEY_URL, write("assertion.json", OB2_ASSERTION).toString(), "--out", jws.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String token = Files.readString(jws).strip();
        JsonNode payload = jwtPart(token, 1);
        assertThat(payload.at("/verification/type").asText()).isEqualTo("SignedBadge");
        assertThat(payload.at("/verification/creator").asText()).isEqualTo(KEY_URL);

        MapDocumentFetcher documents = MapDocumentFetcher.builder()
                .put(KEY_URL, SignedBadgeSigner.cryptographicKey(KEY_URL, ISSUER_URL, key(keys, "public.jwk.json")).toString())
                .put(ISSUER_URL, OB2_ISSUER)
                .put(BADGE_URL, OB2_BADGE)
                .build();
        SignedBadgeResult result = SignedBadgeVerifier.of(documents).verify(token);
        assertThat(result.failures()).isEmpty();
        assertThat(result.verified()).isTrue();
    }

    @Test
    void ob2JwsWithoutAKidOrACreatorIsAUsageError() throws IOException {
        Path keys = keygen("rsa");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                write("assertion.json", OB2_ASSERTION).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--kid");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void ob2JwsKeepsTheCreatorTheAssertionAlreadyNames() throws IOException {
        Path keys = keygen("rsa");
        String declared = OB2_ASSERTION.replace("{\"type\": \"HostedBadge\"}",
                "{\"type\": \"SignedBadge\", \"creator\": \"https://example.org/keys/2.json\"}");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                write("assertion.json", declared).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(jwtPart(run.out(), 1).at("/verification/creator").asText()).isEqualTo("https://example.org/keys/2.json");
    }

    // ---- refusals ----

    @Test
    void aKeyOfTheWrongKindIsAUsageError() throws IOException {
        Path ed = keygen("ed25519");
        Path rsa = keygen("rsa");
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        CliRun run = CliRun.of("sign", "--key", ed.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-rs256",
                credential.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("laurel: vc-jwt-rs256 needs an RSA key, got ED25519");
        assertThat(run.out()).isEmpty();

        for (String suite : List.of("eddsa-rdfc-2022", "vc-jwt-eddsa", "vc-jwt-es256")) {
            CliRun other = CliRun.of("sign", "--key", rsa.resolve("private.jwk.json").toString(), "--suite", suite,
                    credential.toString());
            assertThat(other.exit()).as(suite).isEqualTo(2);
            assertThat(other.err()).contains(suite + " needs ").contains("got RSA");
        }
    }

    @Test
    void aPublicJwkCannotSign() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("public.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("public key only");
    }

    @Test
    void aKeyFileThatIsNotAJwkIsAUsageError() throws IOException {
        CliRun run = CliRun.of("sign", "--key", write("key.json", "{\"kty\":\"oct\",\"k\":\"AAAA\"}").toString(),
                "--suite", "vc-jwt-eddsa", write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a usable JWK").doesNotContain("Exception");
    }

    @Test
    void aMissingKeyFileIsAUsageError() throws IOException {
        CliRun run = CliRun.of("sign", "--key", dir.resolve("none.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void aMissingInputIsAUsageError() {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void somethingThatIsNotABadgeFails() throws IOException {
        Path keys = keygen("ed25519");
        for (String content : List.of("{\"hello\": \"world\"}", "{\"id\": ", "not json at all")) {
            CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                    "eddsa-rdfc-2022", write("x.json", content).toString());
            assertThat(run.exit()).as(content).isEqualTo(1);
            assertThat(run.err().strip()).as(content).doesNotContain("\n").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void theBadgeMustFitTheSuite() throws IOException {
        Path ed = keygen("ed25519");
        Path rsa = keygen("rsa");
        CliRun ob2AsVc = CliRun.of("sign", "--key", ed.resolve("private.jwk.json").toString(), "--suite",
                "eddsa-rdfc-2022", write("a.json", OB2_ASSERTION).toString());
        assertThat(ob2AsVc.exit()).isEqualTo(1);
        assertThat(ob2AsVc.err()).contains("an OB 3.0 credential").contains("OB 2.0 Assertion");

        CliRun ob3AsOb2 = CliRun.of("sign", "--key", rsa.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                "--kid", KEY_URL, write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(ob3AsOb2.exit()).isEqualTo(1);
        assertThat(ob3AsOb2.err()).contains("an OB 2.0 Assertion").contains("OpenBadgeCredential");

        CliRun badgeClass = CliRun.of("sign", "--key", rsa.resolve("private.jwk.json").toString(), "--suite", "ob2-jws",
                "--kid", KEY_URL, write("b.json", OB2_BADGE).toString());
        assertThat(badgeClass.exit()).isEqualTo(1);
        assertThat(badgeClass.err()).contains("BadgeClass");
    }

    @Test
    void anAlreadySignedTokenIsNotSignedAgain() throws IOException {
        Path keys = keygen("ed25519");
        CliRun first = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(first.exit()).isZero();
        CliRun again = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.jwt", first.out()).toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already signed");
    }

    @Test
    void aVcJwtNeedsAValidFrom() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3.replace("\"validFrom\": \"2010-01-01T00:00:00Z\",", ""))
                        .toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("validFrom");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anInvalidCredentialIsSignedWithAWarning() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3.replace("\"name\": \"Teamwork\"", "\"name\": 7")).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning").contains("/credentialSubject/achievement/name");
        assertThat(Verifier.offline().verify(run.out()).verified()).isFalse();
    }

    @Test
    void flagsOfTheOtherSuiteFamilyAreUsageErrors() throws IOException {
        Path keys = keygen("ed25519");
        Path credential = write("c.json", ValidateCommandTest.VALID_OB3);
        CliRun vmOnJwt = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                "--verification-method", "did:example:1#k", credential.toString());
        assertThat(vmOnJwt.exit()).isEqualTo(2);
        assertThat(vmOnJwt.err()).contains("--verification-method");
        CliRun kidOnProof = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite",
                "eddsa-rdfc-2022", "--kid", "did:example:1#k", credential.toString());
        assertThat(kidOnProof.exit()).isEqualTo(2);
        assertThat(kidOnProof.err()).contains("--kid");
    }

    @Test
    void anUnknownSuiteIsAUsageError() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "ps256",
                write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ps256").contains("eddsa-rdfc-2022");
    }

    @Test
    void anUnknownFlagIsAUsageError() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                "--typ", "vc+jwt", write("c.json", ValidateCommandTest.VALID_OB3).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--typ");
    }

    @Test
    void anUnwritableOutIsAUsageError() throws IOException {
        Path keys = keygen("ed25519");
        CliRun run = CliRun.of("sign", "--key", keys.resolve("private.jwk.json").toString(), "--suite", "vc-jwt-eddsa",
                write("c.json", ValidateCommandTest.VALID_OB3).toString(), "--out",
                dir.resolve("no/such/folder/x.jwt").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write");
    }
}
