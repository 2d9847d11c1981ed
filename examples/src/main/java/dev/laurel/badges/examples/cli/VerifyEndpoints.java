package dev.laurel.badges.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.wire.StatusInfo;
import dev.laurel.badges.api.wire.WireCodec;
import dev.laurel.badges.core.taxonomy.policy.IssuerTrust;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import dev.laurel.badges.verify.report.VerificationReport;
import dev.laurel.badges.web.CheckedBadge;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two verification endpoints of {@code laurel serve}, over one warm {@link Verifier} (thread-safe, so every
 * request shares it):
 * <ul>
 *   <li>{@code POST /verify}: the body is what {@code laurel verify} reads from a file (a JSON credential or
 *       presentation, a compact JWS, a baked PNG or SVG); the answer is the JSON line
 *       {@code laurel verify --format json} prints for that file, line end included, always with 200 (whether it
 *       verified is the line's {@code verified}). {@code ?file=NAME} sets the line's {@code file} (default
 *       {@value #DEFAULT_NAME}); {@code ?recipient=TYPE:VALUE} is {@code --recipient}.</li>
 *   <li>{@code POST /credentials/verify}: the W3C VC-API's verify-credential shape. The request is
 *       {@code {"verifiableCredential": ..., "options": {...}}} (the credential as a JSON object, a compact VC-JWT
 *       string, or an {@code EnvelopedVerifiableCredential} with a {@code data:} URL); the answer is
 *       {@code {"checks": [...], "warnings": [...], "errors": [...]}}: 200 when it verified, 400 when it did not
 *       or the request is malformed.</li>
 * </ul>
 */
final class VerifyEndpoints {

    /** The {@code file} of a {@code POST /verify} line when the request names none. */
    static final String DEFAULT_NAME = "request";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Verifier verifier;
    private final Optional<IssuerTrust> trust;

    VerifyEndpoints(Verifier verifier, Optional<IssuerTrust> trust) {
        this.verifier = verifier;
        this.trust = trust;
    }

    /** {@code POST /verify}. */
    ApiResponse verify(ApiRequest request) {
        if (!request.method().equals("POST")) {
            return notAllowed();
        }
        byte[] body = request.body();
        if (body.length == 0) {
            return status(400, StatusInfo.invalidData("the body is empty: POST the credential, JWT or baked image"));
        }
        Optional<Recipient> recipient;
        try {
            recipient = request.queryParameter("recipient").map(Recipient::parse);
        } catch (IllegalArgumentException e) {
            return status(400, StatusInfo.invalidQueryParameter("recipient: " + e.getMessage()));
        }
        String name = request.queryParameter("file").orElse(DEFAULT_NAME);
        String line = VerifyCommand.jsonLine(verifier, Inputs.Input.inline(name, body), recipient, trust);
        return ApiResponse.json(200, line + "\n");
    }

    /**
     * The web pages' checker: {@code laurel verify}'s verdict for one input, with the report behind it and the JSON
     * line {@code laurel verify --format json} prints for it (its {@code file} is the name). A verifier defect gives
     * the failed line, as in a batch.
     */
    CheckedBadge checkForPage(String name, byte[] bytes) {
        AtomicReference<Optional<VerificationReport>> report = new AtomicReference<>(Optional.empty());
        ResultLine line = BatchRunner.safely(in -> {
            VerifyCommand.Checked checked = VerifyCommand.check(verifier, in, Optional.empty(), trust);
            report.set(checked.report());
            return checked.line();
        }, Inputs.Input.inline(name, bytes), "verified");
        boolean verified = line.passed() && report.get().map(VerificationReport::verified).orElse(false);
        return new CheckedBadge(report.get(), verified, Optional.of(BatchRunner.jsonLine(line)));
    }

    /** {@code POST /credentials/verify} (VC-API). */
    ApiResponse credentialsVerify(ApiRequest request) {
        if (!request.method().equals("POST")) {
            return notAllowed();
        }
        JsonNode body;
        try {
            body = BadgeJson.standard().readTree(request.body());
        } catch (RuntimeException e) {
            return invalid("the body is not a JSON object within Laurel's limits: " + oneLine(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            return invalid("the body must be a JSON object with verifiableCredential");
        }
        JsonNode options = body.get("options");
        if (options != null && !options.isObject()) {
            return invalid("options must be a JSON object");
        }
        JsonNode credential = body.get("verifiableCredential");
        Optional<byte[]> bytes = credentialBytes(credential);
        if (bytes.isEmpty()) {
            return invalid("verifiableCredential must be a credential object, a compact VC-JWT string or an"
                    + " EnvelopedVerifiableCredential with a data: URL");
        }
        VerifyCommand.Checked checked = VerifyCommand.check(verifier,
                Inputs.Input.inline("verifiableCredential", bytes.get()), Optional.empty(), trust);
        ObjectNode result = JSON.createObjectNode();
        ArrayNode checks = result.putArray("checks");
        ArrayNode warnings = result.putArray("warnings");
        ArrayNode errors = result.putArray("errors");
        if (checked.report().isEmpty()) {
            errors.add("the credential could not be read");
            return ApiResponse.json(400, result.toString());
        }
        VerificationReport report = checked.report().get();
        if (report.isPresentation()) {
            errors.add("verifiableCredential holds a presentation: POST it to /verify");
            return ApiResponse.json(400, result.toString());
        }
        Set<String> passed = new LinkedHashSet<>();
        for (Check c : report.checks()) {
            String text = c.id() + (c.path().isEmpty() ? "" : " " + c.path()) + ": " + c.describe();
            if (c.outcome() == Outcome.PASSED) {
                passed.add(c.id());
            } else if (c.outcome() == Outcome.WARNING) {
                warnings.add(text);
            } else if (c.outcome() == Outcome.FAILED) {
                errors.add(text);
            }
        }
        passed.forEach(checks::add);
        boolean ok = checked.line().passed();
        if (!ok && errors.isEmpty()) {
            // Not verified without a failed check: the trust list refused the issuer.
            errors.add("trust: the issuer is not on the trusted issuers list");
        }
        return ApiResponse.json(ok ? 200 : 400, result.toString());
    }

    /** The credential's bytes as {@code laurel verify} would read them from a file. */
    private static Optional<byte[]> credentialBytes(JsonNode credential) {
        if (credential == null) {
            return Optional.empty();
        }
        if (credential.isTextual()) {
            return Optional.of(credential.asText().strip().getBytes(StandardCharsets.UTF_8));
        }
        if (!credential.isObject()) {
            return Optional.empty();
        }
        JsonNode type = credential.get("type");
        boolean enveloped = type != null && (type.isTextual() && type.asText().equals("EnvelopedVerifiableCredential")
                || type.isArray() && type.toString().contains("\"EnvelopedVerifiableCredential\""));
        if (enveloped) {
            // VC Data Model 2.0 4.13: the id is a data: URL whose data is the secured credential (a VC-JWT here).
            String id = credential.path("id").asText("");
            int comma = id.indexOf(',');
            if (!id.startsWith("data:") || comma < 0 || id.substring(0, comma).contains(";base64")) {
                return Optional.empty();
            }
            return Optional.of(id.substring(comma + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        return Optional.of(credential.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse invalid(String error) {
        ObjectNode result = JSON.createObjectNode();
        result.putArray("checks");
        result.putArray("warnings");
        result.putArray("errors").add(error);
        return ApiResponse.json(400, result.toString());
    }

    private static ApiResponse notAllowed() {
        return status(405, StatusInfo.notAllowed("only POST is allowed here")).withHeader("Allow", "POST");
    }

    private static ApiResponse status(int status, StatusInfo info) {
        return ApiResponse.json(status, WireCodec.standard().write(info));
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
