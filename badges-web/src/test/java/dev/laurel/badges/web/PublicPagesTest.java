package dev.laurel.badges.web;

import static dev.laurel.badges.web.WebFixtures.attribute;
import static dev.laurel.badges.web.WebFixtures.get;
import static dev.laurel.badges.web.WebFixtures.signedJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.store.CredentialFormat;
import dev.laurel.badges.api.store.EqualityKey;
import dev.laurel.badges.api.store.jdbc.JdbcCredentialStore;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.backpack.Visibility;
import dev.laurel.badges.core.taxonomy.pathway.Pathway;
import dev.laurel.badges.core.taxonomy.pathway.Pathways;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The badge and backpack pages over a real H2 store. */
class PublicPagesTest {

    private static final String SKILL_ID = "urn:uuid:00000000-0000-4000-8000-000000000001";
    private static final String KNOWLEDGE_ID = "urn:uuid:00000000-0000-4000-8000-000000000002";
    private static final String LINK_ID = "urn:uuid:00000000-0000-4000-8000-000000000003";
    private static final String PRIVATE_ID = "urn:uuid:00000000-0000-4000-8000-000000000004";
    private static final String PUBLIC_BASE = "https://badges.example.org/";

    @TempDir
    Path dir;
    private JdbcCredentialStore store;
    private WebPages pages;

