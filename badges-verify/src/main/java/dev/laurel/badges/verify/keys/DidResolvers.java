package dev.laurel.badges.verify.keys;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.fetch.FetchedDocument;
import dev.laurel.badges.verify.internal.json.Json;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link DidResolver}s Laurel ships: the built-in methods {@code did:key}, {@code did:jwk} and
 * {@code did:web}, which every {@link KeyResolver} (and so every verifier) has registered by default, and
 * a resolver of static DID documents that a caller supplies (the offline way to add a DID of any method).
 *
 * <p>The built-in resolvers are what {@link KeyResolver} dispatches to for their methods; their
 * {@link DidResolver#resolve} also gives the DID document on its own ({@code did:key} and {@code did:jwk}
 * documents are derived from the DID, as their method specifications say; a {@code did:web} document is
 * fetched through the given fetcher). A caller replaces one for some or all of its DIDs with a resolver
 * whose {@link DidResolver#overrides(String)} claims them, and adds a method with one whose
 * {@link DidResolver#supports(String)} names it.
 *
 * <pre>{@code
 * DidResolver pinned = DidResolvers.of(Map.of("did:web:issuer.example", didDocument));
 * Verifier verifier = Verifier.builder().didResolver(pinned).build();   // that DID is never fetched
 * }</pre>
 */
public final class DidResolvers {

    private static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";

    private DidResolvers() {
    }

    /** The built-in methods, as enum singletons (immutable, thread-safe). */
    enum BuiltIn implements DidResolver {
        KEY("key"), JWK("jwk"), WEB("web");

        private final String method;

        BuiltIn(String method) {
            this.method = method;
        }

        @Override
        public boolean supports(String name) {
            return method.equals(name);
        }

        @Override
        public DidResolution resolve(String did, DocumentFetcher fetcher) {
            Objects.requireNonNull(did, "did");
            if (!did.startsWith("did:" + method + ":") || did.indexOf('#') >= 0) {
                return DidResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, "not a did:" + method + " DID without a fragment");
            }
            return this == WEB ? web(did, Objects.requireNonNull(fetcher, "fetcher")) : derived(did);
        }

        private DidResolution derived(String did) {
            KeyResolution r = KeyResolver.pureDid(did);
            if (r.method().isEmpty()) {
                return DidResolution.failed(r.code().filter(KeyCode.class::isInstance).map(KeyCode.class::cast)
                        .orElse(KeyCode.INVALID_KEY), r.message());
            }
            VerificationMethod m = r.method().get();
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode doc = f.objectNode();
            doc.putArray("@context").add(DID_CONTEXT);
            doc.put("id", did);
            ObjectNode vm = doc.putArray("verificationMethod").addObject().put("id", m.id());
            if (this == KEY) {
                vm.put("type", "Multikey").put("controller", did).put("publicKeyMultibase", m.key().publicKeyMultibase());
            } else {
                vm.put("type", "JsonWebKey").put("controller", did);
                try {
                    vm.set("publicKeyJwk", Json.parseObject(m.key().toPublicJwk().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                } catch (Json.NotAnObjectException e) {
                    throw new IllegalStateException("a key's own JWK is a JSON object", e);
                }
            }
            List<String> relationships = m.authorization() == KeyAuthorization.ASSERTION_METHOD
                    ? List.of("assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation")
                    : List.of("keyAgreement");
            for (String relationship : relationships) {
                doc.putArray(relationship).add(m.id());
            }
            return DidResolution.resolved(doc);
        }

        private static DidResolution web(String did, DocumentFetcher fetcher) {
            Optional<URI> url = DidWeb.documentUrl(did);
            if (url.isEmpty()) {
                return DidResolution.failed(KeyCode.UNSUPPORTED_KEY_ID, did + " is not a well-formed did:web DID");
            }
            FetchedDocument fetched;
            try {
                fetched = fetcher.fetch(url.get(), KeyResolver.DID_ACCEPT);
            } catch (FetchException e) {
                return DidResolution.failed(KeyCode.KEY_DOCUMENT_UNAVAILABLE, "could not fetch " + url.get() + ": "
                        + e.getMessage() + " [" + e.fetchCode() + "]");
            }
            if (fetched == null) {
                return DidResolution.failed(KeyCode.KEY_DOCUMENT_UNAVAILABLE, "the fetcher returned nothing for " + url.get());
            }
            try {
                ObjectNode doc = Json.parseObject(fetched.body());
                if (!did.equals(Json.text(doc, "id").orElse(""))) {
                    return DidResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the DID document at " + fetched.uri()
                            + " is not " + did + "'s");
                }
                return DidResolution.resolved(doc);
            } catch (Json.NotAnObjectException e) {
                return DidResolution.failed(KeyCode.MALFORMED_KEY_DOCUMENT, "the document at " + fetched.uri() + " is "
                        + e.getMessage());
            }
        }
    }

    /**
     * Returns the built-in {@code did:key} resolver (Ed25519, P-256 and P-384 keys; no fetch).
     *
     * @return the resolver
     */
    public static DidResolver key() {
        return BuiltIn.KEY;
    }

    /**
     * Returns the built-in {@code did:jwk} resolver (Ed25519, P-256, P-384 and RSA keys; no fetch).
     *
     * @return the resolver
     */
    public static DidResolver jwk() {
        return BuiltIn.JWK;
    }

    /**
     * Returns the built-in {@code did:web} resolver: it fetches {@link DidWeb#documentUrl} through the
     * fetcher it is given (its policy and budget apply) and accepts a document whose {@code id} is the DID.
     *
     * @return the resolver
     */
    public static DidResolver web() {
        return BuiltIn.WEB;
    }

    /**
     * Returns the built-in resolvers, in the order {@link KeyResolver} asks them.
     *
     * @return did:key, did:jwk and did:web
     */
    public static List<DidResolver> defaults() {
        return List.of(BuiltIn.KEY, BuiltIn.JWK, BuiltIn.WEB);
    }

    /**
     * Returns a resolver of static DID documents: each DID (of any method) resolves to its given document,
     * which is never fetched, and that DID is taken over from a built-in method ({@link DidResolver#overrides});
     * other DIDs are not its. Each document's {@code id} must be its DID.
     *
     * @param documents DID (without fragment) to its DID document; copied
     * @return the resolver (immutable, thread-safe)
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a key is not a DID, has a fragment, or its document's {@code id}
     *     is not that DID
     */
    public static DidResolver of(Map<String, ObjectNode> documents) {
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        documents.forEach((did, doc) -> {
            Objects.requireNonNull(did, "did");
            Objects.requireNonNull(doc, "document");
            if (!did.startsWith("did:") || did.indexOf(':', 4) < 0 || did.indexOf('#') >= 0) {
                throw new IllegalArgumentException("not a DID without a fragment: " + did);
            }
            if (!did.equals(Json.text(doc, "id").orElse(""))) {
                throw new IllegalArgumentException("the DID document given for " + did + " has another id");
            }
            copy.put(did, doc.deepCopy());
        });
        Map<String, ObjectNode> fixed = Map.copyOf(copy);
        return new DidResolver() {
            @Override
            public boolean supports(String method) {
                return fixed.keySet().stream().anyMatch(d -> d.startsWith("did:" + method + ":"));
            }

            @Override
            public boolean overrides(String did) {
                return fixed.containsKey(did);
            }

            @Override
            public DidResolution resolve(String did, DocumentFetcher fetcher) {
                ObjectNode doc = fixed.get(did);
                return doc != null ? DidResolution.resolved(doc)
                        : DidResolution.failed(KeyCode.KEY_DOCUMENT_UNAVAILABLE, "no DID document was given for " + did);
            }

            @Override
            public String toString() {
                return "DidResolvers.of(" + fixed.keySet() + ")";
            }
        };
    }
}
