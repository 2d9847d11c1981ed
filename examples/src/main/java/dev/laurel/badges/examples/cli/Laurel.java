package dev.laurel.badges.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code laurel} command line: validate, verify, classify, convert, sign, derive, bake and extract Open
 * Badges, {@code demo}, the whole lifecycle offline, and {@code serve}, an HTTP verification service.
 *
 * <p>Exit codes: 0 all inputs passed; 1 some input is not valid or not verified; 2 usage or I/O error.
 * See docs/CLI.md for the stable interface.
 */
@Command(name = "laurel", mixinStandardHelpOptions = true, versionProvider = Laurel.Version.class,
        description = "Open Badges 2.0/3.0, CLR 2.0 and micro-credentials: validate, verify, classify, convert, sign, derive, bake.")
public final class Laurel implements Runnable {

    /**
     * The subcommands, in the order {@code laurel --help} lists them. Registered in {@link #execute} rather
     * than in {@code @Command(subcommands = ...)}: picocli reads every registered command's annotations by
     * reflection before parsing, and its classes cannot go into a class-data-sharing archive (they are
     * Java 5 class files), so when the first argument names a subcommand only that one is registered.
     * That halves picocli's share of a one-file run; help, typos and options before the subcommand get
     * all of them, so every message stays the same.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(DemoCommand.class, ValidateCommand.class,
            VerifyCommand.class, ClassifyCommand.class, ConvertCommand.class, KeygenCommand.class, SignCommand.class,
            DeriveCommand.class, BakeCommand.class, ExtractCommand.class, DecideCommand.class, PathwayCommand.class,
            TaxonomyCommand.class, ClrCommand.class, ServeCommand.class, UsersCommand.class, CommandLine.HelpCommand.class);

    /** Exit code: every input passed. */
    public static final int OK = 0;
    /** Exit code: some input is not valid, not verified or not a badge. */
    public static final int FAILED = 1;
    /** Exit code: usage error (unknown flag, missing file or folder) or I/O error. */
    public static final int USAGE = 2;

    /** Held so the level set on it is not lost when the logger would otherwise be collected. */
    private static final java.util.logging.Logger HIBERNATE_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input for the subcommands; a field so that in-process runs can give their own. */
    private InputStream stdin = System.in;

    /** Creates the command; picocli calls this. */
    public Laurel() {
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line in-process, for tests and embedding; {@code laurel verify -} reads
     * {@link System#in}.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, out, err);
    }

    /**
     * Runs the command line in-process with its own standard input (what {@code laurel verify -} reads).
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        quietLibraries();
        Laurel root = new Laurel();
        root.stdin = in;
        CommandLine cli = new CommandLine(root);
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null && !named.equals(CommandLine.HelpCommand.class)) {
            cli.addSubcommand(named);
        } else {
            SUBCOMMANDS.values().forEach(cli::addSubcommand);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("laurel: " + SafeText.escape(oneLine(e)));
            err.println("Try 'laurel --help'.");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--verbose"));
            if (e instanceof UsageException) {
                err.println("laurel: " + SafeText.escape(e.getMessage()));
            } else {
                err.println("laurel: " + SafeText.escape(oneLine(e)));
                if (verbose) {
                    e.printStackTrace(err);
                }
            }
            err.flush();
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (VirtualMachineError e) {
            // Not recoverable in this JVM (BatchRunner lets only these through): one line, no class name.
            err.println("laurel: the JVM failed (" + (e instanceof OutOfMemoryError ? "out of memory"
                    : e instanceof StackOverflowError ? "stack overflow" : "internal JVM error")
                    + "); processing stopped");
            code = USAGE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Keeps stderr for our own messages: libraries' start-up notices (Hibernate Validator's version line,
     * SLF4J's "no provider" warning from the schema validator) are not for command-line users.
     */
    static void quietLibraries() {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = "unexpected error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Standard input, as the subcommands read it. */
    InputStream stdin() {
        return stdin;
    }

    /** Prints the version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Laurel.class.getPackage().getImplementationVersion();
            return new String[] {"laurel " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