    @BeforeEach
    void open() {
        store = JdbcCredentialStore.h2(dir);
        Pathway path = Pathway.builder("java", "Java path").require("https://example.org/achievements/1").build();
        pages = WebPages.builder(BadgeChecker.of(WebFixtures.verifier())).clock(WebFixtures.CLOCK)
                .serviceName("Test badges").store(store).publicBaseUri(URI.create(PUBLIC_BASE))
                .pathways(Pathways.of(List.of(path))).build();
        put("ada", "Java Practitioner", LevelKind.SKILL, SKILL_ID, Visibility.PUBLIC);
        put("ada", "Java Basics", LevelKind.KNOWLEDGE, KNOWLEDGE_ID, Visibility.PUBLIC);
        put("ada", "Linked Only", LevelKind.ABILITY, LINK_ID, Visibility.LINK);
        put("ada", "Kept Private", LevelKind.CERTIFICATION, PRIVATE_ID, Visibility.PRIVATE);
        put("bob", "Bob's Secret", LevelKind.SKILL, "urn:uuid:00000000-0000-4000-8000-000000000005",
                Visibility.PRIVATE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private EqualityKey put(String owner, String name, LevelKind level, String id, Visibility visibility) {
        EqualityKey key = store.upsert(owner, CredentialFormat.JSON, signedJson(name, level, id)).stored().key();
        store.setVisibility(owner, key, visibility);
        return key;
    }

    private static String segment(String id) {
        return PublicPages.encode(id);
    }

    @Test
    void aPublicBadgeHasItsPageWithOpenGraphAndAVerifyLink() {
        ApiResponse response = pages.handle(get("/badges/" + segment(SKILL_ID)));
        String html = response.bodyText();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Security-Policy")).contains(WebPages.CONTENT_SECURITY_POLICY);
        assertThat(attribute(html, "badge-page", "data-level")).isEqualTo("skill");
        assertThat(attribute(html, "badge-page", "data-visibility")).isEqualTo("public");
        assertThat(html).contains("<meta property=\"og:title\" content=\"Java Practitioner\">")
                .contains("<meta property=\"og:type\" content=\"website\">")
                .contains("<meta property=\"og:url\" content=\"" + PUBLIC_BASE + "badges/urn%3Auuid%3A00000000-0000-"
                        + "4000-8000-000000000001\">")
                .contains("<meta property=\"og:description\" content=\"Writes and tests Java programs.\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<h1>Java Practitioner</h1>")
                .contains("id=\"badge-name\"")
                .contains("<a href=\"/u/ada\">ada</a>")
                .contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
        String verify = attribute(html, "verify-badge", "href");
        assertThat(verify).isEqualTo("/badges/urn%3Auuid%3A00000000-0000-4000-8000-000000000001/verify");

        ApiResponse report = pages.handle(get(verify));
        assertThat(report.status()).isEqualTo(200);
        assertThat(attribute(report.bodyText(), "report", "data-verified")).isEqualTo("true");
        assertThat(attribute(report.bodyText(), "report", "data-level")).isEqualTo("skill");
    }

    @Test
    void aBadgeWhoseIdIsAUrlHasItsPageUnderTheWholeEncodedId() {
        String id = "https://example.org/credentials/42?x=1#y";
        put("ada", "Url Badge", LevelKind.SKILL, id, Visibility.PUBLIC);
        String path = "/badges/" + segment(id);
        assertThat(path).isEqualTo("/badges/https%3A%2F%2Fexample.org%2Fcredentials%2F42%3Fx%3D1%23y");
        ApiResponse page = pages.handle(get(path));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.bodyText()).contains("<h1>Url Badge</h1>");
        ApiResponse report = pages.handle(get(attribute(page.bodyText(), "verify-badge", "href")));
        assertThat(attribute(report.bodyText(), "report", "data-verified")).isEqualTo("true");
    }

    @Test
    void aLinkBadgeHasAPageButPrivateAndAbsentOnesAreNotFound() {
        ApiResponse link = pages.handle(get("/badges/" + segment(LINK_ID)));
        assertThat(link.status()).isEqualTo(200);
        assertThat(attribute(link.bodyText(), "badge-page", "data-visibility")).isEqualTo("link");

        ApiResponse hidden = pages.handle(get("/badges/" + segment(PRIVATE_ID)));
        ApiResponse absent = pages.handle(get("/badges/" + segment("urn:uuid:nope")));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(hidden.bodyText()).isEqualTo(absent.bodyText()).doesNotContain("Kept Private");
        assertThat(pages.handle(get("/badges/" + segment(PRIVATE_ID) + "/verify")).status()).isEqualTo(404);
        assertThat(pages.handle(get("/badges/" + segment(SKILL_ID) + "/image")).status())
                .as("no embedded image").isEqualTo(404);
    }

    @Test
    void theOwnerLinksOnlyWhenTheBackpackHasPublicBadges() {
        store.setVisibility("ada", store.findShared(SKILL_ID).orElseThrow().key(), Visibility.LINK);
        store.setVisibility("ada", store.findShared(KNOWLEDGE_ID).orElseThrow().key(), Visibility.PRIVATE);
        String html = pages.handle(get("/badges/" + segment(SKILL_ID))).bodyText();
        assertThat(html).doesNotContain("href=\"/u/ada\"").contains("<span>ada</span>");
    }

    @Test
    void theBackpackListsOnlyPublicBadgesGroupedFormalLadderFirst() {
        ApiResponse response = pages.handle(get("/u/ada"));
        String html = response.bodyText();
        assertThat(response.status()).isEqualTo(200);
        assertThat(attribute(html, "backpack", "data-owner")).isEqualTo("ada");
        assertThat(groups(html)).containsExactly("skill", "knowledge");
        assertThat(html).contains("data-badge-id=\"" + SKILL_ID + "\"").contains("data-badge-id=\"" + KNOWLEDGE_ID + "\"")
                .doesNotContain(LINK_ID).doesNotContain("Linked Only")
                .doesNotContain(PRIVATE_ID).doesNotContain("Kept Private")
                .contains("href=\"" + PUBLIC_BASE + "badges/urn%3Auuid%3A00000000-0000-4000-8000-000000000001\"");
    }

    @Test
    void pathwayProgressCountsThePublicBadgesOfTheChosenPathways() {
        assertThat(pages.handle(get("/u/ada")).bodyText()).doesNotContain("<progress");
        store.choosePathways("ada", Set.of("java", "not-configured"));
        String html = pages.handle(get("/u/ada")).bodyText();
        assertThat(html).contains("<li data-pathway=\"java\" data-complete=\"true\">")
                .contains("<label for=\"pathway-0\">Java path: 1 of 1 steps done</label>")
                .contains("<progress id=\"pathway-0\" max=\"1\" value=\"1\">")
                .doesNotContain("not-configured");
    }

    @Test
    void anUnknownUserAndAUserWithNothingPublicGetTheSame404() {
        ApiResponse unknown = pages.handle(get("/u/nobody"));
        ApiResponse nothingPublic = pages.handle(get("/u/bob"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(nothingPublic.status()).isEqualTo(404);
        assertThat(unknown.bodyText()).isEqualTo(nothingPublic.bodyText()).doesNotContain("Bob's Secret");
    }

    @Test
    void hostileNamesAreEscaped() {
        String owner = "<script>alert(1)</script>\"";
        put(owner, "<img src=x onerror=alert(2)>", LevelKind.SKILL, "urn:uuid:00000000-0000-4000-8000-000000000009",
                Visibility.PUBLIC);
        String backpack = pages.handle(get("/u/" + PublicPages.encode(owner))).bodyText();
        assertThat(backpack).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String badge = pages.handle(get("/badges/" + segment("urn:uuid:00000000-0000-4000-8000-000000000009")))
                .bodyText();
        assertThat(badge).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("href=\"/u/%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22\"");
    }

    @Test
    void embeddedImagesAreServedWithTheirTypeAndSvgIsSandboxed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        ApiResponse raster = PublicPages.imageResponse("data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png)).orElseThrow();
        assertThat(raster.header("Content-Type")).contains("image/png");
        assertThat(raster.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(raster.body()).isEqualTo(png);

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        ApiResponse vector = PublicPages.imageResponse("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertThat(vector.header("Content-Type")).contains("image/svg+xml");
        assertThat(vector.headers().get("Content-Security-Policy"))
                .containsExactly("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        assertThat(PublicPages.imageResponse("data:image/svg+xml,%3Csvg%2F%3E").orElseThrow().bodyText())
                .isEqualTo("<svg/>");
        assertThat(PublicPages.imageResponse("data:text/html;base64,PGI+")).isEmpty();
        assertThat(PublicPages.imageResponse("data:image/png;base64,***")).isEmpty();
    }

    @Test
    void onlyGetIsAnsweredAndWithoutAStoreThePathsAreNotThePages() {
        assertThat(pages.handle(dev.laurel.badges.api.provider.ApiRequest.of("POST", WebFixtures.BASE, "/u/ada"))
                .status()).isEqualTo(405);
        assertThat(WebFixtures.pages().owns("/u/ada")).isFalse();
        assertThat(pages.owns("/u/ada")).isTrue();
        assertThat(pages.owns("/badges/x")).isTrue();
    }

    private static List<String> groups(String html) {
        Matcher m = Pattern.compile("<section data-level-group=\"([a-z]+)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
