package dev.laurel.badges.json.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Audience;
import dev.laurel.badges.core.taxonomy.backpack.Backpack;
import dev.laurel.badges.core.taxonomy.backpack.BackpackEntry;
import dev.laurel.badges.core.taxonomy.backpack.VerificationStatus;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.credential.Credential;
import dev.laurel.badges.core.taxonomy.credential.SpecVersion;
import dev.laurel.badges.core.taxonomy.fixtures.Badges;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.Baker;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BackpackJsonTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">"
            + "<rect width=\"1\" height=\"1\"/></svg>";

    private final TaxonomyJson tj = TaxonomyJson.standard();
    private final BadgeJson json = BadgeJson.standard();

    private static OpenBadgeCredential ob3(String id, LevelKind level) {
        return Badges.credential(id, Badges.leveled(id + "/achievement", level));
    }

    private static Assertion ob2(String id) {
        return Badges.assertion(id, Badges.leveledBadgeClass(id + "/badge", LevelKind.SKILL));
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private TaxonomyJsonException importFailure(String text) {
        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readOb3(text));
        assertThat(e).as(text).isNotNull();
        return e;
    }

    private TaxonomyJsonException loadFailure(byte[] input) {
        TaxonomyJsonException e = catchThrowableOfType(TaxonomyJsonException.class, () -> tj.readCredential(input));
        assertThat(e).isNotNull();
        return e;
    }

    /** A backpack with one credential of each visibility, as JSON and as JWS, and an OB 2.0 assertion. */
    private Backpack mixed() {
        OpenBadgeCredential jwtPublic = ob3("urn:c:jwt-public", LevelKind.CERTIFICATION);
        OpenBadgeCredential jwtLink = ob3("urn:c:jwt-link", LevelKind.ABILITY);
        return Backpack.empty()
                .with(Credential.of(ob3("urn:c:private", LevelKind.SKILL)), Visibility.PRIVATE, VerificationStatus.UNKNOWN)
                .with(Credential.of(jwtPublic, TestJws.of(jwtPublic)), Visibility.PUBLIC, VerificationStatus.verified(NOW))
                .with(Credential.of(ob3("urn:c:link", LevelKind.KNOWLEDGE)), Visibility.LINK, VerificationStatus.UNKNOWN)
                .with(Credential.of(ob2("urn:c:ob2")), Visibility.PUBLIC, VerificationStatus.UNKNOWN)
                .with(Credential.of(ob3("urn:c:public", LevelKind.SKILL)), Visibility.PUBLIC, VerificationStatus.UNKNOWN)
                .with(Credential.of(jwtLink, TestJws.of(jwtLink)), Visibility.LINK, VerificationStatus.UNKNOWN);
    }

    private static List<String> ids(List<Credential> credentials) {
        return credentials.stream().map(c -> c.id().orElseThrow()).toList();
    }

    // ---- export ----

    @Test
    void exportHasTheShapeOfTheOb3CredentialList() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(tj.exportOb3(mixed(), Audience.OWNER));
        assertThat(tree.isObject()).isTrue();
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("credential", "compactJwsString");
        assertThat(tree.get("credential")).hasSize(3).allSatisfy(c -> assertThat(c.get("type").toString())
                .contains("OpenBadgeCredential"));
        assertThat(tree.get("compactJwsString")).hasSize(2).allSatisfy(s -> assertThat(s.isTextual()).isTrue());
    }

    @Test
    void publicExportCarriesOnlyPublicCredentials() {
        List<Credential> seen = tj.readOb3(tj.exportOb3(mixed(), Audience.PUBLIC));
        assertThat(ids(seen)).containsExactly("urn:c:public", "urn:c:jwt-public");
    }

    @Test
    void linkExportCarriesPublicAndLinkCredentials() {
        List<Credential> seen = tj.readOb3(tj.exportOb3(mixed(), Audience.LINK_HOLDER));
        assertThat(ids(seen)).containsExactly("urn:c:link", "urn:c:public", "urn:c:jwt-public", "urn:c:jwt-link");
    }

    @Test
    void ownerExportCarriesEveryOb3CredentialButNoOb2Assertion() {
        Backpack pack = mixed();
        List<Credential> seen = tj.readOb3(tj.exportOb3(pack, Audience.OWNER));
        assertThat(ids(seen)).containsExactly("urn:c:private", "urn:c:link", "urn:c:public", "urn:c:jwt-public",
                "urn:c:jwt-link");
        assertThat(pack.exportOb3(Audience.OWNER).notExported()).extracting(BackpackEntry::id)
                .containsExactly(java.util.Optional.of("urn:c:ob2"));
    }

    @Test
    void jwsIsExportedAndImportedExactlyAsReceived() throws IOException {
        Backpack pack = mixed();
        String received = pack.get("urn:c:jwt-public").orElseThrow().credential().compactJws().orElseThrow();
        JsonNode tree = new ObjectMapper().readTree(tj.exportOb3(pack, Audience.PUBLIC));
        assertThat(tree.get("compactJwsString").get(0).textValue()).isEqualTo(received);
        Credential back = tj.readOb3(tree.toString()).get(1);
        assertThat(back.compactJws()).contains(received);
        assertThat(back).isEqualTo(pack.get("urn:c:jwt-public").orElseThrow().credential());
    }

    @Test
    void importIntoABackpackClassifiesAndDeDuplicates() {
        Backpack pack = mixed();
        String export = tj.exportOb3(pack, Audience.OWNER);
        Backpack imported = tj.importOb3(Backpack.empty(), export);
        assertThat(imported.size()).isEqualTo(5);
        assertThat(imported.get("urn:c:jwt-public").orElseThrow().kind()).contains(LevelKind.CERTIFICATION);
        assertThat(imported.entries()).allMatch(e -> e.visibility() == Visibility.PRIVATE);
        assertThat(tj.importOb3(imported, export)).isEqualTo(imported);
    }

    @Test
    void importedCredentialsCarryNoVerificationSoTheyCountOnlyOnceVerified() {
        // The OB 3.0 credential list carries no verification outcome: an import is unverified until the
        // caller verifies it, and pathway progress and policies ignore it by default.
        Backpack imported = tj.importOb3(Backpack.empty(), tj.exportOb3(mixed(), Audience.OWNER));
        assertThat(imported.entries()).allMatch(e -> e.verification().equals(VerificationStatus.UNKNOWN));
        dev.laurel.badges.core.taxonomy.policy.PolicyReport report =
                dev.laurel.badges.core.taxonomy.policy.Policy.builder().build().evaluate(imported, NOW);
        assertThat(report.decisions()).isEmpty();
        assertThat(report.ignored()).hasSize(imported.size()).allMatch(u ->
                u.reason() == dev.laurel.badges.core.taxonomy.backpack.UnverifiedReason.NOT_CHECKED);
        Backpack checked = imported.withVerification("urn:c:public", VerificationStatus.verified(NOW));
        assertThat(dev.laurel.badges.core.taxonomy.policy.Policy.builder().build().evaluate(checked, NOW).decisions())
                .extracting(d -> d.entry().id().orElseThrow()).containsExactly("urn:c:public");
    }

    @Test
    void emptyListAndEmptyObjectImportAsNothing() {
        assertThat(tj.readOb3("{\"credential\": [], \"compactJwsString\": []}")).isEmpty();
        assertThat(tj.readOb3("{}")).isEmpty();
    }

    // ---- import: what is refused ----

    @Test
    void ob2AssertionInTheCredentialListIsRefused() {
        String list = "{\"credential\": [" + json.write(ob3("urn:c:1", LevelKind.SKILL)) + ", " + json.write(ob2("urn:c:2"))
                + "]}";
        TaxonomyJsonException e = importFailure(list);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_OB3);
        assertThat(e.pointer()).isEqualTo("/credential/1");
    }

    @Test
    void achievementInTheCredentialListIsNotACredential() {
        String list = "{\"credential\": [" + json.write(Badges.leveled("urn:a:1", LevelKind.SKILL)) + "]}";
        TaxonomyJsonException e = importFailure(list);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_A_CREDENTIAL);
        assertThat(e.getMessage()).contains("Achievement");
    }

    @Test
    void jsonThatIsNoBadgeIsNotACredential() {
        TaxonomyJsonException e = importFailure("{\"credential\": [{\"hello\": \"world\"}]}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_A_CREDENTIAL);
        assertThat(e.pointer()).isEqualTo("/credential/0");
    }

    @Test
    void jwsStringThatIsNotCompactIsMalformed() {
        TaxonomyJsonException e = importFailure("{\"compactJwsString\": [\"not a jws\"]}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JWS);
        assertThat(e.pointer()).isEqualTo("/compactJwsString/0");
    }

    @Test
    void jwsWithSurroundingSpaceIsRefusedSoThatWhatIsKeptIsWhatWasSigned() {
        String jws = TestJws.of(ob3("urn:c:1", LevelKind.SKILL));
        TaxonomyJsonException e = importFailure("{\"compactJwsString\": [\" " + jws + "\"]}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JWS);
    }

    @Test
    void jwsWhosePayloadIsNotJsonIsMalformed() {
        String bad = TestJws.of("ob3").replaceFirst("\\.[^.]+\\.", ".bm90IGpzb24.");
        TaxonomyJsonException e = importFailure("{\"compactJwsString\": [\"" + bad + "\"]}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JWS);
        assertThat(e.pointer()).isEqualTo("/compactJwsString/0");
    }

    @Test
    void jwsOfAnOb2AssertionInTheListIsRefused() {
        TaxonomyJsonException e = importFailure("{\"compactJwsString\": [\"" + TestJws.of(json.write(ob2("urn:c:2")))
                + "\"]}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_OB3);
    }

    @Test
    void wrongTypesAndUnknownMembersAreAllReported() {
        TaxonomyJsonException e = importFailure("{\"credential\": [42], \"compactJwsString\": [true], \"next\": 1}");
        assertThat(e.problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.WRONG_TYPE, "/credential/0"),
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.WRONG_TYPE, "/compactJwsString/0"),
                org.assertj.core.groups.Tuple.tuple(TaxonomyJsonCode.UNKNOWN_PROPERTY, "/next"));
    }

    @Test
    void singleCredentialInsteadOfAListIsAWrongType() {
        TaxonomyJsonException e = importFailure("{\"credential\": " + json.write(ob3("urn:c:1", LevelKind.SKILL)) + "}");
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/credential");
    }

    @Test
    void failedImportAddsNothing() {
        Backpack pack = Backpack.of(List.of(Credential.of(ob3("urn:c:held", LevelKind.SKILL))));
        String list = "{\"credential\": [" + json.write(ob3("urn:c:new", LevelKind.SKILL)) + ", 7]}";
        assertThat(catchThrowableOfType(TaxonomyJsonException.class, () -> tj.importOb3(pack, list))).isNotNull();
        assertThat(pack.size()).isEqualTo(1);
    }

    // ---- loading one credential ----

    @Test
    void loadsOb3Json() {
        OpenBadgeCredential c = ob3("urn:c:1", LevelKind.SKILL);
        Credential read = tj.readCredential(utf8("\uFEFF  \n" + json.writePretty(c)));
        assertThat(read).isEqualTo(Credential.of(c));
    }

    @Test
    void loadsOb2Json() {
        Assertion a = ob2("urn:c:2");
        assertThat(tj.readCredential(json.write(a))).isEqualTo(Credential.of(a));
    }

    @Test
    void loadsAVcJwtAndKeepsTheJws() {
        OpenBadgeCredential c = ob3("urn:c:1", LevelKind.SKILL);
        String jws = TestJws.of(c);
        Credential read = tj.readCredential("\n" + jws + "\n");
        assertThat(read.compactJws()).contains(jws);
        assertThat(read).isEqualTo(Credential.of(c, jws));
    }

    @Test
    void loadsAnOb2SignedAssertionAndKeepsTheJws() {
        Assertion a = ob2("urn:c:2");
        String jws = TestJws.of(json.write(a));
        Credential read = tj.readCredential(jws);
        assertThat(read.version()).isEqualTo(SpecVersion.OB_2_0);
        assertThat(read.compactJws()).contains(jws);
    }

    @Test
    void loadsACredentialBakedInAPng() {
        OpenBadgeCredential c = ob3("urn:c:1", LevelKind.ABILITY);
        byte[] baked = Baker.standard().bake(png(), BadgePayload.ob3Json(json.write(c)));
        Backpack pack = tj.add(Backpack.empty(), baked, Visibility.PUBLIC, VerificationStatus.verified(NOW));
        assertThat(pack.entries()).singleElement().satisfies(e -> {
            assertThat(e.credential()).isEqualTo(Credential.of(c));
            assertThat(e.kind()).contains(LevelKind.ABILITY);
            assertThat(e.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(e.verification().isVerified()).isTrue();
        });
    }

    @Test
    void loadsAVcJwtBakedInAnSvgAndKeepsTheJws() {
        OpenBadgeCredential c = ob3("urn:c:1", LevelKind.SKILL);
        String jws = TestJws.of(c);
        byte[] baked = Baker.standard().bake(utf8(SVG), BadgePayload.ob3Jwt(jws));
        Backpack pack = tj.add(Backpack.empty(), baked);
        assertThat(pack.entries()).singleElement().satisfies(e -> {
            assertThat(e.credential()).isEqualTo(Credential.of(c, jws));
            assertThat(e.visibility()).isEqualTo(Visibility.PRIVATE);
        });
    }

    @Test
    void loadsTheOfficialBakedOb2Png() throws IOException {
        byte[] heart;
        try (InputStream in = BackpackJsonTest.class.getResourceAsStream("/bake/baked_heart.png")) {
            assertThat(in).isNotNull();
            heart = in.readAllBytes();
        }
        Credential read = tj.readCredential(heart);
        assertThat(read.version()).isEqualTo(SpecVersion.OB_2_0);
        assertThat(read.id()).isPresent();
    }

    @Test
    void imageWithOnlyAHostedUrlIsNotImportableOffline() {
        byte[] baked = Baker.standard().bake(png(), BadgePayload.ob2Url("https://issuer.example.org/assertions/1"));
        TaxonomyJsonException e = loadFailure(baked);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.HOSTED_ONLY);
        assertThat(e.getMessage()).contains("https://issuer.example.org/assertions/1").contains("offline");
    }

    @Test
    void imageWithoutABadgeIsReported() {
        assertThat(loadFailure(png()).taxonomyCode()).isEqualTo(TaxonomyJsonCode.NO_BADGE);
        assertThat(loadFailure(utf8(SVG)).taxonomyCode()).isEqualTo(TaxonomyJsonCode.NO_BADGE);
    }

    @Test
    void brokenPngIsUnreadableWithTheBakerCause() {
        byte[] baked = Baker.standard().bake(png(), BadgePayload.ob3Json(json.write(ob3("urn:c:1", LevelKind.SKILL))));
        baked[baked.length - 20] ^= 0x55;
        TaxonomyJsonException e = loadFailure(baked);
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNREADABLE_IMAGE);
        assertThat(e.getCause()).isInstanceOf(BakeException.class);
    }

    @Test
    void svgWithAnEntityBombIsRefusedAsUnreadable() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>";
        assertThat(loadFailure(utf8(bomb)).taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNREADABLE_IMAGE);
    }

    @Test
    void bakedTextThatIsNoCredentialIsReported() {
        byte[] baked = Baker.standard().bake(png(), BadgePayload.ob3Json("{\"hello\": \"world\"}"));
        assertThat(loadFailure(baked).taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_A_CREDENTIAL);
    }

    @Test
    void badgeClassIsNotACredential() {
        TaxonomyJsonException e = loadFailure(utf8(json.write(Badges.leveledBadgeClass("urn:b:1", LevelKind.SKILL))));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.NOT_A_CREDENTIAL);
        assertThat(e.getMessage()).contains("BadgeClass");
    }

    @Test
    void malformedJsonIsReported() {
        assertThat(loadFailure(utf8("{\"@context\": ")).taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JSON);
    }

    @Test
    void unsignedJwsIsMalformed() {
        String jws = TestJws.of(ob3("urn:c:1", LevelKind.SKILL));
        String unsigned = jws.substring(0, jws.lastIndexOf('.') + 1);
        TaxonomyJsonException e = loadFailure(utf8(unsigned));
        assertThat(e.taxonomyCode()).isEqualTo(TaxonomyJsonCode.MALFORMED_JWS);
        assertThat(e.getMessage()).contains("unsecured");
    }

    @Test
    void plainTextIsUnrecognised() {
        assertThat(loadFailure(utf8("hello, world")).taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNRECOGNISED_INPUT);
        assertThat(loadFailure(new byte[0]).taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNRECOGNISED_INPUT);
        assertThat(loadFailure(utf8("[1, 2]")).taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNRECOGNISED_INPUT);
    }

    @Test
    void xmlThatIsNoSvgIsUnrecognised() {
        assertThat(loadFailure(utf8("<html><body/></html>")).taxonomyCode()).isEqualTo(TaxonomyJsonCode.UNRECOGNISED_INPUT);
    }
}
