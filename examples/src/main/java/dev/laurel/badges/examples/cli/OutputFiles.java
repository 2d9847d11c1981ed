package dev.laurel.badges.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Writes command output to a file or to stdout; I/O failures become usage errors (exit 2). */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes text to a file, or to stdout when no file is given.
     *
     * @param target the file, or empty for stdout
     * @param text the text, written as UTF-8
     * @param stdout standard output
     * @throws UsageException if the file cannot be written
     */
    static void writeText(Optional<Path> target, String text, PrintWriter stdout) {
        if (target.isPresent()) {
            writeFile(target.get(), text);
        } else {
            stdout.print(text);
            stdout.flush();
        }
    }

    /**
     * Writes text to a file, replacing it.
     *
     * @param target the file
     * @param text the text, written as UTF-8
     * @throws UsageException if the file cannot be written
     */
    static void writeFile(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + reason(e));
        }
    }

    /**
     * Writes a secret: the bytes go first to a temporary file in the same folder that only the owner can
     * read (where the file system has POSIX permissions), which is then moved into place, so the secret is
     * never readable by others, not even for a moment, and a failed write leaves no partial key behind.
     *
     * @param target the file
     * @param text the secret text
     * @throws UsageException if the file cannot be written
     */
    static void writeSecret(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            tmp = Files.createTempFile(dir, ".laurel-", ".tmp", attrs);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UsageException("cannot write " + target + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed and is reported; a stray temporary file is the lesser harm.
                }
            }
        }
    }

    /** The JDK's I/O messages are often just the path; say what went wrong in words. */
    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "I/O error" : message;
    }
}
