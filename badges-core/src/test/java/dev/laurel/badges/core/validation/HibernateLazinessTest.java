package dev.laurel.badges.core.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validating a valid record does not start (or even load) Hibernate Validator. Checked in a JVM of its own,
 * with class loading logged, because this test JVM has long since started it for other tests.
 */
class HibernateLazinessTest {

    @Test
    void validatingValidRecordsLoadsNoHibernateValidatorClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:off", "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"),
                "dev.laurel.badges.core.model.ob3.ValidateValidCredentialMain")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("problems=0");
        // The walker ran: the model and the walker were loaded...
        assertThat(out).contains("dev.laurel.badges.core.validation.ModelWalker ",
                "dev.laurel.badges.core.model.ob3.OpenBadgeCredential ");
        // ...but nothing of Hibernate Validator, nor the class that holds its factory.
        List<String> hibernate = out.lines().filter(l -> l.contains("org.hibernate.validator")
                || l.contains("dev.laurel.badges.core.validation.HibernateChecks")
                || l.contains("dev.laurel.badges.core.validation.BadgeValidator$Lazy")).toList();
        assertThat(hibernate).isEmpty();
    }

    @Test
    void theFactoryStartsHibernateValidator() {
        BadgeValidator.standard().factory();
        assertThat(BadgeValidator.hibernateStarted()).isTrue();
    }
}
