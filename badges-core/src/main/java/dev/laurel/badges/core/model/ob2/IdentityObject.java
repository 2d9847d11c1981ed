package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Extensions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The recipient of an {@link Assertion}: a property of the recipient's profile ({@code type}, e.g.
 * {@code email}) and its value ({@code identity}), in plain text or as a salted hash.
 *
 * <pre>{@code
 * IdentityObject recipient = IdentityObject.hashedEmail("alice@example.org", "deadsea");
 * recipient.matches("alice@example.org"); // true
 * }</pre>
 *
 * @param type the identifier property, normally one of {@code email url telephone id}; exactly one
 *     value is expected
 * @param identity the value, or its hash written {@code sha256$<hex>} or {@code md5$<hex>}
 * @param hashed whether {@code identity} is hashed (required)
 * @param salt the salt appended to the value before hashing, if any
 * @param extensions what the object carries beyond the model
 * @see <a href="https://www.imsglobal.org/spec/ob/v2p0/#IdentityObject">OB 2.0 IdentityObject</a>
 */
@SpecRules
public record IdentityObject(
        @NotEmpty List<String> type,
        Optional<@NotBlank String> identity,
        Optional<@NotNull Boolean> hashed,
        Optional<String> salt,
        Extensions extensions) {

    /**
     * Creates the object; any combination of values is accepted, {@code BadgeValidator} reports what is
     * wrong with it.
     *
     * @throws NullPointerException if a component or a list element is null
     */
    public IdentityObject {
        type = List.copyOf(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(hashed, "hashed");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an identity in plain text.
     *
     * @param type the identifier property, e.g. {@code email}
     * @param identity the value, e.g. {@code alice@example.org}
     * @return the identity object, {@code hashed} false
     * @throws NullPointerException if an argument is null
     */
    public static IdentityObject plain(String type, String identity) {
        return new IdentityObject(List.of(Objects.requireNonNull(type, "type")),
                Optional.of(Objects.requireNonNull(identity, "identity")), Optional.of(false), Optional.empty(),
                Extensions.NONE);
    }

    /**
     * Returns an identity hashed with SHA-256: {@code sha256$} and the lower-case hex of
     * SHA-256(value + salt), as OB 2.0 issuers write it.
     *
     * @param type the identifier property, e.g. {@code email}
     * @param value the plain value, hashed as given (normalise e.g. e-mail case before calling)
     * @param salt the salt; an empty salt is not written
     * @return the identity object, {@code hashed} true
     * @throws NullPointerException if an argument is null
     */
    public static IdentityObject hashed(String type, String value, String salt) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(salt, "salt");
        return new IdentityObject(List.of(type), Optional.of("sha256$" + hex("SHA-256", value + salt)),
                Optional.of(true), salt.isEmpty() ? Optional.empty() : Optional.of(salt), Extensions.NONE);
    }

    /**
     * Returns an e-mail identity hashed with SHA-256 and the given salt.
     *
     * @param email the e-mail address, hashed as given
     * @param salt the salt; an empty salt is not written
     * @return the identity object
     * @throws NullPointerException if an argument is null
     */
    public static IdentityObject hashedEmail(String email, String salt) {
        return hashed("email", email, salt);
    }

    /**
     * Tells whether this identity is the given plain value: equal text when not hashed; for a hashed
     * identity ({@code sha256$} or {@code md5$}), the hash of the value and the salt, hex compared
     * without regard to case.
     *
     * @param value the plain value to test, e.g. an e-mail address
     * @return {@code true} if it matches; {@code false} also when the identity is absent or its hash
     *     form is not one OB 2.0 allows
     * @throws NullPointerException if {@code value} is null
     */
    public boolean matches(String value) {
        Objects.requireNonNull(value, "value");
        if (identity.isEmpty()) {
            return false;
        }
        String written = identity.get();
        if (!hashed.orElse(false)) {
            return written.equals(value);
        }
        int dollar = written.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        String algorithm = switch (written.substring(0, dollar)) {
            case "sha256" -> "SHA-256";
            case "md5" -> "MD5";
            default -> "";
        };
        if (algorithm.isEmpty()) {
            return false;
        }
        String expected = hex(algorithm, value + salt.orElse(""));
        return written.substring(dollar + 1).toLowerCase(Locale.ROOT).equals(expected);
    }

    private static String hex(String algorithm, String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 and MD5.
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
