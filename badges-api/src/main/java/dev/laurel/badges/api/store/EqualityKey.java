package dev.laurel.badges.api.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What makes two stored credentials the same entry, by the OB 3.0 credential equality rule: the issuer's
 * {@code id} and the credential's {@code id}, each compared "after unescaping of any percent encoded
 * characters [RFC 3986] followed by truncation of leading and trailing whitespace".
 *
 * <p>A credential without an {@code id} cannot be compared by that rule (the specification makes {@code id}
 * optional). Laurel keys it by its issuer and the SHA-256 of its payload exactly as received: sending the
 * same bytes again is recognised as the same entry, and any other credential is a new one.
 *
 * <p>{@link #value()} is a fixed-length digest of the normalised parts, so that a store can index it
 * whatever the identifiers' length.
 *
 * @param issuerId the issuer's {@code id}, normalised
 * @param credentialId the credential's {@code id}, normalised; empty when the credential has none
 * @param value the key: 64 lower-case hexadecimal digits
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#credential-equality-and-comparison">Credential
 *     equality and comparison</a>
 */
public record EqualityKey(String issuerId, Optional<String> credentialId, String value) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code value} is not 64 lower-case hexadecimal digits
     */
    public EqualityKey {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(value, "value");
        if (value.length() != 64 || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("value must be 64 lower-case hexadecimal digits: " + value);
        }
    }

    /**
     * Returns the key of a credential that has an {@code id}.
     *
     * @param issuerId the issuer's {@code id} as written in the credential
     * @param credentialId the credential's {@code id} as written in the credential
     * @return the key, over the normalised identifiers
     * @throws NullPointerException if an argument is null
     */
    public static EqualityKey of(String issuerId, String credentialId) {
        String issuer = normalize(issuerId);
        String id = normalize(credentialId);
        return new EqualityKey(issuer, Optional.of(id), sha256Hex("id\u0000" + issuer + "\u0000" + id));
    }

    /**
     * Returns the key of a credential without an {@code id}: its issuer and the digest of its payload.
     *
     * @param issuerId the issuer's {@code id} as written in the credential
     * @param payload the credential exactly as received
     * @return the key
     * @throws NullPointerException if an argument is null
     */
    public static EqualityKey withoutId(String issuerId, String payload) {
        Objects.requireNonNull(payload, "payload");
        String issuer = normalize(issuerId);
        return new EqualityKey(issuer, Optional.empty(),
                sha256Hex("content\u0000" + issuer + "\u0000" + sha256Hex(payload)));
    }

    /**
     * Normalises an identifier as the equality rule says: percent-encoded octets are decoded (RFC 3986
     * section 2.1; a run of them is read as UTF-8, and a run that is not valid UTF-8 is left as written),
     * then leading and trailing white space is removed. A {@code +} stays a {@code +}: this is not form
     * decoding.
     *
     * @param id the identifier as written
     * @return the normalised identifier
     * @throws NullPointerException if {@code id} is null
     */
    public static String normalize(String id) {
        Objects.requireNonNull(id, "id");
        if (id.indexOf('%') < 0) {
            return id.strip();
        }
        StringBuilder out = new StringBuilder(id.length());
        int i = 0;
        while (i < id.length()) {
            if (!isEscape(id, i)) {
                out.append(id.charAt(i++));
                continue;
            }
            int start = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (isEscape(id, i)) {
                bytes.write(Integer.parseInt(id.substring(i + 1, i + 3), 16));
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                // Not text: keep the octets as escaped, so that two different byte strings stay different.
                out.append(id, start, i);
            }
        }
        return out.toString().strip();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
