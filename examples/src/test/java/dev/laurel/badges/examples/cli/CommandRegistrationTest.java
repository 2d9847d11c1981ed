package dev.laurel.badges.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Laurel} registers only the subcommand its first argument names (a start-up saving); everything
 * else must behave as if all were registered.
 */
class CommandRegistrationTest {

    private static final List<String> COMMANDS = List.of("demo", "validate", "verify", "classify", "convert",
            "keygen", "sign", "derive", "bake", "extract", "decide", "pathway", "taxonomy", "clr", "serve", "users", "help");

    @Test
    void topLevelHelpListsEveryCommandInOrder() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        int previous = -1;
        for (String command : COMMANDS) {
            int at = run.out().indexOf("\n  " + command + " ");
            assertThat(at).as(command).isGreaterThan(previous);
            previous = at;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "verify", "classify", "convert", "keygen", "sign", "derive", "bake",
        "extract", "decide", "pathway", "taxonomy", "clr"})
    void eachCommandAloneKnowsItsFullName(String command) {
        CliRun alone = CliRun.of(command, "--help");
        CliRun throughHelp = CliRun.of("help", command);

        assertThat(alone.exit()).isZero();
        assertThat(alone.out()).startsWith("Usage: laurel " + command + " ");
        assertThat(throughHelp.exit()).isZero();
        assertThat(throughHelp.out()).isEqualTo(alone.out());
    }

    @Test
    void anOptionBeforeTheCommandStillFindsIt() {
        CliRun run = CliRun.of("--verbose", "taxonomy", "export", "--format", "case");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("taxonomy", "export", "--format", "case").out()).contains("Knowledge");
    }

    @Test
    void aMisspelledCommandIsAUsageError() {
        CliRun run = CliRun.of("verfy", "x");

        assertThat(run.exit()).isEqualTo(Laurel.USAGE);
        assertThat(run.err()).contains("'verfy'").contains("Try 'laurel --help'.");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exit()).isEqualTo(Laurel.USAGE);
        assertThat(run.err()).contains("a command is required");
    }
}
