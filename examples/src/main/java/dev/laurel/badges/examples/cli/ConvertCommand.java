package dev.laurel.badges.examples.cli;

import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.BadgeVersion;
import dev.laurel.badges.json.DocumentKind;
import dev.laurel.badges.json.convert.ConversionException;
import dev.laurel.badges.json.convert.ConversionResult;
import dev.laurel.badges.json.convert.Converter;
import dev.laurel.badges.json.convert.ReferenceResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code laurel convert}: converts a badge between Open Badges 2.0 and 3.0, printing the converted JSON
 * and, on stderr, everything that did not carry over.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a badge between Open Badges 2.0 and 3.0; what does not carry over is listed on stderr.")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "3.0|2.0", converter = VersionConverter.class,
            description = "The version to convert to.")
    BadgeVersion to;

    @Option(names = "--with", paramLabel = "FILE", description = "An OB 2.0 document that IN references by its id "
            + "(badge class, issuer profile, endorsement), embedded in the result; repeatable.")
    List<Path> with = new ArrayList<>();

    @Option(names = "--out", paramLabel = "OUT", description = "Where to write the converted JSON (default: stdout).")
    Path out;

    @Parameters(index = "0", paramLabel = "IN", description = "The badge: JSON, a compact JWS/JWT, or a baked PNG/SVG.")
    Path in;

    @Spec
    CommandSpec spec;

    /** Converts --to values: the versions' labels. */
    static final class VersionConverter implements CommandLine.ITypeConverter<BadgeVersion> {
        @Override
        public BadgeVersion convert(String value) {
            for (BadgeVersion v : BadgeVersion.values()) {
                if (v.label().equals(value)) {
                    return v;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not 3.0 or 2.0");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes = BakeCommand.read(in);
        Map<String, Object> referenced = new LinkedHashMap<>();
        for (Path file : with) {
            Optional<String> refused = addReferenced(file, referenced);
            if (refused.isPresent()) {
                return fail(refused.get());
            }
        }

        Loaded loaded = ImageInputs.recognise(new Inputs.Input(in, in.toString()), bytes);
        if (loaded.badge() == null) {
            return fail(in + " is not a badge: " + loaded.problem()[1] + " [" + loaded.problem()[0] + "]");
        }
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(loaded.badge());
        } catch (BadgeJsonException e) {
            return fail(in + " is not a badge: " + e.getMessage() + " [" + e.code().name() + "]");
        }
        if (!doc.isBadge()) {
            return fail(in + " is not a badge: " + doc.description() + " [NOT_A_BADGE]");
        }
        ConversionResult<Object> result;
        try {
            result = Converter.standard().convert(doc, to, ReferenceResolver.of(referenced));
        } catch (ConversionException e) {
            return fail("cannot convert " + in + ": " + e.getMessage() + " [" + e.code().name() + "]");
        }

        String json = doc.version().orElseThrow() == to
                // The identity: the document's own JSON, so nothing is reordered or reformatted away.
                ? BadgeJson.standard().serialize(doc.json(), true)
                : BadgeJson.standard().writePretty(result.model());
        OutputFiles.writeText(Optional.ofNullable(out), json + "\n", spec.commandLine().getOut());

        for (Problem p : result.problems()) {
            err.println(p);
        }
        long errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = result.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        long notes = result.problems().size() - errors - warnings;
        err.println("converted " + doc.kind().displayName() + " " + doc.version().orElseThrow().label() + " to "
                + result.model().getClass().getSimpleName() + " " + to.label() + (out != null ? " into " + out : "")
                + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note")
                + (errors > 0 ? " (incomplete: the result will not validate until what is missing is added)" : ""));
        return Laurel.OK;
    }

    /** Reads one --with document into the resolver's map under its id; a refusal is the reason why. */
    private static Optional<String> addReferenced(Path file, Map<String, Object> referenced) {
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(BakeCommand.read(file));
        } catch (BadgeJsonException e) {
            return Optional.of(file + " is not a badge: " + e.getMessage() + " [" + e.code().name() + "]");
        }
        if (doc.kind() != DocumentKind.OB2_BADGE_CLASS && doc.kind() != DocumentKind.OB2_PROFILE
                && doc.kind() != DocumentKind.OB2_ENDORSEMENT) {
            return Optional.of("--with " + file + " must be an OB 2.0 BadgeClass, Issuer or Endorsement, not "
                    + (doc.isBadge() ? "an OB " + doc.version().orElseThrow().label() + " " + doc.kind().displayName()
                            : "a document that is not a badge (" + doc.description() + ")"));
        }
        if (!doc.json().path("id").isTextual()) {
            return Optional.of("--with " + file + " has no id, so nothing can reference it");
        }
        referenced.put(doc.json().get("id").asText(), doc);
        return Optional.empty();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("laurel: " + message);
        return Laurel.FAILED;
    }
}
