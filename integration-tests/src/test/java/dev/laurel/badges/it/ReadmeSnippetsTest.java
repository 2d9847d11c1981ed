package dev.laurel.badges.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the consumer project's sources, byte for byte, so the build that
 * compiles and runs the consumer (invoker, src/it/consumer) compiles and runs every snippet.
 */
class ReadmeSnippetsTest {

    static final Path README = Path.of("..", "README.md");
    static final Path SOURCES = Path.of("src", "it", "consumer", "src", "main", "java", "example");
    static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    static final Pattern CLASS_NAME = Pattern.compile("^public class (\\w+)", Pattern.MULTILINE);

    static List<String> snippets() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyReadmeSnippetIsAConsumerSourceFileVerbatim() throws IOException {
        List<String> blocks = snippets();
        assertThat(blocks).as("Java snippets in README.md").hasSizeGreaterThanOrEqualTo(4);
        for (String block : blocks) {
            Matcher name = CLASS_NAME.matcher(block);
            assertThat(name.find()).as("a whole class with its imports:%n%s", block).isTrue();
            assertThat(block).as("imports").contains("\nimport ");
            Path file = SOURCES.resolve(name.group(1) + ".java");
            assertThat(file).as("the consumer runs %s", name.group(1)).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(block);
        }
    }

    @Test
    void everyConsumerProgramIsInTheReadme() throws IOException {
        Set<String> inReadme = new TreeSet<>();
        for (String block : snippets()) {
            Matcher name = CLASS_NAME.matcher(block);
            if (name.find()) {
                inReadme.add(name.group(1) + ".java");
            }
        }
        try (Stream<Path> files = Files.list(SOURCES)) {
            Set<String> sources = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(inReadme).isEqualTo(sources);
        }
        String pom = Files.readString(SOURCES.resolve("../../../../pom.xml"), StandardCharsets.UTF_8);
        for (String file : inReadme) {
            assertThat(pom).as("the consumer pom runs %s", file)
                    .contains("laurel.consumer/example." + file.replace(".java", "</argument>"));
        }
    }

    @Test
    void theReadmeGivesTheCoordinatesOfThisBuild() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String version = System.getProperty("laurel.version");
        assertThat(version).as("surefire passes the project version").isNotBlank();
        assertThat(readme).contains("<artifactId>laurel-bom</artifactId>\n      <version>" + version + "</version>");
        assertThat(readme).contains("<artifactId>badges-verify</artifactId>");
    }
}
