package dev.laurel.badges.examples.cli;

import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.ImageFormat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises what an input file holds by its content, never its name: a PNG or SVG image (the badge
 * baked into it is extracted), a compact JWS/JWT, or JSON.
 */
final class ImageInputs {

    private ImageInputs() {
    }

    static Loaded recognise(Inputs.Input input, byte[] bytes) {
        Optional<ImageFormat> image = ImageFormat.detect(bytes);
        if (image.isPresent()) {
            String container = image.get().name().toLowerCase(java.util.Locale.ROOT);
            try {
                Optional<BakedBadge> baked = Baker.standard().extract(bytes);
                if (baked.isEmpty()) {
                    return new Loaded(input, container, null,
                            new String[] {"NOT_A_BADGE", "the " + image.get() + " image carries no baked badge"});
                }
                BakedBadge badge = baked.get();
                if (badge.kind() == BadgePayload.Kind.URL) {
                    return new Loaded(input, container, null, new String[] {"HOSTED_URL",
                            "the image carries only the URL of a hosted assertion: " + badge.text().strip()},
                            badge.text().strip());
                }
                return new Loaded(input, container, badge.text().strip().getBytes(StandardCharsets.UTF_8), null);
            } catch (BakeException e) {
                return new Loaded(input, container, null, new String[] {e.code().name(), e.getMessage()});
            }
        }
        return new Loaded(input, looksLikeJws(bytes) ? "jws" : "json", bytes, null);
    }

    /** Whether bytes that are no image look like a compact JWS (the library's rule: {@code ReportJson.container}). */
    static boolean looksLikeJws(byte[] bytes) {
        return dev.laurel.badges.verify.report.ReportJson.container(bytes).equals("jws");
    }
}
