package dev.laurel.badges.verify.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchCode;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the Ed25519 public key a Data Integrity proof's {@code verificationMethod} names.
 *
 * <p>Supported: {@code did:key} (Ed25519 multikey), {@code did:jwk} (OKP Ed25519 JWK), {@code did:web}
 * (its document read through the {@link DocumentFetcher}), and https URLs of a controller document or
 * issuer profile whose {@code verificationMethod} lists {@code Multikey}, {@code JsonWebKey},
 * {@code JsonWebKey2020}, {@code Ed25519VerificationKey2020} or {@code Ed25519VerificationKey2018}
 * entries, of a verification method document itself, of a JWK or of a JWK set. When a URL cannot be
 * dereferenced and its fragment is itself a multibase Ed25519 key ({@code z6Mk...}), that key is used
 * as 1EdTech's reference validator does, with {@link KeySource#UNCONFIRMED_FRAGMENT} so that callers
 * can warn.
 *
 * <p>Untrusted input never throws: every problem is a failed {@link KeyResolution}. Thread-safe when the
 * fetcher is.
 *
 * <pre>{@code
 * KeyResolver resolver = new KeyResolver(fetcher);
 * KeyResolution r = resolver.resolve("did:key:z6Mk...#z6Mk...");
 * r.key().ifPresent(k -> System.out.println(k.describe()));
 * }</pre>
 */
public final class KeyResolver {

    /** The {@code Accept} value used for DID documents. */
    public static final String DID_ACCEPT = "application/did+json, application/did+ld+json;q=0.9, application/json;q=0.8";

    /** The {@code Accept} value used for controller documents, profiles and keys. */
    public static final String DOCUMENT_ACCEPT =
            "application/ld+json, application/json;q=0.9, application/jwk+json;q=0.8, application/jwk-set+json;q=0.8";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DID_LENGTH = 4096;

    private final DocumentFetcher fetcher;

