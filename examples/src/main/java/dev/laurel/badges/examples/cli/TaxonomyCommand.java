package dev.laurel.badges.examples.cli;

import dev.laurel.badges.core.taxonomy.LevelFramework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code laurel taxonomy}: the level framework itself. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true, description = "The six credential levels as a framework.",
        subcommands = TaxonomyCommand.Export.class)
final class TaxonomyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("taxonomy needs a subcommand: export");
    }

    /** {@code laurel taxonomy export --format case|ctdl}: prints the framework Laurel's alignments point to. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print the levels as a CASE CFPackage (case) or as CTDL JSON-LD (ctdl).")
    static final class Export implements Callable<Integer> {

        @Option(names = "--format", required = true, paramLabel = "case|ctdl", description = "case or ctdl.")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String json = switch (format.toLowerCase(Locale.ROOT)) {
                case "case" -> LevelFramework.caseJson();
                case "ctdl" -> LevelFramework.ctdlJson();
                default -> throw new UsageException("--format must be case or ctdl, got " + format);
            };
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
            return Laurel.OK;
        }
    }
}
