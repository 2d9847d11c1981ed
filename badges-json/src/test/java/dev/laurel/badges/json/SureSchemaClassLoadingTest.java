package dev.laurel.badges.json;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A valid credential is validated without loading networknt, which is the point of issue 19's start-up
 * saving. Each test loads Laurel afresh in its own class loader, whose parent knows only the JDK, and asks
 * that loader which networknt classes it has defined.
 */
class SureSchemaClassLoadingTest {

    private static final String ENGINE_CLASS = "com.networknt.schema.JsonSchema";

    /** A class loader that answers whether it has loaded a class, without loading it. */
    private static final class Fresh extends URLClassLoader {
        Fresh(URL[] urls) {
            super("fresh", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    private static Fresh fresh() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        // Surefire may put the module under test on the module path or the class path: take both.
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
        }
        return new Fresh(urls.toArray(URL[]::new));
    }

    private static List<?> validateIn(Fresh loader, String example) throws Exception {
        byte[] bytes;
        try (InputStream in = SureSchemaClassLoadingTest.class.getResourceAsStream("/ob3/" + example)) {
            bytes = in.readAllBytes();
        }
        Class<?> badgeJson = Class.forName("dev.laurel.badges.json.BadgeJson", true, loader);
        assertThat(badgeJson.getClassLoader()).as("Laurel must come from the fresh loader").isSameAs(loader);
        Object json = badgeJson.getMethod("standard").invoke(null);
        Object result = badgeJson.getMethod("validate", byte[].class).invoke(json, (Object) bytes);
        Method problems = result.getClass().getMethod("problems");
        return (List<?>) problems.invoke(result);
    }

    @Test
    void aValidCredentialIsValidatedWithoutLoadingNetworknt() throws Exception {
        try (Fresh loader = fresh()) {
            List<?> problems = validateIn(loader, "ob_v3p0_examples_basicOpenBadgeCredential-00.json");
            assertThat(problems).isEmpty();
            assertThat(loader.hasLoaded(ENGINE_CLASS)).isFalse();
            assertThat(loader.hasLoaded("dev.laurel.badges.json.SureSchema")).isTrue();
        }
    }

    @Test
    void anInvalidCredentialStillReachesNetworknt() throws Exception {
        // The other half of the check above: the same probe does see networknt once it is needed.
        try (Fresh loader = fresh()) {
            List<?> problems = validateIn(loader, "ob_v3p0_examples-01.json");
            assertThat(problems).isNotEmpty();
            assertThat(loader.hasLoaded(ENGINE_CLASS)).isTrue();
        }
    }
}
