package dev.laurel.badges.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.badges.verify.did.DidWeb;
import dev.laurel.badges.verify.did.KeyAuthorization;
import dev.laurel.badges.verify.did.KeyResolution;
import dev.laurel.badges.verify.did.KeySource;
import dev.laurel.badges.verify.did.Multikey;
import dev.laurel.badges.verify.did.VerificationKey;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.jose.KeyResolutionException;
import dev.laurel.badges.verify.jose.KeyResolver;
import dev.laurel.badges.verify.jose.ResolutionCode;
import dev.laurel.badges.verify.jose.ResolvedKey;
import dev.laurel.badges.verify.keys.KeyKind;
import dev.laurel.badges.verify.keys.LaurelKey;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Lets VC-JWT verification resolve DID key ids ({@code did:key}, {@code did:jwk}, {@code did:web}) with
 * the Data Integrity module's DID resolver, so one resolver serves both proof formats; and tells whether
 * a key that came without a DID key id (a header {@code jwk}) is one of an issuer DID's assertion keys.
 */
public final class DidKeys implements KeyResolver {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final dev.laurel.badges.verify.did.KeyResolver dids;
    private final DocumentFetcher fetcher;

    /**
     * Creates the bridge.
     *
     * @param dids the DID resolver
     * @param fetcher fetches did:web documents (the same fetcher as the resolver's)
     */
    public DidKeys(dev.laurel.badges.verify.did.KeyResolver dids, DocumentFetcher fetcher) {
        this.dids = dids;
        this.fetcher = fetcher;
    }

    /**
     * Resolves a DID URL to its key. As for embedded proofs (CLARIFICATIONS point 6), a DID document that
     * does not list the key under {@code assertionMethod} does not authorise it to sign credentials.
     */
    @Override
    public ResolvedKey resolve(String keyId) {
        KeyResolution resolution = dids.resolve(keyId);
        VerificationKey key = resolution.key().orElseThrow(() ->
                new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID, resolution.message()));
        if (key.authorization() == KeyAuthorization.NOT_ASSERTION_METHOD) {
            throw new KeyResolutionException(ResolutionCode.KEY_NOT_FOUND, "the DID document lists " + keyId
                    + " but not under assertionMethod, so it may not sign credentials");
        }
        if (key.source() == KeySource.UNCONFIRMED_FRAGMENT) {
            // A JWS names its key; a key guessed from an unreachable URL's fragment is not that.
            throw new KeyResolutionException(ResolutionCode.KEY_NOT_FOUND, resolution.message());
        }
        return new ResolvedKey(LaurelKey.ofPublic(toJdk(key.publicKey().bytes())),
                dev.laurel.badges.verify.jose.KeySource.KID, Optional.of(keyId), key.document(), key.controller());
    }

    /**
     * Tells whether a key is one of a DID's assertion keys: decoded for {@code did:key} and {@code did:jwk},
     * read from the fetched DID document ({@code assertionMethod}) for {@code did:web}.
     *
     * @param did the issuer's DID (a fragment is ignored)
     * @param key the key that verified the signature
     * @return the answer, or empty when the DID cannot be resolved (a method Laurel does not resolve, a
     *     did:web document that cannot be fetched)
     */
    public Optional<Boolean> isAssertionKeyOf(String did, LaurelKey key) {
        String bare = did.indexOf('#') < 0 ? did : did.substring(0, did.indexOf('#'));
        Optional<byte[]> raw = ed25519Raw(key);
        List<String> candidates = new ArrayList<>();
        if (bare.startsWith("did:key:")) {
            String mb = bare.substring("did:key:".length());
            if (Multikey.decodePublicKey(mb).isEmpty()) {
                return Optional.empty();
            }
            candidates.add(bare + "#" + mb);
        } else if (bare.startsWith("did:jwk:")) {
            candidates.add(bare + "#0");
        } else if (bare.startsWith("did:web:")) {
            Optional<List<String>> listed = assertionMethods(bare);
            if (listed.isEmpty()) {
                return Optional.empty();
            }
            candidates.addAll(listed.get());
        } else {
            return Optional.empty();
        }
        if (raw.isEmpty()) {
            // Laurel resolves Ed25519 DID keys only: another kind is unknown for did:web, never a did:key.
            return bare.startsWith("did:web:") ? Optional.empty() : Optional.of(false);
        }
        boolean resolvedAny = false;
        for (String id : candidates) {
            Optional<VerificationKey> found = dids.resolve(id).key();
            resolvedAny |= found.isPresent();
            if (found.isPresent() && found.get().authorization() != KeyAuthorization.NOT_ASSERTION_METHOD
                    && found.get().source() != KeySource.UNCONFIRMED_FRAGMENT
                    && Arrays.equals(found.get().publicKey().bytes(), raw.get())) {
                return Optional.of(true);
            }
        }
        // A did:jwk Laurel cannot decode (not Ed25519) says nothing; otherwise the DID's keys are known.
        return bare.startsWith("did:jwk:") && !resolvedAny ? Optional.empty() : Optional.of(false);
    }

    /** The absolute ids a did:web document lists under {@code assertionMethod}, if it can be had. */
    private Optional<List<String>> assertionMethods(String did) {
        Optional<URI> url = DidWeb.documentUrl(did);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(fetcher.fetch(url.get(), dev.laurel.badges.verify.did.KeyResolver.DID_ACCEPT).body());
        } catch (IOException | RuntimeException e) {
            // A refused fetch (FetchException) or a failing fetcher: the DID cannot be resolved.
            return Optional.empty();
        }
        if (doc == null || !did.equals(doc.path("id").asText(""))) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        JsonNode list = doc.path("assertionMethod");
        for (JsonNode item : list.isArray() ? list : MAPPER.createArrayNode().add(list)) {
            String id = item.isTextual() ? item.textValue() : item.path("id").asText("");
            if (!id.isEmpty()) {
                ids.add(id.startsWith("#") ? did + id : id);
            }
        }
        return Optional.of(ids);
    }

    private static Optional<byte[]> ed25519Raw(LaurelKey key) {
        if (key.kind() != KeyKind.ED25519) {
            return Optional.empty();
        }
        byte[] der = key.publicKey().getEncoded();
        if (der.length != ED25519_SPKI_PREFIX.length + 32
                || !Arrays.equals(der, 0, ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX, 0, ED25519_SPKI_PREFIX.length)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(der, ED25519_SPKI_PREFIX.length, der.length));
    }

    static PublicKey toJdk(byte[] raw) {
        byte[] der = new byte[ED25519_SPKI_PREFIX.length + raw.length];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID, "not an Ed25519 key: " + e.getMessage());
        }
    }
}
