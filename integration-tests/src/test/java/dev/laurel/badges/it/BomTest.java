package dev.laurel.badges.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * laurel-bom has no parent (so that it pins nothing but what Laurel runs on), so its versions are written
 * twice: this test keeps them equal to laurel-parent's and to the jars Laurel actually runs with.
 */
class BomTest {

    record Managed(String groupId, String artifactId, String version) {
    }

    static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    static Map<String, String> properties(Document pom) {
        Map<String, String> props = new HashMap<>();
        NodeList list = pom.getElementsByTagName("properties");
        for (int i = 0; i < list.getLength(); i++) {
            for (Node n = list.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return props;
    }

    static List<Managed> managed(Document pom) {
        Map<String, String> props = properties(pom);
        List<Managed> out = new ArrayList<>();
        Element dm = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
        NodeList deps = dm.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String version = text(d, "version");
            for (Map.Entry<String, String> p : props.entrySet()) {
                version = version.replace("${" + p.getKey() + "}", p.getValue());
            }
            out.add(new Managed(text(d, "groupId"), text(d, "artifactId"), version));
        }
        return out;
    }

    static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    @Test
    void theBomPinsWhatTheParentPins() throws Exception {
        Map<String, String> parent = new HashMap<>();
        for (Managed m : managed(parse(Path.of("..", "pom.xml")))) {
            parent.put(m.groupId() + ":" + m.artifactId(), m.version());
        }
        List<Managed> bom = managed(parse(Path.of("..", "laurel-bom", "pom.xml")));
        assertThat(bom).hasSizeGreaterThan(15);
        int compared = 0;
        for (Managed m : bom) {
            String key = m.groupId() + ":" + m.artifactId();
            if (parent.containsKey(key) && !m.groupId().equals("dev.laurel")) {
                assertThat(m.version()).as(key).isEqualTo(parent.get(key));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void theBomPinsTheJarsLaurelRunsWith() throws Exception {
        // This module depends on badges-verify: its test class path holds exactly what Laurel runs with.
        String classPath = System.getProperty("java.class.path");
        int onClassPath = 0;
        for (Managed m : managed(parse(Path.of("..", "laurel-bom", "pom.xml")))) {
            if (m.groupId().equals("dev.laurel") || m.artifactId().endsWith("-bom")) {
                continue;
            }
            String jar = File.separator + m.artifactId() + "-";
            if (classPath.contains(jar)) {
                assertThat(classPath).as(m.artifactId()).contains(jar + m.version() + ".jar");
                onClassPath++;
            }
        }
        assertThat(onClassPath).as("pinned libraries found on the class path").isGreaterThanOrEqualTo(15);
        assertThat(classPath).as("the YAML dataformat is excluded").doesNotContain("jackson-dataformat-yaml")
                .doesNotContain("snakeyaml");
    }
}
