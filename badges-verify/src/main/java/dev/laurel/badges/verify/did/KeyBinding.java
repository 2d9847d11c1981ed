package dev.laurel.badges.verify.did;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether the key that verified a proof belongs to the credential's issuer. This is a check of
 * its own, separate from the signature: a good signature by someone else's key is not the issuer's.
 *
 * <ul>
 *   <li><b>Passes</b> when the key is the issuer DID's own key; when the issuer's own document (the
 *       document fetched at the issuer's id) publishes it (under {@code assertionMethod} if that list
 *       exists); or when the key was read from a document on the issuer's own origin.</li>
 *   <li><b>Fails</b> when the issuer is a DID and the key is not that DID's; or when the issuer's
 *       document publishes keys and this key is not among them (not in {@code assertionMethod} when the
 *       document has that list).</li>
 *   <li>Otherwise (a fragment key that nothing confirms, an issuer profile that cannot be fetched or
 *       publishes no keys) it is a <b>warning</b>: the proof still verifies, and a caller's policy may
 *       turn the warning into a failure.</li>
 * </ul>
 *
 * <pre>{@code
 * KeyBinding.Verdict v = KeyBinding.evaluate(Optional.of(issuerId), key, Optional.empty());
 * if (v.outcome() == Outcome.FAILED) { ... }
 * }</pre>
 */
public final class KeyBinding {

    /** The stable id of the binding check. */
    public static final String CHECK_ID = "proof.key-binding";

    private KeyBinding() {}

    /**
     * What the binding check found.
     *
     * @param outcome {@link Outcome#PASSED}, {@link Outcome#FAILED} or {@link Outcome#WARNING}
     * @param message a sentence saying why
     */
    public record Verdict(Outcome outcome, String message) {

        /**
         * Creates a verdict.
         *
         * @throws NullPointerException if a component is null
         */
        public Verdict {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns this verdict as a check.
         *
         * @param id the check id, usually {@link KeyBinding#CHECK_ID}
         * @param path the JSON Pointer the check is about
         * @return the check
         * @throws NullPointerException if an argument is null
         */
        public Check toCheck(String id, String path) {
            return new Check(id, outcome, message, path);
        }
    }

    /**
     * Evaluates the binding and returns it as a check with id {@link #CHECK_ID}.
     *
     * @param issuerId the credential's issuer id, if it has one
     * @param key the key that verified the proof
     * @param issuerDocument the document fetched at the issuer's id (profile or controller document), if it
     *     could be fetched; never the issuer object embedded in the credential
     * @param path the JSON Pointer of the proof's {@code verificationMethod}
     * @return the check
     * @throws NullPointerException if an argument is null
     */
    public static Check check(Optional<String> issuerId, VerificationKey key, Optional<JsonNode> issuerDocument,
            String path) {
        Objects.requireNonNull(path, "path");
        return evaluate(issuerId, key, issuerDocument).toCheck(CHECK_ID, path);
    }

    /**
     * Evaluates whether a key belongs to an issuer.
     *
     * @param issuerId the credential's issuer id, if it has one
     * @param key the key that verified the proof
     * @param issuerDocument the document fetched at the issuer's id, if it could be fetched
     * @return the verdict
     * @throws NullPointerException if an argument is null
     */
    public static Verdict evaluate(Optional<String> issuerId, VerificationKey key, Optional<JsonNode> issuerDocument) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issuerDocument, "issuerDocument");
        if (issuerId.isEmpty() || issuerId.get().isBlank()) {
            return new Verdict(Outcome.FAILED, "the credential names no issuer, so no key can be bound to one");
        }
        String issuer = KeyResolver.withoutFragment(issuerId.get());
        String keyDocument = KeyResolver.withoutFragment(key.id());
        if (issuer.startsWith("did:")) {
            return didIssuer(issuer, keyDocument, key);
        }
        boolean fromIssuerDocument = key.source() == KeySource.CONTROLLER_DOCUMENT && keyDocument.equals(issuer);
        if (fromIssuerDocument) {
            if (key.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
                return new Verdict(Outcome.FAILED, "the issuer's document " + issuer + " lists " + key.id()
                        + " but not under assertionMethod");
            }
            return new Verdict(Outcome.PASSED, "the key " + key.id() + " is published in the issuer's own document "
                    + issuer);
        }
        Optional<JsonNode> doc = issuerDocument.filter(d -> KeyResolver.text(d, "id")
                .map(KeyResolver::withoutFragment).map(issuer::equals).orElse(true));
        if (doc.isPresent() && publishesKeys(doc.get())) {
            boolean hasAssertion = doc.get().has("assertionMethod");
            if (listed(doc.get(), issuer, key, hasAssertion)) {
                return new Verdict(Outcome.PASSED, "the issuer's document " + issuer + " lists the key "
                        + key.publicKey().multibase() + (hasAssertion ? " under assertionMethod" : ""));
            }
            return new Verdict(Outcome.FAILED, "the issuer's document " + issuer + " publishes keys"
                    + (hasAssertion ? " under assertionMethod" : "") + " and " + key.id() + " ("
                    + key.publicKey().multibase() + ") is not among them");
        }
        if (key.source() == KeySource.CONTROLLER_DOCUMENT && key.document().isPresent()
                && sameOrigin(key.document().get().toString(), issuer)) {
            return new Verdict(Outcome.PASSED, "the key was read from " + key.document().get()
                    + ", on the issuer's own origin");
        }
        String why = key.source() == KeySource.UNCONFIRMED_FRAGMENT
                ? "the key comes from the fragment of " + key.id() + ", which could not be dereferenced"
                : "the key comes from " + key.describe();
        String profile = doc.isPresent() ? "the issuer's document publishes no keys"
                : "the issuer's document " + issuer + " could not be read";
        return new Verdict(Outcome.WARNING, "nothing confirms that " + issuer + " controls this key: " + why
                + ", and " + profile);
    }

