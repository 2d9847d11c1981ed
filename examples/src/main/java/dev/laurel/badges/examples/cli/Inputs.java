package dev.laurel.badges.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands the command line's PATH arguments into input files: a file as given, a folder walked
 * recursively in a stable (sorted) order. What a file is, is decided later by its content.
 *
 * <p>Inside a folder, symbolic links are not followed out of it: a link to a regular file inside the
 * folder given is read (under the link's name); a link to a folder is never followed (what it points to
 * inside the folder is walked anyway, so nothing is read twice and no link can loop); a link that
 * points outside the folder, dangles or loops, a FIFO, socket or device, and a subfolder that cannot be
 * listed each become an input that is reported as not readable ({@code input.readable}) without being
 * opened. A path given on the command line is used as given, links included: the user named it.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * One input: where it is, the name printed as {@code file} (the path as given, or folder + relative
     * path), and, for an entry found in a folder that must not be read, why.
     *
     * @param path the file to read (for a link inside the folder, the checked file it points to); null for
     *     an inline credential or an input refused before it had a usable path
     * @param display the name printed
     * @param unreadable why the input is not read, or null when it is to be read
     * @param noFollow whether the last step of {@code path} must not be a symbolic link when it is opened
     * @param inline the credential itself when it was given inline (a line of {@code laurel verify -}),
     *     else null: then it is read from {@code path}
     */
    record Input(Path path, String display, String unreadable, boolean noFollow, byte[] inline) {

        Input(Path path, String display, String unreadable, boolean noFollow) {
            this(path, display, unreadable, noFollow, null);
        }

        Input(Path path, String display) {
            this(path, display, null, false);
        }

        /** A credential given inline, printed as {@code display}. */
        static Input inline(String display, byte[] content) {
            return new Input(null, display, null, false, content);
        }

        /** An input that is reported as not readable ({@code input.readable}) without being opened. */
        static Input unreadable(String display, String why) {
            return new Input(null, display, why, false, null);
        }

        /** What this input holds in memory until it is handled: the bytes of an inline credential, else 0. */
        int weight() {
            return inline == null ? 0 : inline.length;
        }
    }

    /**
     * Inputs handed out one at a time, so that a stream of any length is never held whole in memory.
     */
    @FunctionalInterface
    interface Source {
        /**
         * The next input.
         *
         * @return the next input, or null at the end
         * @throws IOException if the inputs cannot be read (standard input failed)
         */
        Input next() throws IOException;
    }

    /** A source over inputs already known. */
    static Source of(List<Input> inputs) {
        java.util.Iterator<Input> it = inputs.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    /**
     * The inputs of a command line where {@code -} stands for standard input: every other argument is
     * expanded now (so that a missing file is a usage error before anything is read or printed), and the
     * inputs come in argument order, the lines of {@code stdin} where the {@code -} stands.
     *
     * @param paths the arguments, {@code -} at most once
     * @param stdin the source of standard input's lines
     * @return the inputs in order
     * @throws UsageException as {@link #expand(List)}, or if {@code -} is given twice
     */
    static Source withStandardInput(List<String> paths, Source stdin) {
        if (paths.stream().filter(STDIN::equals).count() > 1) {
            throw new UsageException("- (standard input) may be given only once");
        }
        java.util.ArrayDeque<Source> parts = new java.util.ArrayDeque<>();
        for (String given : paths) {
            parts.add(STDIN.equals(given) ? stdin : of(expand(List.of(given))));
        }
        return () -> {
            while (!parts.isEmpty()) {
                Input next = parts.peek().next();
                if (next != null) {
                    return next;
                }
                parts.poll();
            }
            return null;
        };
    }

    /** The argument that stands for standard input. */
    static final String STDIN = "-";

    /**
     * Expands paths.
     *
     * @param paths the arguments
     * @return the inputs in order
     * @throws UsageException if a path does not exist, is neither a file nor a folder, or is a folder
     *     holding no file at all
     */
    static List<Input> expand(List<String> paths) {
        return expand(paths, Files::newDirectoryStream);
    }

    /** Lists a folder's entries; a seam so that tests can make a listing fail (root can list any folder). */
    @FunctionalInterface
    interface Lister {
        /**
         * Opens a folder's listing.
         *
         * @param folder the folder
         * @return its entries
         * @throws IOException if it cannot be listed
         */
        DirectoryStream<Path> list(Path folder) throws IOException;
    }

    /**
     * Expands paths, listing folders with {@code lister}.
     *
     * @param paths the arguments
     * @param lister how folders are listed
     * @return the inputs in order
     * @throws UsageException as {@link #expand(List)}
     */
    static List<Input> expand(List<String> paths, Lister lister) {
        List<Input> out = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                List<Input> found = walk(given, path, lister);
                if (found.isEmpty()) {
                    throw new UsageException("no input files in folder " + given);
                }
                out.addAll(found);
            } else if (Files.isRegularFile(path)) {
                out.add(new Input(path, given));
            } else if (Files.exists(path)) {
                throw new UsageException("not a regular file or folder: " + given);
            } else {
                throw new UsageException("no such file or folder: " + given);
            }
        }
        return out;
    }

    /** One entry found in a folder, sorted by its path like {@code Files.walk(...).sorted()} did. */
    private record Found(Path path, Input input) {
    }

    private static List<Input> walk(String given, Path root, Lister lister) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot read folder " + given + ": " + reason(e));
        }
        List<Found> found = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        folders.add(root);
        while (!folders.isEmpty()) {
            Path folder = folders.remove(folders.size() - 1);
            try (DirectoryStream<Path> entries = lister.list(folder)) {
                for (Path entry : entries) {
                    visit(given, root, realRoot, entry, found, folders);
                }
            } catch (IOException | RuntimeException e) {
                if (folder.equals(root)) {
                    throw new UsageException("cannot read folder " + given + ": " + reason(e));
                }
                found.add(unreadable(given, root, folder, "cannot list folder: " + reason(e)));
            }
        }
        found.sort(Comparator.comparing(Found::path));
        List<Input> inputs = new ArrayList<>(found.size());
        for (Found f : found) {
            inputs.add(f.input());
        }
        return inputs;
    }

    private static void visit(String given, Path root, Path realRoot, Path entry, List<Found> found, List<Path> folders) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            found.add(unreadable(given, root, entry, "cannot read file attributes: " + reason(e)));
            return;
        }
        if (attributes.isDirectory()) {
            folders.add(entry);
        } else if (attributes.isRegularFile()) {
            found.add(new Found(entry, new Input(entry, join(given, root.relativize(entry)), null, true)));
        } else if (attributes.isSymbolicLink()) {
            link(given, root, realRoot, entry, found);
        } else {
            found.add(unreadable(given, root, entry, "not a regular file (a FIFO, socket or device): not read"));
        }
    }

    private static void link(String given, Path root, Path realRoot, Path entry, List<Found> found) {
        Path target;
        try {
            target = entry.toRealPath();
        } catch (IOException e) {
            found.add(unreadable(given, root, entry, "symbolic link that dangles or loops: not followed"));
            return;
        }
        if (!target.startsWith(realRoot)) {
            found.add(unreadable(given, root, entry, "symbolic link pointing outside the folder " + given
                    + ": not followed"));
        } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            found.add(new Found(entry, new Input(target, join(given, root.relativize(entry)), null, true)));
        }
        // A link to a folder inside the folder: its files are walked where they are; a link to anything
        // else inside it (a FIFO, ...) is reported there.
    }

    private static Found unreadable(String given, Path root, Path entry, String why) {
        return new Found(entry, new Input(entry, join(given, root.relativize(entry)), why, true));
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no longer exists";
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }

    private static String join(String folder, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return folder.endsWith("/") ? folder + rel : folder + "/" + rel;
    }
}
