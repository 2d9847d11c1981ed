package dev.laurel.badges.examples.cli.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser fixture's rules that need no browser: what a missing piece does, and how violations are judged. */
class BrowserSetupTest {

    @TempDir
    Path folder;

    private Path executable(String name) throws Exception {
        Path p = Files.createFile(folder.resolve(name), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        return p;
    }

    @Test
    void aWrongBrowserPathFailsWhenTheBrowserIsRequiredNamingThePathAndTheInstall() throws Exception {
        Path axe = Files.writeString(folder.resolve("axe.min.js"), "// axe");
        BrowserSetup setup = new BrowserSetup(folder.resolve("no-such-chromium"), executable("chromedriver"), axe, true);
        assertThat(setup.missing()).hasSize(1);
        assertThatThrownBy(setup::requireAvailable).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("LAUREL_REQUIRE_BROWSER=1 but the browser tests cannot run: ")
                .hasMessageContaining("the browser " + folder.resolve("no-such-chromium"))
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("LAUREL_CHROMIUM")
                .hasMessageNotContaining("driver " + folder.resolve("chromedriver"));
        // Browser.start checks before it launches anything: the same failure, and no browser process.
        assertThatThrownBy(() -> Browser.start(setup)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no-such-chromium");
    }

    @Test
    void everyMissingPieceIsNamedAndWithoutTheRequirementTheTestIsAborted() {
        BrowserSetup setup = new BrowserSetup(folder.resolve("chromium"), folder.resolve("chromedriver"),
                folder.resolve("axe.min.js"), false);
        assertThat(setup.missing()).hasSize(3);
        assertThatThrownBy(setup::requireAvailable).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("set LAUREL_REQUIRE_BROWSER=1 to make this a failure")
                .hasMessageContaining("the browser " + folder.resolve("chromium"))
                .hasMessageContaining("the driver " + folder.resolve("chromedriver"))
                .hasMessageContaining("npm ci --prefix tools/a11y");
    }

    @Test
    void aFileThatIsNotExecutableIsMissingAndAllPresentPasses() throws Exception {
        Path axe = Files.writeString(folder.resolve("axe.min.js"), "// axe");
        Path plain = Files.writeString(folder.resolve("chromium"), "not executable");
        assertThat(new BrowserSetup(plain, executable("chromedriver"), axe, true).missing()).singleElement()
                .asString().contains("not executable");
        BrowserSetup ready = new BrowserSetup(executable("chromium2"), folder.resolve("chromedriver"), axe, true);
        assertThat(ready.missing()).isEmpty();
        assertThatCode(ready::requireAvailable).doesNotThrowAnyException();
    }

    @Test
    void theEnvironmentNamesThePathsAndTheRequirement() {
        BrowserSetup setup = BrowserSetup.fromEnvironment(Map.of(BrowserSetup.CHROMIUM, "/opt/x/chromium",
                BrowserSetup.REQUIRE, "1"));
        assertThat(setup.chromium()).isEqualTo(Path.of("/opt/x/chromium"));
        assertThat(setup.chromedriver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
        assertThat(setup.axeScript()).endsWith(Path.of(BrowserSetup.AXE));
        assertThat(setup.required()).isTrue();
        assertThat(BrowserSetup.fromEnvironment(Map.of(BrowserSetup.REQUIRE, "yes")).required()).isFalse();
    }

    @Test
    void onlySeriousAndCriticalViolationsFailAndTheMessageListsEachWithItsTargets() throws Exception {
        List<AxeViolation> found = List.of(
                AxeViolation.of(new ObjectMapper().readTree("{\"id\":\"image-alt\",\"impact\":\"critical\","
                        + "\"help\":\"Images must have alternative text\",\"helpUrl\":\"https://example.org/a\","
                        + "\"nodes\":[{\"target\":[\"img\"]},{\"target\":[\"iframe\",\"#logo\"]}]}")),
                new AxeViolation("color-contrast", "serious", "Contrast", "https://example.org/c", List.of("p.alert")),
                new AxeViolation("region", "moderate", "Content in landmarks", "https://example.org/r", List.of("p")));
        assertThat(found.get(0).targets()).containsExactly("img", "iframe >> #logo");
        assertThatThrownBy(() -> Browser.assertNoSeriousViolations("http://127.0.0.1/x", found))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("2 serious or critical violation(s) on http://127.0.0.1/x")
                .hasMessageContaining("image-alt (critical): Images must have alternative text at img, iframe >> #logo")
                .hasMessageContaining("color-contrast (serious): Contrast at p.alert")
                .hasMessageNotContaining("region");
        assertThatCode(() -> Browser.assertNoSeriousViolations("x", found.subList(2, 3))).doesNotThrowAnyException();
        assertThat(AxeViolation.of(new ObjectMapper().readTree("{\"id\":\"r\",\"impact\":null}")).isSeriousOrCritical())
                .isFalse();
    }
}
