package dev.laurel.badges.web;

import static dev.laurel.badges.web.WebFixtures.attribute;
import static dev.laurel.badges.web.WebFixtures.checks;
import static dev.laurel.badges.web.WebFixtures.fileForm;
import static dev.laurel.badges.web.WebFixtures.form;
import static dev.laurel.badges.web.WebFixtures.get;
import static dev.laurel.badges.web.WebFixtures.post;
import static dev.laurel.badges.web.WebFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.core.model.ob2.BadgeClass;
import dev.laurel.badges.core.taxonomy.LevelKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebPagesTest {

    private final WebPages pages = WebFixtures.pages();

    @Test
    void theVerifyPageHasTheFormOfTheContract() {
        ApiResponse r = pages.handle(get("/"));
        String html = r.bodyText();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\"")
                .contains("<label for=\"file\">").contains("name=\"file\" accept=\".png,.svg,.json,.jwt,.txt\"")
                .contains("<label for=\"text\">").contains("<textarea id=\"text\" name=\"text\"")
                .contains("<label for=\"url\">").contains("<input type=\"url\" id=\"url\" name=\"url\"")
                .contains("<button type=\"submit\">Verify</button>")
                .contains("<a class=\"skip-link\" href=\"#verify\">").contains("<main id=\"verify\"")
                .doesNotContain("<script").doesNotContain("style=");
        assertThat(html.split("<h1", -1)).hasSize(2);
    }

    @Test
    void aSignedBadgeIsVerifiedWithItsLevelAndDetails() {
        String html = verify(fileForm("skill.json", WebFixtures.signedJson("Java Practitioner", LevelKind.SKILL)), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("true");
        assertThat(attribute(html, "report", "data-level")).isEqualTo("skill");
        assertThat(text(html, "verdict"))
                .isEqualTo("Verified: this Skill badge was issued by Demo Issuer and its proof checks out.");
        assertThat(checks(html)).isNotEmpty().noneMatch(c -> c.startsWith("failed"));
        assertThat(text(html, "badge-name")).isEqualTo("Java Practitioner");
        assertThat(text(html, "badge-description")).isEqualTo("Writes and tests Java programs.");
        assertThat(text(html, "badge-criteria")).isEqualTo("Passed the exam.");
        assertThat(text(html, "badge-issuer")).contains("Demo Issuer").contains("Confirmed");
        assertThat(text(html, "badge-recipient")).contains("did:example:learner").contains("hashed emailAddress");
        assertThat(text(html, "badge-issued")).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(html).contains("<svg role=\"img\" aria-labelledby=\"ladder-title ladder-desc\"")
                .contains("<title id=\"ladder-title\">Level: skill (declared)</title>")
                .contains("<g class=\"rung marked\" data-level=\"skill\">")
                .contains("data-level=\"participation\"").contains("data-level=\"recognition\"")
                .contains("data-level=\"knowledge\"").contains("data-level=\"certification\"");
        assertThat(text(html, "level-basis")).contains("skill").contains("declared");
        // BadgeChecker.of gives no report line: no download link.
        assertThat(html).doesNotContain("download-report");
    }

    @Test
    void aTamperedBadgeIsNotVerifiedAndItsFailureComesFirst() {
        String html = verify(fileForm("tampered.json", WebFixtures.tampered()), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("false");
        List<String> checks = checks(html);
        assertThat(checks.get(0)).startsWith("failed ");
        // Failures first, warnings next, then the rest.
        int lastFailed = checks.lastIndexOf(checks.stream().filter(c -> c.startsWith("failed")).reduce((a, b) -> b)
                .orElseThrow());
        assertThat(checks.subList(lastFailed + 1, checks.size())).noneMatch(c -> c.startsWith("failed"));
        int firstPassed = checks.indexOf(checks.stream().filter(c -> c.startsWith("passed")).findFirst().orElseThrow());
        assertThat(checks.subList(firstPassed, checks.size())).noneMatch(c -> c.startsWith("warning"));
        assertThat(text(html, "verdict")).startsWith("Not verified: ").endsWith(".");
        assertThat(text(html, "checks")).contains(checks.get(0).substring("failed ".length()));
    }

    @Test
    void aBakedPngIsVerifiedAndShownAsItself() {
        byte[] png = WebFixtures.bakedPng("Java Practitioner", LevelKind.SKILL);
        String html = verify(fileForm("badge.png", png), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("true");
        assertThat(attribute(html, "badge-image", "src"))
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        assertThat(attribute(html, "badge-image", "alt")).isEqualTo("The badge image of Java Practitioner");
    }

    @Test
    void aRealBakedPngIsReadAndItsHostedCheckFailsOffline() {
        String html = verify(fileForm("baked_heart.png", WebFixtures.resource("ob2/baked_heart.png")), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("false");
        assertThat(checks(html).get(0)).startsWith("failed ");
        assertThat(attribute(html, "badge-image", "src")).startsWith("data:image/png;base64,");
    }

    @Test
    void aPastedJwtIsVerified() {
        String jwt = WebFixtures.jwt("Java Certified", LevelKind.CERTIFICATION);
        String html = verify(form("", new byte[0], Map.of("text", "\n" + jwt + "\n", "url", "")), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("true");
        assertThat(attribute(html, "report", "data-level")).isEqualTo("certification");
        assertThat(html).contains("Checked: <span class=\"mono\">pasted</span>");
    }

    @Test
    void anOb2AssertionIsClassifiedFromTheBadgeClassItLinksTo() {
        byte[] assertion = WebFixtures.resource("ob2/ob_v2p0_examples_index-06.json");
        String linked = "https://example.org/robotics-badge.json";
        BadgeClass robotics = (BadgeClass) WebFixtures.JSON.read(("{\"@context\": \"https://w3id.org/openbadges/v2\","
                + " \"type\": \"BadgeClass\", \"id\": \"" + linked + "\", \"name\": \"Robotics\","
                + " \"description\": \"Builds robots.\", \"image\": \"https://example.org/robotics.png\","
                + " \"criteria\": {\"narrative\": \"Built a robot.\"}, \"issuer\": \"https://example.org/org.json\","
                + " \"alignment\": [{\"targetName\": \"Ability\", \"targetFramework\": \"Laurel Credential Levels\","
                + " \"targetCode\": \"ability\", \"targetUrl\": \"https://laurel.dev/taxonomy/levels/v1#ability\"}]}")
                .getBytes(StandardCharsets.UTF_8)).model().orElseThrow();
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebPages withSource = WebPages.builder(BadgeChecker.of(WebFixtures.verifier())).clock(WebFixtures.CLOCK)
                .badgeClasses(id -> {
                    asked.add(id);
                    return id.equals(linked) ? Optional.of(robotics) : Optional.empty();
                }).build();
        ApiResponse r = withSource.handle(post(fileForm("assertion.json", assertion)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(attribute(r.bodyText(), "report", "data-level")).isEqualTo("ability");
        assertThat(asked).containsExactly(linked);
        // Without a source (the default) the assertion alone says no level: laurel classify without --url-map.
        String alone = verify(fileForm("assertion.json", assertion), 200);
        assertThat(attribute(alone, "report", "data-level")).isNotEqualTo("ability");
    }

    @Test
    void theOfficialExampleIsReportedWithItsDetails() {
        byte[] example = WebFixtures.resource("ob3/ob_v3p0_examples_basicOpenBadgeCredential-00.json");
        String html = verify(fileForm("example.json", example), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("false");
        assertThat(checks(html).get(0)).startsWith("failed ");
        assertThat(text(html, "badge-name")).isNotBlank();
        assertThat(attribute(html, "report", "data-level")).matches(
                "knowledge|skill|ability|certification|participation|recognition|unclassified");
    }

    @Test
    void anUnreadableInputGetsAReportThatSaysSo() {
        String html = verify(form("", new byte[0], Map.of("text", "this is not a badge", "url", "")), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("false");
        assertThat(attribute(html, "report", "data-level")).isEqualTo("unclassified");
        assertThat(checks(html).get(0)).startsWith("failed ");
        assertThat(html).contains("<title id=\"ladder-title\">Level: unclassified</title>");
    }

    @Test
    void aUrlWhenOfflineGetsAClearMessageAndNoFetch() {
        ApiResponse r = pages.handle(post(form("", new byte[0],
                Map.of("text", "", "url", "https://example.org/assertion.json"))));
        assertThat(r.status()).isEqualTo(502);
        assertThat(text(r.bodyText(), "problem")).contains("This server is offline")
                .contains("https://example.org/assertion.json").contains("upload the file");
        assertThat(r.bodyText()).contains("<form method=\"post\"");
    }

    @Test
    void aUrlIsFetchedThroughTheGivenFetcher() {
        byte[] badge = WebFixtures.signedJson("Java Practitioner", LevelKind.SKILL);
        WebPages online = WebPages.builder(BadgeChecker.of(WebFixtures.verifier())).clock(WebFixtures.CLOCK)
                .fetcher(dev.laurel.badges.verify.fetch.MapDocumentFetcher.of(
                        Map.of("https://example.org/b.json", new String(badge, StandardCharsets.UTF_8))))
                .build();
        ApiResponse r = online.handle(post(form("", new byte[0], Map.of("text", "", "url", "https://example.org/b.json"))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(attribute(r.bodyText(), "report", "data-verified")).isEqualTo("true");
    }

    @Test
    void aFormWithNothingOrTooMuchGets400() {
        ApiResponse none = pages.handle(post(form("", new byte[0], Map.of("text", " ", "url", ""))));
        assertThat(none.status()).isEqualTo(400);
        assertThat(text(none.bodyText(), "problem")).startsWith("Nothing to verify");
        assertThat(attribute(none.bodyText(), "verify", "data-status")).isEqualTo("400");
        ApiResponse two = pages.handle(post(form("a.json", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("text", "{}", "url", ""))));
        assertThat(two.status()).isEqualTo(400);
        assertThat(text(two.bodyText(), "problem")).contains("only one");
        ApiResponse badUrl = pages.handle(post(form("", new byte[0], Map.of("text", "", "url", "file:///etc/passwd"))));
        assertThat(badUrl.status()).isEqualTo(400);
    }

    @Test
    void aMalformedFormGets400WithTheTypedError() {
        ApiResponse notMultipart = pages.handle(ApiRequest.of("POST", WebFixtures.BASE, "/")
                .withBody("application/x-www-form-urlencoded", "text=x".getBytes(StandardCharsets.UTF_8)));
        assertThat(notMultipart.status()).isEqualTo(400);
        assertThat(text(notMultipart.bodyText(), "problem")).contains("NOT_MULTIPART");
        ApiResponse truncated = pages.handle(post(("--" + WebFixtures.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc").getBytes(StandardCharsets.UTF_8)));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(text(truncated.bodyText(), "problem")).contains("MALFORMED");
    }

    @Test
    void anUploadOverTheLimitGets413() {
        WebPages small = WebPages.builder(BadgeChecker.of(WebFixtures.verifier())).maxUploadBytes(1000).build();
        ApiResponse r = small.handle(post(fileForm("big.json", new byte[1001])));
        assertThat(r.status()).isEqualTo(413);
        assertThat(text(r.bodyText(), "problem")).contains("too large").contains("1000 bytes");
        ApiResponse huge = small.handle(post(fileForm("big.json", new byte[200_000])));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(small.handle(post(fileForm("ok.json", new byte[1000]))).status()).isEqualTo(200);
    }

    @Test
    void aScriptInABadgeNameComesOutEscaped() {
        String evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        String html = verify(fileForm("evil.json", WebFixtures.signedJson(evil, LevelKind.SKILL)), 200);
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("true");
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        ApiResponse named = pages.handle(post(fileForm("<script>x</script>.json", "nope".getBytes(StandardCharsets.UTF_8))));
        assertThat(named.bodyText()).doesNotContain("<script").contains("&lt;script&gt;x&lt;/script&gt;.json");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<ApiResponse> responses = List.of(pages.handle(get("/")), pages.handle(get(WebPages.STYLE_PATH)),
                pages.handle(get("/nowhere")), pages.handle(ApiRequest.of("DELETE", WebFixtures.BASE, "/")),
                pages.handle(post(fileForm("a.json", WebFixtures.tampered()))),
                pages.handle(post(form("", new byte[0], Map.of()))));
        for (ApiResponse r : responses) {
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'; style-src 'self';"
                    + " img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            assertThat(r.header("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe");
            assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.header("Referrer-Policy")).contains("no-referrer");
        }
        assertThat(pages.handle(get(WebPages.STYLE_PATH)).header("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(pages.handle(get("/nowhere")).status()).isEqualTo(404);
        ApiResponse delete = pages.handle(ApiRequest.of("DELETE", WebFixtures.BASE, "/"));
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).contains("GET, HEAD, POST");
    }

    @Test
    void orElseDelegatesEveryOtherPathUnchanged() {
        ApiResponse api = ApiResponse.json(200, "{\"api\":true}");
        var handler = pages.orElse(request -> api);
        assertThat(handler.handle(get("/ims/ob/v3p0/discovery"))).isEqualTo(api);
        assertThat(handler.handle(get("/.well-known/oauth-authorization-server"))).isEqualTo(api);
        assertThat(handler.handle(get("/")).bodyText()).contains("<main id=\"verify\"");
        assertThat(handler.handle(get(WebPages.STYLE_PATH)).status()).isEqualTo(200);
    }

    @Test
    void aReportLineBecomesTheDownloadLink() {
        String line = "{\"file\":\"x.json\",\"verified\":true}";
        WebPages withLine = WebPages.builder((name, bytes) -> {
            var report = WebFixtures.verifier().verify(bytes, Optional.empty());
            return new CheckedBadge(Optional.of(report), report.verified(), Optional.of(line));
        }).build();
        String html = withLine.handle(post(fileForm("x.json", WebFixtures.signedJson("A", LevelKind.SKILL))))
                .bodyText();
        String href = attribute(html, "download-report", "href");
        assertThat(href).startsWith("data:application/x-ndjson;base64,");
        assertThat(new String(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)),
                StandardCharsets.UTF_8)).isEqualTo(line + "\n");
        assertThat(attribute(html, "download-report", "download")).isEqualTo("laurel-verify.jsonl");
    }

    @Test
    void aCheckerThatRefusesAPassingBadgeShowsWhyFirst() {
        WebPages refusing = WebPages.builder((name, bytes) -> new CheckedBadge(
                Optional.of(WebFixtures.verifier().verify(bytes, Optional.empty())), false, Optional.empty())).build();
        String html = refusing.handle(post(fileForm("x.json", WebFixtures.signedJson("A", LevelKind.SKILL))))
                .bodyText();
        assertThat(attribute(html, "report", "data-verified")).isEqualTo("false");
        assertThat(checks(html).get(0)).isEqualTo("failed trust");
        assertThat(text(html, "verdict")).startsWith("Not verified: the issuer is not on");
    }

    private String verify(byte[] form, int status) {
        ApiResponse r = pages.handle(post(form));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(status);
        return r.bodyText();
    }
}
