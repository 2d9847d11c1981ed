package dev.laurel.badges.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void onASharedTerminalTheBarIsWipedBeforeEachLineAndDrawnAgainAfterIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8), 79, true);
        line.accept("valid 10% [==   ] 1/10");
        line.println(new PrintWriter(out), "a.json: valid");
        line.close();
        assertThat(out.toString()).isEqualTo("a.json: valid" + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r\033[Kvalid 10% [==   ] 1/10" + "\r\033[K" + "valid 10% [==   ] 1/10" + "\r\033[K");
    }

    @Test
    void withOutputRedirectedTheLinesDoNotTouchTheBar() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintStream(err, true, StandardCharsets.UTF_8), 79, false);
        line.accept("bar");
        line.println(new PrintWriter(out, true), "a.json: valid");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[Kbar");
        assertThat(out.toString()).contains("a.json: valid");
    }

    @Test
    void aPipeIsNotATerminal() {
        // Surefire gives the forked JVM pipes, never a terminal.
        assertThat(ProgressLine.isTerminal(2)).isFalse();
    }
}
