package dev.laurel.badges.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's PATH arguments into input files: a file as given, a folder walked
 * recursively in a stable (sorted) order. What a file is, is decided later by its content.
 */
final class Inputs {

    private Inputs() {
    }

    /** One input: where it is, and the name printed as {@code file} (the path as given, or folder + relative path). */
    record Input(Path path, String display) {
    }

    /**
     * Expands paths.
     *
     * @param paths the arguments
     * @return the inputs in order
     * @throws UsageException if a path does not exist
     */
    static List<Input> expand(List<String> paths) {
        List<Input> out = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .sorted()
                            .forEach(p -> out.add(new Input(p, join(given, path.relativize(p)))));
                } catch (IOException | UncheckedIOException e) {
                    throw new UsageException("cannot read folder " + given + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                out.add(new Input(path, given));
            } else {
                throw new UsageException("no such file or folder: " + given);
            }
        }
        return out;
    }

    private static String join(String folder, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return folder.endsWith("/") ? folder + rel : folder + "/" + rel;
    }
}
