package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code laurel validate}: checks badge files against the specifications and the official schema. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate Open Badges (JSON, JWS/JWT, baked PNG/SVG) against the specifications.")
final class ValidateCommand implements Callable<Integer> {

    /** The id of the problem (and of verify's check) for an input that could not be read. */
    static final String INPUT_READABLE = "input.readable";

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (JSON Lines).")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Inputs.Input> inputs = Inputs.expand(paths);
        BadgeJson json = BadgeJson.standard();
        return BatchRunner.run(inputs, format, spec.commandLine().getOut(), spec.commandLine().getErr(), "valid",
                input -> validate(json, Loaded.load(input)));
    }

    static ResultLine validate(BadgeJson json, Loaded loaded) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", loaded.input().display());
        if (loaded.badge() == null) {
            line.put("kind", loaded.hostedUrl() != null ? "Assertion" : "NotABadge");
            if (loaded.hostedUrl() != null) {
                line.put("version", "2.0");
            } else {
                line.putNull("version");
            }
            line.put("container", loaded.container());
            line.put("valid", false);
            ArrayNode problems = line.putArray("problems");
            ObjectNode problem = problems.addObject().put("code", loaded.problem()[0]).put("severity", "error")
                    .put("path", "").put("message", loaded.problem()[1]);
            boolean unreadable = loaded.container().equals("file");
            if (unreadable) {
                // The same id as verify's check, so that scripts find unreadable inputs one way.
                problem.put("id", INPUT_READABLE);
            }
            return new ResultLine(line, SafeText.escape(loaded.input().display()) + ": INVALID\n  "
                    + (unreadable ? INPUT_READABLE + ": " : "") + SafeText.escape(loaded.problem()[1])
                    + " [" + loaded.problem()[0] + "]", false);
        }
        ValidationResult result = json.validate(loaded.badge());
        line.put("kind", result.kind().displayName());
        if (result.version().isPresent()) {
            line.put("version", result.version().get().label());
        } else {
            line.putNull("version");
        }
        line.put("container", loaded.container());
        line.put("valid", result.valid());
        ArrayNode problems = line.putArray("problems");
        StringBuilder text = new StringBuilder(SafeText.escape(loaded.input().display())).append(": ")
                .append(result.valid() ? "valid" : "INVALID").append(' ').append(result.kind().displayName())
                .append(result.version().map(v -> " " + v.label()).orElse(""));
        for (Problem p : result.problems()) {
            problems.addObject().put("code", p.code().name()).put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("path", p.path()).put("message", p.message());
            text.append("\n  ").append(p.severity() == dev.laurel.badges.core.Severity.ERROR ? "error" : "warning")
                    .append(' ').append(SafeText.escape(p.toString()));
        }
        return new ResultLine(line, text.toString(), result.valid());
    }
}
