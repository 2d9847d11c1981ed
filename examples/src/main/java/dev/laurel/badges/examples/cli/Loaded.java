package dev.laurel.badges.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * One input read from disk and recognised by content: the badge bytes (JSON or a compact JWS), or
 * why there is none.
 *
 * @param input the input
 * @param container how the badge was carried: {@code json}, {@code jws}, {@code png}, {@code svg}
 * @param badge the badge bytes (JSON or JWS), or null when there is none
 * @param problem why there is no badge (code and message), or null
 * @param hostedUrl for an image that carries only the URL of a hosted OB 2.0 assertion, that URL
 */
record Loaded(Inputs.Input input, String container, byte[] badge, String[] problem, String hostedUrl) {

    /** The largest file read: baked images can be large; badges are bounded again by their own limits. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    Loaded(Inputs.Input input, String container, byte[] badge, String[] problem) {
        this(input, container, badge, problem, null);
    }

    static Loaded load(Inputs.Input input) {
        FileBytes file = read(input);
        return file.bytes() == null ? new Loaded(input, "file", null, file.problem())
                : ImageInputs.recognise(input, file.bytes());
    }

    /**
     * A file's bytes, or why they could not be read.
     *
     * @param bytes the bytes, or null
     * @param problem code and message, or null
     */
    record FileBytes(byte[] bytes, String[] problem) {
    }

    /**
     * Reads a file once, up to {@link #MAX_FILE_BYTES} (an inline credential is already in memory). An input found in a folder is opened without
     * following a symbolic link at its last step (the walk checked what it points to); an input the walk
     * refused is not opened at all.
     */
    static FileBytes read(Inputs.Input input) {
        if (input.unreadable() != null) {
            return new FileBytes(null, new String[] {"IO_ERROR", input.unreadable()});
        }
        if (input.inline() != null) {
            return new FileBytes(input.inline(), null);
        }
        byte[] bytes;
        try (InputStream in = input.noFollow()
                ? Channels.newInputStream(Files.newByteChannel(input.path(),
                        Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))
                : Files.newInputStream(input.path())) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return new FileBytes(null, new String[] {"IO_ERROR", "cannot read file: " + reason(e)});
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return new FileBytes(null, new String[] {"DOCUMENT_TOO_LARGE", "file larger than " + MAX_FILE_BYTES + " bytes"});
        }
        return new FileBytes(bytes, null);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file (removed after the folder was listed?)";
        }
        if (e instanceof java.nio.file.FileSystemLoopException || e instanceof java.nio.file.FileSystemException fse
                && fse.getReason() != null && fse.getReason().toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
            return "the file was replaced by a symbolic link after the folder was listed";
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }
}
