package dev.laurel.badges.examples.cli.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find what they need outside Maven: Debian's Chromium, its chromium-driver and axe-core's
 * script, and whether their absence is a failure ({@code LAUREL_REQUIRE_BROWSER=1}, as in CI) or an aborted test.
 * The same rule as the PostgreSQL tests' {@code LAUREL_REQUIRE_POSTGRES}.
 *
 * @param chromium     the browser binary
 * @param chromedriver the driver binary; given to Selenium so that Selenium Manager never runs (and never downloads)
 * @param axeScript    {@code axe.min.js}, injected into the page under test
 * @param required     whether a missing piece fails the test instead of aborting it
 */
public record BrowserSetup(Path chromium, Path chromedriver, Path axeScript, boolean required) {

    /** The environment variable that makes a missing browser a failure. */
    public static final String REQUIRE = "LAUREL_REQUIRE_BROWSER";
    /** Overrides the browser binary (default {@code /usr/bin/chromium}). */
    public static final String CHROMIUM = "LAUREL_CHROMIUM";
    /** Overrides the driver binary (default {@code /usr/bin/chromedriver}). */
    public static final String CHROMEDRIVER = "LAUREL_CHROMEDRIVER";
    /** axe-core's script, relative to the project root, where {@code npm ci --prefix tools/a11y} puts it. */
    public static final String AXE = "tools/a11y/node_modules/axe-core/axe.min.js";

    private static final String DEBIAN = "apt-get install chromium chromium-driver (Debian's packages; .ci/run does it)";

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a path is null
     */
    public BrowserSetup {
        Objects.requireNonNull(chromium, "chromium");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(axeScript, "axeScript");
    }

    /**
     * The set-up this machine's environment describes: {@code LAUREL_CHROMIUM}, {@code LAUREL_CHROMEDRIVER} or
     * Debian's paths, axe-core under the project root, {@code LAUREL_REQUIRE_BROWSER}.
     *
     * @return the set-up
     */
    public static BrowserSetup fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * The set-up an environment describes (a map, so that a test can give one without changing the process's).
     *
     * @param env the environment variables
     * @return the set-up
     */
    static BrowserSetup fromEnvironment(Map<String, String> env) {
        return new BrowserSetup(Path.of(env.getOrDefault(CHROMIUM, "/usr/bin/chromium")),
                Path.of(env.getOrDefault(CHROMEDRIVER, "/usr/bin/chromedriver")),
                ProjectRoot.find().resolve(AXE), "1".equals(env.get(REQUIRE)));
    }

    /**
     * What is missing, each with how to install it; empty when everything is there.
     *
     * @return one sentence per missing piece
     */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            out.add("the browser " + chromium + " is missing or not executable (" + DEBIAN + ", or set " + CHROMIUM
                    + " to Chromium's path)");
        }
        if (!Files.isExecutable(chromedriver)) {
            out.add("the driver " + chromedriver + " is missing or not executable (" + DEBIAN + ", or set "
                    + CHROMEDRIVER + " to chromedriver's path)");
        }
        if (!Files.isRegularFile(axeScript)) {
            out.add("axe-core " + axeScript + " is missing (npm ci --prefix tools/a11y --no-audit --no-fund, from the "
                    + "project root)");
        }
        return List.copyOf(out);
    }

    /**
     * Returns when everything is there; otherwise fails the test ({@code LAUREL_REQUIRE_BROWSER=1}) or aborts it,
     * saying what is missing and how to install it.
     *
     * @throws org.opentest4j.AssertionFailedError if something is missing and the browser is required
     * @throws org.opentest4j.TestAbortedException if something is missing and the browser is not required
     */
    public void requireAvailable() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String why = String.join("; ", missing);
        if (required) {
            Assertions.fail(REQUIRE + "=1 but the browser tests cannot run: " + why);
        }
        System.out.println("[browser] the browser test did NOT run: " + why);
        Assumptions.abort("the browser test did not run (set " + REQUIRE + "=1 to make this a failure): " + why);
    }
}
