package dev.laurel.badges.verify.jose.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import dev.laurel.badges.core.ProblemCode;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.jose.KeyResolutionException;
import dev.laurel.badges.verify.jose.ResolutionCode;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import dev.laurel.badges.verify.keys.internal.JwkCodec;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys a fetched document publishes: a JWK, a JWK Set, a controller (or DID) document with
 * verification methods, a single verification method, or an OB 2.0 CryptographicKey. Immutable.
 */
public final class KeyDocument {

    /** The shape of the document. */
    public enum Shape {
        /** A single JWK. */
        JWK,
        /** A JWK Set ({@code keys}). */
        JWK_SET,
        /** A document listing verification methods. */
        CONTROLLER,
        /** A single key object with {@code publicKeyJwk} or {@code publicKeyPem}. */
        KEY_OBJECT
    }

    /**
     * One published key, or why it cannot be used.
     *
     * @param id its id ({@code kid}, or the verification method's absolute id), if any
     * @param key the key, if usable
     * @param problemCode why not, if not usable
     * @param problem the message, if not usable
     * @param controller its stated controller or owner, if any
     */
    public record Entry(Optional<String> id, Optional<LaurelKey> key, Optional<ProblemCode> problemCode,
            Optional<String> problem, Optional<String> controller) {

        /**
         * Returns the key or throws why it is not usable.
         *
         * @param keyId the requested key id, for the message
         * @return the key
         * @throws KeyResolutionException if the entry is not usable
         */
        public LaurelKey require(String keyId) {
            if (key.isPresent()) {
                return key.get();
            }
            throw new KeyResolutionException(problemCode.orElse(ResolutionCode.MALFORMED_KEY_DOCUMENT),
                    "key " + keyId + " is not usable: " + problem.orElse("unknown"));
        }
    }

    private final Shape shape;
    private final List<Entry> entries;
    private final Optional<String> documentId;

    private KeyDocument(Shape shape, List<Entry> entries, Optional<String> documentId) {
        this.shape = shape;
        this.entries = List.copyOf(entries);
        this.documentId = documentId;
    }

    /**
     * Returns the shape.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /**
     * Returns the published keys.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the document's own {@code id}, if it has one.
     *
     * @return the id
     */
    public Optional<String> documentId() {
        return documentId;
    }

