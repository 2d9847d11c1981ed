package dev.laurel.badges.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The architecture, kept so: no package cycle, no module reaching into another module's {@code internal}
 * packages, and the set of exported packages changed only on purpose (edit {@link #EXPORTS} with the
 * change and say so in CHANGELOG). It runs here because this module sees every library module.
 *
 * <p>badges-core, badges-json and badges-verify are each free of package cycles. In badges-verify the
 * ground floor is {@code verify.report} (the check ids, {@code Check}, the report), which every step
 * imports; the root package holds only the {@code Verifier} that coordinates the steps.
 */
class ArchitectureTest {

    static final JavaClasses LIBRARIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.laurel.badges");

    /** The exported packages of each library module, as module-info.java says. */
    static final Map<String, Set<String>> EXPORTS = Map.of(
            "dev.laurel.badges.core", Set.of("dev.laurel.badges.core", "dev.laurel.badges.core.constraint",
                    "dev.laurel.badges.core.json", "dev.laurel.badges.core.model", "dev.laurel.badges.core.model.clr",
                    "dev.laurel.badges.core.model.ob2",
                    "dev.laurel.badges.core.model.ob3", "dev.laurel.badges.core.taxonomy",
                    "dev.laurel.badges.core.taxonomy.backpack", "dev.laurel.badges.core.taxonomy.catalogue",
                    "dev.laurel.badges.core.taxonomy.classify", "dev.laurel.badges.core.taxonomy.credential",
                    "dev.laurel.badges.core.taxonomy.pathway", "dev.laurel.badges.core.taxonomy.policy",
                    "dev.laurel.badges.core.taxonomy.share", "dev.laurel.badges.core.taxonomy.transcript",
                    "dev.laurel.badges.core.validation"),
            "dev.laurel.badges.json", Set.of("dev.laurel.badges.json", "dev.laurel.badges.json.bake",
                    "dev.laurel.badges.json.convert", "dev.laurel.badges.json.taxonomy"),
            "dev.laurel.badges.verify", Set.of("dev.laurel.badges.verify", "dev.laurel.badges.verify.report",
                    "dev.laurel.badges.verify.fetch",
                    "dev.laurel.badges.verify.dataintegrity", "dev.laurel.badges.verify.jose",
                    "dev.laurel.badges.verify.keys", "dev.laurel.badges.verify.presentation"));

    @Test
    void everyLibraryModuleIsImported() {
        // In a reactor build the library modules arrive as jars, in an IDE as class folders: either way
        // the rules below must see them, or they would pass on nothing.
        for (String type : new String[] {"dev.laurel.badges.core.model.ob3.OpenBadgeCredential",
            "dev.laurel.badges.json.BadgeJson", "dev.laurel.badges.verify.Verifier"}) {
            assertThat(LIBRARIES.contain(type)).as(type).isTrue();
        }
    }

    @Test
    void coreHasNoPackageCycle() {
        slices().matching("dev.laurel.badges.core.(**)").should().beFreeOfCycles().check(LIBRARIES);
    }

    @Test
    void jsonHasNoPackageCycle() {
        slices().matching("dev.laurel.badges.json.(**)").should().beFreeOfCycles().check(LIBRARIES);
    }

    @Test
    void librariesDoNotDependOnModulesAboveThem() {
        noClasses().that().resideInAPackage("dev.laurel.badges.core..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.laurel.badges.json..", "dev.laurel.badges.verify..",
                        "dev.laurel.badges.examples..")
                .check(LIBRARIES);
        noClasses().that().resideInAPackage("dev.laurel.badges.json..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.laurel.badges.verify..", "dev.laurel.badges.examples..")
                .check(LIBRARIES);
        noClasses().that().resideInAPackage("dev.laurel.badges.verify..").should().dependOnClassesThat()
                .resideInAPackage("dev.laurel.badges.examples..")
                .check(LIBRARIES);
        // The web pages are an ApiHandler: any host serves them, so they pull in no server of their own.
        noClasses().that().resideInAPackage("dev.laurel.badges.web..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.laurel.badges.examples..", "dev.laurel.badges.server..",
                        "org.eclipse.jetty..", "jakarta.servlet..")
                .check(LIBRARIES);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : EXPORTS.keySet()) {
            noClasses().that().resideOutsideOfPackage(module + "..").should().dependOnClassesThat()
                    .resideInAPackage(module + "..internal..")
                    .because(module + "'s internal packages are not exported")
                    .check(LIBRARIES);
        }
    }

    @Test
    void exportedPackagesAreTheAgreedOnes() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        Enumeration<URL> descriptors = getClass().getClassLoader().getResources("module-info.class");
        while (descriptors.hasMoreElements()) {
            try (InputStream in = descriptors.nextElement().openStream()) {
                ModuleDescriptor d = ModuleDescriptor.read(in);
                if (EXPORTS.containsKey(d.name())) {
                    found.put(d.name(), d.exports().stream().map(ModuleDescriptor.Exports::source)
                            .collect(Collectors.toCollection(TreeSet::new)));
                }
            }
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(EXPORTS.keySet());
        EXPORTS.forEach((module, exports) -> assertThat(found.get(module)).as(module)
                .containsExactlyInAnyOrderElementsOf(exports));
    }

    @Test
    void verifyHasNoPackageCycle() {
        slices().matching("dev.laurel.badges.verify.(**)").should().beFreeOfCycles().check(LIBRARIES);
    }

    @Test
    void verifyReportIsTheGroundFloor() {
        // Every step reports with the report package's types, so it must import nothing else of badges-verify:
        // one arrow back up and the module's packages would form one cycle again.
        noClasses().that().resideInAPackage("dev.laurel.badges.verify.report").should().dependOnClassesThat(
                        resideInAPackage("dev.laurel.badges.verify..")
                                .and(not(resideInAPackage("dev.laurel.badges.verify.report"))))
                .check(LIBRARIES);
    }

    @Test
    void theCoordinatorAndTheConverterStaySmall() throws IOException {
        // Issue 14: the Verifier is a short coordinator and the converter one small table per concept.
        java.nio.file.Path verifier = java.nio.file.Path.of("..", "badges-verify", "src", "main", "java", "dev", "laurel",
                "badges", "verify", "Verifier.java");
        assertThat(java.nio.file.Files.readAllLines(verifier)).as("Verifier.java lines").hasSizeLessThan(400);
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("..",
                "badges-json", "src", "main", "java", "dev", "laurel", "badges", "json", "convert"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                assertThat(java.nio.file.Files.readAllLines(f)).as(f.toString()).hasSizeLessThan(400);
            }
        }
    }
}
