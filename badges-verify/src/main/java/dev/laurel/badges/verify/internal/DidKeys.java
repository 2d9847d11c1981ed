package dev.laurel.badges.verify.internal;

import dev.laurel.badges.verify.did.KeyResolution;
import dev.laurel.badges.verify.did.VerificationKey;
import dev.laurel.badges.verify.jose.KeyResolutionException;
import dev.laurel.badges.verify.jose.KeyResolver;
import dev.laurel.badges.verify.jose.KeySource;
import dev.laurel.badges.verify.jose.ResolutionCode;
import dev.laurel.badges.verify.jose.ResolvedKey;
import dev.laurel.badges.verify.keys.LaurelKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Lets VC-JWT verification resolve DID key ids ({@code did:key}, {@code did:jwk}, {@code did:web}) with
 * the Data Integrity module's DID resolver, so one resolver serves both proof formats.
 */
public final class DidKeys implements KeyResolver {

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it. */
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final dev.laurel.badges.verify.did.KeyResolver dids;

    /**
     * Creates the bridge.
     *
     * @param dids the DID resolver
     */
    public DidKeys(dev.laurel.badges.verify.did.KeyResolver dids) {
        this.dids = dids;
    }

    @Override
    public ResolvedKey resolve(String keyId) {
        KeyResolution resolution = dids.resolve(keyId);
        VerificationKey key = resolution.key().orElseThrow(() ->
                new KeyResolutionException(ResolutionCode.UNSUPPORTED_KEY_ID, resolution.message()));
        return new ResolvedKey(LaurelKey.ofPublic(toJdk(key.publicKey().bytes())), KeySource.KID,
                Optional.of(keyId), key.document(), key.controller());
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
