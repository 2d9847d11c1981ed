package dev.laurel.badges.examples.cli;

import dev.laurel.badges.json.bake.BakeException;
import dev.laurel.badges.json.bake.BakedBadge;
import dev.laurel.badges.json.bake.Baker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code laurel extract}: prints the badge baked into an image exactly as embedded. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the badge baked into a PNG or SVG image (JSON, JWS/JWT or URL), exactly as embedded.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE", description = "A baked PNG or SVG image.")
    Path image;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        byte[] bytes = BakeCommand.read(image);
        Optional<BakedBadge> baked;
        try {
            baked = Baker.standard().extract(bytes);
        } catch (BakeException e) {
            spec.commandLine().getErr().println("laurel: " + image + ": " + e.getMessage() + " [" + e.code().name() + "]");
            return Laurel.FAILED;
        }
        if (baked.isEmpty()) {
            spec.commandLine().getErr().println("laurel: " + image + ": the image carries no baked badge");
            return Laurel.FAILED;
        }
        spec.commandLine().getOut().print(baked.get().text());
        spec.commandLine().getOut().flush();
        return Laurel.OK;
    }
}
