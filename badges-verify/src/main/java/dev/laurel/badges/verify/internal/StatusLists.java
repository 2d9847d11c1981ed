package dev.laurel.badges.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityReport;
import dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Checks an OB 3.0 {@code credentialStatus}: 1EdTech Revocation List (VCRL 1.0: a document listing
 * revoked credential ids), W3C Bitstring Status List ({@code BitstringStatusListEntry}) and its
 * predecessor {@code StatusList2021Entry}. Status lists are fetched through the verifier's fetcher;
 * a compressed list is inflated under a bound.
 */
public final class StatusLists {

    /** The check id. */
    public static final String CHECK = "status.revocation";

    /** The largest inflated bitstring: 16 MiB, 134 million entries. */
    static final int MAX_BITSTRING_BYTES = 16 * 1024 * 1024;

    private static final String ACCEPT = "application/vc+ld+json, application/ld+json, application/json";

    private final DocumentFetcher fetcher;
    private final DataIntegrityVerifier proofs;

    /**
     * Creates the checker.
     *
     * @param fetcher where status documents come from
     * @param proofs verifies the proof of a status list credential
     */
    public StatusLists(DocumentFetcher fetcher, DataIntegrityVerifier proofs) {
        this.fetcher = fetcher;
        this.proofs = proofs;
    }

    /**
     * Checks a credential's status.
     *
     * @param status the {@code credentialStatus} object
     * @param credentialId the credential's id, if any
     * @return the check
     */
    public Check check(JsonNode status, Optional<String> credentialId) {
        String type = status.path("type").asText("");
        switch (type) {
            case "1EdTechRevocationList":
                return revocationList(status, credentialId);
            case "BitstringStatusListEntry":
            case "StatusList2021Entry":
                return bitstring(status, type);
            default:
                return new Check(CHECK, Outcome.WARNING, "credentialStatus of type \"" + type
                        + "\" is not a status method Laurel knows; status not checked", "/credentialStatus");
        }
    }

    private Check revocationList(JsonNode status, Optional<String> credentialId) {
        String url = status.path("id").asText("");
        Optional<JsonNode> list = fetchJson(url);
        if (list.isEmpty()) {
            return failed("cannot fetch the 1EdTech revocation list at " + url, "/credentialStatus/id");
        }
        if (credentialId.isEmpty()) {
            return failed("the credential has no id to look up in the revocation list", "/id");
        }
        for (String field : new String[] {"revokedCredentials", "revokedAssertions"}) {
            for (JsonNode entry : list.get().path(field)) {
                String id = entry.isTextual() ? entry.textValue() : entry.path("id").asText("");
                // An entry revokes unless it says "revoked": false.
                if (id.equals(credentialId.get()) && entry.path("revoked").asBoolean(true)) {
                    String reason = entry.path("revocationReason").asText("");
                    return failed("revoked by the issuer" + (reason.isEmpty() ? "" : ": " + reason), "/credentialStatus");
                }
            }
        }
        return new Check(CHECK, Outcome.PASSED, "not in the 1EdTech revocation list at " + url, "/credentialStatus");
    }

    private Check bitstring(JsonNode status, String type) {
        String url = status.path("statusListCredential").asText("");
        String purpose = status.path("statusPurpose").asText("revocation");
        long index;
        try {
            index = Long.parseLong(status.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return failed("statusListIndex is not a number", "/credentialStatus/statusListIndex");
        }
        Optional<JsonNode> fetched = fetchJson(url);
        if (fetched.isEmpty()) {
            return failed("cannot fetch the status list credential at " + url, "/credentialStatus/statusListCredential");
        }
        JsonNode listCredential = fetched.get();
        if (listCredential.has("proof") && listCredential instanceof ObjectNode object) {
            DataIntegrityReport report = proofs.verify(object);
            if (!report.verified()) {
                return failed("the status list credential at " + url + " does not verify", "/credentialStatus");
            }
        }
        String encoded = listCredential.path("credentialSubject").path("encodedList").asText("");
        byte[] bits;
        try {
            bits = inflate(decode(encoded, type));
        } catch (IOException | IllegalArgumentException e) {
            return failed("the status list at " + url + " cannot be decoded: " + e.getMessage(), "/credentialStatus");
        }
        if (index < 0 || index / 8 >= bits.length) {
            return failed("statusListIndex " + index + " is outside the status list", "/credentialStatus/statusListIndex");
        }
        boolean set = (bits[(int) (index / 8)] & (0x80 >>> (int) (index % 8))) != 0;
        if (set) {
            return failed("the status list marks the credential for " + purpose + " (index " + index + ")",
                    "/credentialStatus");
        }
        return new Check(CHECK, Outcome.PASSED, "not marked for " + purpose + " in the status list at " + url,
                "/credentialStatus");
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

    private Optional<JsonNode> fetchJson(String url) {
        try {
            URI uri = URI.create(url);
            FetchedDocument doc = fetcher.fetch(uri, ACCEPT);
            return Optional.of(BadgeJson.standard().read(doc.body()).json());
        } catch (FetchException | BadgeJsonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Check failed(String message, String path) {
        return new Check(CHECK, Outcome.FAILED, message, path);
    }
}
