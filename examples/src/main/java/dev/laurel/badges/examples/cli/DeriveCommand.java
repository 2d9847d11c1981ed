package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.dataintegrity.ContextSet;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityException;
import dev.laurel.badges.verify.dataintegrity.SelectiveDisclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code laurel derive}: the holder's side of {@code ecdsa-sd-2023}. From a credential that carries the
 * issuer's base proof ({@code laurel sign --suite ecdsa-sd-2023}), writes a credential that reveals the
 * mandatory statements and those named with {@code --reveal}, with a derived proof verifiers check
 * ({@code laurel verify}). Exit codes: 0 derived; 1 the input is not JSON, has no usable base proof, or a
 * pointer names nothing in it; 2 usage errors, among them a pointer that is not a JSON Pointer.
 */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derive a selective disclosure from a credential with an ecdsa-sd-2023 base proof: reveal the "
                + "mandatory statements and the --reveal pointers, with a proof verifiers check.")
final class DeriveCommand implements Callable<Integer> {

    @Option(names = "--reveal", paramLabel = "POINTER", description = "Repeatable: a JSON Pointer (RFC 6901) to what "
            + "to reveal besides the mandatory statements, e.g. /credentialSubject/achievement/name. None: only the "
            + "mandatory statements.")
    List<String> reveal;

    @Option(names = "--context", paramLabel = "URL=FILE", description = ContextOptions.DESCRIPTION)
    List<String> contexts;

    @Option(names = "--out", paramLabel = "OUT", description = "Where to write the derived credential (default: stdout).")
    Path out;

    @Parameters(index = "0", paramLabel = "IN", description = "The credential with the base proof (JSON).")
    Path in;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ContextSet registered = ContextOptions.read(contexts);
        List<String> pointers = requirePointers("--reveal", reveal);
        byte[] input = BakeCommand.read(in);
        BadgeDocument doc;
        try {
            doc = BadgeJson.standard().read(input);
        } catch (BadgeJsonException e) {
            return fail(in + " is not a credential: " + e.getMessage() + " [" + e.code().name() + "]");
        }
        if (doc.jws().isPresent()) {
            return fail(in + " is a compact JWS; derive works on a JSON credential with an ecdsa-sd-2023 base proof");
        }
        ObjectNode derived;
        try {
            derived = SelectiveDisclosure.create().withContexts(registered).derive(doc.json(), pointers);
        } catch (DataIntegrityException e) {
            String message = e.getMessage().startsWith("cannot derive: ") ? e.getMessage().substring(15) : e.getMessage();
            return fail("cannot derive from " + in + ": " + message + " [" + e.code().name() + "]");
        }
        OutputFiles.writeText(Optional.ofNullable(out), BadgeJson.standard().serialize(derived, true) + "\n",
                spec.commandLine().getOut());
        spec.commandLine().getErr().println("derived " + doc.kind().displayName() + " revealing " + pointers.size()
                + " pointer" + (pointers.size() == 1 ? "" : "s") + " besides the mandatory statements"
                + (out != null ? " into " + out : ""));
        return Laurel.OK;
    }

    /**
     * Checks the syntax of JSON Pointers given on the command line (RFC 6901: empty, or {@code /} tokens in
     * which {@code ~} is followed by {@code 0} or {@code 1}), so that a typo is a usage error (exit 2) rather
     * than a verdict on the input; whether a pointer names something is the input's business (exit 1).
     *
     * @param option the option the pointers came from, for the message
     * @param pointers the pointers, or {@code null} if the option was not given
     * @return the pointers, never {@code null}
     * @throws UsageException naming the first pointer that is not a JSON Pointer
     */
    static List<String> requirePointers(String option, List<String> pointers) {
        if (pointers == null) {
            return List.of();
        }
        for (String pointer : pointers) {
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw new UsageException(option + " " + pointer + " is not a JSON Pointer: it must start with /");
            }
            for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
                if (i + 1 == pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
                    throw new UsageException(option + " " + pointer + " is not a JSON Pointer: ~ must be followed by 0 or 1");
                }
            }
        }
        return List.copyOf(pointers);
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("laurel: " + message);
        return Laurel.FAILED;
    }
}
