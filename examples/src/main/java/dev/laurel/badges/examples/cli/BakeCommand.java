package dev.laurel.badges.examples.cli;

import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.Baker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code laurel bake}: embeds a badge (JSON, JWS/JWT or a hosted URL) into a PNG or SVG image. */
@Command(name = "bake", mixinStandardHelpOptions = true,
        description = "Bake a badge into a PNG or SVG image (OB 2.0 and 3.0 baking).")
final class BakeCommand implements Callable<Integer> {

    @Option(names = "--image", required = true, paramLabel = "IN.png|IN.svg", description = "The image to bake into.")
    Path image;

    @Option(names = "--badge", required = true, paramLabel = "FILE",
            description = "The badge: JSON, a compact JWS/JWT, or a file holding the URL of a hosted assertion.")
    Path badge;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where to write the baked image.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] imageBytes = read(image);
        String text = new String(read(badge), StandardCharsets.UTF_8).strip();
        BadgePayload payload;
        try {
            payload = payloadFor(text);
        } catch (BadgeJsonException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("laurel: " + badge + " is not a badge: " + e.getMessage());
            return Laurel.FAILED;
        }
        try {
            byte[] baked = Baker.standard().bake(imageBytes, payload);
            Files.write(out, baked);
        } catch (BakeException e) {
            spec.commandLine().getErr().println("laurel: cannot bake into " + image + ": " + e.getMessage()
                    + " [" + e.code().name() + "]");
            return Laurel.FAILED;
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("baked " + payload.version().label() + " " + payload.kind()
                + " into " + out);
        return Laurel.OK;
    }

    /** Decides version and form from the badge itself: a URL is an OB 2.0 hosted assertion. */
    static BadgePayload payloadFor(String text) {
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return BadgePayload.ob2Url(text);
        }
        BadgeDocument doc = BadgeJson.standard().read(text);
        if (!doc.isBadge()) {
            throw new IllegalArgumentException(doc.description());
        }
        return BadgePayload.of(doc.version().orElseThrow(), text);
    }

    static byte[] read(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new UsageException("no such file: " + path);
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        }
    }
}
