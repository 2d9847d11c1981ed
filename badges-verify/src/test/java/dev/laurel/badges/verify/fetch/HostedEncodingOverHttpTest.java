package dev.laurel.badges.verify.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hosted OB 2.0 assertion, badge class and issuer served over real HTTP (a loopback test server, with
 * the test-only loopback allowance): a document served in UTF-16 or UTF-32 fails its check with
 * {@code UNSUPPORTED_ENCODING}, and the same documents in UTF-8 verify (so the refusal is the encoding's).
 */
class HostedEncodingOverHttpTest {

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private String issuer() {
        return "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Issuer\", \"id\": \"" + base()
                + "/issuer.json\", \"name\": \"Club\", \"url\": \"https://example.org\", \"email\": \"b@example.org\"}";
    }

    private String badgeClass() {
        return "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"BadgeClass\", \"id\": \"" + base()
                + "/badge.json\", \"name\": \"Robotics\", \"description\": \"Built a robot.\","
                + " \"image\": \"https://example.org/robotics.png\", \"criteria\": {\"narrative\": \"Show it.\"},"
                + " \"issuer\": \"" + base() + "/issuer.json\"}";
    }

    private String assertion() {
        return "{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Assertion\", \"id\": \"" + base()
                + "/assertion.json\", \"recipient\": {\"type\": \"email\", \"hashed\": false,"
                + " \"identity\": \"alice@example.org\"}, \"badge\": \"" + base() + "/badge.json\","
                + " \"verification\": {\"type\": \"HostedBadge\"}, \"issuedOn\": \"2026-01-15T10:00:00Z\"}";
    }

    /** Serves the three documents, the one at {@code oddPath} in {@code charset} (with a BOM when asked). */
    private VerificationReport verifyServing(String oddPath, Charset charset, boolean bom) throws IOException {
        server = new TestServer();
        serve("/issuer.json", issuer(), oddPath, charset, bom);
        serve("/badge.json", badgeClass(), oddPath, charset, bom);
        serve("/assertion.json", assertion(), oddPath, charset, bom);
        Verifier verifier = Verifier.builder()
                .fetcher(new HttpDocumentFetcher(FetchPolicy.builder().allowLoopback(true).build()))
                .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        return verifier.verify(assertion());
    }

    private void serve(String path, String json, String oddPath, Charset charset, boolean bom) {
        byte[] body = path.equals(oddPath) ? ((bom ? "\uFEFF" : "") + json).getBytes(charset)
                : json.getBytes(StandardCharsets.UTF_8);
        server.on(path, ex -> TestServer.respond(ex, 200, "application/ld+json", body));
    }

    private static Outcome outcome(VerificationReport report, String id) {
        return report.checks().stream().filter(c -> c.id().equals(id)).map(Check::outcome).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + report.checks()));
    }

    @Test
    void theSameDocumentsInUtf8Verify() throws IOException {
        VerificationReport report = verifyServing("", StandardCharsets.UTF_8, false);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void hostedAssertionServedAsUtf16LeWithBomOverHttpIsRefused() throws IOException {
        VerificationReport report = verifyServing("/assertion.json", StandardCharsets.UTF_16LE, true);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void hostedAssertionServedAsUtf32BeWithoutBomOverHttpIsRefused() throws IOException {
        VerificationReport report = verifyServing("/assertion.json", Charset.forName("UTF-32BE"), false);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void linkedBadgeClassServedAsUtf16BeWithoutBomOverHttpIsRefused() throws IOException {
        VerificationReport report = verifyServing("/badge.json", StandardCharsets.UTF_16BE, false);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void linkedIssuerServedAsUtf32LeWithBomOverHttpIsRefused() throws IOException {
        VerificationReport report = verifyServing("/issuer.json", Charset.forName("UTF-32LE"), true);
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }
}
