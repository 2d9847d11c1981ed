package dev.laurel.badges.verify.internal;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.verify.report.Check;
import dev.laurel.badges.verify.report.CredentialCheck;
import dev.laurel.badges.verify.report.Outcome;
import dev.laurel.badges.verify.report.Recipient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches a known recipient against a badge's recipient: plain or hashed ({@code sha256$}/{@code md5$}
 * with salt; OB 3.0 {@code identityHash}), comparing digests in constant time.
 */
public final class RecipientMatcher {

    private RecipientMatcher() {
    }

    /**
     * Matches an OB 3.0 subject (spec: "Verify the Recipient Using an Identifier").
     *
     * @param subject the credential subject, if any
     * @param known the known identity
     * @return the check
     */
    public static Check ob3(Optional<AchievementSubject> subject, Recipient known) {
        if (subject.isEmpty()) {
            return fail("/credentialSubject", "the credential has no subject to match " + describe(known));
        }
        AchievementSubject s = subject.get();
        if (known.type().equals("id") || known.type().equals("url")) {
            if (s.id().isPresent() && constantTimeEquals(s.id().get(), known.value())) {
                return pass("/credentialSubject/id", "the subject id is " + known.value());
            }
        }
        for (int i = 0; i < s.identifier().size(); i++) {
            IdentityObject identifier = s.identifier().get(i);
            String type = identifier.identityType().map(t -> normalise(t.value())).orElse("");
            if (!type.equals(known.type())) {
                continue;
            }
            String stored = identifier.identityHash().orElse("");
            boolean hashed = identifier.hashed().orElse(false);
            if (hashed ? hashMatches(stored, known.value(), identifier.salt().orElse(""))
                    : constantTimeEquals(stored, known.value())) {
                return pass("/credentialSubject/identifier/" + i, "identifier " + i + " matches " + describe(known)
                        + (hashed ? " (hashed)" : ""));
            }
        }
        return fail("/credentialSubject", "no id or identifier of the subject matches " + describe(known));
    }

    /**
     * Matches an OB 2.0 recipient.
     *
     * @param assertion the assertion
     * @param known the known identity
     * @return the check
     */
    public static Check ob2(Assertion assertion, Recipient known) {
        if (assertion.recipient().isEmpty()) {
            return fail("/recipient", "the assertion has no recipient to match " + describe(known));
        }
        var recipient = assertion.recipient().get();
        String type = recipient.type().isEmpty() ? "" : normalise(recipient.type().get(0));
        if (!type.equals(known.type())) {
            return fail("/recipient/type", "the recipient is of type " + type + ", not " + known.type());
        }
        String identity = recipient.identity().orElse("");
        boolean hashed = recipient.hashed().orElse(false);
        boolean match = hashed ? hashMatches(identity, known.value(), recipient.salt().orElse(""))
                : constantTimeEquals(identity, known.value());
        return match ? pass("/recipient/identity", "the recipient matches " + describe(known) + (hashed ? " (hashed)" : ""))
                : fail("/recipient/identity", "the recipient does not match " + describe(known));
    }

    private static String normalise(String type) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "email":
            case "emailaddress":
                return "email";
            case "telephone":
            case "phonenumber":
                return "telephone";
            case "url":
                return "url";
            case "id":
            case "did":
                return "id";
            default:
                return type;
        }
    }

    /** Compares {@code alg$hex} with the hash of the identity plus salt, case-insensitively in the hex. */
    static boolean hashMatches(String stored, String identity, String salt) {
        int dollar = stored.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        String algorithm = stored.substring(0, dollar).toLowerCase(Locale.ROOT);
        String jca = algorithm.equals("sha256") ? "SHA-256" : algorithm.equals("md5") ? "MD5" : null;
        if (jca == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(stored.substring(dollar + 1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        try {
            byte[] actual = MessageDigest.getInstance(jca).digest((identity + salt).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(actual, expected);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " is missing from this JDK", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Recipient known) {
        return known.type() + " " + known.value();
    }

    private static Check pass(String path, String message) {
        return new Check(CredentialCheck.RECIPIENT, Outcome.PASSED, path, message);
    }

    private static Check fail(String path, String message) {
        return new Check(CredentialCheck.RECIPIENT, Outcome.FAILED, path, message);
    }
}