    /**
     * Reads the keys of a fetched document.
     *
     * @param doc the document
     * @return the keys
     * @throws KeyResolutionException if the document is not JSON or holds no key
     */
    public static KeyDocument parse(FetchedDocument doc) {
        ObjectNode root;
        try {
            root = Json.parseObject(doc.body());
        } catch (Json.NotAnObjectException e) {
            throw new KeyResolutionException(ResolutionCode.MALFORMED_KEY_DOCUMENT,
                    "key document " + doc.uri() + " is " + e.getMessage(), e);
        }
        Optional<String> docId = Json.text(root, "id");
        URI base = docId.flatMap(KeyDocument::uri).filter(URI::isAbsolute).orElse(doc.uri());
        if (root.has("keys")) {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode k : Json.items(root.get("keys"))) {
                entries.add(fromJwk(k, Json.text(k, "kid"), Optional.empty()));
            }
            return new KeyDocument(Shape.JWK_SET, entries, docId);
        }
        if (root.has("kty")) {
            return new KeyDocument(Shape.JWK, List.of(fromJwk(root, Json.text(root, "kid"), Optional.empty())), docId);
        }
        List<Entry> methods = new ArrayList<>();
        for (String rel : List.of("verificationMethod", "assertionMethod", "authentication", "publicKey")) {
            for (JsonNode m : Json.items(root.get(rel))) {
                if (m.isObject() && (m.has("publicKeyJwk") || m.has("publicKeyPem"))) {
                    Optional<String> id = Json.text(m, "id").map(i -> absolute(base, i));
                    Optional<String> controller = Json.text(m, "controller").or(() -> Json.text(m, "owner")).or(() -> docId);
                    methods.add(fromKeyObject(m, id, controller));
                }
            }
        }
        if (!methods.isEmpty()) {
            return new KeyDocument(Shape.CONTROLLER, methods, docId);
        }
        if (root.has("publicKeyJwk") || root.has("publicKeyPem")) {
            Optional<String> controller = Json.text(root, "controller").or(() -> Json.text(root, "owner"));
            return new KeyDocument(Shape.KEY_OBJECT, List.of(fromKeyObject(root, docId.map(i -> absolute(base, i)),
                    controller)), docId);
        }
        throw new KeyResolutionException(ResolutionCode.MALFORMED_KEY_DOCUMENT,
                "document " + doc.uri() + " publishes no key (no JWK, keys, verificationMethod or publicKeyJwk)");
    }

    /**
     * Finds the key a key id names.
     *
     * @param keyId the absolute key id
     * @param fragment its fragment, if it has one
     * @return the entry
     * @throws KeyResolutionException if the document holds no such key
     */
    public Entry select(String keyId, Optional<String> fragment) {
        for (Entry e : entries) {
            if (e.id().isPresent() && (e.id().get().equals(keyId)
                    || (shape == Shape.JWK_SET || shape == Shape.JWK) && fragment.isPresent()
                            && e.id().get().equals(fragment.get()))) {
                return e;
            }
        }
        boolean single = entries.size() == 1;
        if (single && shape == Shape.JWK && (fragment.isEmpty() || entries.get(0).id().isEmpty())) {
            return entries.get(0);
        }
        if (single && shape == Shape.JWK_SET && fragment.isEmpty()) {
            return entries.get(0);
        }
        if (single && shape == Shape.KEY_OBJECT && (entries.get(0).id().isEmpty() || fragment.isEmpty())) {
            return entries.get(0);
        }
        throw new KeyResolutionException(ResolutionCode.KEY_NOT_FOUND, "no key " + keyId + " in its document");
    }

    private static Entry fromJwk(JsonNode jwkNode, Optional<String> id, Optional<String> controller) {
        if (!jwkNode.isObject()) {
            return broken(id, ResolutionCode.MALFORMED_KEY_DOCUMENT, "a JWK is not a JSON object", controller);
        }
        JWK jwk;
        try {
            jwk = JWK.parse(jwkNode.toString());
        } catch (java.text.ParseException | RuntimeException e) {
            return broken(id, dev.laurel.badges.verify.keys.KeyCode.INVALID_KEY, "malformed JWK: " + e.getMessage(),
                    controller);
        }
        if (jwk.isPrivate()) {
            return broken(id, ResolutionCode.PRIVATE_KEY_PUBLISHED, "the published JWK holds private key material",
                    controller);
        }
        try {
            LaurelKey key = LaurelKey.ofPublic(JwkCodec.fromJwk(jwk).getPublic());
            return new Entry(id, Optional.of(key), Optional.empty(), Optional.empty(), controller);
        } catch (KeyException e) {
            return broken(id, e.keyCode(), e.getMessage(), controller);
        }
    }

    private static Entry fromKeyObject(JsonNode m, Optional<String> id, Optional<String> controller) {
        JsonNode jwk = m.get("publicKeyJwk");
        if (jwk != null) {
            return fromJwk(jwk, id, controller);
        }
        JsonNode pem = m.get("publicKeyPem");
        if (!pem.isTextual()) {
            return broken(id, ResolutionCode.MALFORMED_KEY_DOCUMENT, "publicKeyPem is not a string", controller);
        }
        try {
            LaurelKey key = KeyPairs.fromPem(pem.textValue());
            if (key.canSign()) {
                return broken(id, ResolutionCode.PRIVATE_KEY_PUBLISHED, "the published PEM is a private key", controller);
            }
            return new Entry(id, Optional.of(key), Optional.empty(), Optional.empty(), controller);
        } catch (KeyException e) {
            return broken(id, e.keyCode(), e.getMessage(), controller);
        }
    }

    private static Entry broken(Optional<String> id, ProblemCode code, String problem, Optional<String> controller) {
        return new Entry(id, Optional.empty(), Optional.of(code), Optional.of(problem), controller);
    }

    private static String absolute(URI base, String id) {
        if (id.startsWith("#")) {
            // Also right for DID documents, whose ids are opaque URIs that URI.resolve leaves alone.
            String b = base.toString();
            int hash = b.indexOf('#');
            return (hash < 0 ? b : b.substring(0, hash)) + id;
        }
        Optional<URI> u = uri(id);
        if (u.isPresent() && !u.get().isAbsolute() && !base.isOpaque()) {
            try {
                return base.resolve(u.get()).toString();
            } catch (IllegalArgumentException e) {
                return id;
            }
        }
        return id;
    }

    private static Optional<URI> uri(String s) {
        return Uris.parse(s);
    }
}
