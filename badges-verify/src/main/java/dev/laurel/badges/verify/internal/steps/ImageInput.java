package dev.laurel.badges.verify.internal.steps;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.DocumentCheck;
import dev.laurel.badges.verify.report.Ob2Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.ProofFormat;
import dev.laurel.badges.verify.report.VerificationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The first step: input bytes to the badge they carry. JSON and JWS pass through; a baked PNG or SVG is
 * unpacked ({@code input.image}); a baked URL of a hosted OB 2.0 assertion is fetched ({@code hosted.fetch},
 * or {@code status.revoked} for 410 Gone). Thread-safe.
 */
public final class ImageInput {

    private static final String ACCEPT = "application/ld+json, application/json";

    private final DocumentFetcher fetcher;

    /**
     * What the input carries: the badge's bytes and, when they were fetched from a baked URL, that URL; or
     * the report that ends verification here.
     *
     * @param badge the badge's bytes, unless verification ended
     * @param bakedUrl the URL a baked image named, if the badge was fetched from it
     * @param ended the report, when the input carries no badge that can be read
     */
    public record Unpacked(byte[] badge, Optional<String> bakedUrl, Optional<VerificationReport> ended) {
    }

    /**
     * Creates the step.
     *
     * @param fetcher fetches a baked URL
     */
    public ImageInput(DocumentFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Unpacks the input.
     *
     * @param input the bytes given
     * @param checks where the checks go
     * @return the badge, or the report that ends verification
     */
    public Unpacked unpack(byte[] input, List<Check> checks) {
        Optional<ImageFormat> image = ImageFormat.detect(input);
        if (image.isEmpty()) {
            return new Unpacked(input, Optional.empty(), Optional.empty());
        }
        Optional<BakedBadge> baked;
        try {
            baked = Baker.standard().extract(input);
        } catch (BakeException e) {
            checks.add(Check.failed(DocumentCheck.IMAGE, "", "cannot read the " + image.get() + " image: "
                    + e.getMessage(), e.code()));
            return ended(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, checks);
        }
        if (baked.isEmpty()) {
            checks.add(new Check(DocumentCheck.IMAGE, Outcome.FAILED, "", "the " + image.get() + " image carries no badge"));
            return ended(DocumentKind.NOT_A_BADGE, ProofFormat.NONE, checks);
        }
        String text = baked.get().text().strip();
        if (baked.get().kind() != BadgePayload.Kind.URL) {
            checks.add(new Check(DocumentCheck.IMAGE, Outcome.PASSED, "", "extracted an OB " + baked.get().version().label()
                    + " badge from the " + image.get() + " image"));
            return new Unpacked(text.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());
        }
        checks.add(new Check(DocumentCheck.IMAGE, Outcome.PASSED, "", "the " + image.get()
                + " image carries the URL of a hosted assertion: " + text));
        try {
            return new Unpacked(fetcher.fetch(URI.create(text), ACCEPT).body(), Optional.of(text), Optional.empty());
        } catch (FetchException e) {
            // OB 2.0 "Revoking Hosted Assertions": 410 Gone means revoked.
            checks.add(e.fetchCode() == FetchCode.GONE
                    ? new Check(Ob2Check.REVOKED, Outcome.FAILED, "", "the issuer answers 410 Gone for " + text
                            + ": the assertion is revoked")
                    : Check.failed(Ob2Check.HOSTED_FETCH, "", "cannot fetch " + text + ": " + e.getMessage(), e.code()));
        } catch (IllegalArgumentException e) {
            checks.add(new Check(Ob2Check.HOSTED_FETCH, Outcome.FAILED, "", "cannot fetch " + text + ": not a URL"));
        }
        return ended(DocumentKind.OB2_ASSERTION, ProofFormat.HOSTED, checks);
    }

    /**
     * Tells whether what a baked URL served counts as the hosted assertion: only if it says it lives there
     * (its {@code id} is the URL); otherwise it is treated like a given copy, fetched again from its own id
     * and compared.
     *
     * @param doc the document read from the served bytes
     * @param bakedUrl the URL the image named, if the badge was fetched from one
     * @return {@code true} if the document is the hosted assertion at that URL
     */
    public static boolean servedAtItsOwnUrl(BadgeDocument doc, Optional<String> bakedUrl) {
        return bakedUrl.isPresent() && doc.kind() == DocumentKind.OB2_ASSERTION && doc.jws().isEmpty()
                && doc.model(Assertion.class).flatMap(Assertion::id).map(ImageInput::withoutFragment)
                .equals(bakedUrl.map(ImageInput::withoutFragment));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static Unpacked ended(DocumentKind kind, ProofFormat format, List<Check> checks) {
        return new Unpacked(new byte[0], Optional.empty(),
                Optional.of(Steps.report(kind, format, Optional.empty(), checks, Optional.empty())));
    }
}
