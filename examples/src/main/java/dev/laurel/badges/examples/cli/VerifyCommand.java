package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.bake.ImageFormat;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<String> paths;

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
        List<Inputs.Input> inputs = Inputs.expand(paths);
        Verifier verifier = verification.verifier(verification.fetcher(), clock);
        return BatchRunner.run(inputs, format, spec.commandLine().getOut(), spec.commandLine().getErr(), "verified",
                "; key binding: " + verifier.keyBinding().id(), input -> verify(verifier, input, known));
    }

    static ResultLine verify(Verifier verifier, Inputs.Input input, Optional<Recipient> recipient) {
        // The file is read once; the verifier itself recognises images and extracts their badge.
        Loaded.FileBytes file = Loaded.read(input);
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", input.display());
        String mode = verifier.keyBinding().id();
        if (file.bytes() == null) {
            line.put("kind", "NotABadge");
            line.putNull("version");
            line.put("container", "file");
            line.put("verified", false);
            line.put("keyBinding", mode);
            line.putArray("checks").addObject().put("id", "input.readable").put("outcome", "failed")
                    .put("message", file.problem()[1]).put("path", "");
            return new ResultLine(line, SafeText.escape(input.display()) + ": NOT VERIFIED\n  failed input.readable: "
                    + SafeText.escape(file.problem()[1]), false);
        }
        byte[] bytes = file.bytes();
        String container = ImageFormat.detect(bytes).map(f -> f.name().toLowerCase(Locale.ROOT))
                .orElse(ImageInputs.looksLikeJws(bytes) ? "jws" : "json");
        VerificationReport report = verifier.verify(bytes, recipient);
        line.put("kind", report.kind().displayName());
        if (report.version().isPresent()) {
            line.put("version", report.version().get().label());
        } else {
            line.putNull("version");
        }
        line.put("container", container);
        line.put("verified", report.verified());
        line.put("keyBinding", mode);
        line.put("proofFormat", report.proofFormat().name());
        if (report.issuer().isPresent()) {
            line.put("issuer", report.issuer().get());
        } else {
            line.putNull("issuer");
        }
        ArrayNode checks = line.putArray("checks");
        StringBuilder text = new StringBuilder(SafeText.escape(input.display())).append(": ")
                .append(report.verified() ? "verified" : "NOT VERIFIED").append(' ').append(report.kind().displayName())
                .append(report.version().map(v -> " " + v.label()).orElse(""))
                .append(report.issuer().map(i -> " from " + SafeText.escape(i)).orElse(""))
                .append(" [key binding: ").append(mode).append(']');
        for (Check c : report.checks()) {
            ObjectNode check = checks.addObject().put("id", c.id())
                    .put("outcome", c.outcome().name().toLowerCase(Locale.ROOT))
                    .put("message", c.describe()).put("path", c.path());
            c.code().ifPresent(code -> check.put("code", code.name()));
            if (c.outcome() == Outcome.FAILED || c.outcome() == Outcome.WARNING) {
                text.append("\n  ").append(c.outcome().name().toLowerCase(Locale.ROOT)).append(' ').append(c.id())
                        .append(c.path().isEmpty() ? "" : " " + SafeText.escape(c.path())).append(": ")
                        .append(SafeText.escape(c.describe()));
            }
        }
        return new ResultLine(line, text.toString(), report.verified());
    }
}
