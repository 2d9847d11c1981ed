package dev.laurel.badges.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.json.BadgeDocument;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.BadgeJsonException;
import dev.laurel.badges.json.CompactJws;
import dev.laurel.badges.json.DocumentKind;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential received for storage, read just enough to be stored: its form, its payload exactly as
 * received, its {@link EqualityKey} and its {@code validFrom}. Reading does not verify anything (the
 * provider verifies before it stores); it refuses only what cannot be keyed.
 *
 * <p>The payload is kept as given: a JSON credential byte for byte (as a string: the API's JSON is UTF-8),
 * a VC-JWT without the white space around it (white space is not part of a compact serialisation, and the
 * list answers must match the OpenAPI pattern for compact JWS strings).
 *
 * <p>The issuer and the credential {@code id} are the credential's; a VC Data Model 1.1 VC-JWT that moved
 * them to its {@code iss} and {@code jti} claims is read from there.
 *
 * <p>{@code validFrom} is the credential's {@code validFrom}, else its VC Data Model 1.1
 * {@code issuanceDate}, else for a VC-JWT the {@code nbf} claim; a date-time without an offset is read as
 * UTC; it is kept to the millisecond. A value that is not a date-time counts as absent, and an absent one
 * as older than any date.
 *
 * @param format the form it came in
 * @param payload the payload as stored
 * @param key what makes it equal to another stored credential
 * @param validFrom when it became valid, to the millisecond; empty when it does not say
 */
public record IncomingCredential(CredentialFormat format, String payload, EqualityKey key, Optional<Instant> validFrom) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public IncomingCredential {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(validFrom, "validFrom");
        validFrom = validFrom.map(t -> t.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads a received credential with the default {@link BadgeJson} limits.
     *
     * @param format the form the request declared (its media type)
     * @param payload the request body as text
     * @return the credential, ready to store
     * @throws StoreException with {@link StoreCode#INVALID_CREDENTIAL} when it cannot be stored
     * @throws NullPointerException if an argument is null
     */
    public static IncomingCredential parse(CredentialFormat format, String payload) {
        return parse(format, payload, BadgeJson.standard());
    }

    /**
     * Reads a received credential.
     *
     * @param format the form the request declared (its media type)
     * @param payload the request body as text
     * @param json the reader, with the limits for untrusted input
     * @return the credential, ready to store
     * @throws StoreException with {@link StoreCode#INVALID_CREDENTIAL} when the payload is not well-formed
     *     within the limits, is not in the declared form, is not an OB 3.0 credential, or has no issuer
     *     {@code id}; its {@link StoreException#pointer()} names the property when one is at fault
     * @throws NullPointerException if an argument is null
     */
    public static IncomingCredential parse(CredentialFormat format, String payload, BadgeJson json) {
        return read(format, payload, json).credential();
    }

    /**
     * A received credential and the document it was read into: a provider verifies that same reading
     * ({@code Verifier.verify(document, recipient)}) instead of reading the payload a second time.
     *
     * @param credential the credential, ready to store
     * @param document   the document {@link BadgeJson#read} made of its payload
     */
    public record Read(IncomingCredential credential, BadgeDocument document) {

        /** Checks the components. */
        public Read {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * As {@link #parse(CredentialFormat, String, BadgeJson)}, keeping the document it read.
     *
     * @param format the form the request declared (its media type)
     * @param payload the request body as text
     * @param json the reader, with the limits for untrusted input
     * @return the credential and its document
     * @throws StoreException as {@link #parse(CredentialFormat, String, BadgeJson)} does
     * @throws NullPointerException if an argument is null
     */
    public static Read read(CredentialFormat format, String payload, BadgeJson json) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(json, "json");
        String stored = format == CredentialFormat.JWT ? payload.strip() : payload;
        boolean compact = CompactJws.looksCompact(stored);
        if (format == CredentialFormat.JWT && !compact) {
            throw invalid("the payload is not a compact JWS (three base64url segments)", "");
        }
        if (format == CredentialFormat.JSON && compact) {
            throw invalid("the payload is a compact JWS, but it was declared as JSON", "");
        }
        BadgeDocument doc;
        try {
            doc = json.read(stored);
        } catch (BadgeJsonException e) {
            throw new StoreException(StoreCode.INVALID_CREDENTIAL, "the credential cannot be read: " + e.getMessage(),
                    "", e);
        }
        if (doc.kind() != DocumentKind.OB3_CREDENTIAL) {
            throw invalid("the API stores OB 3.0 AchievementCredentials; this is "
                    + (doc.isBadge() ? "a " + doc.kind().displayName() : doc.description()), "");
        }
        ObjectNode credential = doc.json();
        Optional<ObjectNode> claims = doc.jws().map(CompactJws::payload);
        String issuerId = issuerId(credential, claims);
        JsonNode id = credential.get("id");
        if (id == null && claims.isPresent() && claims.get().get("jti") != null) {
            // VC-JWT 1.1: "jti MUST represent the id property of the verifiable credential".
            id = claims.get().get("jti");
        }
        EqualityKey key;
        if (id == null || id.isNull()) {
            key = EqualityKey.withoutId(issuerId, stored);
        } else if (!id.isTextual() || EqualityKey.normalize(id.asText()).isEmpty()) {
            throw invalid("the credential's id is not a non-empty string", "/id");
        } else {
            key = EqualityKey.of(issuerId, id.asText());
        }
        return new Read(new IncomingCredential(format, stored, key, validFrom(credential, doc.jws())), doc);
    }

    private static String issuerId(ObjectNode credential, Optional<ObjectNode> claims) {
        JsonNode issuer = credential.get("issuer");
        if (issuer == null && claims.isPresent() && claims.get().get("iss") != null) {
            // VC-JWT 1.1: "iss MUST represent the issuer property of a verifiable credential".
            issuer = claims.get().get("iss");
        }
        JsonNode id = issuer != null && issuer.isObject() ? issuer.get("id") : issuer;
        String pointer = issuer != null && issuer.isObject() ? "/issuer/id" : "/issuer";
        if (id == null || !id.isTextual() || EqualityKey.normalize(id.asText()).isEmpty()) {
            throw invalid("the credential has no issuer id (the equality rule compares it)", pointer);
        }
        return id.asText();
    }

    private static Optional<Instant> validFrom(ObjectNode credential, Optional<CompactJws> jws) {
        for (String name : new String[] {"validFrom", "issuanceDate"}) {
            JsonNode value = credential.get(name);
            if (value != null) {
                return value.isTextual() ? dateTime(value.asText()) : Optional.empty();
            }
        }
        return jws.map(j -> j.payload().get("nbf"))
                .filter(JsonNode::isIntegralNumber)
                .filter(JsonNode::canConvertToLong)
                .flatMap(nbf -> {
                    try {
                        return Optional.of(Instant.ofEpochSecond(nbf.asLong()));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                });
    }

    private static Optional<Instant> dateTime(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(),
                    java.time.OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC)
                    : Instant.from(parsed);
            instant.toEpochMilli(); // a store keeps milliseconds: a date beyond that range is not a date
            return Optional.of(instant);
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static StoreException invalid(String message, String pointer) {
        return new StoreException(StoreCode.INVALID_CREDENTIAL, message, pointer, null);
    }

    /**
     * Tells whether this credential should replace a stored equal one: its {@code validFrom} is the same or
     * newer ("the credential with the newer validFrom is the more up-to-date representation"). Equal dates
     * replace, so that re-sending a corrected copy of the same issuance takes effect.
     *
     * @param stored the {@code validFrom} of the stored equal credential
     * @return {@code true} to replace, {@code false} to keep the stored one
     * @throws NullPointerException if {@code stored} is null
     */
    public boolean supersedes(Optional<Instant> stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.isEmpty()) {
            return true;
        }
        return validFrom.isPresent() && !validFrom.get().isBefore(stored.get());
    }
}
