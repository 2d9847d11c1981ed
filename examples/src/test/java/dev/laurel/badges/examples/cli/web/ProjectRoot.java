package dev.laurel.badges.examples.cli.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's root folder, found from the working directory (Maven runs a module's tests in the module). */
final class ProjectRoot {

    private ProjectRoot() {}

    /**
     * The nearest folder at or above the working directory that holds {@code tools/a11y/package.json}; the working
     * directory's parent when none does (the module folder under Maven), so that messages still name a sensible path.
     *
     * @return the root
     */
    static Path find() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("tools/a11y/package.json"))) {
                return p;
            }
        }
        return start.getParent() == null ? start : start.getParent();
    }
}
