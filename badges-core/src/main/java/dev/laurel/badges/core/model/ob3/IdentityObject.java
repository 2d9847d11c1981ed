package dev.laurel.badges.core.model.ob3;

import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An identifier of the recipient, plain or hashed (OB 3.0 {@code IdentityObject}). A hashed {@code identityHash} is
 * {@code sha256$} or {@code md5$} followed by the hexadecimal hash of the identity followed by the salt, if any.
 *
 * @param type the type, a single IRI that must be exactly {@code IdentityObject} (required)
 * @param hashed whether {@code identityHash} is a hash (required)
 * @param identityHash the hash of the identity, or the identity itself (required)
 * @param identityType the kind of identity, e.g. {@code emailAddress} (required)
 * @param salt the salt appended to the identity before hashing
 * @param extensions what the object carries beyond the typed components
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#identityobject">Open Badges 3.0, IdentityObject</a>
 */
@SpecRules
public record IdentityObject(
        Optional<String> type,
        Optional<@NotNull Boolean> hashed,
        Optional<@NotBlank String> identityHash,
        Optional<@NotNull IdentifierTypeEnum> identityType,
        Optional<String> salt,
        Extensions extensions) {

    /** The type this object's {@code type} must be: {@value}. */
    public static final String TYPE = "IdentityObject";

    /**
     * Creates the record. Any combination of present and absent values is accepted, so that an invalid document
     * can be held and reported on.
     *
     * @throws NullPointerException if a component is null
     */
    public IdentityObject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hashed, "hashed");
        Objects.requireNonNull(identityHash, "identityHash");
        Objects.requireNonNull(identityType, "identityType");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a plain (not hashed) identity.
     *
     * @param identityType the kind of identity
     * @param identity the identity, e.g. an email address
     * @return the identity object
     * @throws NullPointerException if an argument is null
     */
    public static IdentityObject plain(IdentifierTypeEnum identityType, String identity) {
        return new IdentityObject(Optional.of(TYPE), Optional.of(Boolean.FALSE),
                Optional.of(Objects.requireNonNull(identity, "identity")),
                Optional.of(Objects.requireNonNull(identityType, "identityType")), Optional.empty(), Extensions.NONE);
    }

    /**
     * Returns a salted SHA-256 hashed identity: {@code identityHash} is {@code sha256$} and the lower-case hex
     * SHA-256 of the UTF-8 bytes of {@code identity + salt}.
     *
     * @param identityType the kind of identity
     * @param identity the identity, e.g. an email address
     * @param salt the salt (may be empty, then no {@code salt} is written)
     * @return the identity object
     * @throws NullPointerException if an argument is null
     */
    public static IdentityObject sha256(IdentifierTypeEnum identityType, String identity, String salt) {
        Objects.requireNonNull(identityType, "identityType");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(salt, "salt");
        return new IdentityObject(Optional.of(TYPE), Optional.of(Boolean.TRUE),
                Optional.of("sha256$" + hex(digest("SHA-256", identity + salt))), Optional.of(identityType),
                salt.isEmpty() ? Optional.empty() : Optional.of(salt), Extensions.NONE);
    }

    /**
     * Tells whether this identity names the given plain identity: equal text when not hashed; for a hashed
     * identity, the {@code sha256} or {@code md5} hash of {@code identity} plus the salt, compared without
     * regard to the case of the hex digits. An identity that is absent or malformed matches nothing.
     *
     * @param identity the plain identity to test, e.g. an email address
     * @return {@code true} if it matches
     * @throws NullPointerException if {@code identity} is null
     */
    public boolean matches(String identity) {
        Objects.requireNonNull(identity, "identity");
        if (identityHash.isEmpty() || hashed.isEmpty()) {
            return false;
        }
        String value = identityHash.get();
        if (!hashed.get()) {
            return value.equals(identity);
        }
        int dollar = value.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        String algorithm = value.substring(0, dollar).toLowerCase(Locale.ROOT);
        String expected = value.substring(dollar + 1);
        String salted = identity + salt.orElse("");
        if (algorithm.equals("sha256")) {
            return expected.equalsIgnoreCase(hex(digest("SHA-256", salted)));
        }
        if (algorithm.equals("md5")) {
            return expected.equalsIgnoreCase(hex(digest("MD5", salted)));
        }
        return false;
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 and MD5.
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }
}
