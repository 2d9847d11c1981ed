package dev.laurel.badges.core.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Laurel's six levels published as a framework other systems can read, shipped in the jar: a 1EdTech
 * CASE package ({@code CFDocument}, one {@code CFItem} per level, {@code CFAssociation}s: each item
 * {@code isChildOf} the document, and the formal ladder as {@code precedes}), and the same levels in
 * CTDL as a {@code skos:ConceptScheme}. The identifiers and URIs are those {@link LevelAlignment}
 * writes and reads; docs/TAXONOMY.md shows how an issuer hosts the framework under its own domain.
 *
 * <pre>{@code
 * String casePackage = LevelFramework.caseJson();   // what `laurel taxonomy export --format case` prints
 * }</pre>
 */
public final class LevelFramework {

    private LevelFramework() {
    }

    /**
     * Returns the CASE {@code CFPackage} JSON.
     *
     * @return the JSON text, UTF-8 decoded
     */
    public static String caseJson() {
        return read("laurel-levels.case.json");
    }

    /**
     * Returns the CTDL JSON-LD (a {@code skos:ConceptScheme} and its concepts in an {@code @graph}).
     *
     * @return the JSON text
     */
    public static String ctdlJson() {
        return read("laurel-levels.ctdl.json");
    }

    private static String read(String name) {
        try (InputStream in = LevelFramework.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled framework " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled framework " + name, e);
        }
    }
}
