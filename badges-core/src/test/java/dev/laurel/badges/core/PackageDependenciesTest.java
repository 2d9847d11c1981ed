package dev.laurel.badges.core;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph of badges-core, read from the import statements (and fully qualified names) of its
 * main sources: no cycles, the constraint package is a leaf, the model sits on the ground floor.
 */
class PackageDependenciesTest {

    private static final String ROOT = "dev.laurel.badges.core";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(dev\\.laurel(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readSources() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> read(f, deps));
        }
        graph = deps;
    }

    private static void read(Path file, Map<String, Set<String>> deps) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
            return; // module-info
        }
        String pkg = p.group(1);
        Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher i = IMPORT.matcher(text);
        while (i.find()) {
            add(out, pkg, packageOf(i.group(1)));
        }
        String code = COMMENT.matcher(text).replaceAll("").replaceAll("(?m)^import .*$", "");
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            add(out, pkg, q.group(1));
        }
    }

    private static void add(Set<String> out, String from, String to) {
        if (to.startsWith("dev.laurel.") && !to.equals(from)) {
            out.add(to);
        }
    }

    /** The package of a type name: its leading lower-case segments. */
    private static String packageOf(String typeName) {
        List<String> parts = new ArrayList<>();
        for (String s : typeName.split("\\.")) {
            if (Character.isUpperCase(s.charAt(0))) {
                break;
            }
            parts.add(s);
        }
        return String.join(".", parts);
    }

    @Test
    void theGraphWasRead() {
        assertThat(graph).containsKeys(ROOT + ".model.ob3", ROOT + ".model.ob2", ROOT + ".validation",
                ROOT + ".constraint", ROOT + ".taxonomy.classify");
    }

    @Test
    void noPackageCycles() {
        assertThat(cycles()).as("package cycles in badges-core").isEmpty();
    }

    @Test
    void constraintPackageIsALeaf() {
        assertThat(graph.get(ROOT + ".constraint")).isEmpty();
    }

    @Test
    void modelDependsOnlyOnTheGroundFloor() {
        Set<String> ground = Set.of(ROOT + ".json", ROOT + ".model", ROOT + ".constraint", ROOT + ".taxonomy");
        for (String model : List.of(ROOT + ".model", ROOT + ".model.ob2", ROOT + ".model.ob3")) {
            assertThat(graph.get(model)).as(model).isSubsetOf(ground);
        }
        // CLR 2.0 builds on OB 3.0: its records reuse the OB 3.0 ones, and nothing else.
        Set<String> clrGround = new java.util.HashSet<>(ground);
        clrGround.add(ROOT + ".model.ob3");
        assertThat(graph.get(ROOT + ".model.clr")).as(ROOT + ".model.clr").isSubsetOf(clrGround);
        // Achievement.level() reads the level vocabulary; that package must stay a leaf (see ARCHITECTURE.md).
        assertThat(graph.get(ROOT + ".taxonomy")).isEmpty();
    }

    /** Strongly connected components of more than one package (Tarjan). */
    private static List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String p : graph.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!graph.containsKey(w)) {
                continue;
            }
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
