package dev.laurel.badges.verify.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A recipient identity the verifier knows out of band (e.g. the e-mail address a learner gave an
 * employer), to match against a badge's hashed or plain recipient.
 *
 * <p>Types: {@code email}, {@code url}, {@code telephone}, {@code did} and {@code id} (any IRI compared
 * with the subject's {@code id}); OB 3.0 identifier types such as {@code emailAddress} and
 * {@code phoneNumber} are accepted too and map to the same kinds.
 *
 * @param type the identity type, normalised to {@code email}, {@code url}, {@code telephone}, {@code id}
 *     or an OB 3.0 extension type as given
 * @param value the plain identity, e.g. {@code alice@example.org}
 */
public record Recipient(String type, String value) {

    /**
     * Creates a recipient.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the type or value is blank
     */
    public Recipient {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("recipient type and value must not be blank");
        }
        type = normalise(type);
    }

    /**
     * Parses {@code TYPE:VALUE}, e.g. {@code email:alice@example.org}, {@code did:example:123} (a DID is
     * taken whole), {@code url:https://example.org/alice}, {@code telephone:+15555550100}.
     *
     * @param text the text
     * @return the recipient
     * @throws IllegalArgumentException if the text has no type or value
     */
    public static Recipient parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("did:")) {
            return new Recipient("id", text);
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected TYPE:VALUE (e.g. email:alice@example.org), got \""
                    + text + "\"");
        }
        return new Recipient(text.substring(0, colon), text.substring(colon + 1));
    }

    private static String normalise(String type) {
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "email":
            case "emailaddress":
                return "email";
            case "telephone":
            case "phone":
            case "phonenumber":
                return "telephone";
            case "url":
                return "url";
            case "id":
            case "did":
                return "id";
            default:
                return type.strip();
        }
    }
}
