package dev.laurel.badges.verify.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.taxonomy.policy.ConditionResult;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.json.bake.ImageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON Lines object of one verified input: the line {@code laurel verify --format json} prints, built from a
 * {@link VerificationReport} so that every consumer (the command line, {@code laurel serve}, the Spark job of
 * badges-spark) writes the same fields in the same order.
 *
 * <p>A credential's line holds {@code file}, {@code kind}, {@code version}, {@code container}, {@code verified},
 * {@code keyBinding}, {@code proofFormat}, {@code issuer} and {@code checks} (each {@code id}, {@code outcome},
 * {@code message}, {@code path} as a JSON Pointer, and {@code code} when the check has one); with a trust list,
 * {@code trusted}. A presentation's line has {@code holder} instead of {@code issuer}, and a presentation's or a
 * CLR's line ends with {@code credentials}: one such object per credential inside, with its JSON Pointer as
 * {@code path} and no {@code file} or {@code container}. An input that could not be read gets
 * {@link #unreadable(String, String, String)}; an input whose handling broke inside Laurel gets
 * {@link #internalError(String, String)}.
 *
 * <pre>{@code
 * VerificationReport report = verifier.verify(bytes, Optional.empty());
 * ObjectNode line = ReportJson.line("badge.json", ReportJson.container(bytes), report,
 *         verifier.keyBinding().id(), Optional.empty());
 * }</pre>
 *
 * <p>Strings are put as they are: a writer that prints lines for a terminal escapes them itself.
 */
public final class ReportJson {

    /** The check id of an input that could not be read (missing, unreadable, too large). */
    public static final String INPUT_READABLE = "input.readable";

    /** The check id of an input whose handling failed inside Laurel (never the input's fault alone). */
    public static final String VERIFIER_ERROR = "verifier.error";

    private ReportJson() {
    }

    /**
     * How an input's bytes carry a badge, recognised by content: {@code png} or {@code svg} for a baked image,
     * {@code jws} for anything that does not start (after white space) with <code>&#123;</code> or <code>[</code>, else
     * {@code json}.
     *
     * @param bytes the input's bytes
     * @return the container name
     * @throws NullPointerException if bytes is null
     */
    public static String container(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Optional<ImageFormat> image = ImageFormat.detect(bytes);
        if (image.isPresent()) {
            return image.get().name().toLowerCase(Locale.ROOT);
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] != '{' && bytes[i] != '[' ? "jws" : "json";
    }

    /**
     * The line of one verified input: a credential's, a presentation's or a CLR's, as the report says.
     *
     * @param file the input's name as shown ({@code file})
     * @param container how the input carried the badge ({@link #container(byte[])})
     * @param report the verifier's report
     * @param keyBinding the key-binding mode's id ({@code strict} or {@code lenient})
     * @param trust the caller's trusted issuers, if any: then each credential's object gets {@code trusted}
     * @return a new line
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode line(String file, String container, VerificationReport report, String keyBinding,
                                  Optional<IssuerTrust> trust) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(keyBinding, "keyBinding");
        Objects.requireNonNull(trust, "trust");
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", file);
        if (report.isPresentation()) {
            presentation(report, report.presentation().orElseThrow(), line, container, keyBinding, trust);
        } else if (report.clr().isPresent()) {
            ClrContents contents = report.clr().get();
            boolean trusted = describe(report, line, container, keyBinding, trust);
            boolean allTrusted = nested(contents.credentials().stream().map(NestedReport::report).toList(),
                    contents.credentials().stream().map(NestedReport::pointer).toList(), line, keyBinding, trust);
            if (trust.isPresent()) {
                line.put("trusted", trusted && allTrusted);
            }
        } else {
            describe(report, line, container, keyBinding, trust);
        }
        return line;
    }

    /**
     * Whether a line passed: verified, and trusted where a trust list judged it.
     *
     * @param line a line of {@link #line}, {@link #unreadable} or {@link #internalError}
     * @return whether {@code verified} is true and {@code trusted}, if present, is too
     * @throws NullPointerException if line is null
     */
    public static boolean passed(ObjectNode line) {
        return line.path("verified").asBoolean(false) && line.path("trusted").asBoolean(true);
    }

    /**
     * The line of an input that could not be read: kind {@code NotABadge}, container {@code file}, not
     * verified, one failed {@value #INPUT_READABLE} check.
     *
     * @param file the input's name as shown
     * @param message why it could not be read
     * @param keyBinding the key-binding mode's id
     * @return a new line
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode unreadable(String file, String message, String keyBinding) {
        Objects.requireNonNull(message, "message");
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", Objects.requireNonNull(file, "file"));
        line.put("kind", "NotABadge");
        line.putNull("version");
        line.put("container", "file");
        line.put("verified", false);
        line.put("keyBinding", Objects.requireNonNull(keyBinding, "keyBinding"));
        line.putArray("checks").addObject().put("id", INPUT_READABLE).put("outcome", "failed")
                .put("message", message).put("path", "");
        return line;
    }

    /**
     * The line of an input whose verification broke inside Laurel: kind {@code Error}, not verified, proof format
     * {@code NONE}, one failed {@value #VERIFIER_ERROR} check, and the message again as {@code error}.
     *
     * @param file the input's name as shown
     * @param message what went wrong
     * @return a new line
     * @throws NullPointerException if an argument is null
     */
    public static ObjectNode internalError(String file, String message) {
        Objects.requireNonNull(message, "message");
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", Objects.requireNonNull(file, "file"));
        line.put("kind", "Error");
        line.putNull("version");
        line.put("verified", false);
        line.put("proofFormat", "NONE");
        line.putNull("issuer");
        line.putArray("checks").addObject().put("id", VERIFIER_ERROR).put("outcome", "failed")
                .put("message", message).put("path", "");
        line.put("error", message);
        return line;
    }

    /**
     * Whether the trust list trusts the report's issuer (a report without an issuer is not trusted).
     *
     * @param report the report
     * @param trust the trusted issuers, if any
     * @return true without a list; else whether the list passes the issuer
     * @throws NullPointerException if an argument is null
     */
    public static boolean trusted(VerificationReport report, Optional<IssuerTrust> trust) {
        if (trust.isEmpty()) {
            return true;
        }
        return report.issuer().map(id -> trust.get().judge(id).result() == ConditionResult.PASS).orElse(false);
    }

    /**
     * Puts one credential's usual fields into a line: {@code kind}, {@code version}, {@code container} (unless
     * null, as inside a presentation or a CLR), {@code verified}, {@code keyBinding}, {@code proofFormat},
     * {@code issuer}, {@code checks} and, with a trust list, {@code trusted}.
     *
     * @param report the credential's report
     * @param line the line to fill
     * @param container the container, or null for a credential nested in another document
     * @param keyBinding the key-binding mode's id
     * @param trust the trusted issuers, if any
     * @return whether the trust list, if any, trusts the issuer
     * @throws NullPointerException if report, line, keyBinding or trust is null
     */
    public static boolean describe(VerificationReport report, ObjectNode line, String container, String keyBinding,
                                   Optional<IssuerTrust> trust) {
        line.put("kind", report.kind().displayName());
        if (report.version().isPresent()) {
            line.put("version", report.version().get().label());
        } else {
            line.putNull("version");
        }
        if (container != null) {
            line.put("container", container);
        }
        line.put("verified", report.verified());
        line.put("keyBinding", Objects.requireNonNull(keyBinding, "keyBinding"));
        line.put("proofFormat", report.proofFormat().name());
        if (report.issuer().isPresent()) {
            line.put("issuer", report.issuer().get());
        } else {
            line.putNull("issuer");
        }
        checks(report.checks(), line);
        boolean trusted = trusted(report, trust);
        if (trust.isPresent()) {
            line.put("trusted", trusted);
        }
        return trusted;
    }

    /**
     * The JSON Pointers of a presentation's credentials, in order: where its {@code presentation.credential}
     * checks say they sit, or {@code /verifiableCredential/N} when those do not name one per credential.
     *
     * @param report the presentation's report
     * @param presented what it carried
     * @return one pointer per credential
     * @throws NullPointerException if an argument is null
     */
    public static List<String> credentialPaths(VerificationReport report, Presented presented) {
        List<Check> where = report.checks().stream()
                .filter(c -> c.step() == PresentationCheck.CREDENTIAL && c.outcome() != Outcome.SKIPPED).toList();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < presented.credentials().size(); i++) {
            paths.add(where.size() == presented.credentials().size() ? where.get(i).path() : "/verifiableCredential/" + i);
        }
        return paths;
    }

    private static void checks(List<Check> all, ObjectNode line) {
        ArrayNode checks = line.putArray("checks");
        for (Check c : all) {
            ObjectNode check = checks.addObject().put("id", c.id())
                    .put("outcome", c.outcome().name().toLowerCase(Locale.ROOT))
                    .put("message", c.describe()).put("path", c.path());
            c.code().ifPresent(code -> check.put("code", code.name()));
        }
    }

    /** The {@code credentials} array; returns whether the trust list, if any, trusts every issuer in it. */
    private static boolean nested(List<VerificationReport> reports, List<String> paths, ObjectNode line,
                                  String keyBinding, Optional<IssuerTrust> trust) {
        ArrayNode credentials = line.putArray("credentials");
        boolean allTrusted = true;
        for (int i = 0; i < reports.size(); i++) {
            ObjectNode nested = credentials.addObject();
            nested.put("path", paths.get(i));
            allTrusted &= describe(reports.get(i), nested, null, keyBinding, trust);
        }
        return allTrusted;
    }

    private static void presentation(VerificationReport report, Presented presented, ObjectNode line,
                                     String container, String keyBinding, Optional<IssuerTrust> trust) {
        line.put("kind", "VerifiablePresentation");
        line.putNull("version");
        line.put("container", container);
        line.put("verified", report.verified());
        line.put("keyBinding", keyBinding);
        line.put("proofFormat", report.proofFormat().name());
        if (presented.holder().isPresent()) {
            line.put("holder", presented.holder().get());
        } else {
            line.putNull("holder");
        }
        checks(report.checks(), line);
        boolean allTrusted = nested(presented.credentials(), credentialPaths(report, presented), line, keyBinding, trust);
        if (trust.isPresent()) {
            line.put("trusted", allTrusted);
        }
    }
}
