package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierFixtures.verifier;
import static dev.laurel.badges.verify.VerifierOb2Test.ASSERTION;
import static dev.laurel.badges.verify.VerifierOb2Test.BADGE;
import static dev.laurel.badges.verify.VerifierOb2Test.ISSUER;
import static dev.laurel.badges.verify.VerifierOb2Test.assertion;
import static dev.laurel.badges.verify.VerifierOb2Test.badgeClass;
import static dev.laurel.badges.verify.VerifierOb2Test.issuer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.badges.verify.fetch.MapDocumentFetcher;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * OB 2.0 documents in UTF-16 or UTF-32 (with or without a byte order mark), given as a local file or
 * served at a hosted URL: each is a failed check with the code {@code UNSUPPORTED_ENCODING} in a report
 * that says not verified; never an exception or an {@link Error}.
 */
class VerifierEncodingTest {

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private static byte[] encode(String text, Charset charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
    }

    // ---- given locally: the bytes handed to Verifier.verify

    private static void assertLocalRefused(Charset charset, boolean bom) {
        byte[] bytes = encode(text(assertion()), charset, bom);
        VerificationReport report = verifier(VerifierOb2Test.sameOrigin(assertion()).build())
                .verify(bytes, Optional.empty());
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "input.readable")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void localUtf16LeAssertionWithoutBomIsRefused() {
        assertLocalRefused(StandardCharsets.UTF_16LE, false);
    }

    @Test
    void localUtf16LeAssertionWithBomIsRefused() {
        assertLocalRefused(StandardCharsets.UTF_16LE, true);
    }

    @Test
    void localUtf16BeAssertionWithoutBomIsRefused() {
        assertLocalRefused(StandardCharsets.UTF_16BE, false);
    }

    @Test
    void localUtf16BeAssertionWithBomIsRefused() {
        assertLocalRefused(StandardCharsets.UTF_16BE, true);
    }

    @Test
    void localUtf32LeAssertionWithoutBomIsRefused() {
        assertLocalRefused(UTF_32LE, false);
    }

    @Test
    void localUtf32LeAssertionWithBomIsRefused() {
        assertLocalRefused(UTF_32LE, true);
    }

    @Test
    void localUtf32BeAssertionWithoutBomIsRefused() {
        assertLocalRefused(UTF_32BE, false);
    }

    @Test
    void localUtf32BeAssertionWithBomIsRefused() {
        assertLocalRefused(UTF_32BE, true);
    }

    // ---- served at the hosted assertion's URL (the given copy is ordinary UTF-8)

    private static void assertHostedRefused(Charset charset, boolean bom) {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(ISSUER, text(issuer(ISSUER)))
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(ASSERTION, encode(text(assertion()), charset, bom), "application/ld+json")
                .build();
        VerificationReport report = verifier(fetcher).verify(text(assertion()));
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.fetch")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void hostedUtf16LeAssertionWithoutBomIsRefused() {
        assertHostedRefused(StandardCharsets.UTF_16LE, false);
    }

    @Test
    void hostedUtf16LeAssertionWithBomIsRefused() {
        assertHostedRefused(StandardCharsets.UTF_16LE, true);
    }

    @Test
    void hostedUtf16BeAssertionWithoutBomIsRefused() {
        assertHostedRefused(StandardCharsets.UTF_16BE, false);
    }

    @Test
    void hostedUtf16BeAssertionWithBomIsRefused() {
        assertHostedRefused(StandardCharsets.UTF_16BE, true);
    }

    @Test
    void hostedUtf32LeAssertionWithoutBomIsRefused() {
        assertHostedRefused(UTF_32LE, false);
    }

    @Test
    void hostedUtf32LeAssertionWithBomIsRefused() {
        assertHostedRefused(UTF_32LE, true);
    }

    @Test
    void hostedUtf32BeAssertionWithoutBomIsRefused() {
        assertHostedRefused(UTF_32BE, false);
    }

    @Test
    void hostedUtf32BeAssertionWithBomIsRefused() {
        assertHostedRefused(UTF_32BE, true);
    }

    // ---- the linked badge class and issuer profile HostedOb2 fetches

    @Test
    void linkedBadgeClassServedInUtf16BeWithBomIsRefused() {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(ISSUER, text(issuer(ISSUER)))
                .put(BADGE, encode(text(badgeClass(BADGE, ISSUER)), StandardCharsets.UTF_16BE, true), "application/json")
                .put(ASSERTION, text(assertion()))
                .build();
        VerificationReport report = verifier(fetcher).verify(text(assertion()));
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.badgeclass")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void linkedIssuerServedInUtf32LeWithoutBomIsRefused() {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(ISSUER, encode(text(issuer(ISSUER)), UTF_32LE, false), "application/json")
                .put(BADGE, text(badgeClass(BADGE, ISSUER)))
                .put(ASSERTION, text(assertion()))
                .build();
        VerificationReport report = verifier(fetcher).verify(text(assertion()));
        assertThat(report.verified()).isFalse();
        assertThat(outcome(report, "hosted.issuer")).isEqualTo(Outcome.FAILED);
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }

    @Test
    void bakedUrlServingUtf16LeIsRefused() {
        MapDocumentFetcher fetcher = MapDocumentFetcher.builder()
                .put(ASSERTION, encode(text(assertion()), StandardCharsets.UTF_16LE, true), "application/json")
                .build();
        byte[] baked = dev.laurel.badges.json.bake.Baker.standard().bake(VerifierFixtures.blankPng(),
                dev.laurel.badges.json.bake.BadgePayload.ob2Url(ASSERTION));
        VerificationReport report = verifier(fetcher).verify(baked, Optional.empty());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.code().map(k -> k.name())).contains("UNSUPPORTED_ENCODING"));
    }
}
