package dev.laurel.badges.examples.cli;

import dev.laurel.badges.verify.dataintegrity.ContextException;
import dev.laurel.badges.verify.dataintegrity.ContextSet;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the repeatable {@code --context URL=FILE} option of {@code verify}, {@code decide}, {@code pathway}
 * and {@code sign}: JSON-LD context documents registered by URL for Data Integrity proofs, read from
 * local files and never fetched. Every mistake is a {@link UsageException} (exit 2, one line).
 */
final class ContextOptions {

    /** The option's description, shared by the commands. */
    static final String DESCRIPTION = "Register a JSON-LD context for Data Integrity proofs: URL=FILE, the URL "
            + "documents name in @context and a local file holding the context (a JSON object with @context, at most "
            + "256 KiB). Repeatable. Contexts are never fetched; a bundled W3C or 1EdTech context cannot be replaced.";

    private ContextOptions() {
    }

    /**
     * Reads the option values.
     *
     * @param values the {@code URL=FILE} values, possibly null or empty
     * @return the contexts (empty when none are given)
     * @throws UsageException for a value that is not {@code URL=FILE}, a URL given twice, a missing or
     *     unreadable file, or a context the library refuses
     */
    static ContextSet read(List<String> values) {
        ContextSet set = ContextSet.empty();
        if (values == null) {
            return set;
        }
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new UsageException("--context must be URL=FILE, got " + SafeText.escape(value));
            }
            String url = value.substring(0, eq);
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new UsageException("--context: " + SafeText.escape(url) + " is not a URL");
            }
            if (set.urls().contains(uri.toString())) {
                throw new UsageException("--context: " + SafeText.escape(url) + " is given twice");
            }
            Path file = Path.of(value.substring(eq + 1));
            String json = readText(file, "--context");
            try {
                set = set.with(uri, json);
            } catch (ContextException e) {
                throw new UsageException("--context " + SafeText.escape(url) + ": " + SafeText.escape(e.getMessage())
                        + " [" + e.code().name() + "]");
            }
        }
        return set;
    }

    /**
     * Reads a small UTF-8 file named by an option.
     *
     * @param file the file
     * @param option the option, for messages
     * @return the text
     * @throws UsageException if it is missing, larger than {@link ContextSet#MAX_DOCUMENT_BYTES}, not UTF-8 or unreadable
     */
    static String readText(Path file, String option) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            if (Files.size(file) > ContextSet.MAX_DOCUMENT_BYTES) {
                throw new UsageException(option + ": " + file + " is larger than " + ContextSet.MAX_DOCUMENT_BYTES
                        + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(option + ": " + file + " is not UTF-8");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
