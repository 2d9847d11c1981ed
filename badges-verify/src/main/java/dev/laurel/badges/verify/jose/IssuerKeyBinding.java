package dev.laurel.badges.verify.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.verify.Check;
import dev.laurel.badges.verify.Outcome;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.fetch.FetchException;
import dev.laurel.badges.verify.jose.internal.Json;
import dev.laurel.badges.verify.keys.KeyException;
import dev.laurel.badges.verify.keys.KeyPairs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a verification key belongs to the credential's issuer: the binding check of CLARIFICATIONS
 * point 6, separate from whether the signature verifies. Its check id is {@link JoseChecks#ISSUER_KEY_BINDING}.
 *
 * <ul>
 *   <li>Fails when the issuer is a DID and the key is not that DID's (a {@code kid} of another DID or an
 *       https {@code kid}); when the issuer's document publishes keys ({@code assertionMethod} if present,
 *       else {@code verificationMethod} and {@code publicKey}) and this key is not among them; when the key
 *       came from a {@code kid} on another origin than the issuer id's.</li>
 *   <li>Passes when the issuer's document lists the key (by id or by JWK thumbprint), when the key is the
 *       issuer's DID's, or when its {@code kid} sits on the issuer's own origin.</li>
 *   <li>Otherwise a warning: a header {@code jwk} nothing confirms, an issuer whose document cannot be had.</li>
 * </ul>
 *
 * <pre>{@code
 * Check binding = IssuerKeyBinding.check(issuerId, result.key().orElseThrow(), fetcher);
 * }</pre>
 */
public final class IssuerKeyBinding {

    private static final String PATH = "/issuer";

    private IssuerKeyBinding() {
    }

    /**
     * Checks the binding, fetching an http(s) issuer's profile through a fetcher (a failed fetch counts as
     * no document).
     *
     * @param issuerId the credential's issuer id
     * @param key the key that verified the signature
     * @param fetcher fetches the issuer profile
     * @return the check
     * @throws NullPointerException if an argument is null
     */
    public static Check check(String issuerId, ResolvedKey key, DocumentFetcher fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        Optional<ObjectNode> doc = Optional.empty();
        if (isHttp(issuerId)) {
            try {
                doc = Optional.of(Json.parseObject(fetcher.fetch(new URI(issuerId), SignedBadgeVerifier.ACCEPT).body()));
            } catch (FetchException | URISyntaxException | Json.NotAnObjectException e) {
                doc = Optional.empty();
            }
        }
        return check(issuerId, key, doc);
    }

    /**
     * Checks the binding against an issuer document the caller already has.
     *
     * @param issuerId the credential's issuer id
     * @param key the key that verified the signature
     * @param issuerDocument the issuer's profile, controller or DID document, if the caller has it
     * @return the check
     * @throws NullPointerException if an argument is null
     */
    public static Check check(String issuerId, ResolvedKey key, Optional<ObjectNode> issuerDocument) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(issuerDocument, "issuerDocument");
        Optional<String> kid = key.keyId();
        boolean issuerIsDid = issuerId.startsWith("did:");
        if (issuerIsDid && kid.isPresent() && kid.get().startsWith("did:")) {
            String kidDid = beforeFragment(kid.get());
            return kidDid.equals(beforeFragment(issuerId))
                    ? check(Outcome.PASSED, "the key is one of the issuer DID's keys")
                    : check(Outcome.FAILED, "the key belongs to " + kidDid + ", not to the issuer " + issuerId);
        }
        if (issuerIsDid && key.source() == KeySource.KID) {
            return check(Outcome.FAILED, "the issuer is " + issuerId + ", but the key came from " + kid.orElse("a URL"));
        }
        Optional<Check> listed = issuerDocument.flatMap(d -> listed(d, issuerId, key));
        if (listed.isPresent()) {
            return listed.get();
        }
        if (!issuerIsDid && kid.isPresent() && key.source() != KeySource.HEADER_JWK) {
            Optional<String> issuerOrigin = origin(issuerId);
            Optional<String> keyOrigin = origin(kid.get());
            if (issuerOrigin.isPresent() && issuerOrigin.equals(keyOrigin)) {
                return check(Outcome.PASSED, "the key sits on the issuer's own origin " + issuerOrigin.get());
            }
            if (issuerOrigin.isPresent()) {
                return check(Outcome.FAILED, "the key " + kid.get() + " is on another origin than the issuer "
                        + issuerId);
            }
        }
        return check(Outcome.WARNING, "nothing confirms that the key belongs to the issuer " + issuerId
                + " (" + describe(key) + ")");
    }

    private static Optional<Check> listed(ObjectNode doc, String issuerId, ResolvedKey key) {
        List<JsonNode> published = new ArrayList<>();
        JsonNode assertion = doc.get("assertionMethod");
        if (assertion != null && !assertion.isNull()) {
            published.addAll(Json.items(assertion));
        } else {
            published.addAll(Json.items(doc.get("verificationMethod")));
            published.addAll(Json.items(doc.get("publicKey")));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        String base = Json.text(doc, "id").orElse(issuerId);
        String thumbprint = key.key().thumbprint();
        for (JsonNode p : published) {
            Optional<String> id = Json.idOf(p).map(i -> i.startsWith("#") ? beforeFragment(base) + i : i);
            if (id.isPresent() && key.keyId().filter(id.get()::equals).isPresent()) {
                return Optional.of(check(Outcome.PASSED, "the issuer's document lists the key " + id.get()));
            }
            if (p.isObject() && p.get("publicKeyJwk") != null && p.get("publicKeyJwk").isObject()) {
                try {
                    if (KeyPairs.fromJwk(p.get("publicKeyJwk").toString()).thumbprint().equals(thumbprint)) {
                        return Optional.of(check(Outcome.PASSED, "the issuer's document lists the key"
                                + id.map(i -> " " + i).orElse("")));
                    }
                } catch (KeyException e) {
                    // An unusable published key cannot be this key.
                }
            }
        }
        return Optional.of(check(Outcome.FAILED, "the issuer's document publishes keys"
                + (assertion != null ? " for assertions" : "") + " and this key (" + describe(key)
                + ") is not among them"));
    }

    private static String describe(ResolvedKey key) {
        return switch (key.source()) {
            case KID -> "kid " + key.keyId().orElse("?");
            case HEADER_JWK -> "header jwk " + key.key().thumbprint();
            case CRYPTOGRAPHIC_KEY -> "CryptographicKey " + key.keyId().orElse("?");
            case SUPPLIED -> "supplied key " + key.key().thumbprint();
        };
    }

    private static Check check(Outcome outcome, String message) {
        return new Check(JoseChecks.ISSUER_KEY_BINDING, outcome, message, PATH);
    }

    private static String beforeFragment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static boolean isHttp(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static Optional<String> origin(String id) {
        if (!isHttp(id)) {
            return Optional.empty();
        }
        try {
            URI u = new URI(id);
            if (u.getHost() == null) {
                return Optional.empty();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
