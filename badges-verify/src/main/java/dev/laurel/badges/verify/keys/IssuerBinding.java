package dev.laurel.badges.verify.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether the key that verified a proof belongs to the credential's issuer: one rule, called by
 * every proof format (VC-JWT, OB 2.0 signed badges, Data Integrity) and reported under one check id,
 * {@code proof.key-binding} ({@link dev.laurel.badges.verify.report.ProofCheck#KEY_BINDING}). A good signature by someone else's key is not the issuer's signature.
 *
 * <ul>
 *   <li><b>Bound</b> when the issuer is a DID and the key is that DID's, under {@code assertionMethod}
 *       where its document has that list; or when the issuer's own document (fetched at the issuer's
 *       id) lists the key, under {@code assertionMethod} when the document has that list. Listing is
 *       decided by the key material, or by the listed id when the key was read from that id itself.</li>
 *   <li><b>Not bound</b> (fails in every {@link BindingMode}) when the issuer is a DID and the key is
 *       another DID's or not one of its assertion keys; when the issuer's document publishes keys and
 *       this key is not among them; when the credential names no issuer.</li>
 *   <li><b>Unconfirmed</b> otherwise: a header {@code jwk} or a fragment key nothing confirms, a key on
 *       another host or merely on the issuer's origin, an issuer document that cannot be fetched or
 *       lists no keys, an issuer DID that cannot be resolved. {@link BindingMode#STRICT} (the default)
 *       fails it; {@link BindingMode#LENIENT} warns, as 1EdTech's reference validator does.</li>
 * </ul>
 *
 * <p>Thread-safe. The issuer's document comes through the resolver's fetcher, so a caching fetcher
 * fetches it once for every credential of that issuer.
 *
 * <pre>{@code
 * IssuerBinding binding = new IssuerBinding(KeyResolver.of(fetcher));
 * BindingVerdict v = binding.evaluate(Optional.of(issuerId), method);
 * boolean ok = v.passes(BindingMode.STRICT);
 * }</pre>
 */
public final class IssuerBinding {

    private final KeyResolver resolver;

    /**
     * Creates the rule.
     *
     * @param resolver fetches issuer documents and resolves issuer DIDs
     * @throws NullPointerException if resolver is null
     */
    public IssuerBinding(KeyResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Decides whether a key belongs to an issuer.
     *
     * @param issuerId the credential's issuer id, if it names one
     * @param key the verification method whose key verified the proof
     * @return the verdict
     * @throws NullPointerException if an argument is null
     */
    public BindingVerdict evaluate(Optional<String> issuerId, VerificationMethod key) {
        return evaluate(issuerId, key, Optional.empty());
    }

    /**
     * Decides whether a key belongs to an issuer whose document the caller already holds (an OB 2.0
     * issuer profile fetched at the issuer's id, or one the caller trusts); it is not fetched again.
     *
     * @param issuerId the credential's issuer id, if it names one
     * @param key the verification method whose key verified the proof
     * @param issuerDocument the issuer's own document, if the caller has it; never a profile embedded in
     *     the credential (whoever signed wrote that)
     * @return the verdict
     * @throws NullPointerException if an argument is null
     */
    public BindingVerdict evaluate(Optional<String> issuerId, VerificationMethod key, Optional<ObjectNode> issuerDocument) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issuerDocument, "issuerDocument");
        if (issuerId.isEmpty() || issuerId.get().isBlank()) {
            return BindingVerdict.notBound("the credential names no issuer, so no key can be bound to one");
        }
        String issuer = KeyResolver.withoutFragment(issuerId.get());
        if (issuer.startsWith("did:")) {
            return didIssuer(issuer, key);
        }
        String lower = issuer.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            Optional<BindingVerdict> own = fromIssuersDocument(issuer, key);
            if (own.isPresent()) {
                return own.get();
            }
            return documentIssuer(issuer, key, issuerDocument.isPresent() ? issuerDocument
                    : resolver.issuerDocument(issuer));
        }
        return BindingVerdict.unconfirmed("the issuer id " + issuer
                + " is neither a DID nor an http(s) URL, so nothing can confirm that " + key.describe() + " is its");
    }

    /**
     * Decides whether a key that signed a presentation ({@code proofPurpose} {@code authentication}, or a
     * VP-JWT) belongs to its holder. A DID holder's key must be one its DID document lists under
     * {@code authentication} (for {@code did:key} and {@code did:jwk}, the DID's own key); a key listed only
     * under {@code assertionMethod} is not bound. A holder that is an http(s) URL is judged by the issuer
     * rule ({@link #evaluate(Optional, VerificationMethod)}).
     *
     * @param holderId the presentation's holder, if it names one
     * @param key the verification method whose key verified the presentation
     * @return the verdict
     * @throws NullPointerException if an argument is null
     */
    public BindingVerdict evaluateHolder(Optional<String> holderId, VerificationMethod key) {
        Objects.requireNonNull(holderId, "holderId");
        Objects.requireNonNull(key, "key");
        if (holderId.isEmpty() || holderId.get().isBlank()) {
            return BindingVerdict.notBound("the presentation names no holder, so no key can be bound to one");
        }
        String holder = KeyResolver.withoutFragment(holderId.get());
        if (!holder.startsWith("did:")) {
            return evaluate(holderId, key);
        }
        Optional<List<VerificationMethod>> own = resolver.authenticationKeys(holder);
        if (own.isEmpty()) {
            return BindingVerdict.unconfirmed("the holder DID " + holder + " could not be resolved, so nothing confirms"
                    + " that " + key.describe() + " is its");
        }
        for (VerificationMethod m : own.get()) {
            if (m.key().samePublicKey(key.key())) {
                return BindingVerdict.bound("the key is one of the holder DID's authentication keys (" + m.id() + ")");
            }
        }
        return BindingVerdict.notBound("the holder is " + holder + ", and " + key.describe()
                + " is not listed under its authentication");
    }

    private BindingVerdict didIssuer(String issuer, VerificationMethod key) {
        if (key.origin().fromDid() && key.base().equals(issuer)) {
            if (key.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
                return BindingVerdict.notBound("the DID document of " + issuer + " lists " + key.id()
                        + " but not under assertionMethod");
            }
            return BindingVerdict.bound("the key " + key.id() + " is the issuer DID's own key");
        }
        Optional<List<VerificationMethod>> own = resolver.assertionKeys(issuer);
        if (own.isPresent()) {
            for (VerificationMethod m : own.get()) {
                if (m.key().samePublicKey(key.key())) {
                    return BindingVerdict.bound("the key is one of the issuer DID's assertion keys (" + m.id() + ")");
                }
            }
            return BindingVerdict.notBound("the issuer is " + issuer + ", and " + key.describe()
                    + " is not one of its assertion keys");
        }
        return BindingVerdict.unconfirmed("the issuer DID " + issuer + " could not be resolved, so nothing confirms "
                + "that " + key.describe() + " is its");
    }

    /**
     * A key the resolver read from the issuer's own document (its id is the issuer's id with a fragment,
     * so that document was fetched at the issuer's id) is bound as that document lists it; nothing needs
     * fetching again.
     */
    private static Optional<BindingVerdict> fromIssuersDocument(String issuer, VerificationMethod key) {
        if (key.origin() != KeyOrigin.DOCUMENT || !key.base().equals(issuer) || key.document().isEmpty()) {
            return Optional.empty();
        }
        if (key.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
            return Optional.of(BindingVerdict.notBound("the issuer's document " + issuer + " lists " + key.id()
                    + " but not under assertionMethod"));
        }
        return Optional.of(BindingVerdict.bound("the key " + key.id() + " was read from the issuer's own document "
                + issuer));
    }

    private BindingVerdict documentIssuer(String issuer, VerificationMethod key, Optional<ObjectNode> fetched) {
        Optional<ObjectNode> doc = fetched.filter(d -> Json.text(d, "id").map(KeyResolver::withoutFragment).map(issuer::equals).orElse(true));
        if (doc.isPresent() && publishesKeys(doc.get())) {
            boolean assertionList = doc.get().has("assertionMethod");
            Optional<String> listedAs = listed(doc.get(), issuer, key, assertionList);
            if (listedAs.isPresent()) {
                return BindingVerdict.bound("the issuer's document " + issuer + " lists the key " + listedAs.get()
                        + (assertionList ? " under assertionMethod" : ""));
            }
            return BindingVerdict.notBound("the issuer's document " + issuer + " publishes keys"
                    + (assertionList ? " under assertionMethod" : "") + " and " + key.describe()
                    + " is not among them");
        }
        String profile = doc.isPresent() ? "the issuer's document " + issuer + " lists no keys"
                : "the issuer's document " + issuer + " could not be read";
        return BindingVerdict.unconfirmed("nothing confirms that " + issuer + " controls the " + key.describe()
                + ": " + profile + (key.origin() == KeyOrigin.DOCUMENT ? "; a key on the issuer's host or origin"
                        + " is not bound by that alone" : ""));
    }

    private static boolean publishesKeys(JsonNode doc) {
        return doc.has("verificationMethod") || doc.has("assertionMethod") || doc.has("publicKey");
    }

    /**
     * Finds the key among the document's published keys: {@code assertionMethod} when the document has
     * that list, else {@code verificationMethod} and {@code publicKey}. A published entry is this key when
     * its material is the same; a reference by id is this key when the key was read from that very id
     * (never for a header {@code jwk}, whose {@code kid} anyone can write).
     */
    private static Optional<String> listed(JsonNode doc, String issuer, VerificationMethod key, boolean assertionOnly) {
        List<JsonNode> methods = new ArrayList<>();
        methods.addAll(Json.items(doc.get("verificationMethod")));
        methods.addAll(Json.items(doc.get("publicKey")));
        List<JsonNode> candidates = assertionOnly ? Json.items(doc.get("assertionMethod")) : methods;
        boolean readFromItsId = key.origin().dereferenced() || key.origin() == KeyOrigin.FRAGMENT;
        for (JsonNode item : candidates) {
            if (item.isTextual()) {
                String ref = KeyResolver.absolute(item.textValue(), issuer);
                if (readFromItsId && ref.equals(key.id())) {
                    return Optional.of(ref);
                }
                for (JsonNode m : methods) {
                    if (m.isObject() && Json.text(m, "id").map(id -> KeyResolver.absolute(id, issuer))
                            .filter(ref::equals).isPresent() && KeyMaterial.fromMethod(m).is(key.key())) {
                        return Optional.of(ref);
                    }
                }
            } else if (item.isObject() && KeyMaterial.fromMethod(item).is(key.key())) {
                return Optional.of(Json.text(item, "id").map(id -> KeyResolver.absolute(id, issuer))
                        .orElse(key.key().thumbprint()));
            }
        }
        return Optional.empty();
    }
}
