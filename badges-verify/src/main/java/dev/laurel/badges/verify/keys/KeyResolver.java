package dev.laurel.badges.verify.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.internal.json.DocumentCache;
import dev.laurel.badges.verify.internal.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the public key a key id names, for every proof format: a Data Integrity proof's
 * {@code verificationMethod}, a JWS {@code kid}, an OB 2.0 {@code verification.creator}, or a header
 * {@code jwk}. The one resolver of badges-verify.
 *
 * <p>Supported: {@code did:key} (Ed25519, P-256, P-384), {@code did:jwk} (Ed25519, P-256, P-384, RSA),
 * {@code did:web} (its document read through the {@link DocumentFetcher}), and http(s) URLs of a
 * controller document or issuer profile (entries under {@code verificationMethod},
 * {@code assertionMethod}, {@code authentication} or {@code publicKey}), a verification method or OB 2.0
 * {@code CryptographicKey} document by itself, a JWK or a JWK Set. Key material may be
 * {@code publicKeyMultibase}, {@code publicKeyJwk}, {@code publicKeyPem} or {@code publicKeyBase58}.
 * When a URL cannot be dereferenced and its fragment is itself a Multikey ({@code z6Mk...}, {@code zDn...}, {@code z82...}),
 * that key is returned with {@link KeyOrigin#FRAGMENT}, as 1EdTech's reference validator uses it;
 * nothing confirms such a key, and the {@link IssuerBinding} says so. {@code jku} and {@code x5u} are
 * never followed: this resolver only sees key ids.
 *
 * <p>Untrusted input never throws: every problem is a failed {@link KeyResolution}. Parsed documents
 * are kept while the fetcher returns the same bytes (put a caching fetcher in front for speed).
 * Thread-safe when the fetcher is.
 *
 * <pre>{@code
 * KeyResolver keys = KeyResolver.of(fetcher);
 * KeyResolution r = keys.resolve("did:key:z6Mk...#z6Mk...");
 * r.method().ifPresent(m -> System.out.println(m.describe()));
 * }</pre>
 */
public final class KeyResolver {

    /** The {@code Accept} value used for DID documents. */
    public static final String DID_ACCEPT = "application/did+json, application/did+ld+json;q=0.9, application/json;q=0.8";

    /** The {@code Accept} value used for controller documents, issuer profiles and keys. */
    public static final String DOCUMENT_ACCEPT = "application/ld+json, application/json;q=0.9, "
            + "application/jwk+json;q=0.8, application/jwk-set+json;q=0.8, application/did+ld+json;q=0.8";

    private static final int MAX_ID_LENGTH = 4096;
    private static final int MAX_CACHED_DIDS = 4096;
    private static final List<String> METHOD_LISTS = List.of("verificationMethod", "assertionMethod",
            "authentication", "publicKey");

    /** did:key and did:jwk resolution is a pure function of the text, so results are kept (bounded). */
    private static final Map<String, KeyResolution> PURE_DIDS = new ConcurrentHashMap<>();

    private final DocumentFetcher fetcher;
    private final List<DidResolver> didResolvers;
    private final DocumentCache<Parsed> documents = new DocumentCache<>();

    private KeyResolver(DocumentFetcher fetcher) {
        this(fetcher, List.of());
    }

    private KeyResolver(DocumentFetcher fetcher, List<DidResolver> didResolvers) {
        this.fetcher = fetcher;
        this.didResolvers = didResolvers;
    }

    /**
     * Returns a resolver like this one that also resolves DIDs through a {@link DidResolver}: those of a
     * method nothing built in resolves ({@link DidResolver#supports}), after the resolvers registered before
     * it, and any DID it {@link DidResolver#overrides} ahead of the built-in {@link DidResolvers}
     * ({@code did:key}, {@code did:jwk}, {@code did:web}).
     *
     * @param resolver the DID resolver
     * @return the new resolver (this one is unchanged)
     * @throws NullPointerException if resolver is null
     */
    public KeyResolver withDidResolver(DidResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        List<DidResolver> all = new ArrayList<>(didResolvers);
        all.add(resolver);
        return new KeyResolver(fetcher, List.copyOf(all));
    }

    /**
     * Returns the DID resolvers added to the built-in ones ({@link DidResolvers#defaults()}, always registered).
     *
     * @return the resolvers, in the order they are asked
     */
    public List<DidResolver> didResolvers() {
        return didResolvers;
    }

    /**
     * Returns a resolver that fetches through a fetcher (its policy decides what may be reached).
     *
     * @param fetcher the fetcher
     * @return the resolver
     * @throws NullPointerException if fetcher is null
     */
    public static KeyResolver of(DocumentFetcher fetcher) {
        return new KeyResolver(Objects.requireNonNull(fetcher, "fetcher"));
    }

    /**
     * Returns a resolver that fetches nothing: {@code did:key} and {@code did:jwk} resolve; anything else
     * falls back to a fragment key or fails.
     *
     * @return the resolver
     */
    public static KeyResolver offline() {
        return new KeyResolver(DocumentFetcher.refusing());
    }

    /**
     * Resolves a key id to its verification method.
     *
     * @param keyId the id as the input gives it (a DID URL or an absolute http(s) URL)
     * @return the method and where it came from, or why there is none
     * @throws NullPointerException if keyId is null
     */
    public KeyResolution resolve(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty() || keyId.length() > MAX_ID_LENGTH || !keyId.strip().equals(keyId)) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, "the key id is empty, too long or padded with spaces");
        }
        try {
            if (keyId.startsWith("did:")) {
                Optional<DidResolver> found = didResolver(withoutFragment(keyId));
                if (found.isPresent()) {
                    return found.get() == DidResolvers.BuiltIn.WEB ? didWeb(keyId)
                            : found.get() instanceof DidResolvers.BuiltIn ? pureDid(keyId)
                            : registeredDid(keyId, found.get());
                }
                return fallback(keyId, KeyCode.UNSUPPORTED_KEY_ID, "the DID method of " + keyId
                        + " is not supported (did:key, did:jwk, did:web and any added DidResolver's are)");
            }
            String lower = keyId.toLowerCase(Locale.ROOT);
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                return http(keyId);
            }
            return fallback(keyId, KeyCode.UNSUPPORTED_KEY_ID, keyId + " is neither a DID URL nor an http(s) URL");
        } catch (RuntimeException e) {
            // A defect in a fetcher or a library must not turn untrusted input into an exception.
            return KeyResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "could not resolve " + keyId + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a JWS header {@code jwk}: a key the token carries itself, which nothing confirms.
     *
     * @param jwk the header's JWK
     * @param kid the header's {@code kid}, if any (it becomes the method's id; it proves nothing)
     * @return the method, origin {@link KeyOrigin#HEADER_JWK}, or why the JWK is unusable
     * @throws NullPointerException if an argument is null
     */
    public static KeyResolution headerJwk(JWK jwk, Optional<String> kid) {
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(kid, "kid");
        KeyMaterial m = KeyMaterial.fromJwk(jwk);
        if (m.key().isEmpty()) {
            return KeyResolution.failed(m.code().orElseThrow(), "the header jwk is not usable: " + m.problem());
        }
        LaurelKey key = m.key().get();
        VerificationMethod method = new VerificationMethod(kid.orElse(VerificationMethod.THUMBPRINT_URN + key.thumbprint()),
                Optional.empty(), key, KeyOrigin.HEADER_JWK, Optional.empty(), KeyAuthorization.UNKNOWN);
        return KeyResolution.resolved(method, "key from the header jwk");
    }

    /**
     * Fetches the issuer's own document (its profile, controller document or DID document for
     * {@code did:web}) at the issuer's id, for the issuer binding.
     *
     * @param issuerId the issuer's id (a fragment is ignored)
     * @return the JSON object, or empty if the id is neither an http(s) URL nor a {@code did:web} DID, or
     *     the document cannot be fetched or is not a JSON object
     * @throws NullPointerException if issuerId is null
     */
    public Optional<ObjectNode> issuerDocument(String issuerId) {
        Objects.requireNonNull(issuerId, "issuerId");
        String base = withoutFragment(issuerId);
        try {
            if (base.startsWith("did:")) {
                Optional<DidResolver> found = didResolver(base);
                if (found.isPresent() && found.get() == DidResolvers.BuiltIn.WEB) {
                    return DidWeb.documentUrl(base).flatMap(u -> fetchObject(u, DID_ACCEPT).document);
                }
                // did:key and did:jwk issuers have no document to fetch: their key is the DID itself.
                return found.filter(r -> !(r instanceof DidResolvers.BuiltIn))
                        .flatMap(r -> r.resolve(base, fetcher).document());
            }
            String lower = base.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                return Optional.empty();
            }
            return fetchObject(new URI(base), DOCUMENT_ACCEPT).document;
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the keys a DID may make assertions with: decoded for {@code did:key} and {@code did:jwk},
     * read from the fetched document's {@code assertionMethod} for {@code did:web}.
     *
     * @param did the DID (a fragment is ignored)
     * @return the keys, or empty when the DID cannot be resolved (a method Laurel does not resolve, a key
     *     type it does not decode, a did:web document that cannot be fetched or is not the DID's)
     * @throws NullPointerException if did is null
     */
    public Optional<List<VerificationMethod>> assertionKeys(String did) {
        return relationshipKeys(did, "assertionMethod");
    }

    /**
     * Returns the keys a DID may authenticate with (a presentation's {@code authentication} proof):
     * decoded for {@code did:key} and {@code did:jwk} (their one key, unless a did:jwk says {@code use}
     * {@code enc}), read from the resolved document's {@code authentication} list for other methods.
     *
     * @param did the DID (a fragment is ignored)
     * @return the keys, or empty when the DID cannot be resolved
     * @throws NullPointerException if did is null
     */
    public Optional<List<VerificationMethod>> authenticationKeys(String did) {
        return relationshipKeys(did, "authentication");
    }

    /** The keys a DID document lists under one verification relationship. */
    private Optional<List<VerificationMethod>> relationshipKeys(String did, String relationship) {
        Objects.requireNonNull(did, "did");
        String bare = withoutFragment(did);
        Optional<DidResolver> resolver = bare.startsWith("did:") ? didResolver(bare) : Optional.empty();
        if (resolver.isEmpty()) {
            return Optional.empty();
        }
        if (resolver.get() instanceof DidResolvers.BuiltIn && resolver.get() != DidResolvers.BuiltIn.WEB) {
            KeyResolution r = pureDid(bare);
            if (r.method().isEmpty()) {
                return Optional.empty();
            }
            VerificationMethod m = r.method().get();
            return Optional.of(m.authorization() == KeyAuthorization.ASSERTION_METHOD ? List.of(m) : List.of());
        }
        Optional<ObjectNode> found;
        URI where;
        KeyOrigin origin;
        if (resolver.get() == DidResolvers.BuiltIn.WEB) {
            Optional<URI> url = DidWeb.documentUrl(bare);
            if (url.isEmpty()) {
                return Optional.empty();
            }
            Fetched f = fetchObject(url.get(), DID_ACCEPT);
            found = f.document;
            where = f.uri;
            origin = KeyOrigin.DID_WEB;
        } else {
            try {
                found = resolver.get().resolve(bare, fetcher).document();
                where = new URI(bare);
            } catch (URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
            origin = KeyOrigin.DID_RESOLVER;
        }
        if (found.isEmpty() || !bare.equals(Json.text(found.get(), "id").orElse(""))) {
            return Optional.empty();
        }
        ObjectNode doc = found.get();
        List<VerificationMethod> keys = new ArrayList<>();
        for (JsonNode item : Json.items(doc.get(relationship))) {
            Optional<JsonNode> method = item.isObject() ? Optional.of(item)
                    : item.isTextual() ? entry(doc, absolute(item.textValue(), bare)) : Optional.empty();
            if (method.isEmpty()) {
                continue;
            }
            String id = Json.text(method.get(), "id").map(i -> absolute(i, bare)).orElse(bare);
            KeyAuthorization auth = relationship.equals("assertionMethod") ? KeyAuthorization.ASSERTION_METHOD
                    : authorization(doc, id, bare) == KeyAuthorization.ASSERTION_METHOD ? KeyAuthorization.ASSERTION_METHOD
                    : KeyAuthorization.NOT_ASSERTION_METHOD;
            KeyMaterial material = KeyMaterial.fromMethod(method.get());
            material.key().ifPresent(k -> keys.add(new VerificationMethod(id, Optional.of(bare), k, origin,
                    Optional.of(where), auth)));
        }
        return Optional.of(keys);
    }

    // ------------------------------------------------------------------ DIDs

    /** A did:key or did:jwk key id decoded (and kept in a bounded cache). */
    static KeyResolution pureDid(String keyId) {
        KeyResolution cached = PURE_DIDS.get(keyId);
        if (cached != null) {
            return cached;
        }
        KeyResolution resolution = keyId.startsWith("did:key:") ? didKey(keyId) : didJwk(keyId);
        if (PURE_DIDS.size() >= MAX_CACHED_DIDS) {
            PURE_DIDS.clear();
        }
        PURE_DIDS.put(keyId, resolution);
        return resolution;
    }

    private static KeyResolution didKey(String keyId) {
        String did = withoutFragment(keyId);
        String mb = did.substring("did:key:".length());
        Optional<String> fragment = fragment(keyId);
        if (fragment.isPresent() && !fragment.get().equals(mb)) {
            return KeyResolution.failed(KeyCode.KEY_NOT_FOUND, "the fragment of " + keyId + " is not the did:key's own key");
        }
        Optional<LaurelKey> key = Multikey.decodePublicKey(mb);
        if (key.isEmpty()) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY, did
                    + " is not an Ed25519, P-256 or P-384 did:key (z6Mk..., zDn..., z82...) with a valid key");
        }
        VerificationMethod m = new VerificationMethod(did + "#" + mb, Optional.of(did), key.get(), KeyOrigin.DID_KEY,
                Optional.empty(), KeyAuthorization.ASSERTION_METHOD);
        return KeyResolution.resolved(m, kindName(key.get().kind()) + " key decoded from " + did);
    }

    private static String kindName(KeyKind kind) {
        return switch (kind) {
            case ED25519 -> "Ed25519";
            case P256 -> "P-256";
            case P384 -> "P-384";
            case RSA -> "RSA";
        };
    }

    private static KeyResolution didJwk(String keyId) {
        String did = withoutFragment(keyId);
        Optional<String> fragment = fragment(keyId);
        if (fragment.isPresent() && !fragment.get().equals("0")) {
            return KeyResolution.failed(KeyCode.KEY_NOT_FOUND, "a did:jwk key has the fragment #0, not #" + fragment.get());
        }
        ObjectNode jwk;
        try {
            jwk = Json.parseObject(Base64.getUrlDecoder().decode(did.substring("did:jwk:".length())));
        } catch (IllegalArgumentException | Json.NotAnObjectException e) {
            return KeyResolution.failed(KeyCode.INVALID_KEY, did + " does not hold a base64url JSON object");
        }
        KeyMaterial m = KeyMaterial.fromJwk(jwk);
        if (m.key().isEmpty()) {
            return KeyResolution.failed(m.code().orElseThrow(), did + ": " + m.problem());
        }
        KeyAuthorization auth = "enc".equals(Json.text(jwk, "use").orElse(""))
                ? KeyAuthorization.NOT_ASSERTION_METHOD : KeyAuthorization.ASSERTION_METHOD;
        VerificationMethod method = new VerificationMethod(did + "#0", Optional.of(did), m.key().get(), KeyOrigin.DID_JWK,
                Optional.empty(), auth);
        return KeyResolution.resolved(method, m.key().get().kind() + " key decoded from " + did);
    }

    private KeyResolution didWeb(String keyId) {
        String did = withoutFragment(keyId);
        Optional<URI> url = DidWeb.documentUrl(did);
        if (url.isEmpty()) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, did + " is not a well-formed did:web DID");
        }
        if (fragment(keyId).isEmpty()) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, keyId
                    + " names a DID, not one of its keys (a DID URL with a #fragment)");
        }
        Fetched f = fetchObject(url.get(), DID_ACCEPT);
        if (f.document.isEmpty()) {
            return fallback(keyId, f.code, f.failure);
        }
        ObjectNode doc = f.document.get();
        Optional<String> docId = Json.text(doc, "id");
        if (docId.isEmpty() || !docId.get().equals(did)) {
            return KeyResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the DID document at " + f.uri + " has id "
                    + docId.orElse("(none)") + ", not " + did);
        }
        return fromListing(keyId, did, doc, f.uri, KeyOrigin.DID_WEB);
    }

    /**
     * The resolver of a DID: an added one that overrides it, else the built-in one of its method, else the
     * first added one that supports its method. An added resolver that throws while asked is passed over.
     */
    private Optional<DidResolver> didResolver(String did) {
        int colon = did.indexOf(':', 4);
        if (!did.startsWith("did:") || colon <= 4) {
            return Optional.empty();
        }
        String method = did.substring(4, colon);
        for (DidResolver r : didResolvers) {
            if (asks(() -> r.overrides(did))) {
                return Optional.of(r);
            }
        }
        for (DidResolver r : DidResolvers.defaults()) {
            if (r.supports(method)) {
                return Optional.of(r);
            }
        }
        for (DidResolver r : didResolvers) {
            if (asks(() -> r.supports(method))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean asks(java.util.function.BooleanSupplier question) {
        try {
            return question.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A DID of a method an added resolver handles: its document read as a did:web document is. */
    private KeyResolution registeredDid(String keyId, DidResolver resolver) {
        String did = withoutFragment(keyId);
        if (fragment(keyId).isEmpty()) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, keyId
                    + " names a DID, not one of its keys (a DID URL with a #fragment)");
        }
        URI where;
        try {
            where = new URI(did);
        } catch (URISyntaxException e) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, "the DID is not a valid URI");
        }
        DidResolution resolution = resolver.resolve(did, fetcher);
        if (resolution == null) {
            return fallback(keyId, KeyCode.KEY_DOCUMENT_UNAVAILABLE, "the resolver of " + did + " returned nothing");
        }
        Optional<ObjectNode> doc = resolution.document();
        if (doc.isEmpty()) {
            return fallback(keyId, resolution.code().orElse(KeyCode.KEY_DOCUMENT_UNAVAILABLE),
                    "could not resolve " + did + ": " + resolution.message());
        }
        Optional<String> docId = Json.text(doc.get(), "id");
        if (docId.isEmpty() || !docId.get().equals(did)) {
            return KeyResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the DID document of " + did + " has id "
                    + docId.orElse("(none)") + ", not " + did);
        }
        return fromListing(keyId, did, doc.get(), where, KeyOrigin.DID_RESOLVER);
    }

    // ------------------------------------------------------------------ http(s) documents

    private KeyResolution http(String keyId) {
        URI uri;
        try {
            uri = new URI(keyId);
        } catch (URISyntaxException e) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, "the key id is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return KeyResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, keyId + " is not an absolute URL with a host");
        }
        String base = withoutFragment(keyId);
        Fetched f = fetchObject(URI.create(base), DOCUMENT_ACCEPT);
        if (f.document.isEmpty()) {
            return fallback(keyId, f.code, f.failure);
        }
        ObjectNode doc = f.document.get();
        Optional<String> docId = Json.text(doc, "id");
        Optional<String> fragment = fragment(keyId);
        if (METHOD_LISTS.stream().anyMatch(doc::has)) {
            if (docId.isPresent() && !withoutFragment(docId.get()).equals(base)) {
                return KeyResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the document at " + f.uri + " has id "
                        + docId.get() + ", not " + base);
            }
            return fromListing(keyId, docId.orElse(base), doc, f.uri, KeyOrigin.DOCUMENT);
        }
        if (doc.has("keys")) {
            List<JsonNode> keys = Json.items(doc.get("keys"));
            for (JsonNode jwk : keys) {
                Optional<String> kid = Json.text(jwk, "kid");
                if (kid.isPresent() && (kid.get().equals(keyId) || kid.equals(fragment))) {
                    return fromMaterial(keyId, KeyMaterial.fromJwk(jwk), f.uri, Optional.empty());
                }
            }
            if (fragment.isEmpty() && keys.size() == 1) {
                return fromMaterial(keyId, KeyMaterial.fromJwk(keys.get(0)), f.uri, Optional.empty());
            }
            return KeyResolution.failed(KeyCode.KEY_NOT_FOUND, "the JWK set at " + f.uri + " has no key with kid "
                    + fragment.orElse(keyId));
        }
        if (doc.has("kty")) {
            Optional<String> kid = Json.text(doc, "kid");
            if (fragment.isPresent() && kid.isPresent() && !kid.equals(fragment) && !kid.get().equals(keyId)) {
                return KeyResolution.failed(KeyCode.KEY_NOT_FOUND, "the JWK at " + f.uri + " has kid " + kid.get()
                        + ", not " + fragment.get());
            }
            return fromMaterial(keyId, KeyMaterial.fromJwk(doc), f.uri, Optional.empty());
        }
        if (docId.isPresent() && !docId.get().equals(keyId) && !docId.get().equals(base)) {
            return KeyResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the document at " + f.uri + " has id "
                    + docId.get() + ", not " + keyId);
        }
        return fromMaterial(keyId, KeyMaterial.fromMethod(doc), f.uri,
                Json.text(doc, "controller").or(() -> Json.text(doc, "owner")));
    }

    /** A key listed in a controller or DID document, with its authorisation for assertions. */
    private static KeyResolution fromListing(String keyId, String docId, ObjectNode doc, URI where, KeyOrigin origin) {
        String docBase = withoutFragment(docId);
        Optional<JsonNode> entry = entry(doc, keyId);
        if (entry.isEmpty()) {
            return KeyResolution.failed(KeyCode.KEY_NOT_FOUND, "the document at " + where + " does not list " + keyId);
        }
        KeyAuthorization auth = authorization(doc, keyId, docBase);
        if ((origin == KeyOrigin.DID_WEB || origin == KeyOrigin.DID_RESOLVER) && auth == KeyAuthorization.NOT_DECLARED) {
            // In a DID document only the methods under assertionMethod may make assertions.
            auth = KeyAuthorization.NOT_ASSERTION_METHOD;
        }
        KeyMaterial m = KeyMaterial.fromMethod(entry.get());
        if (m.key().isEmpty()) {
            return KeyResolution.failed(m.code().orElseThrow(), keyId + " in " + where + ": " + m.problem());
        }
        Optional<String> controller = Json.text(entry.get(), "controller").or(() -> Json.text(entry.get(), "owner"))
                .or(() -> Optional.of(docId));
        VerificationMethod method = new VerificationMethod(keyId, controller, m.key().get(), origin, Optional.of(where), auth);
        return KeyResolution.resolved(method, m.key().get().kind() + " key " + keyId + " read from " + where);
    }

    /**
     * Reads the key that a method object embedded in a document publishes (a verification method, or an
     * OB 2.0 {@code CryptographicKey} inside an issuer profile), without fetching anything.
     *
     * @param method the method object
     * @param id its id; without one, the key's RFC 7638 thumbprint URN
     * @param controller who the document says controls the key
     * @param document the document it stands in, if known
     * @param where a few words on where it stands, for the resolution's message
     * @return the resolved method (origin {@link KeyOrigin#DOCUMENT}, authorisation not declared), or why
     *     the object publishes no usable key
     */
    public static KeyResolution embedded(JsonNode method, Optional<String> id, Optional<String> controller,
            Optional<URI> document, String where) {
        Objects.requireNonNull(method, "method");
        KeyMaterial material = KeyMaterial.fromMethod(method);
        if (material.key().isEmpty()) {
            return KeyResolution.failed(material.code().orElseThrow(), material.problem());
        }
        LaurelKey key = material.key().get();
        String keyId = id.orElse(VerificationMethod.THUMBPRINT_URN + key.thumbprint());
        return KeyResolution.resolved(new VerificationMethod(keyId, controller, key, KeyOrigin.DOCUMENT, document,
                KeyAuthorization.NOT_DECLARED), where);
    }

    private static KeyResolution fromMaterial(String keyId, KeyMaterial m, URI where, Optional<String> controller) {
        if (m.key().isEmpty()) {
            return KeyResolution.failed(m.code().orElseThrow(), "key " + keyId + " in " + where + ": " + m.problem());
        }
        VerificationMethod method = new VerificationMethod(keyId, controller, m.key().get(), KeyOrigin.DOCUMENT,
                Optional.of(where), KeyAuthorization.NOT_DECLARED);
        return KeyResolution.resolved(method, m.key().get().kind() + " key " + keyId + " read from " + where);
    }

    /** The method object with this absolute id, from any of the document's method lists. */
    private static Optional<JsonNode> entry(JsonNode doc, String keyId) {
        String docBase = Json.text(doc, "id").map(KeyResolver::withoutFragment).orElse(withoutFragment(keyId));
        for (String list : METHOD_LISTS) {
            for (JsonNode candidate : Json.items(doc.get(list))) {
                if (candidate.isObject() && Json.text(candidate, "id").map(id -> absolute(id, docBase))
                        .filter(keyId::equals).isPresent()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static KeyAuthorization authorization(JsonNode doc, String keyId, String docBase) {
        JsonNode list = doc.get("assertionMethod");
        if (list == null) {
            return KeyAuthorization.NOT_DECLARED;
        }
        for (JsonNode item : Json.items(list)) {
            Optional<String> ref = item.isTextual() ? Optional.of(item.textValue()) : Json.text(item, "id");
            if (ref.map(r -> absolute(r, docBase)).filter(keyId::equals).isPresent()) {
                return KeyAuthorization.ASSERTION_METHOD;
            }
        }
        return KeyAuthorization.NOT_ASSERTION_METHOD;
    }

    /** An unreachable id whose fragment is a Multikey: the reference validator's fallback. */
    private static KeyResolution fallback(String keyId, KeyCode code, String reason) {
        Optional<LaurelKey> key = fragment(keyId).flatMap(Multikey::decodePublicKey);
        if (key.isEmpty()) {
            return KeyResolution.failed(code, reason);
        }
        VerificationMethod m = new VerificationMethod(keyId, Optional.empty(), key.get(), KeyOrigin.FRAGMENT,
                Optional.empty(), KeyAuthorization.UNKNOWN);
        return KeyResolution.resolved(m, reason + "; used the " + kindName(key.get().kind()) + " key in the fragment of " + keyId
                + ", which nothing confirms");
    }

    // ------------------------------------------------------------------ fetching

    /** A fetched JSON object, or why there is none. */
    private record Fetched(Optional<ObjectNode> document, URI uri, KeyCode code, String failure) {
    }

    private Fetched fetchObject(URI uri, String accept) {
        FetchedDocument doc;
        try {
            doc = fetcher.fetch(uri, accept);
        } catch (FetchException e) {
            return new Fetched(Optional.empty(), uri, KeyCode.KEY_DOCUMENT_UNAVAILABLE, "could not fetch " + uri
                    + ": " + e.getMessage() + " [" + e.fetchCode() + "]");
        }
        if (doc == null) {
            return new Fetched(Optional.empty(), uri, KeyCode.KEY_DOCUMENT_UNAVAILABLE, "could not fetch " + uri
                    + ": the fetcher returned nothing [" + FetchCode.FETCH_FAILED + "]");
        }
        Parsed parsed = documents.get(doc, d -> {
            try {
                return new Parsed(Optional.of(Json.parseObject(d.body())), "");
            } catch (Json.NotAnObjectException e) {
                return new Parsed(Optional.empty(), e.getMessage());
            }
        });
        return parsed.json.isPresent() ? new Fetched(parsed.json, doc.uri(), null, "")
                : new Fetched(parsed.json, doc.uri(), KeyCode.MALFORMED_KEY_DOCUMENT, "the document at " + doc.uri()
                        + " is " + parsed.problem);
    }

    /** A fetched document as parsed once: the object, or why it is not one (never quoting the input). */
    private record Parsed(Optional<ObjectNode> json, String problem) {
    }

    // ------------------------------------------------------------------ ids

    static String withoutFragment(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    static Optional<String> fragment(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(id.substring(hash + 1));
    }

    /** Resolves an id relative to a document ({@code #key-1}) against the document's id. */
    static String absolute(String id, String docBase) {
        return id.startsWith("#") ? withoutFragment(docBase) + id : id;
    }
}
