import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Build step of badges-spark (run with the JDK's source launcher, never shipped): writes a manifest whose
 * {@code Class-Path} names every jar in {@code lib/}, space-separated, for the runnable laurel-spark.jar.
 * maven-jar-plugin's own {@code addClasspath} leaves out the provided Spark jars, and Maven trims the space that
 * dependency:build-classpath would need as its separator.
 *
 * <p>Usage: {@code java src/build/ManifestClassPath.java LIB_FOLDER OUTPUT_MANIFEST}
 */
public final class ManifestClassPath {

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        List<String> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted()
                    .map(n -> lib.getFileName() + "/" + n).toList();
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", jars));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (var o = Files.newOutputStream(out)) {
            manifest.write(o);
        }
        System.out.println("Class-Path: " + jars.size() + " jars from " + lib + " -> " + out);
    }
}
