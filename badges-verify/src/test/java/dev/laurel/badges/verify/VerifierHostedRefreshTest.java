package dev.laurel.badges.verify;

import static dev.laurel.badges.verify.VerifierFixtures.CLOCK;
import static dev.laurel.badges.verify.VerifierFixtures.outcome;
import static dev.laurel.badges.verify.VerifierFixtures.text;
import static dev.laurel.badges.verify.VerifierOb2Test.ASSERTION;
import static dev.laurel.badges.verify.VerifierOb2Test.BADGE;
import static dev.laurel.badges.verify.VerifierOb2Test.ISSUER;
import static dev.laurel.badges.verify.VerifierOb2Test.assertion;
import static dev.laurel.badges.verify.VerifierOb2Test.badgeClass;
import static dev.laurel.badges.verify.VerifierOb2Test.issuer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.fetch.CachingDocumentFetcher;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.VerificationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One {@link Verifier} verifying the same hosted OB 2.0 assertion twice while the issuer changes what it
 * serves. The documented behaviour (docs/FETCHING.md, "Caching"; {@link CachingDocumentFetcher}): a fetched
 * document is kept for the cache's TTL (10 minutes by default), a lasting failure such as 410 Gone for 30
 * seconds. Within that lifetime the first answer stands; after it, the new answer must decide: a
 * revocation ({@code revoked: true} or 410 Gone) fails, a changed badge class is validated again, and
 * nothing the Verifier memoises on the side (HostedOb2 reads each fetched body once) may keep a stale pass.
 */
class VerifierHostedRefreshTest {

    /** A clock the test moves: it drives the cache's expiry, not the validity dates. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-06-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** An issuer's server whose answers the test changes; each fetch returns fresh bytes. */
    static final class IssuerServer implements DocumentFetcher {
        final Map<String, Object> answers = new ConcurrentHashMap<>();
        final AtomicInteger fetches = new AtomicInteger();

        IssuerServer serve(String url, ObjectNode document) {
            answers.put(url, text(document));
            return this;
        }

        IssuerServer fail(String url, FetchCode code) {
            answers.put(url, code);
            return this;
        }

        @Override
        public FetchedDocument fetch(URI uri, String accept) {
            fetches.incrementAndGet();
            Object answer = answers.get(uri.toString());
            if (answer == null) {
                throw new FetchException(FetchCode.NOT_FOUND, "404 Not Found: " + uri);
            }
            if (answer instanceof FetchCode code) {
                throw new FetchException(code, code + ": " + uri);
            }
            return new FetchedDocument(uri, Optional.of("application/ld+json"),
                    ((String) answer).getBytes(StandardCharsets.UTF_8));
        }
    }

    final IssuerServer server = new IssuerServer()
            .serve(ISSUER, issuer(ISSUER))
            .serve(BADGE, badgeClass(BADGE, ISSUER))
            .serve(ASSERTION, assertion());
    final MovableClock cacheClock = new MovableClock();
    final CachingDocumentFetcher cache = CachingDocumentFetcher.builder(server).clock(cacheClock).build();
    final Verifier verifier = Verifier.builder().fetcher(cache).clock(CLOCK).build();
    final String given = text(assertion());

    static ObjectNode revoked() {
        ObjectNode revoked = assertion();
        revoked.put("revoked", true);
        revoked.put("revocationReason", "Awarded in error");
        return revoked;
    }

    VerificationReport firstVerificationPasses() {
        VerificationReport first = verifier.verify(given);
        assertThat(first.failures()).isEmpty();
        assertThat(first.verified()).isTrue();
        return first;
    }

    @Test
    void assertionRevokedAfterAPassFailsOnceTheCachedCopyExpires() {
        firstVerificationPasses();
        server.serve(ASSERTION, revoked());

        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.minusSeconds(1));
        assertThat(verifier.verify(given).verified()).as("within the documented cache lifetime").isTrue();

