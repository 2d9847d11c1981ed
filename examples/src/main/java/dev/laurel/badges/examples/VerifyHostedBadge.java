package dev.laurel.badges.examples;

import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Verify a hosted OB 2.0 badge: the assertion, badge class and issuer profile are fetched from their
 * URLs. The example serves them from memory so it runs offline; in production pass no fetcher and
 * Laurel fetches over HTTPS under its safe fetch policy.
 */
public final class VerifyHostedBadge {

    static final String ISSUER = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "Issuer", "id": "https://example.org/issuer.json",
             "name": "Example Maker Society", "url": "https://example.org", "email": "contact@example.org"}""";
    static final String BADGE_CLASS = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://example.org/badges/5.json",
             "name": "3-D Printmaster", "description": "Passed the 3-D printing knowledge and safety test.",
             "image": "https://example.org/badges/5/image",
             "criteria": {"narrative": "Students are tested on knowledge and safety."},
             "issuer": "https://example.org/issuer.json"}""";
    static final String ASSERTION = """
            {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://example.org/assertions/123.json",
             "recipient": {"type": "email", "hashed": true, "salt": "deadsea",
                           "identity": "sha256$c934fdacc6242be0277a284970416aa9bfa583241fb85094bc96c504ee0abd4e"},
             "issuedOn": "2016-12-31T23:59:59+00:00", "verification": {"type": "hosted"},
             "badge": "https://example.org/badges/5.json"}""";

    private VerifyHostedBadge() {
    }

    /**
     * Verifies the example's hosted assertion.
     *
     * @param recipient the e-mail the employer was given
     * @return the report
     */
    public static VerificationReport run(String recipient) {
        DocumentFetcher web = MapDocumentFetcher.builder()
                .put("https://example.org/issuer.json", ISSUER)
                .put("https://example.org/badges/5.json", BADGE_CLASS)
                .put("https://example.org/assertions/123.json", ASSERTION)
                .build();
        Verifier verifier = Verifier.builder().fetcher(web)
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
        return verifier.verify(ASSERTION.getBytes(StandardCharsets.UTF_8), Recipient.parse("email:" + recipient));
    }

    /**
     * Prints the report.
     *
     * @param args the recipient e-mail (default {@code alice@example.org})
     */
    public static void main(String[] args) {
        VerificationReport report = run(args.length > 0 ? args[0] : "alice@example.org");
        System.out.println(report.verified() ? "verified" : "NOT verified");
        for (Check c : report.checks()) {
            System.out.println("  " + c.outcome() + " " + c.id() + " " + c.path() + ": " + c.describe());
        }
    }
}
