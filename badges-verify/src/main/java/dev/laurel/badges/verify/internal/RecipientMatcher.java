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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
        return ob3(subject.get().id(), subject.get().identifier(), known);
    }

    /**
     * Matches a subject given by its {@code id} and {@code identifier} entries: an OB 3.0 AchievementSubject or
     * a CLR 2.0 ClrSubject, both at {@code /credentialSubject}.
     *
     * @param id the subject's id, if any
     * @param identifiers its identifier entries
     * @param known the known identity
     * @return the check
     */
    public static Check ob3(Optional<String> id, List<IdentityObject> identifiers, Recipient known) {
        if (known.type().equals("id") || known.type().equals("url")) {
            if (id.isPresent() && constantTimeEquals(id.get(), known.value())) {
                return pass("/credentialSubject/id", "the subject id is " + known.value());
            }
        }
        for (int i = 0; i < identifiers.size(); i++) {
            IdentityObject identifier = identifiers.get(i);
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

    /** Whether two subjects name the same learner, and why (see {@link #sameLearner}). */
    public enum Sameness {
        /** An id, or a pair of identifiers of one type, is the same. */
        SAME,
        /** Comparable values exist and none is the same. */
        DIFFERENT,
        /** Nothing comparable: no ids on both sides, no identifiers of one type that can be compared. */
        UNDECIDED
    }

    /**
     * The answer of {@link #sameLearner}.
     *
     * @param verdict same, different or undecided
     * @param reason a sentence saying what was compared
     */
    public record Learner(Sameness verdict, String reason) {
    }

    /**
     * Tells whether two subjects name the same learner (a CLR's subject and a nested credential's): by their
     * {@code id}s when both have one; else by their identifiers (an id counting as an identifier of type
     * {@code id}), pairing those of one type: plain with plain by value, hashed with plain as OB 3.0 recipient
     * matching does ({@code identityHash} with salt), hashed with hashed only when they share a salt.
     *
     * @param firstId the first subject's id
     * @param first its identifiers
     * @param secondId the second subject's id
     * @param second its identifiers
     * @return the verdict and why
     */
    public static Learner sameLearner(Optional<String> firstId, List<IdentityObject> first, Optional<String> secondId,
                                      List<IdentityObject> second) {
        if (firstId.isPresent() && secondId.isPresent()) {
            return constantTimeEquals(firstId.get(), secondId.get())
                    ? new Learner(Sameness.SAME, "the same id " + firstId.get())
                    : new Learner(Sameness.DIFFERENT, "id " + secondId.get() + " is not the learner's id " + firstId.get());
        }
        List<Named> a = named(firstId, first);
        List<Named> b = named(secondId, second);
        boolean compared = false;
        for (Named x : a) {
            for (Named y : b) {
                if (!x.type().equals(y.type())) {
                    continue;
                }
                Boolean same = same(x, y);
                if (same == null) {
                    continue;
                }
                if (same) {
                    return new Learner(Sameness.SAME, "the same " + x.type() + " identifier" + (x.hashed() || y.hashed()
                            ? " (hashed)" : ""));
                }
                compared = true;
            }
        }
        return compared
                ? new Learner(Sameness.DIFFERENT, "no id or identifier names the learner the CLR names")
                : new Learner(Sameness.UNDECIDED, "nothing to compare: " + (a.isEmpty() || b.isEmpty()
                        ? "a subject has neither id nor identifier" : "no id on both sides and no identifiers of one"
                        + " type that can be compared (hashed ones with different salts cannot)"));
    }

    /** An id or an identifier, typed as {@link #normalise} says. */
    private record Named(String type, String value, boolean hashed, String salt) {
    }

    private static List<Named> named(Optional<String> id, List<IdentityObject> identifiers) {
        List<Named> out = new ArrayList<>();
        id.ifPresent(v -> out.add(new Named("id", v, false, "")));
        for (IdentityObject i : identifiers) {
            Optional<String> value = i.identityHash();
            if (value.isPresent() && i.identityType().isPresent()) {
                out.add(new Named(normalise(i.identityType().get().value()), value.get(), i.hashed().orElse(false),
                        i.salt().orElse("")));
            }
        }
        return out;
    }

    /** Same, different, or {@code null} when the two cannot be compared (hashed with different salts). */
    private static Boolean same(Named x, Named y) {
        if (!x.hashed() && !y.hashed()) {
            return constantTimeEquals(x.value(), y.value());
        }
        if (x.hashed() && y.hashed()) {
            return x.salt().equals(y.salt()) ? Boolean.valueOf(constantTimeEquals(x.value().toLowerCase(Locale.ROOT),
                    y.value().toLowerCase(Locale.ROOT))) : null;
        }
        return x.hashed() ? hashMatches(x.value(), y.value(), x.salt()) : hashMatches(y.value(), x.value(), y.salt());
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
