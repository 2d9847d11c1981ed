package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClrContents;
import dev.laurel.badges.verify.report.NestedReport;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Presented;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.ReportJson;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code laurel verify}: verifies badges (proofs, issuer keys, status, dates, validity, recipient). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify Open Badges: OB 2.0 hosted and signed, OB 3.0 VC-JWT and Data Integrity, baked images.")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (JSON Lines).")
    OutputFormat format;

    @Mixin
    VerificationOptions verification;

    @Option(names = "--recipient", paramLabel = "TYPE:VALUE",
            description = "Also check the recipient: email:, url:, telephone:, did:...")
    String recipient;

    @Option(names = "--challenge", paramLabel = "TEXT",
            description = "For a presentation: the challenge (VP-JWT nonce) it must carry.")
    String challenge;

    @Option(names = "--domain", paramLabel = "TEXT",
            description = "For a presentation: the domain (VP-JWT aud) it must carry.")
    String domain;

    @Option(names = "--require-holder",
            description = "For a presentation: one that names no holder is not verified (otherwise a warning).")
    boolean requireHolder;

    @Mixin
    ClrOptions clrOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively);"
            + " - reads standard input: one path, JSON credential or JWT per line, results streamed in order.")
    List<String> paths;

    @ParentCommand
    Laurel laurel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Clock clock = verification.clock();
        Optional<Recipient> known;
        try {
            known = Optional.ofNullable(recipient).map(Recipient::parse);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--recipient: " + e.getMessage());
        }
        // With "-", every other argument is still expanded first: a missing one is a usage error before
        // standard input is read. Without it, the known count gives the progress bar its end.
        boolean streamed = paths.contains(Inputs.STDIN);
        List<Inputs.Input> listed = streamed ? List.of() : Inputs.expand(paths);
        Inputs.Source inputs = streamed
                ? Inputs.withStandardInput(paths, new LineInputs(laurel == null ? System.in : laurel.stdin()))
                : Inputs.of(listed);
        DocumentFetcher fetcher = verification.fetcher();
        ThreadPoolExecutor nestedPool = nestedPool(Runtime.getRuntime().availableProcessors());
        try {
            return run(inputs, streamed ? -1 : listed.size(), known,
                    verification.verifier(fetcher, clock, b -> clrOptions.apply(b, nestedPool)));
        } finally {
            nestedPool.shutdownNow();
        }
    }

    /**
     * The pool a CLR's (or a presentation's) nested credentials are verified on, beside the batch's workers: a
     * large CLR given alone then uses every core, not one. The worker verifying the CLR also takes nested
     * credentials no pool thread has started (the verifier's rule), so it never waits idle and a busy pool cannot
     * deadlock. Threads are daemons and end after a second idle.
     */
    static ThreadPoolExecutor nestedPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "laurel-nested");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private int run(Inputs.Source inputs, long count, Optional<Recipient> known, Verifier base) {
        Verifier built = base;
        built = challenge == null ? built : built.withChallenge(challenge);
        built = domain == null ? built : built.withDomain(domain);
        Verifier verifier = requireHolder ? built.requiringHolder() : built;
        Optional<IssuerTrust> trust = verification.trust();
        return BatchRunner.run(inputs, count, format, spec.commandLine().getOut(),
                spec.commandLine().getErr(), "verified", "; key binding: " + verifier.keyBinding().id(),
                input -> verify(verifier, input, known, trust));
    }

    /**
     * One input's JSON Lines object exactly as {@code laurel verify --format json} prints it (without the line end):
     * the same verification, and the same failed line should the verifier break on it. {@code laurel serve}'s
     * {@code POST /verify} answers with it.
     */
    static String jsonLine(Verifier verifier, Inputs.Input input, Optional<Recipient> recipient,
                           Optional<IssuerTrust> trust) {
        return BatchRunner.jsonLine(BatchRunner.safely(in -> verify(verifier, in, recipient, trust), input, "verified"));
    }

    static ResultLine verify(Verifier verifier, Inputs.Input input, Optional<Recipient> recipient) {
        return verify(verifier, input, recipient, Optional.empty());
    }

    /**
     * Verifies one input: the verifier recognises a presentation by content (its report then nests one
     * report per credential inside) and anything else as a badge. With a trust list, each credential's line
     * gets {@code trusted}, and an untrusted issuer fails the input.
     */
    static ResultLine verify(Verifier verifier, Inputs.Input input, Optional<Recipient> recipient,
                             Optional<IssuerTrust> trust) {
        return check(verifier, input, recipient, trust).line();
    }

    /**
     * One input's line and the report behind it (none when the file could not be read), for the commands that
     * go on from the report ({@code decide} and {@code pathway} read a CLR's nested reports).
     *
     * @param line the line {@code laurel verify} prints
     * @param report the verifier's report, if the file was read
     */
    record Checked(ResultLine line, Optional<VerificationReport> report) {
    }

    /**
     * As {@link #verify(Verifier, Inputs.Input, Optional, Optional)}, keeping the report. The JSON object is the
     * library's ({@link ReportJson}); the text beside it is rendered here from the same report.
     */
    static Checked check(Verifier verifier, Inputs.Input input, Optional<Recipient> recipient,
                         Optional<IssuerTrust> trust) {
        // The file is read once; the verifier itself recognises images and extracts their badge.
        Loaded.FileBytes file = Loaded.read(input);
        String mode = verifier.keyBinding().id();
        if (file.bytes() == null) {
            return new Checked(new ResultLine(ReportJson.unreadable(input.display(), file.problem()[1], mode),
                    SafeText.escape(input.display()) + ": NOT VERIFIED\n  failed " + ReportJson.INPUT_READABLE + ": "
                            + SafeText.escape(file.problem()[1]), false), Optional.empty());
        }
        byte[] bytes = file.bytes();
        VerificationReport report = verifier.verify(bytes, recipient);
        ObjectNode line = ReportJson.line(input.display(), ReportJson.container(bytes), report, mode, trust);
        StringBuilder text = new StringBuilder(SafeText.escape(input.display())).append(": ");
        if (report.isPresentation()) {
            presentation(report, report.presentation().orElseThrow(), mode, text, trust);
        } else {
            text(report, mode, text, "\n  ", trust);
            if (report.clr().isPresent()) {
                ClrContents contents = report.clr().get();
                text.append("\n  ").append(contents.credentials().size())
                        .append(contents.credentials().size() == 1 ? " nested credential" : " nested credentials")
                        .append(", ").append(contents.failed().size()).append(" not verified");
                nested(contents.credentials().stream().map(NestedReport::report).toList(), mode, text, trust);
            }
        }
        return new Checked(new ResultLine(line, text.toString(), ReportJson.passed(line)), Optional.of(report));
    }

    /**
     * The usual fields of one credential's report ({@link ReportJson#describe}), and its text (failures and
     * warnings on their own lines); returns whether the trust list, if any, trusts its issuer.
     */
    static boolean describe(VerificationReport report, ObjectNode line, String container, String mode,
                            StringBuilder text, String indent, Optional<IssuerTrust> trust) {
        ReportJson.describe(report, line, container, mode, trust);
        return text(report, mode, text, indent, trust);
    }

    /** One credential's text: the verdict, then its failures and warnings, then why its issuer is not trusted. */
    private static boolean text(VerificationReport report, String mode, StringBuilder text, String indent,
                                Optional<IssuerTrust> trust) {
        text.append(report.verified() ? "verified" : "NOT VERIFIED").append(' ').append(report.kind().displayName())
                .append(report.version().map(v -> " " + v.label()).orElse(""))
                .append(report.issuer().map(i -> " from " + SafeText.escape(i)).orElse(""))
                .append(" [key binding: ").append(mode).append(']');
        checks(report.checks(), text, indent);
        boolean trusted = ReportJson.trusted(report, trust);
        if (!trusted) {
            text.append(indent).append("not trusted: ").append(report.issuer().map(SafeText::escape)
                    .map(i -> "the issuer " + i + " is not on the --trusted-issuers list").orElse("no issuer is named"));
        }
        return trusted;
    }

    private static void checks(List<Check> all, StringBuilder text, String indent) {
        for (Check c : all) {
            if (c.outcome() == Outcome.FAILED || c.outcome() == Outcome.WARNING) {
                text.append(indent).append(c.outcome().name().toLowerCase(Locale.ROOT)).append(' ').append(c.id())
                        .append(c.path().isEmpty() ? "" : " " + SafeText.escape(c.path())).append(": ")
                        .append(SafeText.escape(c.describe()));
            }
        }
    }

    /** The text of a presentation's or a CLR's credentials: a line each, indented by two, findings by four. */
    private static void nested(List<VerificationReport> reports, String mode, StringBuilder text,
                               Optional<IssuerTrust> trust) {
        for (int i = 0; i < reports.size(); i++) {
            text.append("\n  credential ").append(i).append(": ");
            text(reports.get(i), mode, text, "\n    ", trust);
        }
    }

    /** A presentation's text: its verdict and holder, its own findings, then a line per credential inside. */
    private static void presentation(VerificationReport report, Presented presented, String mode, StringBuilder text,
                                     Optional<IssuerTrust> trust) {
        text.append(report.verified() ? "verified" : "NOT VERIFIED").append(" VerifiablePresentation")
                .append(presented.holder().map(h -> " from holder " + SafeText.escape(h)).orElse(""))
                .append(" with ").append(presented.credentials().size())
                .append(presented.credentials().size() == 1 ? " credential" : " credentials")
                .append(" [key binding: ").append(mode).append(']');
        checks(report.checks(), text, "\n  ");
        nested(presented.credentials(), mode, text, trust);
    }
}