    private static Verdict didIssuer(String issuer, String keyDid, VerificationKey key) {
        if (!keyDid.equals(issuer)) {
            return new Verdict(Outcome.FAILED, "the issuer is " + issuer + " but the key " + key.id()
                    + " belongs to " + keyDid);
        }
        if (key.source() == KeySource.UNCONFIRMED_FRAGMENT) {
            return new Verdict(Outcome.WARNING, "the issuer's DID document " + issuer
                    + " could not be resolved; the key in the fragment of " + key.id() + " is unconfirmed");
        }
        if (key.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
            return new Verdict(Outcome.FAILED, "the DID document of " + issuer + " lists " + key.id()
                    + " but not under assertionMethod");
        }
        return new Verdict(Outcome.PASSED, "the key " + key.id() + " is the issuer DID's own key");
    }

    private static boolean publishesKeys(JsonNode doc) {
        return doc.has("verificationMethod") || doc.has("assertionMethod") || doc.has("publicKey");
    }

    private static boolean listed(JsonNode doc, String issuer, VerificationKey key, boolean assertionOnly) {
        List<JsonNode> methods = new ArrayList<>();
        methods.addAll(KeyResolver.items(doc.get("verificationMethod")));
        methods.addAll(KeyResolver.items(doc.get("publicKey")));
        List<JsonNode> candidates = assertionOnly ? KeyResolver.items(doc.get("assertionMethod")) : methods;
        for (JsonNode item : candidates) {
            if (item.isTextual()) {
                String ref = KeyResolver.absolute(item.asText(), issuer);
                if (ref.equals(key.id())) {
                    return true;
                }
                for (JsonNode m : methods) {
                    if (KeyResolver.text(m, "id").map(id -> KeyResolver.absolute(id, issuer)).filter(ref::equals).isPresent()
                            && sameKey(m, key)) {
                        return true;
                    }
                }
            } else if (item.isObject()) {
                if (KeyResolver.text(item, "id").map(id -> KeyResolver.absolute(id, issuer)).filter(key.id()::equals).isPresent()
                        || sameKey(item, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameKey(JsonNode method, VerificationKey key) {
        return KeyResolver.Material.fromVerificationMethod(method).key.filter(key.publicKey()::equals).isPresent();
    }

    /** Tells whether two http(s) URLs share scheme, host and port. */
    static boolean sameOrigin(String a, String b) {
        try {
            URI x = new URI(a);
            URI y = new URI(b);
            if (x.getScheme() == null || y.getScheme() == null || x.getHost() == null || y.getHost() == null) {
                return false;
            }
            return x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost().toLowerCase(Locale.ROOT).equals(y.getHost().toLowerCase(Locale.ROOT))
                    && port(x) == port(y);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "http".equalsIgnoreCase(u.getScheme()) ? 80 : 443;
    }
}
