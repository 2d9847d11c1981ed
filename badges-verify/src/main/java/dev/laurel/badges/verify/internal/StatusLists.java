package dev.laurel.badges.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.internal.json.Json;
import dev.laurel.badges.verify.jose.VcJwtResult;
import dev.laurel.badges.verify.jose.VcJwtVerifier;
import dev.laurel.badges.verify.keys.BindingMode;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.ClockSkew;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Checks an OB 3.0 {@code credentialStatus}: 1EdTech Revocation List (VCRL 1.0: a document listing
 * revoked credential ids), W3C Bitstring Status List ({@code BitstringStatusListEntry}) and its
 * predecessor {@code StatusList2021Entry}. Status lists are fetched through the verifier's fetcher and
 * trusted only when they deserve it: the list credential must be of the right type and purpose, issued
 * by the credential's own issuer (same id, or the same DID), and signed (embedded proof or VC-JWT) with
 * a key bound to that issuer. An unsigned list fails; in {@link BindingMode#LENIENT} an unsigned list by
 * the same issuer is accepted with a warning. A compressed list is inflated under a bound.
 */
public final class StatusLists {

    /** The largest inflated bitstring: 16 MiB, 134 million entries. */
    static final int MAX_BITSTRING_BYTES = 16 * 1024 * 1024;

    private static final String ACCEPT = "application/vc+ld+json, application/ld+json, application/json";

    private final DocumentFetcher fetcher;
    private final DataIntegrityVerifier proofs;
    private final VcJwtVerifier vcJwt;
    private final BadgeJson json;
    private final Clock clock;
    private final Duration clockSkew;
    private final BindingMode mode;


    /**
     * Creates the checker with the default clock skew of 5 minutes.
     *
     * @param fetcher where status documents come from
     * @param proofs verifies the embedded proof of a status list credential
     * @param vcJwt verifies a status list credential served as a VC-JWT
     * @param json reads fetched documents
     * @param clock judges the status list credential's validity period
     * @param mode whether an unsigned list by the credential's issuer fails (strict) or warns (lenient)
     */
    public StatusLists(DocumentFetcher fetcher, DataIntegrityVerifier proofs, VcJwtVerifier vcJwt, BadgeJson json,
                       Clock clock, BindingMode mode) {
        this(fetcher, proofs, vcJwt, json, clock, mode, ClockSkew.DEFAULT);
    }

    /**
     * Creates the checker.
     *
     * @param fetcher where status documents come from
     * @param proofs verifies the embedded proof of a status list credential
     * @param vcJwt verifies a status list credential served as a VC-JWT
     * @param json reads fetched documents
     * @param clock judges the status list credential's validity period
     * @param mode whether an unsigned list by the credential's issuer fails (strict) or warns (lenient)
     * @param clockSkew how long after its {@code validUntil} (or {@code expirationDate}) a status list
     *     credential is still accepted, as the Verifier judges a credential's own; not negative
     * @throws IllegalArgumentException if {@code clockSkew} is negative
     */
    public StatusLists(DocumentFetcher fetcher, DataIntegrityVerifier proofs, VcJwtVerifier vcJwt, BadgeJson json,
                       Clock clock, BindingMode mode, Duration clockSkew) {
        if (Objects.requireNonNull(clockSkew, "clockSkew").isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative: " + clockSkew);
        }
        this.clockSkew = clockSkew;
        this.fetcher = fetcher;
        this.proofs = proofs;
        this.vcJwt = vcJwt;
        this.json = json;
        this.clock = clock;
        this.mode = mode;
    }

    /**
     * Checks a credential's status.
     *
     * @param status the {@code credentialStatus} object
     * @param credentialId the credential's id, if any
     * @param issuerId the credential's issuer id, if any: a status list must be issued by it
     * @return the check
     */
    public Check check(JsonNode status, Optional<String> credentialId, Optional<String> issuerId) {
        if (!status.isObject()) {
            return failed("a credentialStatus entry is not an object", "/credentialStatus");
        }
        String type = status.path("type").asText("");
        switch (type) {
            case "1EdTechRevocationList":
                return revocationList(status, credentialId, issuerId);
            case "BitstringStatusListEntry":
            case "StatusList2021Entry":
                return bitstring(status, type, issuerId);
            default:
                return new Check(CredentialCheck.STATUS, Outcome.WARNING, "/credentialStatus", "credentialStatus of type \"" + type
                        + "\" is not a status method Laurel knows; status not checked");
        }
    }

    /**
     * VCRL 1.0 lists are plain JSON documents, unsigned by their specification; one that names an issuer
     * must name the credential's. A listed revocation always counts: it can only make the verdict stricter.
     */
    private Check revocationList(JsonNode status, Optional<String> credentialId, Optional<String> issuerId) {
        String url = status.path("id").asText("");
        Optional<JsonNode> list = fetchJson(url).document;
        if (list.isEmpty()) {
            return failed("cannot fetch the 1EdTech revocation list at " + url, "/credentialStatus/id");
        }
        Optional<String> listIssuer = Json.idOf(list.get().get("issuer"));
        if (listIssuer.isPresent() && !sameIssuer(listIssuer.get(), issuerId)) {
            return failed("the revocation list at " + url + " is issued by " + listIssuer.get()
                    + ", not by the credential's issuer " + issuerId.orElse("(none)"), "/credentialStatus/id");
        }
        if (credentialId.isEmpty()) {
            return failed("the credential has no id to look up in the revocation list", "/id");
        }
        boolean isList = false;
        for (String field : new String[] {"revokedCredentials", "revokedAssertions"}) {
            JsonNode entries = list.get().path(field);
            isList |= entries.isArray();
            for (JsonNode entry : entries) {
                String id = entry.isTextual() ? entry.textValue() : entry.path("id").asText("");
                // An entry revokes unless it says "revoked": false.
                if (id.equals(credentialId.get()) && entry.path("revoked").asBoolean(true)) {
                    String reason = entry.path("revocationReason").asText("");
                    return failed("revoked by the issuer" + (reason.isEmpty() ? "" : ": " + reason), "/credentialStatus");
                }
            }
        }
        if (!isList) {
            return failed("the document at " + url + " is not a revocation list (no revokedCredentials)",
                    "/credentialStatus/id");
        }
        return new Check(CredentialCheck.STATUS, Outcome.PASSED, "/credentialStatus", "not in the 1EdTech revocation list at " + url);
    }

    /**
     * Bitstring Status List v1.0 "Validate Algorithm" (and StatusList2021, its predecessor): the list
     * credential's proof, purpose and validity period, then the entry's {@code statusSize} bits at
     * {@code statusListIndex}, left-most bit first. Only the revocation and suspension purposes can
     * invalidate a credential; a set refresh or message status is reported as a warning.
     */
    private Check bitstring(JsonNode status, String type, Optional<String> issuerId) {
        String url = status.path("statusListCredential").asText("");
        String purpose = status.path("statusPurpose").asText("revocation");
        long index;
        try {
            index = Long.parseLong(status.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return failed("statusListIndex is not a number", "/credentialStatus/statusListIndex");
        }
        if (index < 0) {
            return failed("statusListIndex " + index + " is negative", "/credentialStatus/statusListIndex");
        }
        int size = status.has("statusSize") ? status.path("statusSize").asInt(0) : 1;
        if (size < 1 || size > 8) {
            return failed("statusSize must be 1 to 8", "/credentialStatus/statusSize");
        }
        Fetched fetched = fetchJson(url);
        if (fetched.document.isEmpty()) {
            return failed("cannot fetch the status list credential at " + url, "/credentialStatus/statusListCredential");
        }
        JsonNode listCredential = fetched.document.get();
        String listType = type.equals("BitstringStatusListEntry") ? "BitstringStatusList" : "StatusList2021";
        JsonNode subject = listCredential.path("credentialSubject");
        if (!Json.hasType(listCredential.get("type"), listType + "Credential")
                || !Json.hasType(subject.get("type"), listType)) {
            return failed("the document at " + url + " is not a " + listType + "Credential with a " + listType
                    + " subject, as a " + type + " needs", "/credentialStatus/statusListCredential");
        }
        JsonNode listPurpose = subject.path("statusPurpose");
        if (!contains(listPurpose, purpose)) {
            return failed("the status list at " + url + " is for " + (listPurpose.isMissingNode() ? "no stated purpose"
                    : listPurpose.toString()) + ", not for " + purpose, "/credentialStatus/statusPurpose");
        }
        Optional<String> listIssuer = Json.idOf(listCredential.get("issuer"));
        if (listIssuer.isEmpty() || !sameIssuer(listIssuer.get(), issuerId)) {
            return failed("the status list credential at " + url + " is issued by " + listIssuer.orElse("nobody")
                    + ", not by the credential's issuer " + issuerId.orElse("(none)"), "/credentialStatus");
        }
        boolean unsigned = false;
        if (fetched.jws.isPresent()) {
            VcJwtResult result = vcJwt.verify(fetched.jws.get());
            if (!result.verified()) {
                return failed("the status list credential at " + url + " does not verify: "
                        + result.failures().stream().map(Check::message).limit(2).toList(), "/credentialStatus");
            }
        } else if (listCredential.has("proof") && listCredential instanceof ObjectNode object) {
            DataIntegrityReport report = proofs.verify(object);
            if (!report.verified()) {
                return failed("the status list credential at " + url + " does not verify: "
                        + report.allChecks().stream().filter(c -> c.outcome() == Outcome.FAILED).map(Check::message).limit(2).toList(), "/credentialStatus");
            }
        } else if (mode == BindingMode.STRICT) {
            return failed("the status list credential at " + url + " is not signed, so nothing shows its issuer "
                    + "wrote it (key binding: strict)", "/credentialStatus");
        } else {
            unsigned = true;
        }
        Optional<String> expired = expired(listCredential);
        if (expired.isPresent()) {
            return failed("the status list credential at " + url + " expired at " + expired.get()
                    + ", so it cannot tell the current status", "/credentialStatus");
        }
        String encoded = subject.path("encodedList").asText("");
        byte[] bits;
        try {
            bits = inflate(decode(encoded, type));
        } catch (IOException | IllegalArgumentException e) {
            return failed("the status list at " + url + " cannot be decoded: " + e.getMessage(), "/credentialStatus");
        }
        long totalBits = (long) bits.length * 8;
        if (index >= totalBits / size) {
            return failed("statusListIndex " + index + " is outside the status list (" + totalBits / size
                    + " entries)", "/credentialStatus/statusListIndex");
        }
        int value = 0;
        for (long bit = index * size; bit < index * size + size; bit++) {
            value = (value << 1) | ((bits[(int) (bit / 8)] >>> (7 - (int) (bit % 8))) & 1);
        }
        boolean invalidates = purpose.equals("revocation") || purpose.equals("suspension");
        if (value == 0) {
            return unsigned
                    ? new Check(CredentialCheck.STATUS, Outcome.WARNING, "/credentialStatus", "not marked for " + purpose + " in the status list at " + url
                            + ", which is not signed; accepted because it names the credential's issuer (key binding: "
                            + "lenient)")
                    : new Check(CredentialCheck.STATUS, Outcome.PASSED, "/credentialStatus", "not marked for " + purpose + " in the status list at " + url);
        }
        String message = statusMessage(status, value).map(m -> " (" + m + ")").orElse("");
        if (invalidates) {
            return failed("the status list marks the credential for " + purpose + " (index " + index + ")" + message,
                    "/credentialStatus");
        }
        return new Check(CredentialCheck.STATUS, Outcome.WARNING, "/credentialStatus", "the status list at " + url + " sets " + purpose + " status "
                + value + message + "; this purpose does not invalidate the credential");
    }

    /** The same issuer: the same id, or the same DID (a DID URL's fragment names a key, not another issuer). */
    private static boolean sameIssuer(String listIssuer, Optional<String> credentialIssuer) {
        if (credentialIssuer.isEmpty()) {
            return false;
        }
        String a = listIssuer;
        String b = credentialIssuer.get();
        if (a.startsWith("did:") && b.startsWith("did:")) {
            a = a.indexOf('#') < 0 ? a : a.substring(0, a.indexOf('#'));
            b = b.indexOf('#') < 0 ? b : b.substring(0, b.indexOf('#'));
        }
        return a.equals(b);
    }

    private static boolean contains(JsonNode values, String value) {
        if (values.isArray()) {
            for (JsonNode v : values) {
                if (v.asText("").equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return values.asText("").equals(value);
    }

    private Optional<String> expired(JsonNode listCredential) {
        for (String field : new String[] {"validUntil", "expirationDate"}) {
            String text = listCredential.path(field).asText("");
            if (!text.isEmpty()) {
                try {
                    Instant until = OffsetDateTime.parse(text).toInstant();
                    // As the Verifier judges validUntil: expired only once now, less the skew, is after it.
                    return clock.instant().minus(clockSkew).isAfter(until) ? Optional.of(text) : Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of("an unreadable date \"" + text + "\"");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> statusMessage(JsonNode status, int value) {
        for (JsonNode m : status.path("statusMessage")) {
            String code = m.path("status").asText("");
            try {
                if (code.startsWith("0x") && Integer.parseInt(code.substring(2), 16) == value) {
                    return Optional.of(m.path("message").asText(""));
                }
            } catch (NumberFormatException e) {
                // Not a status code: skip it.
            }
        }
        return Optional.empty();
    }

    /** Bitstring Status List uses multibase base64url ("u"); StatusList2021 plain base64url. */
    private static byte[] decode(String encoded, String type) {
        String text = encoded.startsWith("u") && type.equals("BitstringStatusListEntry") ? encoded.substring(1) : encoded;
        return Base64.getUrlDecoder().decode(text.replace('+', '-').replace('/', '_').replace("=", ""));
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] out = in.readNBytes(MAX_BITSTRING_BYTES + 1);
            if (out.length > MAX_BITSTRING_BYTES) {
                throw new IOException("the bitstring inflates beyond " + MAX_BITSTRING_BYTES + " bytes");
            }
            return out;
        }
    }

    /** A fetched status document: its JSON (for a VC-JWT, the payload) and the token it came in. */
    private record Fetched(Optional<JsonNode> document, Optional<CompactJws> jws) {
    }

    private Fetched fetchJson(String url) {
        try {
            URI uri = URI.create(url);
            FetchedDocument doc = fetcher.fetch(uri, ACCEPT);
            BadgeDocument read = json.read(doc.body());
            return new Fetched(Optional.of(read.json()), read.jws());
        } catch (FetchException | BadgeJsonException | IllegalArgumentException e) {
            return new Fetched(Optional.empty(), Optional.empty());
        }
    }

    private static Check failed(String message, String path) {
        return new Check(CredentialCheck.STATUS, Outcome.FAILED, path, message);
    }
}