        cacheClock.advance(Duration.ofSeconds(2));
        VerificationReport second = verifier.verify(given);
        assertThat(outcome(second, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(second.check("status.revoked").orElseThrow().message()).contains("Awarded in error");
        assertThat(second.verified()).isFalse();
    }

    @Test
    void assertionAnswering410AfterAPassFailsOnceTheCachedCopyExpires() {
        firstVerificationPasses();
        server.fail(ASSERTION, FetchCode.GONE);
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        VerificationReport second = verifier.verify(given);
        assertThat(outcome(second, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(second.check("status.revoked").orElseThrow().message()).contains("410");
        assertThat(second.verified()).isFalse();
    }

    @Test
    void revocationIsSeenAtOnceWhenTheCacheIsInvalidated() {
        firstVerificationPasses();
        server.serve(ASSERTION, revoked());
        cache.invalidateAll();
        VerificationReport second = verifier.verify(given);
        assertThat(outcome(second, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(second.verified()).isFalse();
    }

    @Test
    void hostedAssertionChangedAfterAPassNoLongerMatchesTheGivenCopy() {
        firstVerificationPasses();
        ObjectNode changed = assertion();
        changed.put("issuedOn", "2026-02-01T10:00:00Z");
        server.serve(ASSERTION, changed);
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        VerificationReport second = verifier.verify(given);
        assertThat(outcome(second, "hosted.match")).isEqualTo(Outcome.FAILED);
        assertThat(second.verified()).isFalse();
        // The holder who presents the new copy verifies again.
        assertThat(verifier.verify(text(changed)).verified()).isTrue();
    }

    @Test
    void badgeClassChangedToAnInvalidOneIsValidatedAgain() {
        firstVerificationPasses();
        ObjectNode broken = badgeClass(BADGE, ISSUER);
        broken.remove("criteria");
        broken.remove("name");
        server.serve(BADGE, broken);
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        VerificationReport second = verifier.verify(given);
        assertThat(outcome(second, "linked.valid")).isEqualTo(Outcome.FAILED);
        assertThat(second.failures()).extracting(Check::path).contains("/badge");
        assertThat(second.verified()).isFalse();
    }

    @Test
    void reinstatedAssertionVerifiesAgainOnceTheCachedRevocationExpires() {
        server.serve(ASSERTION, revoked());
        assertThat(verifier.verify(text(revoked())).verified()).isFalse();
        server.serve(ASSERTION, assertion());
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        firstVerificationPasses();
    }

    @Test
    void cached410IsKeptForTheFailureLifetimeOnly() {
        server.fail(ASSERTION, FetchCode.GONE);
        assertThat(outcome(verifier.verify(given), "status.revoked")).isEqualTo(Outcome.FAILED);
        server.serve(ASSERTION, assertion());
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_FAILURE_TTL.minusSeconds(1));
        assertThat(outcome(verifier.verify(given), "status.revoked")).isEqualTo(Outcome.FAILED);
        cacheClock.advance(Duration.ofSeconds(2));
        firstVerificationPasses();
    }

    @Test
    void bakedUrlOfAnAssertionRevokedAfterAPassFailsOnceTheCachedCopyExpires() {
        byte[] baked = Baker.standard().bake(VerifierFixtures.blankPng(), BadgePayload.ob2Url(ASSERTION));
        assertThat(verifier.verify(baked).verified()).isTrue();
        server.serve(ASSERTION, revoked());
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        VerificationReport revokedReport = verifier.verify(baked);
        assertThat(outcome(revokedReport, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(revokedReport.verified()).isFalse();
        server.fail(ASSERTION, FetchCode.GONE);
        cacheClock.advance(CachingDocumentFetcher.DEFAULT_TTL.plusSeconds(1));
        VerificationReport gone = verifier.verify(baked);
        assertThat(outcome(gone, "status.revoked")).isEqualTo(Outcome.FAILED);
        assertThat(gone.verified()).isFalse();
    }

    @Test
    void defaultCacheOfABuiltVerifierServesTheFirstAnswerWithinItsLifetime() {
        Verifier defaults = Verifier.builder().fetcher(server).clock(CLOCK).build();
        assertThat(defaults.verify(given).verified()).isTrue();
        int fetched = server.fetches.get();
        server.serve(ASSERTION, revoked());
        VerificationReport second = defaults.verify(given);
        assertThat(server.fetches.get()).as("nothing is fetched again within the TTL").isEqualTo(fetched);
        assertThat(second.verified()).isTrue();
    }
}