    /**
     * Creates a resolver.
     *
     * @param fetcher reads DID documents and https documents; its policy decides what may be fetched
     * @throws NullPointerException if {@code fetcher} is null
     */
    public KeyResolver(DocumentFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * Returns a resolver that fetches nothing: {@code did:key} and {@code did:jwk} resolve, anything
     * else falls back to a fragment key or fails.
     *
     * @return the resolver
     */
    public static KeyResolver offline() {
        return new KeyResolver(OFFLINE);
    }

    /** A fetcher that refuses everything, the safe default. */
    static final DocumentFetcher OFFLINE = (uri, accept) -> {
        throw new FetchException(FetchCode.FETCH_REFUSED, "offline: not fetching " + uri);
    };

    /**
     * Resolves a verification method to its key.
     *
     * @param verificationMethod the proof's {@code verificationMethod} value
     * @return the key and where it came from, or why there is none
     * @throws NullPointerException if {@code verificationMethod} is null
     */
    public KeyResolution resolve(String verificationMethod) {
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        String vm = verificationMethod.trim();
        if (vm.isEmpty() || vm.length() > MAX_DID_LENGTH || !vm.equals(verificationMethod)) {
            return KeyResolution.failed("verificationMethod is empty, too long or padded with spaces");
        }
        try {
            if (vm.startsWith("did:key:")) {
                return didKey(vm);
            }
            if (vm.startsWith("did:jwk:")) {
                return didJwk(vm);
            }
            if (vm.startsWith("did:web:")) {
                return didWeb(vm);
            }
            if (vm.startsWith("did:")) {
                return fallback(vm, "the DID method of " + vm + " is not supported (did:key, did:jwk, did:web are)");
            }
            if (vm.startsWith("https://") || vm.startsWith("http://")) {
                return http(vm);
            }
            return fallback(vm, vm + " is neither a supported DID URL nor an https URL");
        } catch (RuntimeException e) {
            // A defect in a fetcher or a library must not turn untrusted input into an exception.
            return KeyResolution.failed("could not resolve " + vm + ": " + e);
        }
    }

    /**
     * Fetches the issuer's own document (its profile or controller document) at the issuer's id, for the
     * key-binding check.
     *
     * @param issuerId the issuer's https id
     * @return the JSON object, or empty if the id is not an http(s) URL or the document cannot be fetched
     *     or is not a JSON object
     * @throws NullPointerException if {@code issuerId} is null
     */
    public Optional<JsonNode> fetchIssuerDocument(String issuerId) {
        Objects.requireNonNull(issuerId, "issuerId");
        String base = withoutFragment(issuerId);
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            return Optional.empty();
        }
        try {
            return fetchJson(new URI(base), DOCUMENT_ACCEPT).json;
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** did:key resolution is a pure function of the text, so its results are kept (up to a bound). */
    private static final Map<String, KeyResolution> DID_KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_DID_KEYS = 4096;

    private static KeyResolution didKey(String vm) {
        KeyResolution cached = DID_KEYS.get(vm);
        if (cached != null) {
            return cached;
        }
        KeyResolution resolution = decodeDidKey(vm);
        if (DID_KEYS.size() >= MAX_CACHED_DID_KEYS) {
            DID_KEYS.clear();
        }
        DID_KEYS.put(vm, resolution);
        return resolution;
    }

    private static KeyResolution decodeDidKey(String vm) {
        String did = withoutFragment(vm);
        String mb = did.substring("did:key:".length());
        Optional<String> fragment = fragment(vm);
        if (fragment.isPresent() && !fragment.get().equals(mb)) {
            return KeyResolution.failed("the fragment of " + vm + " is not the did:key's own key");
        }
        Optional<Ed25519PublicKey> key = Multikey.decodePublicKey(mb);
        if (key.isEmpty()) {
            return KeyResolution.failed(did + " is not an Ed25519 did:key (z6Mk...)");
        }
        VerificationKey k = new VerificationKey(did + "#" + mb, key.get(), KeySource.DID_KEY, Optional.of(did),
                Optional.empty(), KeyAuthorization.ASSERTION_METHOD);
        return KeyResolution.resolved(k, "Ed25519 key decoded from " + did);
    }

    private static KeyResolution didJwk(String vm) {
        String did = withoutFragment(vm);
        Optional<String> fragment = fragment(vm);
        if (fragment.isPresent() && !fragment.get().equals("0")) {
            return KeyResolution.failed("a did:jwk verification method has the fragment #0, not #" + fragment.get());
        }
        String encoded = did.substring("did:jwk:".length());
        JsonNode jwk;
        try {
            jwk = MAPPER.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException | IOException e) {
            return KeyResolution.failed(did + " does not hold base64url JSON");
        }
        Material m = Material.fromJwk(jwk);
        if (m.key.isEmpty()) {
            return KeyResolution.failed(did + ": " + m.error);
        }
        KeyAuthorization auth = "enc".equals(text(jwk, "use").orElse(""))
                ? KeyAuthorization.NOT_ASSERTION_METHOD : KeyAuthorization.ASSERTION_METHOD;
        VerificationKey k = new VerificationKey(did + "#0", m.key.get(), KeySource.DID_JWK, Optional.of(did),
                Optional.empty(), auth);
        return KeyResolution.resolved(k, "Ed25519 key decoded from " + did);
    }

    private KeyResolution didWeb(String vm) {
        String did = withoutFragment(vm);
        Optional<URI> url = DidWeb.documentUrl(did);
        if (url.isEmpty()) {
            return KeyResolution.failed(did + " is not a well-formed did:web DID");
        }
        if (fragment(vm).isEmpty()) {
            return KeyResolution.failed(vm + " names a DID, not one of its keys (a DID URL with a #fragment)");
        }
        Fetched f = fetchJson(url.get(), DID_ACCEPT);
        if (f.json.isEmpty()) {
            return fallback(vm, f.failure);
        }
        JsonNode doc = f.json.get();
        Optional<String> docId = text(doc, "id");
        if (docId.isEmpty() || !docId.get().equals(did)) {
            return KeyResolution.failed("the DID document at " + f.uri + " has id " + docId.orElse("(none)")
                    + ", not " + did);
        }
        return fromControllerDocument(vm, did, doc, f.uri, KeySource.DID_WEB);
    }

    private KeyResolution http(String vm) {
        URI uri;
        try {
            uri = new URI(vm);
        } catch (URISyntaxException e) {
            return KeyResolution.failed(vm + " is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return KeyResolution.failed(vm + " is not an absolute URL with a host");
        }
        String base = withoutFragment(vm);
        Fetched f = fetchJson(URI.create(base), DOCUMENT_ACCEPT);
        if (f.json.isEmpty()) {
            return fallback(vm, f.failure);
        }
        JsonNode doc = f.json.get();
        if (doc.has("verificationMethod") || doc.has("assertionMethod") || doc.has("publicKey")) {
            Optional<String> docId = text(doc, "id");
            if (docId.isPresent() && !withoutFragment(docId.get()).equals(base)) {
                return KeyResolution.failed("the document at " + f.uri + " has id " + docId.get() + ", not " + base);
            }
            return fromControllerDocument(vm, docId.orElse(base), doc, f.uri, KeySource.CONTROLLER_DOCUMENT);
        }
        if (doc.has("keys") && doc.get("keys").isArray()) {
            Optional<String> fragment = fragment(vm);
            for (JsonNode jwk : doc.get("keys")) {
                Optional<String> kid = text(jwk, "kid");
                if (kid.isPresent() && (kid.get().equals(vm) || fragment.map(kid.get()::equals).orElse(false))) {
                    return fromMaterial(vm, Material.fromJwk(jwk), f.uri, Optional.empty(), KeyAuthorization.NOT_DECLARED);
                }
            }
            return KeyResolution.failed("the JWK set at " + f.uri + " has no key with kid " + fragment.orElse(vm));
        }
        if (doc.has("kty")) {
            return fromMaterial(vm, Material.fromJwk(doc), f.uri, Optional.empty(), KeyAuthorization.NOT_DECLARED);
        }
        Optional<String> docId = text(doc, "id");
        if (docId.isPresent() && !docId.get().equals(vm) && !docId.get().equals(base)) {
            return KeyResolution.failed("the document at " + f.uri + " has id " + docId.get() + ", not " + vm);
        }
        return fromMaterial(vm, Material.fromVerificationMethod(doc), f.uri, text(doc, "controller"),
                KeyAuthorization.NOT_DECLARED);
    }

    private static KeyResolution fromControllerDocument(String vm, String docId, JsonNode doc, URI where,
            KeySource source) {
        String docBase = withoutFragment(docId);
        JsonNode entry = null;
        for (String list : new String[] {"verificationMethod", "assertionMethod", "publicKey"}) {
            for (JsonNode candidate : items(doc.get(list))) {
                if (candidate.isObject() && text(candidate, "id").map(id -> absolute(id, docBase)).filter(vm::equals).isPresent()) {
                    entry = candidate;
                    break;
                }
            }
            if (entry != null) {
                break;
            }
        }
        if (entry == null) {
            return KeyResolution.failed("the document at " + where + " does not list " + vm);
        }
        KeyAuthorization auth = authorization(doc, vm, docBase);
        if (source == KeySource.DID_WEB && auth == KeyAuthorization.NOT_DECLARED) {
            // In a DID document only the methods under assertionMethod may make assertions.
            auth = KeyAuthorization.NOT_ASSERTION_METHOD;
        }
        Optional<String> controller = text(entry, "controller").or(() -> Optional.of(docId));
        Material m = Material.fromVerificationMethod(entry);
        if (m.key.isEmpty()) {
            return KeyResolution.failed(vm + " in " + where + ": " + m.error);
        }
        VerificationKey k = new VerificationKey(vm, m.key.get(), source, controller, Optional.of(where), auth);
        return KeyResolution.resolved(k, "Ed25519 key " + vm + " read from " + where);
    }

    private static KeyAuthorization authorization(JsonNode doc, String vm, String docBase) {
        JsonNode list = doc.get("assertionMethod");
        if (list == null) {
            return KeyAuthorization.NOT_DECLARED;
        }
        for (JsonNode item : items(list)) {
            Optional<String> ref = item.isTextual() ? Optional.of(item.asText()) : text(item, "id");
            if (ref.map(r -> absolute(r, docBase)).filter(vm::equals).isPresent()) {
                return KeyAuthorization.ASSERTION_METHOD;
            }
        }
        return KeyAuthorization.NOT_ASSERTION_METHOD;
    }

    private static KeyResolution fromMaterial(String vm, Material m, URI where, Optional<String> controller,
            KeyAuthorization auth) {
        if (m.key.isEmpty()) {
            return KeyResolution.failed(vm + " in " + where + ": " + m.error);
        }
        VerificationKey k = new VerificationKey(vm, m.key.get(), KeySource.CONTROLLER_DOCUMENT, controller,
                Optional.of(where), auth);
        return KeyResolution.resolved(k, "Ed25519 key " + vm + " read from " + where);
    }

    private static KeyResolution fallback(String vm, String reason) {
        Optional<Ed25519PublicKey> key = fragment(vm).flatMap(Multikey::decodePublicKey);
        if (key.isEmpty()) {
            return KeyResolution.failed(reason);
        }
        VerificationKey k = new VerificationKey(vm, key.get(), KeySource.UNCONFIRMED_FRAGMENT, Optional.empty(),
                Optional.empty(), KeyAuthorization.UNKNOWN);
        return KeyResolution.resolved(k, reason + "; used the Ed25519 key in the fragment of " + vm
                + ", which nothing confirms");
    }

    private Fetched fetchJson(URI uri, String accept) {
        FetchedDocument doc;
        try {
            doc = fetcher.fetch(uri, accept);
        } catch (FetchException e) {
            return Fetched.failed(uri, "could not fetch " + uri + " (" + e.fetchCode() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            return Fetched.failed(uri, "could not fetch " + uri + ": " + e);
        }
        if (doc == null) {
            return Fetched.failed(uri, "could not fetch " + uri + ": the fetcher returned nothing");
        }
        try {
            JsonNode json = MAPPER.readTree(doc.body());
            if (json == null || !json.isObject()) {
                return Fetched.failed(doc.uri(), "the document at " + doc.uri() + " is not a JSON object");
            }
            return new Fetched(Optional.of(json), doc.uri(), "");
        } catch (IOException e) {
            return Fetched.failed(doc.uri(), "the document at " + doc.uri() + " is not JSON");
        }
    }

    /** Returns the URL or DID URL without its {@code #fragment}. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Returns the {@code #fragment}, if any. */
    static Optional<String> fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(url.substring(hash + 1));
    }

    /** Resolves an id relative to a document ({@code #key-1}) against the document's id. */
    static String absolute(String id, String docBase) {
        return id.startsWith("#") ? docBase + id : id;
    }

    /** Returns the items of a JSON-LD value: the elements of an array, or the value itself. */
    static List<JsonNode> items(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(value);
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** The result of fetching a JSON document. */
    private static final class Fetched {
        final Optional<JsonNode> json;
        final URI uri;
        final String failure;

        Fetched(Optional<JsonNode> json, URI uri, String failure) {
            this.json = json;
            this.uri = uri;
            this.failure = failure;
        }

        static Fetched failed(URI uri, String why) {
            return new Fetched(Optional.empty(), uri, why);
        }
    }

    /** Key material read from a verification method or JWK: the key, or why not. */
    static final class Material {
        final Optional<Ed25519PublicKey> key;
        final String error;

        private Material(Optional<Ed25519PublicKey> key, String error) {
            this.key = key;
            this.error = error;
        }

        static Material of(Ed25519PublicKey key) {
            return new Material(Optional.of(key), "");
        }

        static Material error(String error) {
            return new Material(Optional.empty(), error);
        }

        static Material fromVerificationMethod(JsonNode vm) {
            Optional<String> type = text(vm, "type");
            if (type.isPresent()) {
                switch (type.get()) {
                    case "Multikey":
                    case "Ed25519VerificationKey2020":
                    case "Ed25519VerificationKey2018":
                    case "JsonWebKey":
                    case "JsonWebKey2020":
                        break;
                    default:
                        return error("verification method type " + type.get() + " is not supported");
                }
            }
            Optional<String> multibase = text(vm, "publicKeyMultibase");
            if (multibase.isPresent()) {
                Optional<Ed25519PublicKey> key = Multikey.decodePublicKey(multibase.get());
                if (key.isEmpty() && type.filter("Ed25519VerificationKey2020"::equals).isPresent()) {
                    // Early Ed25519VerificationKey2020 documents wrote the raw 32 bytes without the multicodec.
                    key = Multibase.decode(multibase.get()).flatMap(Ed25519PublicKey::parse);
                }
                return key.map(Material::of).orElseGet(() -> error("publicKeyMultibase is not an Ed25519 key"));
            }
            JsonNode jwk = vm.get("publicKeyJwk");
            if (jwk != null) {
                return fromJwk(jwk);
            }
            Optional<String> base58 = text(vm, "publicKeyBase58");
            if (base58.isPresent()) {
                return Multibase.decodeBase58(base58.get()).flatMap(Ed25519PublicKey::parse).map(Material::of)
                        .orElseGet(() -> error("publicKeyBase58 is not an Ed25519 key"));
            }
            return error("no publicKeyMultibase, publicKeyJwk or publicKeyBase58");
        }

        static Material fromJwk(JsonNode jwk) {
            if (jwk == null || !jwk.isObject()) {
                return error("the JWK is not a JSON object");
            }
            if (!"OKP".equals(text(jwk, "kty").orElse("")) || !"Ed25519".equals(text(jwk, "crv").orElse(""))) {
                return error("the JWK is not an Ed25519 key (kty OKP, crv Ed25519)");
            }
            if (jwk.has("d")) {
                return error("the JWK publishes a private key (d)");
            }
            Optional<String> alg = text(jwk, "alg");
            if (alg.isPresent() && !alg.get().equals("EdDSA") && !alg.get().equals("Ed25519")) {
                return error("the JWK's alg " + alg.get() + " is not EdDSA");
            }
            Optional<String> x = text(jwk, "x");
            if (x.isEmpty() || x.get().indexOf('=') >= 0) {
                return error("the JWK has no base64url x");
            }
            try {
                return Ed25519PublicKey.parse(Base64.getUrlDecoder().decode(x.get())).map(Material::of)
                        .orElseGet(() -> error("the JWK's x is not an Ed25519 public key"));
            } catch (IllegalArgumentException e) {
                return error("the JWK's x is not base64url");
            }
        }
    }
}
